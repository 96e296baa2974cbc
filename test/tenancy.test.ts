// Tenants never see each other: for every root field, customer B's token cannot read, change or receive
// customer A's rows or events. Every domain adds a case file under test/tenancy/ and lists it here; a
// root field without a case (or an explicit exemption) fails the first test.
import { getNamedType, print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/graphql/schema.ts';
import { login, useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';
import type { Caller, TenancyCase, TenancyContext, TenancyModule } from './tenancy/types.ts';
import { identityTenancy } from './tenancy/identity.cases.ts';
import { outplanTenancy } from './tenancy/outplan.cases.ts';
import { outdialTenancy } from './tenancy/outdial.cases.ts';
import { callTenancy } from './tenancy/call.cases.ts';
import { campaignTenancy } from './tenancy/campaign.cases.ts';
import { webhookTenancy } from './tenancy/webhook.cases.ts';
import { dncTenancy } from './tenancy/dnc.cases.ts';

const modules: TenancyModule[] = [identityTenancy, outplanTenancy, callTenancy, outdialTenancy, campaignTenancy, webhookTenancy, dncTenancy];

// Cases that span every type: node(id:) and nodes(ids:) with every seeded id of A.
const NODE = graphql(`
  query NodeForTenancyTest($id: ID!) { node(id: $id) { id } }
`);
const NODES = graphql(`
  query NodesForTenancyTest($ids: [ID!]!) { nodes(ids: $ids) { id } }
`);
const relayCases: Record<string, TenancyCase> = {
  'Query.node': async ({ b, ids }) => {
    for (const [name, id] of Object.entries(ids)) {
      if (name.endsWith('Token')) continue;
      const res = await b.gql(NODE, { id });
      expect(res.data, name).toEqual({ node: null });
    }
  },
  'Query.nodes': async ({ b, ids }) => {
    const list = Object.entries(ids).filter(([n]) => !n.endsWith('Token')).map(([, id]) => id);
    const res = await b.gql(NODES, { ids: list });
    expect(res.data!.nodes).toEqual(list.map(() => null));
  },
};

const cases: Record<string, TenancyCase> = Object.assign({}, relayCases, ...modules.map((m) => m.cases));

const CUSTOMER_CREATE = graphql(`
  mutation CustomerCreateForTenancyTest { customerCreate(input: {name: "tenant-b", username: "b-admin", password: "b-admin-password"}) { userErrors { message } } }
`);

const t = useTestApp();
let ctx: TenancyContext;

function caller(name: 'A' | 'B', token: string): Caller {
  return {
    name,
    token,
    gql: ((query: never, variables?: never) => t.gql(query, variables, { authorization: `Bearer ${token}` })) as Caller['gql'],
    wsClient: () => t.wsClient({ token }),
  };
}

beforeAll(async () => {
  process.env.TENANCY_URL = t.url;
  const created = await t.gql(CUSTOMER_CREATE);
  expect(created.data!.customerCreate.userErrors).toEqual([]);
  const a = caller('A', t.token);
  const b = caller('B', await login(t.url, 'b-admin', 'b-admin-password'));
  const ids: Record<string, string> = {};
  for (const m of modules) Object.assign(ids, await m.seed(a, { prisma: t.db.prisma }));
  ctx = { a, b, ids, expectNoLeak };
});

/** B subscribes, A's control subscriber too; A changes its rows until the control sees an event; B saw none. */
async function expectNoLeak(subscription: string, variables: Record<string, unknown>, trigger: () => Promise<unknown>): Promise<void>;
async function expectNoLeak<V>(subscription: TypedDocumentNode<unknown, V>, variables: V, trigger: () => Promise<unknown>): Promise<void>;
async function expectNoLeak(document: string | TypedDocumentNode<unknown, unknown>, variables: Record<string, unknown>, trigger: () => Promise<unknown>) {
  // graphql-ws sends text.
  const subscription = typeof document === 'string' ? document : print(document);
  const leaked: unknown[] = [];
  const bClient = ctx.b.wsClient();
  const aClient = ctx.a.wsClient();
  const stopB = bClient.subscribe({ query: subscription, variables }, { next: (r) => leaked.push(r), error: (e) => leaked.push(e), complete: () => {} });
  // A's control subscription is unfiltered, so it proves A's events were flowing while B listened.
  let controlSaw = 0;
  const stopA = aClient.subscribe({ query: subscription, variables }, { next: () => void controlSaw++, error: () => {}, complete: () => {} });
  const deadline = Date.now() + 20_000;
  while (controlSaw < 2 && Date.now() < deadline) {
    await trigger();
    await new Promise((r) => setTimeout(r, 100));
  }
  await trigger();
  await new Promise((r) => setTimeout(r, 300));
  stopA();
  stopB();
  expect(controlSaw, 'the control subscriber of A received events').toBeGreaterThanOrEqual(2);
  expect(leaked).toEqual([]);
}

describe('tenancy', () => {
  it('has a case (or a stated exemption) for every root field', () => {
    const fields = (['Query', 'Mutation', 'Subscription'] as const).flatMap((root) => {
      const type = schema.getType(root);
      return type && 'getFields' in type ? Object.keys(type.getFields()).map((f) => `${root}.${f}`) : [];
    });
    expect(fields.filter((f) => !(f in cases))).toEqual([]);
    expect(Object.keys(cases).filter((c) => !fields.includes(c))).toEqual([]);
    expect(getNamedType(schema.getQueryType()!.getFields().node.type).name).toBe('Node');
  });

  for (const [field, check] of Object.entries(cases)) {
    if (typeof check === 'function') it(`${field}: B cannot reach A's rows`, () => check(ctx));
  }
});
