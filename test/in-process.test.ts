// In-process HTTP through yoga.fetch (no socket): the same Yoga instance the server mounts, so plugins,
// auth and masking behave as over the network.
import { describe, expect, it } from 'vitest';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';

const t = useTestApp();

const CREATE = graphql(`
  mutation OutplanCreateForInProcessTest($input: OutplanCreateInput!) {
    outplanCreate(input: $input) { outplan { id name maxTryCounts } userErrors { field code } }
  }
`);
const READ = graphql(`
  query OutplanNodeForInProcessTest($id: ID!) { node(id: $id) { ... on Outplan { name } } }
`);
const OUTPLANS = graphql(`
  query OutplansCountForInProcessTest { outplans { totalCount } }
`);

async function inProcess<R = any, V = Record<string, unknown>>(
  query: TypedDocumentNode<R, V> | string,
  variables?: V,
  headers: Record<string, string> = {},
) {
  const res = await t.app.yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: R; errors?: any[] } };
}

describe('yoga.fetch', () => {
  it('runs a mutation and reads it back with the caller token', async () => {
    const auth = { authorization: `Bearer ${t.token}` };
    const { body } = await inProcess(CREATE, { input: { name: 'in-process', dialTimeout: 30000, tryInterval: 0, maxTryCounts: [3] } }, auth);
    expect(body.data!.outplanCreate).toMatchObject({ outplan: { name: 'in-process', maxTryCounts: [3, 0, 0, 0, 0] }, userErrors: [] });
    const read = await inProcess(READ, { id: body.data!.outplanCreate.outplan!.id }, auth);
    expect(read.body.data!.node).toEqual({ name: 'in-process' });
  });

  it('refuses a domain query without a token (UNAUTHENTICATED), and answers a syntax error with 400', async () => {
    const refused = await inProcess(OUTPLANS);
    expect(refused.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    // A syntax error on purpose: the test is about the server refusing it, so a plain string.
    const broken = await inProcess('{ outplans { ');
    expect(broken.status).toBe(400);
    expect(broken.body.errors?.[0].message).toMatch(/Syntax Error/);
  });
});
