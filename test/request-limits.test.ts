// No token is needed to make a request expensive (issue 16): 1,000 aliased __schema returned 25 MB after 5.6 s,
// 300,000 aliased __typename ran 4.8 s, and a 5,000-deep nesting answered HTTP 500 (a raw RangeError over
// graphql-ws). Each such request is refused while it is parsed or validated, with QUERY_TOO_COMPLEX and the limit
// it broke, over HTTP, SSE and graphql-ws alike, quickly, and before any statement reaches the database.
// Plain strings: the hostile queries are the point of these tests.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { QUIET_HOUSEKEEPING, useTestApp } from './helpers/app.ts';
import { loggedDatabase, type QueryLog } from './helpers/query-log.ts';
import { overHttp, overSse, overWs, type Answer } from './helpers/transports.ts';

let log: QueryLog;
// No dialer, no re-check of open sockets' tokens: they share the logged client and would count as the requests' statements.
const t = useTestApp({ DIALER_ENABLED: 'false', AUTH_RECHECK_MS: '3600000', ...QUIET_HOUSEKEEPING }, { database: loggedDatabase((l) => (log = l)) });

const limits = loadConfig({});
const times = (n: number, text: (i: number) => string, separator = ' ') => Array.from({ length: n }, (_, i) => text(i)).join(separator);

/** Each hostile query, and the limit that refuses it. */
const HOSTILE: { name: string; query: string; limit: string }[] = [
  { name: '1,000 aliased __schema (78 KB)', query: `{ ${times(1000, (i) => `s${i}: __schema { types { name fields { name args { name } type { name } } } }`)} }`, limit: 'tokens' },
  { name: 'a 100 KB comment', query: `# ${'x'.repeat(limits.MAX_QUERY_CHARACTERS)}\n{ __typename }`, limit: 'characters' },
  { name: '31 aliased __typename', query: `{ ${times(31, (i) => `t${i}: __typename`)} }`, limit: 'aliases' },
  { name: '21 directives', query: `{ ${times(21, () => '__typename @include(if: true)')} }`, limit: 'directives' },
  { name: 'three __schema/__type fields', query: '{ a: __schema { queryType { name } } b: __schema { queryType { name } } c: __type(name: "Query") { name } }', limit: 'introspection' },
  // Each level multiplies the answer by a type's fields: depth bounds introspection too.
  { name: 'introspection 17 deep', query: `{ __schema { types { ${'fields { type { '.repeat(7)}name${' } }'.repeat(7)} } } }`, limit: 'depth' },
  { name: 'a selection 18 deep', query: `{ outdials { nodes { ${'targets { nodes { outdial { '.repeat(5)}id${' } } }'.repeat(5)} } } }`, limit: 'depth' },
  { name: '301 fields', query: `{ outdials(first: 1) { nodes { ${times(299, () => 'id')} } } }`, limit: 'breadth' },
  { name: 'a 5,000-deep selection', query: `{ ${'a { '.repeat(5000)}b${' }'.repeat(5000)} }`, limit: 'tokens' },
  { name: 'a 5,000-deep input object', query: `{ outdials(filter: ${'{ name: '.repeat(5000)}"x"${' }'.repeat(5000)}) { totalCount } }`, limit: 'tokens' },
  { name: 'a 5,000-deep list', query: `{ nodes(ids: ${'['.repeat(5000)}"x"${']'.repeat(5000)}) { id } }`, limit: 'tokens' },
];

/** The statements sent since the last reset, besides the outbox tail's background polling. */
const statements = () => log.statements.filter((s) => !/pg_current_snapshot|FROM event\b|"event"/.test(s));

function expectRefused(answer: Answer, limit: string) {
  expect(answer.errors).toContainEqual(expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit }) }));
  // Only graphql-js's own rules may add theirs (its introspection depth rule: GRAPHQL_VALIDATION_FAILED).
  for (const error of answer.errors) {
    expect(error.extensions?.code).toMatch(/^(QUERY_TOO_COMPLEX|GRAPHQL_VALIDATION_FAILED)$/);
    expect(error.message).not.toMatch(/Syntax Error|Maximum call stack/);
  }
  expect(answer.results.every((r) => r.data === undefined || r.data === null)).toBe(true);
}

describe.each([
  { transport: 'HTTP', send: (query: string) => overHttp(t.url, null, { query }) },
  { transport: 'SSE', send: (query: string) => overSse(t.url, null, { query }) },
  { transport: 'graphql-ws', send: (query: string) => overWs(t.wsClient(), { query }) },
])('over $transport', ({ transport, send }) => {
  const answered: string[] = [];

  it.each(HOSTILE)('refuses $name ($limit)', async ({ query, limit }) => {
    log.reset();
    const answer = await send(query);
    expectRefused(answer, limit);
    if (transport === 'HTTP') expect(answer.status).toBe(400);
    // No token over HTTP and SSE; over graphql-ws the socket's token lookup at connect: nothing else reached the database.
    expect(statements().filter((s) => !/\bFROM "?(public"\.")?app_user"?/.test(s))).toEqual([]);
    if (transport !== 'graphql-ws') expect(statements()).toEqual([]);
    // Loose, for a loaded 2-core machine (they take milliseconds): the requests that stalled the server took seconds.
    expect(answer.ms).toBeLessThan(2_000);
    answered.push(`${String(Math.round(answer.ms)).padStart(4)} ms  ${query.length} chars  ${limit}`);
  });

  it('still answers an ordinary request afterwards', async () => {
    console.log(`${transport} refusals:\n${answered.join('\n')}`);
    const answer = transport === 'graphql-ws' ? await overWs(t.wsClient(), { query: '{ __typename }' }) : await send('{ __typename }');
    expect(answer.errors).toEqual([]);
    expect(answer.results[0].data).toEqual({ __typename: 'Query' });
  });
});

describe('the largest and the legitimate requests', () => {
  it('refuses 300,000 aliased __typename (5 MB) over HTTP at the character limit, quickly', async () => {
    log.reset();
    const answer = await overHttp(t.url, null, { query: `{ ${times(300_000, (i) => `t${i}: __typename`)} }` });
    expectRefused(answer, 'characters');
    expect(answer.errors[0].message).toMatch(new RegExp(`${limits.MAX_QUERY_CHARACTERS}`));
    expect(answer.ms).toBeLessThan(3_000); // sending and reading 5 MB included; it ran 4.8 s
    expect(statements()).toEqual([]);
  });

  it('accepts a query right at the limits (30 aliases, depth 15, 2 introspection fields)', async () => {
    const query = `{ a: __schema { queryType { name } } b: __type(name: "Query") { name } ${times(28, (i) => `t${i}: __typename`)} }`;
    const answer = await overHttp(t.url, t.token, { query });
    expect(answer.errors).toEqual([]);
    const deep = await overHttp(t.url, t.token, { query: `{ outdials(first: 1) { nodes { ${'targets(first: 1) { nodes { outdial { '.repeat(4)}id${' } } }'.repeat(4)} } } }` });
    expect(deep.errors).toEqual([]);
  });
});

describe('fragment bombs', () => {
  it('refuses a fragment cycle and 24 levels of doubling fragments (2^23 fields once spread) quickly, before the database', async () => {
    const levels = 24;
    const doubling = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Query { __typename }` : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const cases = [
      { query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }', code: 'GRAPHQL_VALIDATION_FAILED' },
      { query: `{ ...F0 }\n${doubling}`, code: 'COST_LIMIT_EXCEEDED' },
    ];
    for (const { query, code } of cases) {
      log.reset();
      const answer = await overHttp(t.url, null, { query });
      expect(answer.status).toBe(400);
      expect(answer.errors.map((e) => e.extensions?.code)).toContain(code);
      expect(answer.results.every((r) => r.data === undefined || r.data === null)).toBe(true);
      expect(statements()).toEqual([]);
      expect(answer.ms).toBeLessThan(2_000);
    }
  });
});
