// The cost of an operation follows its page sizes (issue 16): a connection's selection counts once per row of the
// page it asks for (first/last, else the default page size) and nodes(ids:)'s once per id, so a million-node query
// is refused before it runs, while the pages the dashboards and benches send fit under the limit with room to
// spare. Introspection counts too: what __schema and __type select, each list times the schema's average length of
// it. The cost table of README "Request limits" is checked here, and nodes(ids:) takes at most 100 ids.
// Plain strings: the hostile queries are the point of the tests; the real pages are the benches' own texts.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery, isInterfaceType, isObjectType, parse } from 'graphql';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { schema } from '../src/graphql/schema.ts';
import { loadConfig } from '../src/config.ts';
import { encodeGlobalId } from '../src/graphql/global-id.ts';
import { introspectionCost } from '../src/graphql/introspection-cost.ts';
import { QUIET_HOUSEKEEPING, useTestApp } from './helpers/app.ts';
import { CAMPAIGN_PAGE } from '../bench/harness.ts';
import { loggedDatabase, type QueryLog } from './helpers/query-log.ts';
import { overSse, overWs } from './helpers/transports.ts';

let log: QueryLog;
// No dialer, no re-check of open sockets' tokens: they share the logged client and would count as the requests' statements.
// The rate limit on (in memory), at its default budget: what an operation is charged is its cost.
const t = useTestApp(
  { DIALER_ENABLED: 'false', AUTH_RECHECK_MS: '3600000', RATE_LIMIT_COST: '6000000', ...QUIET_HOUSEKEEPING },
  { database: loggedDatabase((l) => (log = l)) },
);

const targetIds = (count: number) => Array.from({ length: count }, () => encodeGlobalId('OutdialTarget', randomUUID()));

/** The query that asks for a million targets: 100 outdials x 100 targets x 100 targets of each target's outdial. */
const MILLION = 'query Million($n: Int) { outdials(first: $n) { nodes { targets(first: $n) { nodes { outdial { targets(first: $n) { nodes { id } } } } } } } }';
const MILLION_BACKWARD = MILLION.replaceAll('first:', 'last:');

// The benches' pages, as they send them (bench/list.ts, bench/mixed.ts: CAMPAIGN_PAGE from bench/harness.ts), and the n+1 test's page.
const BENCH_OUTDIALS_PAGE = (JSON.parse(readFileSync(new URL('../bench/list-page/q-dialgraph.json', import.meta.url), 'utf8')) as { query: string }).query;
const N_PLUS_ONE_PAGE = `query { outdials(first: 50) { totalCount nodes { id name version targetStats { total idle progressing done }
  targets(first: 10) { totalCount pageInfo { hasNextPage endCursor } nodes { id name status version destinations { index tryCount address { type target } } } } } } }`;

/** README "Request limits": each page and its cost. */
const COSTS: { page: string; query: string; variables?: Record<string, unknown>; cost: number }[] = [
  { page: 'nodes(ids:) of 100 targets', query: 'query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on OutdialTarget { name status } } }', variables: { ids: targetIds(100) }, cost: 301 },
  { page: 'a campaign with its progress, 20 targets and their last attempts', query: CAMPAIGN_PAGE, variables: { id: encodeGlobalId('Campaign', randomUUID()) }, cost: 1_278 },
  { page: 'outdials 50 x 10 targets (bench:list)', query: BENCH_OUTDIALS_PAGE, cost: 28_601 },
  { page: 'outdials 50 x 10 targets with stats and page infos (n+1 test)', query: N_PLUS_ONE_PAGE, cost: 30_551 },
  { page: 'outdials 100 x 100 target ids', query: '{ outdials(first: 100) { nodes { id targets(first: 100) { nodes { id } } } } }', cost: 20_301 },
  { page: 'a million targets', query: MILLION, variables: { n: 100 }, cost: 2_030_201 },
];

const { MAX_QUERY_COST } = loadConfig({});
/** The cost the server computes (src/graphql/request-limits.ts): the fields' and what introspection selects. */
const costOf = (query: string, variables?: Record<string, unknown>) =>
  complexityFromQuery(query, { schema, variables }).complexity + introspectionCost(schema, parse(query));

/** graphql-js's introspection query, the one GraphiQL sends (README "Request limits"); it cost 1 when introspection was not counted. */
const INTROSPECTION = getIntrospectionQuery();
const INTROSPECTION_COST = 29_689;

/** The statements a request sent besides the caller's token lookup and the outbox tail's background polling. */
const work = () => log.statements.filter((s) => !/pg_current_snapshot|FROM event\b|"event"/.test(s) && !/\bFROM "?(public"\.")?app_user"?/.test(s));

describe('the cost of real pages and of a bomb', () => {
  it('is what README says, the real pages a third of the limit or less, the bomb far over it', () => {
    const measured = COSTS.map(({ page, query, variables }) => ({ page, cost: costOf(query, variables) }));
    console.log(['cost of each page:', ...measured.map((m) => `  ${String(m.cost).padStart(9)}  ${m.page}`), `  ${String(MAX_QUERY_COST).padStart(9)}  limit`].join('\n'));
    expect(measured).toEqual(COSTS.map(({ page, cost }) => ({ page, cost })));
    const real = measured.filter((m) => m.page !== 'a million targets').map((m) => m.cost);
    expect(Math.max(...real) * 3).toBeLessThanOrEqual(MAX_QUERY_COST);
    expect(costOf(MILLION, { n: 100 })).toBeGreaterThan(MAX_QUERY_COST * 10);
  });

  it('follows first and last, and the default page size without them', () => {
    const outdials = (args: string) => costOf(`{ outdials${args} { nodes { id } } }`);
    expect(outdials('(first: 10)')).toBe(1 + 10 * 2);
    expect(outdials('(last: 60)')).toBe(1 + 60 * 2);
    expect(outdials('')).toBe(1 + 20 * 2);
    // Out of range: the page arguments' own refusal, while the cost is computed (before execution).
    expect(() => outdials('(first: 100000)')).toThrow(/first must be between 1 and 100/);
  });
});

describe('an operation over the cost limit', () => {
  beforeAll(async () => {
    // Rows to read, so an operation that ran would have sent statements.
    const created = await t.gql('mutation { outdialCreate(input: {name: "cost"}) { outdial { id } } }');
    expect(created.errors).toBeUndefined();
  });

  it('is refused before it runs, with its cost and the limit, over HTTP', async () => {
    log.reset();
    const res = await t.gql(MILLION, { n: 100 });
    expect(res.data).toBeUndefined();
    expect(res.errors).toEqual([
      {
        message: expect.stringMatching(/costs 2030201, over the limit of 100000/),
        extensions: { code: 'COST_LIMIT_EXCEEDED', cost: 2_030_201, limit: MAX_QUERY_COST },
      },
    ]);
    expect(work()).toEqual([]);
  });

  it('is refused whatever the page direction (last)', async () => {
    const res = await t.gql(MILLION_BACKWARD, { n: 100 });
    expect(res.errors?.map((e) => e.extensions.code)).toEqual(['COST_LIMIT_EXCEEDED']);
  });

  it('runs when the same document asks for small pages (the variables count, not a cached verdict)', async () => {
    for (const n of [10, 100, 10]) {
      log.reset();
      const res = await t.gql(MILLION, { n });
      if (n === 100) {
        expect(res.errors?.map((e) => e.extensions.code)).toEqual(['COST_LIMIT_EXCEEDED']);
        expect(work()).toEqual([]);
      } else {
        expect(res.errors).toBeUndefined();
        expect(res.data.outdials.nodes.length).toBeGreaterThan(0);
        expect(work().length).toBeGreaterThan(0); // what work() would see had the refused one run
      }
    }
  });

  it('charges a repeated document the cost of its own variables each time (costs are remembered per document and variables)', async () => {
    const PAGE = 'query Page($n: Int, $m: Int) { outdials(first: $n) { nodes { id targets(first: $m) { nodes { id } } } } }';
    const OTHER_NAME = PAGE.replace('query Page(', 'query Other(');
    const charged = async (query: string, variables: Record<string, unknown>) => ((await t.gql(query, variables)) as { extensions?: any }).extensions?.cost?.requested;
    const sequence: [string, Record<string, unknown>][] = [
      [PAGE, { n: 5, m: 2 }], [PAGE, { n: 50, m: 10 }], [PAGE, { n: 5, m: 2 }], [PAGE, { m: 2, n: 5 }], [OTHER_NAME, { n: 50, m: 10 }], [PAGE, { n: 50, m: 10 }],
    ];
    for (const [query, variables] of sequence) expect(await charged(query, variables), JSON.stringify(variables)).toBe(costOf(query, variables));
    // Variables too large to remember the cost by (more than 64 values) are costed every time: 100 ids pass, 101 do not.
    const NODES = 'query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    expect(await charged(NODES, { ids: targetIds(100) })).toBe(costOf(NODES, { ids: targetIds(100) }));
    expect((await t.gql(NODES, { ids: targetIds(101) })).errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(await charged(NODES, { ids: targetIds(3) })).toBe(costOf(NODES, { ids: targetIds(3) }));
  });

  it('is refused over graphql-ws and SSE too', async () => {
    const ws = await overWs(t.wsClient(), { query: MILLION, variables: { n: 100 } });
    expect(ws.errors.map((e) => e.extensions.code)).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(ws.results.map((r) => r.data)).toEqual([undefined]);
    log.reset();
    const sse = await overSse(t.url, t.token, { query: MILLION, variables: { n: 100 } });
    expect(sse.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'COST_LIMIT_EXCEEDED', cost: 2_030_201 }) })]);
    expect(sse.results.map((r) => r.data)).toEqual([undefined]);
    expect(work()).toEqual([]);
  });
});

describe('introspection', () => {
  it("costs what it selects: GraphiQL's query a third of the limit, aliased copies in proportion", () => {
    expect(costOf(INTROSPECTION)).toBe(INTROSPECTION_COST);
    expect(INTROSPECTION_COST * 3).toBeLessThanOrEqual(MAX_QUERY_COST);
    // __schema 1 + types 1 + each type's name 1 and fields 1 + each field's name 1: every value of the answer.
    const types = Object.keys(schema.getTypeMap()).length;
    const fields = Object.values(schema.getTypeMap()).reduce((n, type) => n + (isObjectType(type) || isInterfaceType(type) ? Object.keys(type.getFields()).length : 0), 0);
    expect(costOf('{ __schema { types { name fields { name } } } }')).toBe(2 + 2 * types + fields);
    const one = costOf('{ __schema { types { name fields { name args { name } type { name } } } } }');
    expect(one).toBeGreaterThan(1_000);
    expect(costOf('{ a: __schema { types { name fields { name args { name } type { name } } } } b: __schema { types { name fields { name args { name } type { name } } } } }')).toBe(2 * one);
    expect(costOf('query { ...S } fragment S on Query { __schema { types { name fields { name args { name } type { name } } } } }')).toBe(one);
    expect(costOf(`{ a: __schema { types { name } } b: __type(name: "Query") { fields { name } } }`)).toBe(
      costOf('{ __schema { types { name } } }') + costOf('{ __type(name: "Query") { fields { name } } }'),
    );
  });

  it('is answered, and charged its cost to the rate limit budget (extensions.cost)', async () => {
    const first = (await t.gql(INTROSPECTION)) as { data?: any; errors?: any[]; extensions?: any };
    expect(first.errors).toBeUndefined();
    expect(first.data.__schema.types.length).toBe(Object.keys(schema.getTypeMap()).length);
    expect(first.extensions.cost).toEqual(expect.objectContaining({ requested: INTROSPECTION_COST, limit: 6_000_000 }));
    const aliased = (await t.gql('{ a: __schema { types { name } } b: __schema { types { name } } }')) as { extensions?: any };
    expect(aliased.extensions.cost.requested).toBe(2 * costOf('{ __schema { types { name } } }'));
    expect(aliased.extensions.cost.remaining).toBe(first.extensions.cost.remaining - aliased.extensions.cost.requested);
  });
});

describe('nodes(ids:)', () => {
  const NODES = 'query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id } }';

  it('answers 100 ids', async () => {
    const res = await t.gql(NODES, { ids: targetIds(100) });
    expect(res.errors).toBeUndefined();
    expect(res.data.nodes).toEqual(Array(100).fill(null));
  });

  it('refuses 101 ids with BAD_USER_INPUT saying the cap, before any lookup', async () => {
    log.reset();
    const res = await t.gql(NODES, { ids: targetIds(101) });
    expect(res.data).toBeUndefined(); // refused before execution
    expect(res.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/at most 100 ids/), extensions: { code: 'BAD_USER_INPUT' } })]);
    expect(work()).toEqual([]);
  });

  it('refuses 50,000 ids just as fast (they stalled the server and answered INTERNAL_SERVER_ERROR)', async () => {
    log.reset();
    const started = performance.now();
    const res = await t.gql(NODES, { ids: targetIds(50_000) });
    const ms = performance.now() - started;
    console.log(`nodes(ids:) of 50,000 ids refused in ${Math.round(ms)} ms`);
    expect(res.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(work()).toEqual([]);
    expect(ms).toBeLessThan(10_000); // loose, for a loaded 2-core machine (about 0.5 s idle); the stall was the database work
  });
});
