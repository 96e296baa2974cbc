// A page of outdials with their nested targets costs a constant number of SQL statements, whatever the page
// size: one statement reads the page with its nested targets (as json) and its totalCount (src/db/json-reads.ts), and the
// nested targets(first: 10) reads at most 11 rows per outdial in the database (a correlated LIMIT), not every child.
import { beforeAll, describe, expect, it } from 'vitest';
import { QUIET_HOUSEKEEPING, useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';
import { loggedDatabase, type QueryLog } from './helpers/query-log.ts';

let log: QueryLog;
// No dialer: its polling shares the logged client and would count as the request's statements.
// Every request and socket looks its token up (no viewer cache): its statement is part of what is pinned here;
// test/viewer-cache.test.ts pins the cached path.
const t = useTestApp({ DIALER_ENABLED: 'false', ...QUIET_HOUSEKEEPING, AUTH_CACHE_MS: '0' }, { database: loggedDatabase((l) => (log = l)) });

const PAGE = graphql(`
  query OutdialsPageForNPlusOneTest($first: Int!) {
    outdials(first: $first) {
      totalCount
      nodes {
        id name version
        targetStats { total idle progressing done }
        targets(first: 10) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes { id name status version destinations { index tryCount address { type target } } }
        }
      }
    }
  }
`);
const TARGETS_PAGE = graphql(`
  query OutdialTargetsPageForNPlusOneTest { outdials(first: 50) { nodes { targets(first: 10) { nodes { id name } } } } }
`);

beforeAll(async () => {
  const db = t.db;
  const customer = await db.prisma.customer.findFirstOrThrow({ where: { name: 'default' } });
  // 50 outdials with 12 targets each: more than the nested page, so the LIMIT matters.
  await db.prisma.outdial.createMany({ data: Array.from({ length: 50 }, (_, i) => ({ customerId: customer.id, name: `n1-${i}` })) });
  const outdials = await db.prisma.outdial.findMany({ select: { id: true } });
  await db.prisma.outdialTarget.createMany({
    data: outdials.flatMap((o) =>
      Array.from({ length: 12 }, (_, j) => ({
        customerId: customer.id, outdialId: o.id, name: `t-${j}`, destination0: { type: 'TEL', target: `+1555000${String(j).padStart(4, '0')}` },
      })),
    ),
  });
});
/** What each statement of a request is for, so a change in a page's statements shows as a diff. */
function kinds(statements: string[]): string[] {
  return statements.map((s) => {
    if (/\bFROM "?(public"\.")?app_user"?/.test(s)) return 'viewer';
    if (/GROUP BY/i.test(s) && /outdial_target/.test(s)) return 'target stats of the page';
    if (/FROM campaign c\s+CROSS JOIN LATERAL/.test(s)) return 'progress of the page';
    const page = /^SELECT [^]* FROM "(\w+)" j0 WHERE/.exec(s);
    if (page) return `${page[1]} page${/json_agg/.test(s) ? ' with nested rows' : ''}${/AS "__count"/.test(s) ? ' and its count' : ''}`;
    return s.slice(0, 80);
  });
}

async function statementsFor(first: number) {
  log.reset();
  const res = await t.gql(PAGE, { first });
  expect(res.errors).toBeUndefined();
  // The outbox tail polls on the same client in the background; those statements are not the request's.
  return { res, statements: log.statements.filter((s) => !/pg_current_snapshot|FROM event\b|"event"/.test(s)) };
}

describe('outdials page with nested targets', () => {
  it('costs the same, small number of SQL statements for 5 and for 50 outdials', async () => {
    await statementsFor(1); // warm-up: the first request may load per-process state (e.g. auth settings)
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    expect(large.res.data!.outdials.nodes).toHaveLength(50);
    for (const o of large.res.data!.outdials.nodes) {
      expect(o.targets.nodes).toHaveLength(10);
      expect(o.targets.totalCount).toBe(12);
      expect(o.targets.pageInfo.hasNextPage).toBe(true);
      expect(o.targetStats).toEqual({ total: 12, idle: 12, progressing: 0, done: 0 });
    }
    console.log(`SQL statements: page of 5 outdials = ${small.statements.length}, page of 50 outdials = ${large.statements.length}`);
    console.log(large.statements.map((s) => `  ${s.slice(0, 160).replace(/\s+/g, ' ')}`).join('\n'));
    expect(kinds(small.statements)).toEqual(kinds(large.statements));
    expect(kinds(large.statements)).toEqual(['viewer', 'outdial page with nested rows and its count', 'target stats of the page']);
  });

  it('reads the nested targets in the page statement itself, with a LIMIT, and no other read of target rows', async () => {
    const { statements } = await statementsFor(50);
    const targetReads = statements.filter((s) => s.includes('"outdial_target"') && !/GROUP BY/i.test(s));
    // One statement reads the outdials with their targets; no separate read of outdial_target rows.
    const page = targetReads.find((s) => /json_agg/.test(s) && /FROM "outdial" /.test(s));
    expect(page, targetReads.join('\n\n')).toBeDefined();
    expect(page).toMatch(/FROM "outdial_target" \w+ WHERE [^]* LIMIT 11\b/);
    expect(targetReads.filter((s) => s !== page && !/count\(/i.test(s))).toEqual([]);
  });

  it('reads at most first + 1 target rows per outdial, not all of them (EXPLAIN ANALYZE of the page statement)', async () => {
    // Big lists, as in production, and fresh statistics: the planner then walks the (outdial_id, created_at, id)
    // index in order and stops at the LIMIT. (On 12-row lists it may as well sort them.)
    const db = t.db;
    const customer = await db.prisma.customer.findFirstOrThrow({ where: { name: 'default' } });
    const outdials = await db.prisma.outdial.findMany({ select: { id: true } });
    await db.prisma.outdialTarget.createMany({
      data: outdials.flatMap((o) => Array.from({ length: 300 }, (_, j) => ({ customerId: customer.id, outdialId: o.id, name: `bulk-${j}` }))),
    });
    await db.prisma.$executeRawUnsafe('ANALYZE outdial_target');
    // The embedded database blocked this process for seconds: let the server's overdue keep-alive timers close
    // their idle sockets now, rather than while the next request is written to one (ECONNRESET).
    await new Promise((r) => setTimeout(r, 100));
    log.reset();
    const res = await t.gql(TARGETS_PAGE);
    expect(res.errors).toBeUndefined();
    const index = log.statements.findIndex((s) => /json_agg/.test(s) && /"outdial_target"/.test(s));
    const params = JSON.parse(log.params[index]) as unknown[];
    const [{ 'QUERY PLAN': plan }] = await db.prisma.$queryRawUnsafe<{ 'QUERY PLAN': any }[]>(`EXPLAIN (ANALYZE, FORMAT JSON) ${log.statements[index]}`, ...params);
    const scans: { node: string; loops: number; rows: number }[] = [];
    const walk = (node: any) => {
      if (node['Relation Name'] === 'outdial_target') scans.push({ node: node['Node Type'], loops: node['Actual Loops'], rows: node['Actual Rows'] });
      for (const child of node.Plans ?? []) walk(child);
    };
    walk((Array.isArray(plan) ? plan : JSON.parse(plan))[0].Plan);
    expect(scans.length).toBeGreaterThan(0);
    // Actual Rows is per loop (per outdial). Pothos asks for first + 1 rows to know hasNextPage.
    expect(Math.max(...scans.map((s) => s.rows)), JSON.stringify(scans)).toBeLessThanOrEqual(11);
  });
});

const CAMPAIGNS = graphql(`
  query CampaignsPageForNPlusOneTest($first: Int!) {
    campaigns(first: $first, filter: {status: [STOP]}) {
      totalCount
      nodes {
        id name status version
        progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent }
        outdial { id name version }
        outplan { id name maxTryCounts }
        campaignCalls(first: 5) {
          totalCount
          pageInfo { hasNextPage }
          nodes { id status result tryCount destination { type target } }
        }
      }
    }
  }
`);

describe('campaigns page with progress, campaign calls, outdial and outplan', () => {
  beforeAll(async () => {
    // 20 campaigns, each bound to one of the outdials above (12+ targets each), one outplan, 6 campaign calls each.
    const db = t.db;
    const customer = await db.prisma.customer.findFirstOrThrow({ where: { name: 'default' } });
    const outplan = await db.prisma.outplan.create({ data: { customerId: customer.id, name: 'n1-plan', dialTimeout: 30000, tryInterval: 0, maxTryCounts: [2, 0, 0, 0, 0] } });
    const outdials = await db.prisma.outdial.findMany({ take: 20, orderBy: { id: 'asc' }, include: { targets: { take: 2, orderBy: { id: 'asc' } } } });
    for (const [i, o] of outdials.entries()) {
      const campaign = await db.prisma.campaign.create({ data: { customerId: customer.id, name: `n1-campaign-${i}`, outdialId: o.id, outplanId: outplan.id } });
      await db.prisma.outdialTarget.update({ where: { id: o.targets[0].id }, data: { status: 'DONE', result: 'ANSWERED' } });
      await db.prisma.campaignCall.createMany({
        data: Array.from({ length: 6 }, (_, j) => ({
          customerId: customer.id, campaignId: campaign.id, outdialTargetId: o.targets[j % 2].id, outdialId: o.id, outplanId: outplan.id,
          status: j === 5 ? ('DIALING' as const) : ('DONE' as const), result: j === 5 ? null : ('FAIL' as const),
          destination: { type: 'TEL', target: '+15550000001' }, destinationIndex: 0, tryCount: j + 1, createdAt: new Date(Date.UTC(2030, 0, 1, 0, 0, j)),
        })),
      });
    }
  });

  async function campaignStatements(first: number) {
    log.reset();
    const res = await t.gql(CAMPAIGNS, { first });
    expect(res.errors).toBeUndefined();
    return { res, statements: log.statements.filter((s) => !/pg_current_snapshot|FROM event\b|"event"/.test(s)) };
  }

  it('costs the same, small number of SQL statements for 2 and for 20 campaigns', async () => {
    await campaignStatements(1); // warm-up
    const small = await campaignStatements(2);
    const large = await campaignStatements(20);
    const db = t.db;
    expect(large.res.data!.campaigns.nodes).toHaveLength(20);
    for (const c of large.res.data!.campaigns.nodes) {
      const outdialId = Buffer.from(c.outdial!.id, 'base64url').toString().split(':')[1];
      const live = await db.prisma.outdialTarget.count({ where: { outdialId, deletedAt: null } });
      expect(c.progress).toMatchObject({ targetsTotal: live, targetsAnswered: 1, attempts: 6, callsInFlight: 1 });
      expect(c.progress.percent).toBeCloseTo(100 / live, 10);
      expect(c.outplan).toMatchObject({ name: 'n1-plan', maxTryCounts: [2, 0, 0, 0, 0] });
      expect(c.campaignCalls.totalCount).toBe(6);
      expect(c.campaignCalls.pageInfo.hasNextPage).toBe(true);
      expect(c.campaignCalls.nodes.map((n) => n.tryCount)).toEqual([6, 5, 4, 3, 2]); // newest first
    }
    console.log(`SQL statements: page of 2 campaigns = ${small.statements.length}, page of 20 campaigns = ${large.statements.length}`);
    console.log(large.statements.map((s) => `  ${s.slice(0, 160).replace(/\s+/g, ' ')}`).join('\n'));
    expect(kinds(small.statements)).toEqual(kinds(large.statements));
    // The page with its relations, nested connection and total count, and the progress of the page.
    expect(kinds(large.statements)).toEqual(['viewer', 'campaign page with nested rows and its count', 'progress of the page']);
  });
});
