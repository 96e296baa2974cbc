// In-process HTTP through yoga.fetch (no socket): the same Yoga instance the server mounts, so plugins,
// auth and masking behave as over the network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';

let database: TestDatabase;
let t: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  t = await startTestApp(database);
});
afterAll(async () => {
  await t?.stop();
  await database?.drop();
});

const CREATE = graphql(`
  mutation InProcessOutplanCreate($input: OutplanCreateInput!) {
    outplanCreate(input: $input) { outplan { id name maxTryCounts } userErrors { field code } }
  }
`);

async function inProcess(body: unknown, headers: Record<string, string> = {}) {
  const res = await t.app.yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
}

describe('yoga.fetch', () => {
  it('runs a mutation and reads it back with the caller token', async () => {
    const auth = { authorization: `Bearer ${t.token}` };
    const { body } = await inProcess(
      { query: (await import('graphql')).print(CREATE), variables: { input: { name: 'in-process', dialTimeout: 30000, tryInterval: 0, maxTryCounts: [3] } } },
      auth,
    );
    expect(body.data.outplanCreate).toMatchObject({ outplan: { name: 'in-process', maxTryCounts: [3, 0, 0, 0, 0] }, userErrors: [] });
    const read = await inProcess({ query: 'query($id: ID!) { node(id: $id) { ... on Outplan { name } } }', variables: { id: body.data.outplanCreate.outplan.id } }, auth);
    expect(read.body.data.node).toEqual({ name: 'in-process' });
  });

  it('refuses a domain query without a token (UNAUTHENTICATED), and answers a syntax error with 400', async () => {
    const refused = await inProcess({ query: '{ outplans { totalCount } }' });
    expect(refused.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const broken = await inProcess({ query: '{ outplans { ' });
    expect(broken.status).toBe(400);
    expect(broken.body.errors?.[0].message).toMatch(/Syntax Error/);
  });
});
