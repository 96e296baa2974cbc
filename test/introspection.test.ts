// Who may read the schema (issue 16). INTROSPECTION: `signed-in` by default in production (a caller without a token
// gets UNAUTHENTICATED for __schema and __type, over HTTP and SSE; graphql-ws sockets are signed in), `open` outside
// production, `off` for no one (FORBIDDEN, over graphql-ws too). In production the "Did you mean ...?" suggestions
// of errors, which would show the schema to anyone, are left out; outside production they help.
// Plain strings: misspelt fields and enum values are the point of the suggestion tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, useTestApp, type TestApp } from './helpers/app.ts';
import { overHttp, overSse, overWs } from './helpers/transports.ts';

const production = useTestApp({ NODE_ENV: 'production', DIALER_ENABLED: 'false' });

const SCHEMA = '{ __schema { queryType { name } } }';
const TYPE = '{ __type(name: "Outdial") { name } }';
/** Each misspelling, answered with an error whose message would suggest the right name. */
const MISSPELT = [
  { what: 'a field', request: { query: '{ outdails { totalCount } }' } },
  { what: 'an argument', request: { query: '{ outdials(frist: 1) { totalCount } }' } },
  { what: 'an enum value in the query', request: { query: '{ campaigns(filter: {status: [RUNN]}) { totalCount } }' } },
  { what: 'an enum value in a variable', request: { query: 'query($s: [CampaignStatus!]) { campaigns(filter: {status: $s}) { totalCount } }', variables: { s: ['RUNN'] } } },
  { what: 'an input field', request: { query: 'mutation { outdialCreate(input: {nmae: "x"}) { outdial { id } } }' } },
];

describe('in production (INTROSPECTION unset: signed-in)', () => {
  it('refuses __schema and __type without a token, over HTTP and SSE, with UNAUTHENTICATED', async () => {
    for (const query of [SCHEMA, TYPE]) {
      for (const answer of [await overHttp(production.url, null, { query }), await overSse(production.url, null, { query })]) {
        expect(answer.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/Introspection needs a signed-in caller/), extensions: { code: 'UNAUTHENTICATED' } })]);
        expect(answer.results.every((r) => r.data === undefined)).toBe(true);
      }
    }
  });

  it('answers it with a token, over HTTP and graphql-ws, and __typename without one', async () => {
    expect((await overHttp(production.url, production.token, { query: SCHEMA })).results).toEqual([{ data: { __schema: { queryType: { name: 'Query' } } } }]);
    expect((await overWs(production.wsClient(), { query: TYPE })).results).toEqual([{ data: { __type: { name: 'Outdial' } } }]);
    expect((await overHttp(production.url, null, { query: '{ __typename viewer { username } }' })).results).toEqual([{ data: { __typename: 'Query', viewer: null } }]);
  });

  it.each(MISSPELT)('suggests no name for $what', async ({ request }) => {
    const answer = await overHttp(production.url, null, request);
    expect(answer.errors.length).toBeGreaterThan(0);
    for (const error of answer.errors) expect(error.message).not.toMatch(/Did you mean/);
  });
});

describe('outside production (INTROSPECTION unset: open)', () => {
  let open: TestApp;
  beforeAll(async () => {
    open = await startTestApp(production.database, { NODE_ENV: 'test', DIALER_ENABLED: 'false' });
  });
  afterAll(() => open?.stop());

  it('answers introspection without a token', async () => {
    expect((await overHttp(open.url, null, { query: SCHEMA })).results).toEqual([{ data: { __schema: { queryType: { name: 'Query' } } } }]);
  });

  it.each(MISSPELT)('suggests the right name for $what', async ({ request }) => {
    const answer = await overHttp(open.url, null, request);
    expect(answer.errors.map((e) => e.message).join('\n')).toMatch(/Did you mean/);
  });
});

describe('INTROSPECTION=off', () => {
  let off: TestApp;
  beforeAll(async () => {
    off = await startTestApp(production.database, { INTROSPECTION: 'off', DIALER_ENABLED: 'false' });
  });
  afterAll(() => off?.stop());

  it('refuses __schema and __type to everyone, over HTTP, SSE and graphql-ws, with FORBIDDEN', async () => {
    for (const query of [SCHEMA, TYPE]) {
      const answers = [await overHttp(off.url, off.token, { query }), await overSse(off.url, off.token, { query }), await overWs(off.wsClient(), { query })];
      for (const answer of answers) {
        expect(answer.errors).toEqual([expect.objectContaining({ message: 'Introspection is turned off on this server.', extensions: { code: 'FORBIDDEN' } })]);
      }
    }
  });

  it('still answers __typename and the API', async () => {
    const answer = await overWs(off.wsClient(), { query: '{ __typename outplans(first: 1) { totalCount } }' });
    expect(answer.errors).toEqual([]);
    expect(answer.results[0].data.__typename).toBe('Query');
  });
});
