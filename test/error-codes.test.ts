// Every error a client can get has an extensions.code from one list (src/graphql/error-codes.ts, README "Error
// codes"), issue 16: each kind of bad request below, over HTTP, graphql-ws and SSE, answers errors that all carry a
// code of that list, the one expected among them. The depth and breadth limits, the CSRF refusal and "Invalid
// cursor" had none; the invalid-JSON error exposed originalError; "Invalid cursor" echoed the cursor back.
// Plain strings and raw bodies: malformed requests are the point of these tests.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCode } from '../src/graphql/error-codes.ts';
import { encodeGlobalId } from '../src/graphql/global-id.ts';
import { login, useTestApp } from './helpers/app.ts';
import { overHttp, overSse, overWs, type Request } from './helpers/transports.ts';

// Two failed logins lock a username (and the client address) out: the last case.
const t = useTestApp({ LOGIN_MAX_FAILURES: '2', DIALER_ENABLED: 'false' });

let managerToken: string;
beforeAll(async () => {
  const created = await t.gql('mutation($input: UserCreateInput!) { userCreate(input: $input) { userErrors { message } } }', {
    input: { username: 'codes-manager', password: 'codes-manager-password', role: 'MANAGER' },
  });
  expect(created.errors).toBeUndefined();
  managerToken = await login(t.url, 'codes-manager', 'codes-manager-password');
});

const deep = `{ outdials { nodes { ${'targets { nodes { outdial { '.repeat(5)}id${' } } }'.repeat(5)} } } }`;
const broad = `{ outdials(first: 1) { nodes { ${Array(299).fill('id').join(' ')} } } }`;
const million = '{ outdials(first: 100) { nodes { targets(first: 100) { nodes { outdial { targets(first: 100) { nodes { id } } } } } } } }';

/** A raw HTTP request to /graphql: its status and the errors of its JSON body. */
async function raw(init: RequestInit, search = '') {
  const res = await fetch(`${t.url}${search}`, init);
  const body = (await res.json()) as { errors?: any[] };
  return { status: res.status, errors: body.errors ?? [] };
}
const json = { 'content-type': 'application/json' };

type Case = { name: string; code: ErrorCode; send: () => Promise<{ status?: number; errors: any[] }>; check?: (errors: any[]) => void };
const http = (name: string, code: ErrorCode, request: Request, token: () => string | null = () => t.token): Case => ({ name, code, send: () => overHttp(t.url, token(), request) });

const CASES: Case[] = [
  http('a query without a token', 'UNAUTHENTICATED', { query: '{ outplans { totalCount } }' }, () => null),
  http("a SUPERADMIN's field asked by a MANAGER", 'FORBIDDEN', { query: '{ customers { totalCount } }' }, () => managerToken),
  http('a page size out of range', 'BAD_USER_INPUT', { query: '{ outplans(first: 0) { totalCount } }' }),
  http('a variable of the wrong type', 'BAD_USER_INPUT', { query: 'query($n: Int) { outplans(first: $n) { totalCount } }', variables: { n: 'ten' } }),
  http('101 ids', 'BAD_USER_INPUT', { query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: Array.from({ length: 101 }, () => encodeGlobalId('Outdial', randomUUID())) } }),
  {
    ...http('an invalid cursor', 'BAD_USER_INPUT', { query: '{ outplans(first: 1, after: "not-a-cursor-ECHOED") { totalCount } }' }),
    check: (errors) => expect(JSON.stringify(errors)).not.toMatch(/ECHOED/),
  },
  http('a selection 18 deep', 'QUERY_TOO_COMPLEX', { query: deep }),
  http('301 fields', 'QUERY_TOO_COMPLEX', { query: broad }),
  http('a million targets', 'COST_LIMIT_EXCEEDED', { query: million }),
  http('a syntax error', 'GRAPHQL_PARSE_FAILED', { query: '{ outplans {' }),
  http('an unknown field', 'GRAPHQL_VALIDATION_FAILED', { query: '{ nothing }' }),
  http('two operations and no operationName', 'OPERATION_RESOLUTION_FAILURE', { query: 'query A { __typename } query B { __typename }' }),
  {
    name: 'a body that is not JSON',
    code: 'BAD_REQUEST',
    send: () => raw({ method: 'POST', headers: json, body: '{"query": "{ __typename }"' }),
    check: (errors) => expect(errors[0].extensions).toEqual({ code: 'BAD_REQUEST' }), // no originalError (the JSON parser's)
  },
  { name: 'a body without a query', code: 'BAD_REQUEST', send: () => raw({ method: 'POST', headers: json, body: '{}' }) },
  { name: 'a mutation over GET', code: 'BAD_REQUEST', send: () => raw({ headers: { accept: 'application/json' } }, `?query=${encodeURIComponent('mutation { login(input: {username: "a", password: "b"}) { token } }')}`) },
  {
    name: 'a cookie-authenticated POST without a CSRF-safe header',
    code: 'BAD_REQUEST',
    send: () => raw({ method: 'POST', headers: { 'content-type': 'text/plain', cookie: `token=${t.token}` }, body: '{"query": "{ __typename }"}' }),
    check: (errors) => expect(errors[0].message).toMatch(/CSRF/),
  },
  { name: 'a syntax error over graphql-ws', code: 'GRAPHQL_PARSE_FAILED', send: () => overWs(t.wsClient(), { query: '{ outplans {' }) },
  { name: 'an unknown field over graphql-ws', code: 'GRAPHQL_VALIDATION_FAILED', send: () => overWs(t.wsClient(), { query: '{ nothing }' }) },
  { name: 'a 5,000-deep selection over graphql-ws', code: 'QUERY_TOO_COMPLEX', send: () => overWs(t.wsClient(), { query: `{ ${'a { '.repeat(5000)}b${' }'.repeat(5000)} }` }) },
  { name: 'a selection 18 deep over graphql-ws', code: 'QUERY_TOO_COMPLEX', send: () => overWs(t.wsClient(), { query: deep }) },
  { name: 'two operations and no operationName over graphql-ws', code: 'OPERATION_RESOLUTION_FAILURE', send: () => overWs(t.wsClient(), { query: 'query A { __typename } query B { __typename }' }) },
  { name: 'a page size out of range over SSE', code: 'BAD_USER_INPUT', send: () => overSse(t.url, t.token, { query: '{ outplans(first: 101) { totalCount } }' }) },
  { name: 'a syntax error over SSE', code: 'GRAPHQL_PARSE_FAILED', send: () => overSse(t.url, t.token, { query: '{ outplans {' }) },
  // Last: it locks this client address out of logging in.
  {
    name: 'too many failed logins',
    code: 'RATE_LIMITED',
    send: async () => {
      const attempt = () => overHttp(t.url, null, { query: 'mutation { login(input: {username: "codes-nobody", password: "wrong-password"}) { token } }' });
      await attempt();
      await attempt();
      return attempt();
    },
  },
];

describe('error codes', () => {
  it.each(CASES)('$name: $code', async ({ code, send, check }) => {
    const { errors } = await send();
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(Object.keys(ERROR_CODES), JSON.stringify(error)).toContain(error.extensions?.code);
    expect(errors.map((e) => e.extensions.code)).toContain(code);
    for (const error of errors) expect(error.message).not.toMatch(/Syntax Error: (Token|Query depth|Aliases|Directives|Character)/);
    check?.(errors);
  });

  it('are the ones README lists, each said once', () => {
    const section = readFileSync(new URL('../README.md', import.meta.url), 'utf8').split('## Error codes')[1].split('\n## ')[0];
    const listed = [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(Object.keys(ERROR_CODES));
  });
});
