import { describe, expect, it } from 'vitest';
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';

const t = useTestApp();

const CREATE = graphql(`
  mutation OutdialCreateForOutdialTest($input: OutdialCreateInput!) {
    outdialCreate(input: $input) { outdial { id uuid name detail data version createdAt updatedAt deletedAt } userErrors { field message code } }
  }
`);
const UPDATE = graphql(`
  mutation OutdialUpdateForOutdialTest($input: OutdialUpdateInput!) {
    outdialUpdate(input: $input) { outdial { id uuid name detail data version createdAt updatedAt deletedAt } userErrors { field message code } }
  }
`);
const UPDATE_DATA = graphql(`
  mutation OutdialUpdateDataForOutdialTest($input: OutdialUpdateDataInput!) {
    outdialUpdateData(input: $input) { outdial { id uuid name detail data version createdAt updatedAt deletedAt } userErrors { field message code } }
  }
`);
const DELETE = graphql(`
  mutation OutdialDeleteForOutdialTest($id: ID!) {
    outdialDelete(input: {id: $id}) { outdial { id uuid name detail data version createdAt updatedAt deletedAt } userErrors { field message code } }
  }
`);
const READ = graphql(`
  query OutdialReadForOutdialTest($id: ID!) {
    outdial(id: $id) { name detail data targetStats { total idle progressing done } targets { totalCount nodes { id } } } node(id: $id) { ... on Outdial { uuid } }
  }
`);
const DELETED_AT = graphql(`
  query OutdialDeletedAtForOutdialTest($id: ID!) { outdial(id: $id) { deletedAt } }
`);
const LIVE_AND_ALL = graphql(`
  query OutdialsLiveAndAllForOutdialTest {
    live: outdials(first: 100, filter: {name: "to delete"}) { totalCount } all: outdials(first: 100, filter: {name: "to delete"}, includeDeleted: true) { totalCount }
  }
`);
const BY_NAME_TEXT = graphql(`
  query OutdialsByNameTextForOutdialTest($name: String!) { outdials(first: 100, filter: {name: $name}) { totalCount nodes { name } } }
`);
const BY_NAME = graphql(`
  query OutdialsByNameForOutdialTest { outdials(first: 100, filter: {name: "sAlE"}) { totalCount nodes { name } } }
`);
const PAGE_FORWARD = graphql(`
  query OutdialsForwardForOutdialTest($after: String) {
    outdials(first: 33, after: $after, filter: {name: "page-"}) { totalCount nodes { uuid } pageInfo { hasNextPage endCursor } }
  }
`);
const PAGE_BACKWARD = graphql(`
  query OutdialsBackwardForOutdialTest($before: String) {
    outdials(last: 40, before: $before, filter: {name: "page-"}) { nodes { uuid } pageInfo { hasPreviousPage startCursor } }
  }
`);

// The seed tutorial's outdial (../shared/seeds/000, "Create a new outdial").
const seedOutdial = { name: 'test outdial', detail: 'outdial for test use.', data: 'test data' };
const missingId = Buffer.from('Outdial:01a207fd-46fb-76e5-b597-acd1af83212e').toString('base64url');

async function counts() {
  const db = t.db;
  const [outdials, events, versions] = await Promise.all([
    db.prisma.outdial.count(),
    db.prisma.event.count({ where: { entityType: 'Outdial' } }),
    db.prisma.outdial.aggregate({ _sum: { version: true } }),
  ]);
  return { outdials, events, versions: versions._sum.version };
}

async function create(input: VariablesOf<typeof CREATE>['input'] = seedOutdial) {
  const res = await t.gql(CREATE, { input });
  expect(res.data!.outdialCreate.userErrors).toEqual([]);
  return res.data!.outdialCreate.outdial!;
}

/**
 * outdialUpdate or outdialUpdateData, by name, for the tables that run both: each answers an OutdialPayload
 * under its own name.
 */
async function update(
  key: 'outdialUpdate' | 'outdialUpdateData',
  input: { id: string; name?: string | null; detail?: string | null; data?: string },
): Promise<ResultOf<typeof UPDATE>['outdialUpdate']> {
  if (key === 'outdialUpdate') return (await t.gql(UPDATE, { input })).data!.outdialUpdate;
  return (await t.gql(UPDATE_DATA, { input: { ...input, data: input.data! } })).data!.outdialUpdateData;
}

describe('outdialCreate', () => {
  it('stores the seed outdial and reads it back by id, node(id:) and the connection', async () => {
    const created = await create();
    expect(created).toMatchObject({ ...seedOutdial, version: 1, updatedAt: null, deletedAt: null });
    expect(Buffer.from(created.id, 'base64url').toString()).toBe(`Outdial:${created.uuid}`);
    const read = await t.gql(READ, { id: created.id });
    expect(read.data).toEqual({
      outdial: { ...seedOutdial, targetStats: { total: 0, idle: 0, progressing: 0, done: 0 }, targets: { totalCount: 0, nodes: [] } },
      node: { uuid: created.uuid },
    });
    const db = t.db;
    expect(await db.prisma.event.count({ where: { entityId: created.uuid, kind: 'CREATED' } })).toBe(1);
  });

  it('defaults detail and data to empty strings (the seed list shows data "")', async () => {
    expect(await create({ name: 'only a name' })).toMatchObject({ name: 'only a name', detail: '', data: '' });
  });

  it.each([
    ['a blank name', { name: '   ' }, ['input', 'name'], 'name is required'],
    ['a name over 255 characters', { name: 'x'.repeat(256) }, ['input', 'name'], 'at most 255'],
    ['a detail over 2,000 characters', { detail: 'x'.repeat(2001) }, ['input', 'detail'], 'at most 2000'],
    ['data over 64 KiB', { data: 'x'.repeat(64 * 1024 + 1) }, ['input', 'data'], 'at most 65536'],
  ])('refuses %s with a userError and writes nothing', async (_label, change, field, message) => {
    const before = await counts();
    const res = await t.gql(CREATE, { input: { ...seedOutdial, ...change } });
    expect(res.data!.outdialCreate.outdial).toBeNull();
    expect(res.data!.outdialCreate.userErrors).toEqual([{ field, message: expect.stringContaining(message), code: 'INVALID' }]);
    expect(await counts()).toEqual(before);
  });
});

describe('outdialUpdate / outdialUpdateData', () => {
  it('keeps omitted fields, clears detail with null, bumps version and updatedAt', async () => {
    const o = await create();
    const renamed = (await t.gql(UPDATE, { input: { id: o.id, name: 'renamed' } })).data!.outdialUpdate;
    expect(renamed.userErrors).toEqual([]);
    expect(renamed.outdial).toMatchObject({ name: 'renamed', detail: seedOutdial.detail, data: 'test data', version: 2 });
    expect(renamed.outdial!.updatedAt).not.toBeNull();
    const cleared = (await t.gql(UPDATE, { input: { id: o.id, detail: null } })).data!.outdialUpdate.outdial;
    expect(cleared).toMatchObject({ name: 'renamed', detail: '', version: 3 });
    const data = (await t.gql(UPDATE_DATA, { input: { id: o.id, data: '{"k":1}' } })).data!.outdialUpdateData.outdial;
    expect(data).toMatchObject({ name: 'renamed', data: '{"k":1}', version: 4 });
    const db = t.db;
    expect(await db.prisma.event.findMany({ where: { entityId: o.uuid }, orderBy: { version: 'asc' }, select: { kind: true, version: true } })).toEqual([
      { kind: 'CREATED', version: 1 }, { kind: 'UPDATED', version: 2 }, { kind: 'UPDATED', version: 3 }, { kind: 'UPDATED', version: 4 },
    ]);
  });

  it.each([
    ['outdialUpdate: name null', 'outdialUpdate', { name: null }, ['input', 'name'], 'INVALID'],
    ['outdialUpdate: a blank name', 'outdialUpdate', { name: '' }, ['input', 'name'], 'INVALID'],
    ['outdialUpdate: a detail over 2,000 characters', 'outdialUpdate', { detail: 'x'.repeat(2001) }, ['input', 'detail'], 'INVALID'],
    ['outdialUpdateData: data over 64 KiB', 'outdialUpdateData', { data: 'x'.repeat(65537) }, ['input', 'data'], 'INVALID'],
  ] as const)('refuses %s and writes nothing', async (_label, key, change, field, code) => {
    const o = await create();
    const before = await counts();
    const res = await update(key, { id: o.id, ...change });
    expect(res).toEqual({ outdial: null, userErrors: [{ field, message: expect.any(String), code }] });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['outdialUpdate', { name: 'x' }],
    ['outdialUpdateData', { data: 'x' }],
  ] as const)('%s: an unknown or malformed id is NOT_FOUND, a wrong-type id INVALID naming both types', async (key, change) => {
    const before = await counts();
    const wrongType = Buffer.from('Outplan:01a207fd-46fb-76e5-b597-acd1af83212e').toString('base64url');
    for (const id of [missingId, 'garbage']) {
      const res = await update(key, { id, ...change });
      expect(res).toEqual({ outdial: null, userErrors: [{ field: ['input', 'id'], message: 'Outdial not found.', code: 'NOT_FOUND' }] });
    }
    expect(await update(key, { id: wrongType, ...change })).toEqual({
      outdial: null, userErrors: [{ field: ['input', 'id'], message: 'This is an Outplan id; id takes an Outdial id or its UUID.', code: 'INVALID' }],
    });
    expect(await counts()).toEqual(before);
  });
});

describe('outdialDelete', () => {
  it('soft-deletes: readable by id with deletedAt, gone from the list unless includeDeleted; further changes are INVALID_STATE', async () => {
    const o = await create({ name: 'to delete' });
    const deleted = (await t.gql(DELETE, { id: o.id })).data!.outdialDelete;
    expect(deleted.userErrors).toEqual([]);
    expect(deleted.outdial!.deletedAt).not.toBeNull();
    expect(deleted.outdial!.version).toBe(2);
    expect((await t.gql(DELETED_AT, { id: o.id })).data!.outdial!.deletedAt).toBe(deleted.outdial!.deletedAt);
    const list = (await t.gql(LIVE_AND_ALL)).data;
    expect(list).toEqual({ live: { totalCount: 0 }, all: { totalCount: 1 } });

    const before = await counts();
    for (const send of [
      async () => (await t.gql(DELETE, { id: o.id })).data!.outdialDelete,
      async () => (await t.gql(UPDATE, { input: { id: o.id, name: 'x' } })).data!.outdialUpdate,
      async () => (await t.gql(UPDATE_DATA, { input: { id: o.id, data: 'x' } })).data!.outdialUpdateData,
    ]) {
      const res = await send();
      expect(res.outdial).toBeNull();
      expect(res.userErrors).toEqual([{ field: ['input', 'id'], message: expect.stringContaining('deleted'), code: 'INVALID_STATE' }]);
    }
    expect(await counts()).toEqual(before);
  });

  it('answers an unknown id with NOT_FOUND', async () => {
    expect((await t.gql(DELETE, { id: missingId })).data!.outdialDelete.userErrors).toEqual([{ field: ['input', 'id'], message: 'Outdial not found.', code: 'NOT_FOUND' }]);
  });
});

describe('outdials connection', () => {
  it('filters by a case-insensitive substring of the name', async () => {
    await create({ name: 'Spring SALE callers' });
    await create({ name: 'autumn sale' });
    const res = await t.gql(BY_NAME);
    expect(res.data!.outdials).toEqual({ totalCount: 2, nodes: [{ name: 'autumn sale' }, { name: 'Spring SALE callers' }] });
  });

  it('takes the name filter literally: % and _ match only themselves', async () => {
    await create({ name: 'Promo 50% off' });
    await create({ name: 'Promo 50 percent' });
    await create({ name: 'Promo a_b' });
    await create({ name: 'Promo axb' });
    expect((await t.gql(BY_NAME_TEXT, { name: '50%' })).data!.outdials).toEqual({ totalCount: 1, nodes: [{ name: 'Promo 50% off' }] });
    expect((await t.gql(BY_NAME_TEXT, { name: 'a_b' })).data!.outdials).toEqual({ totalCount: 1, nodes: [{ name: 'Promo a_b' }] });
  });

  it('refuses page sizes outside 1..100 with BAD_USER_INPUT, nested targets too', async () => {
    // A table of refused page sizes: the server answers each with BAD_USER_INPUT and no data, so a typed
    // document per case would buy nothing; plain strings.
    for (const q of ['{ outdials(first: 0) { totalCount } }', '{ outdials(last: 101) { totalCount } }', '{ outdials(first: 1) { nodes { targets(first: 101) { totalCount } } } }']) {
      expect((await t.gql(q)).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('pages 250 rows forward and backward, newest first, each exactly once, including rows of one millisecond', async () => {
    const db = t.db;
    const customer = await db.prisma.customer.findFirstOrThrow({ where: { name: 'default' } });
    // Five groups of 50 rows sharing one createdAt each: the id breaks the ties.
    await db.prisma.outdial.createMany({
      data: Array.from({ length: 250 }, (_, i) => ({ customerId: customer.id, name: `page-${i}`, createdAt: new Date(Date.UTC(2030, 0, 1, 0, 0, 0, i % 5)) })),
    });
    const expected = (await db.prisma.outdial.findMany({ where: { deletedAt: null, name: { startsWith: 'page-' } }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] })).map((o) => o.id);
    expect(expected).toHaveLength(250);

    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: { data?: ResultOf<typeof PAGE_FORWARD> } = await t.gql(PAGE_FORWARD, { after });
      expect(res.data!.outdials.totalCount).toBe(250);
      forward.push(...res.data!.outdials.nodes.map((n) => n.uuid));
      if (!res.data!.outdials.pageInfo.hasNextPage) break;
      after = res.data!.outdials.pageInfo.endCursor;
    }
    expect(forward).toEqual(expected);

    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const res: { data?: ResultOf<typeof PAGE_BACKWARD> } = await t.gql(PAGE_BACKWARD, { before });
      backward.unshift(...res.data!.outdials.nodes.map((n) => n.uuid));
      if (!res.data!.outdials.pageInfo.hasPreviousPage) break;
      before = res.data!.outdials.pageInfo.startCursor;
    }
    expect(backward).toEqual(expected);
  });
});
