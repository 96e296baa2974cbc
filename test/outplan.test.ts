import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.ts';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from './gql/index.ts';

const t = useTestApp();

const CREATE = graphql(`
  mutation OutplanCreateForTest($input: OutplanCreateInput!) {
    outplanCreate(input: $input) {
      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version createdAt updatedAt deletedAt }
      userErrors { field message code }
    }
  }
`);

// The seed tutorial's outplan (../shared/seeds, "Create a new outplan").
const seedOutplan: { name: string; detail: string; source: { type: 'TEL'; target: string }; dialTimeout: number; tryInterval: number; maxTryCounts: number[] } = {
  name: 'test outplan',
  detail: 'outplan for test use.',
  source: { type: 'TEL', target: '+15559876543' },
  dialTimeout: 30000,
  tryInterval: 600000,
  maxTryCounts: [5, 5, 5, 5, 5],
};

const BY_ID = graphql(`
  query OutplanByIdForTest($id: ID!) { outplan(id: $id) { uuid name } node(id: $id) { id ... on Outplan { name } } }
`);
const LOOKUP = graphql(`
  query OutplanLookupForTest($id: ID!) { outplan(id: $id) { id } node(id: $id) { id } }
`);
const PAGE_FORWARD = graphql(`
  query OutplansForwardForTest($after: String) { outplans(first: 7, after: $after) { totalCount nodes { uuid } pageInfo { hasNextPage endCursor } } }
`);
const PAGE_BACKWARD = graphql(`
  query OutplansBackwardForTest($before: String) { outplans(last: 6, before: $before) { nodes { uuid } pageInfo { hasPreviousPage startCursor } } }
`);

function countOutplans(): Promise<number> {
  return t.db.prisma.outplan.count();
}

describe('outplanCreate', () => {
  it('stores the seed outplan and reads it back by id, node(id:) and the connection', async () => {
    const { data } = await t.gql(CREATE, { input: seedOutplan });
    const created = data!.outplanCreate.outplan!;
    expect(data!.outplanCreate.userErrors).toEqual([]);
    expect(created).toMatchObject({
      name: 'test outplan', detail: 'outplan for test use.', source: { type: 'TEL', target: '+15559876543' },
      dialTimeout: 30000, tryInterval: 600000, maxTryCounts: [5, 5, 5, 5, 5], version: 1, updatedAt: null, deletedAt: null,
    });
    expect(created.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(Buffer.from(created.id, 'base64url').toString()).toBe(`Outplan:${created.uuid}`);

    const byId = await t.gql(BY_ID, { id: created.id });
    expect(byId.data).toEqual({ outplan: { uuid: created.uuid, name: 'test outplan' }, node: { id: created.id, name: 'test outplan' } });
  });

  it('pads maxTryCounts to five slots', async () => {
    const { data } = await t.gql(CREATE, { input: { ...seedOutplan, maxTryCounts: [2, 1] } });
    expect(data!.outplanCreate.outplan!.maxTryCounts).toEqual([2, 1, 0, 0, 0]);
  });

  it.each([
    ['dialTimeout in seconds', { dialTimeout: 30 }, ['input', 'dialTimeout'], 'dialTimeout is in milliseconds: 30 is 0.03 s; did you mean 30000?'],
    ['tryInterval in seconds', { tryInterval: 60 }, ['input', 'tryInterval'], 'tryInterval is in milliseconds: 60 is 0.06 s; did you mean 60000?'],
    ['dialTimeout too long', { dialTimeout: 600001 }, ['input', 'dialTimeout'], 'dialTimeout must be 1,000 to 600,000 ms (got 600001).'],
    ['six budgets', { maxTryCounts: [1, 1, 1, 1, 1, 1] }, ['input', 'maxTryCounts'], 'at most 5'],
    ['a budget over 100', { maxTryCounts: [101] }, ['input', 'maxTryCounts', '0'], '0 to 100'],
    ['a blank name', { name: '  ' }, ['input', 'name'], 'name is required'],
    ['a source that is not E.164', { source: { type: 'TEL', target: '5559876543' } }, ['input', 'source', 'target'], 'not an E.164 number'],
  ])('refuses %s with a userError and writes nothing', async (_label, change, field, message) => {
    const before = await countOutplans();
    const { data } = await t.gql(CREATE, { input: { ...seedOutplan, ...(change as object) } });
    const payload = data!.outplanCreate;
    expect(payload.outplan).toBeNull();
    expect(payload.userErrors).toHaveLength(1);
    expect(payload.userErrors[0].field).toEqual(field);
    expect(payload.userErrors[0].code).toBe('INVALID');
    expect(payload.userErrors[0].message).toContain(message as string);
    expect(await countOutplans()).toBe(before);
  });
});

describe('lookups', () => {
  it('answers a malformed id and an unknown id with null, a wrong-type id with BAD_USER_INPUT (node: null)', async () => {
    const ids = ['not-a-global-id', Buffer.from('Outplan:01a207fd-46fb-76e5-b597-acd1af83212e').toString('base64url')];
    for (const id of ids) {
      const res = await t.gql(LOOKUP, { id });
      expect(res).toEqual({ data: { outplan: null, node: null } });
    }
    const res = await t.gql(LOOKUP, { id: Buffer.from('Campaign:01a207fd-46fb-76e5-b597-acd1af83212e').toString('base64url') });
    expect(res.data).toEqual({ outplan: null, node: null });
    expect(res.errors).toMatchObject([{ path: ['outplan'], message: 'This is a Campaign id; outplan(id:) takes an Outplan id or its UUID.', extensions: { code: 'BAD_USER_INPUT' } }]);
  });
});

describe('outplans connection', () => {
  it('refuses page sizes outside 1..100 with BAD_USER_INPUT', async () => {
    for (const args of ['first: 0', 'first: 101', 'last: 101']) {
      // Built per case, so a plain string; first/last out of range is valid GraphQL, refused by the field's validation.
      const res = await t.gql(`{ outplans(${args}) { totalCount } }`);
      expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('pages 30 rows created in one transaction forward and backward, newest first, each exactly once', async () => {
    const db = t.db;
    const customer = await db.prisma.customer.findFirstOrThrow({ where: { name: 'default' } });
    const at = new Date('2030-01-01T00:00:00Z'); // one shared millisecond: the id breaks the tie
    await db.prisma.outplan.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        customerId: customer.id, name: `page-${String(i).padStart(2, '0')}`, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1, 0, 0, 0, 0], createdAt: at,
      })),
    });
    const expected = (await db.prisma.outplan.findMany({ where: { deletedAt: null }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] })).map((o) => o.id);

    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: { data?: ResultOf<typeof PAGE_FORWARD> } = await t.gql(PAGE_FORWARD, { after });
      const page = res.data!.outplans;
      expect(page.totalCount).toBe(expected.length);
      forward.push(...page.nodes.map((n) => n.uuid));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toEqual(expected);

    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const res: { data?: ResultOf<typeof PAGE_BACKWARD> } = await t.gql(PAGE_BACKWARD, { before });
      const page = res.data!.outplans;
      backward.unshift(...page.nodes.map((n) => n.uuid));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(expected);
  });
});
