// One lock order everywhere (docs/architecture.md, "Locks"): the mutations that lock campaigns and their
// outplans/outdials (outplanDelete, outdialDelete, outplanUpdateDialInfo, campaignUpdate*, campaignUpdateStatus)
// run in a loop against the dialer's rounds and settles, chained campaigns included (a finishing campaign starts
// its next one, the settle that takes a second campaign lock), for a bounded time. On PostgreSQL this is the real
// test: no deadlock (PostgreSQL's own deadlock counter for the database, and no error anywhere), and no lost
// update (every row's event versions are 2..version, each once, and the last acknowledged value is the one
// stored). The embedded database has one connection, so its transactions never overlap: there it is a smoke test
// of the same loop (the same refusals and invariants, no real contention).
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { encodeGlobalId } from '../src/graphql/global-id.ts';
import type { Database } from '../src/db/database.ts';
import { useTestApp } from './helpers/app.ts';
import { onPostgres } from './helpers/db.ts';
import { addTargets, CALLER_ID, defaultCustomerId } from './helpers/campaign.ts';
import { graphql } from './gql/index.ts';

const logs: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    logs.push(String(chunk));
    done();
  },
});
// 100x: a call rings 10 to 30 ms and says "Hi." in 2 ms, so a campaign of two targets is done in well under a
// second and the chains turn over many times within the loop.
const t = useTestApp({ SIMULATOR_TIME_SCALE: '100', DIALER_POLL_MS: '500' }, { logger: createLogger('info', {}, sink) });
const DURATION_MS = onPostgres ? 8_000 : 3_000;
const PAIRS = 3;

const OUTPLAN_DELETE = graphql(`
  mutation OutplanDeleteForLockOrderTest($id: ID!) { outplanDelete(input: {id: $id}) { outplan { id } userErrors { code message } } }
`);
const OUTDIAL_DELETE = graphql(`
  mutation OutdialDeleteForLockOrderTest($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } userErrors { code message } } }
`);
const DIAL_INFO = graphql(`
  mutation OutplanUpdateDialInfoForLockOrderTest($input: OutplanUpdateDialInfoInput!) {
    outplanUpdateDialInfo(input: $input) { outplan { id } userErrors { field code message } }
  }
`);
const CAMPAIGN_UPDATE = graphql(`
  mutation CampaignUpdateForLockOrderTest($input: CampaignUpdateInput!) { campaignUpdate(input: $input) { campaign { maxConcurrentCalls } userErrors { code message } } }
`);
const SERVICE_LEVEL = graphql(`
  mutation CampaignUpdateServiceLevelForLockOrderTest($input: CampaignUpdateServiceLevelInput!) {
    campaignUpdateServiceLevel(input: $input) { campaign { serviceLevel } userErrors { code message } }
  }
`);
const STATUS = graphql(`
  mutation CampaignUpdateStatusForLockOrderTest($input: CampaignUpdateStatusInput!) {
    campaignUpdateStatus(input: $input) { campaign { status } userErrors { code message } }
  }
`);
const RESET = graphql(`
  mutation OutdialTargetsResetForLockOrderTest($input: OutdialTargetsResetInput!) { outdialTargetsReset(input: $input) { userErrors { code message } } }
`);

let db: Database;
beforeAll(async () => {
  db = await t.database.open();
});

interface Pair {
  /** Started by `second` when it finishes (its next campaign); the lower id, so the settle locks against id order. */
  first: string;
  second: string;
  outdials: string[];
}

async function deadlocks(): Promise<number> {
  // The statistics reach the shared counters when a backend reports them (at most about a second later).
  await new Promise((r) => setTimeout(r, 1_500));
  await db.prisma.$executeRaw`SELECT pg_stat_clear_snapshot()`;
  const [row] = await db.prisma.$queryRaw<{ deadlocks: bigint }[]>`SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()`;
  return Number(row.deadlocks);
}

describe('one lock order: mutations against running rounds', () => {
  it(`runs deletes, dial info changes, campaign updates and STOP/RUN against the dialer for ${DURATION_MS / 1000} s with no deadlock and no lost update`, async () => {
    const customerId = await defaultCustomerId(db);
    const plan = await db.prisma.outplan.create({
      data: { customerId, name: 'shared plan', source: CALLER_ID, dialTimeout: 5_000, tryInterval: 0, maxTryCounts: [1, 0, 0, 0, 0] },
    });
    const pairs: Pair[] = [];
    for (let p = 0; p < PAIRS; p++) {
      const [first, second] = [randomUUID(), randomUUID()].sort();
      const outdials: string[] = [];
      for (const id of [first, second]) {
        const outdial = await db.prisma.outdial.create({ data: { customerId, name: `list ${p} ${id === first ? 'first' : 'second'}` } });
        await addTargets(db, customerId, outdial.id, [[`+1556${p}${outdials.length}007777`], [`+1556${p}${outdials.length}017777`]]);
        outdials.push(outdial.id);
      }
      const common = { customerId, outplanId: plan.id, maxConcurrentCalls: 2, actions: [{ type: 'TALK', text: 'Hi.', language: 'en-US' }] };
      await db.prisma.campaign.create({ data: { ...common, id: first, name: `first ${p}`, outdialId: outdials[0] } });
      await db.prisma.campaign.create({ data: { ...common, id: second, name: `second ${p}`, outdialId: outdials[1], nextCampaignId: first } });
      pairs.push({ first, second, outdials });
    }
    const campaigns = pairs.flatMap((p) => [p.first, p.second]);
    const outdials = pairs.flatMap((p) => p.outdials);
    const gid = (type: string, id: string) => encodeGlobalId(type, id);
    const deadlocksBefore = onPostgres ? await deadlocks() : 0;

    const errors: unknown[] = [];
    const refusals = new Map<string, number>();
    const count = (what: string) => refusals.set(what, (refusals.get(what) ?? 0) + 1);
    /** A mutation's payload; a GraphQL error (a deadlock would be one) is kept for the assertion at the end. */
    async function run<R>(result: Promise<{ data?: R; errors?: unknown[] }>): Promise<R | undefined> {
      const res = await result;
      if (res.errors) errors.push(...res.errors);
      return res.data;
    }
    const deadline = Date.now() + DURATION_MS;
    const looping = () => Date.now() < deadline;

    async function deletes() {
      for (let k = 0; looping(); k++) {
        const planDelete = await run(t.gql(OUTPLAN_DELETE, { id: gid('Outplan', plan.id) }));
        count(`outplanDelete ${planDelete?.outplanDelete.userErrors.map((e) => e.code).join() || 'ACCEPTED'}`);
        const listDelete = await run(t.gql(OUTDIAL_DELETE, { id: gid('Outdial', outdials[k % outdials.length]) }));
        count(`outdialDelete ${listDelete?.outdialDelete.userErrors.map((e) => e.code).join() || 'ACCEPTED'}`);
      }
    }
    async function dialInfo() {
      for (let k = 0; looping(); k++) {
        // Timings change under the running campaigns; every fifth change tries to take their caller id away.
        const source = k % 5 === 4 ? null : CALLER_ID;
        const input = { id: gid('Outplan', plan.id), source: source as never, dialTimeout: 5_000 + (k % 2) * 1_000, tryInterval: 0, maxTryCounts: [1] };
        const res = await run(t.gql(DIAL_INFO, { input }));
        const codes = res?.outplanUpdateDialInfo.userErrors.map((e) => e.code).join() || 'ACCEPTED';
        count(`dialInfo ${source ? 'keeps source' : 'no source'} ${codes}`);
        // Accepted without a source (nothing was RUN at that moment): give it back at once.
        if (!source && codes === 'ACCEPTED') await run(t.gql(DIAL_INFO, { input: { ...input, source: CALLER_ID as never } }));
      }
    }
    const lastMaxConcurrent = new Map<string, number>();
    async function campaignUpdates() {
      for (let k = 0; looping(); k++) {
        const id = campaigns[k % campaigns.length];
        const value = 1 + (k % 3);
        const res = await run(t.gql(CAMPAIGN_UPDATE, { input: { id: gid('Campaign', id), maxConcurrentCalls: value } }));
        if (res?.campaignUpdate.userErrors.length === 0) lastMaxConcurrent.set(id, value);
        await run(t.gql(SERVICE_LEVEL, { input: { id: gid('Campaign', id), serviceLevel: k % 100 } }));
      }
    }
    async function driver() {
      for (let k = 0; looping(); k++) {
        const pair = pairs[k % pairs.length];
        const rows = await db.prisma.campaign.findMany({ where: { id: { in: [pair.first, pair.second] } }, select: { status: true } });
        if (rows.every((r) => r.status === 'STOP')) {
          for (const outdialId of pair.outdials) await run(t.gql(RESET, { input: { outdialId: gid('Outdial', outdialId), result: 'ANSWERED' } }));
          const started = await run(t.gql(STATUS, { input: { id: gid('Campaign', pair.second), status: 'RUN' } }));
          count(`RUN ${started?.campaignUpdateStatus.userErrors.map((e) => e.code).join() || 'ACCEPTED'}`);
        } else if (k % 7 === 0) {
          // Now and then an operator's STOP with hangups, whichever of the pair is running.
          for (const id of [pair.first, pair.second]) await run(t.gql(STATUS, { input: { id: gid('Campaign', id), status: 'STOP', hangupActiveCalls: true } }));
          count('STOP');
        }
        await new Promise((r) => setTimeout(r, 5));
      }
    }
    await Promise.all([deletes(), dialInfo(), campaignUpdates(), driver()]);

    // Wind down: stop everything and wait for the last calls to end.
    for (const id of campaigns) await run(t.gql(STATUS, { input: { id: gid('Campaign', id), status: 'STOP', hangupActiveCalls: true } }));
    const windDown = Date.now() + 20_000;
    while ((await db.prisma.campaign.count({ where: { id: { in: campaigns }, status: { not: 'STOP' } } })) > 0) {
      if (Date.now() > windDown) throw new Error('the campaigns did not stop');
      await new Promise((r) => setTimeout(r, 25));
    }

    // No deadlock, no error: not in any response, not in the server's log, not in PostgreSQL's statistics.
    expect(errors).toEqual([]);
    const bad = logs.filter((line) => /deadlock|40P01|dialer round failed|stopping a campaign that cannot dial/.test(line));
    expect(bad).toEqual([]);
    if (onPostgres) expect(await deadlocks()).toBe(deadlocksBefore);

    // Every delete was refused (a running campaign: INVALID_STATE, a stopped one: CONFLICT), nothing was deleted,
    // and no running campaign lost its caller id (the dialer never had to stop one: see the log check above).
    for (const [what, n] of refusals) if (/Delete/.test(what)) expect(what, `${n} times`).toMatch(/ (INVALID_STATE|CONFLICT)$/);
    expect(await db.prisma.outplan.count({ where: { id: plan.id, deletedAt: null } })).toBe(1);
    expect(await db.prisma.outdial.count({ where: { id: { in: outdials }, deletedAt: null } })).toBe(outdials.length);
    for (const [what] of refusals) if (/dialInfo no source/.test(what)) expect(what).toMatch(/ (INVALID_STATE|ACCEPTED)$/);
    for (const [what] of refusals) if (/dialInfo keeps source/.test(what)) expect(what).toMatch(/ ACCEPTED$/);

    // No lost update: each campaign's and target's events are versions 2..version, each once (the fixtures were
    // written at version 1 without an event), and the last maxConcurrentCalls acknowledged is the one stored.
    const rows = await db.prisma.campaign.findMany({ where: { id: { in: campaigns } } });
    for (const row of rows) {
      const versions = (await db.prisma.event.findMany({ where: { entityId: row.id }, select: { version: true } })).map((e) => e.version).sort((a, b) => a - b);
      expect(versions, row.name).toEqual(Array.from({ length: row.version - 1 }, (_, k) => k + 2));
      if (lastMaxConcurrent.has(row.id)) expect(row.maxConcurrentCalls, row.name).toBe(lastMaxConcurrent.get(row.id));
    }
    const targets = await db.prisma.outdialTarget.findMany({ where: { outdialId: { in: outdials } } });
    for (const target of targets) {
      const versions = (await db.prisma.event.findMany({ where: { entityId: target.id }, select: { version: true } })).map((e) => e.version).sort((a, b) => a - b);
      expect(versions, target.name).toEqual(Array.from({ length: target.version - 1 }, (_, k) => k + 2));
      expect(target.status).not.toBe('PROGRESSING');
    }
    expect(await db.prisma.campaignCall.count({ where: { campaignId: { in: campaigns }, status: { not: 'DONE' } } })).toBe(0);

    // The loop really exercised what it is about: refused deletes, dial info changes, and chains that turned over
    // (a finishing campaign started its next one: the settle that locks a second campaign).
    const firstStarts = await db.prisma.event.count({ where: { entityId: { in: pairs.map((p) => p.first) }, kind: 'STATUS', snapshot: { path: ['status'], equals: 'RUN' } } });
    expect([...refusals.entries()].filter(([what]) => /Delete/.test(what)).reduce((n, [, k]) => n + k, 0)).toBeGreaterThan(onPostgres ? 10 : 2);
    expect(refusals.get('dialInfo keeps source ACCEPTED') ?? 0).toBeGreaterThan(onPostgres ? 5 : 1);
    expect(firstStarts).toBeGreaterThanOrEqual(onPostgres ? PAIRS : 1);
  }, DURATION_MS + 90_000);
});
