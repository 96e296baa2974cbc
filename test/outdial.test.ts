import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';

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

const FIELDS = 'id uuid name detail data version createdAt updatedAt deletedAt';
const CREATE = `mutation($input: OutdialCreateInput!) { outdialCreate(input: $input) { outdial { ${FIELDS} } userErrors { field message code } } }`;
const UPDATE = `mutation($input: OutdialUpdateInput!) { outdialUpdate(input: $input) { outdial { ${FIELDS} } userErrors { field message code } } }`;
const UPDATE_DATA = `mutation($input: OutdialUpdateDataInput!) { outdialUpdateData(input: $input) { outdial { ${FIELDS} } userErrors { field message code } } }`;
const DELETE = `mutation($id: ID!) { outdialDelete(input: {id: $id}) { outdial { ${FIELDS} } userErrors { field message code } } }`;

// The seed tutorial's outdial (../shared/seeds/000, "Create a new outdial").
const seedOutdial = { name: 'test outdial', detail: 'outdial for test use.', data: 'test data' };
const missingId = Buffer.from('Outdial:01a207fd-46fb-76e5-b597-acd1af83212e').toString('base64url');

async function counts() {
  const db = t.app.services.db;
  const [outdials, events, versions] = await Promise.all([
    db.prisma.outdial.count(),
    db.prisma.event.count({ where: { entityType: 'Outdial' } }),
    db.prisma.outdial.aggregate({ _sum: { version: true } }),
  ]);
  return { outdials, events, versions: versions._sum.version };
}

async function create(input: Record<string, unknown> = seedOutdial) {
  const res = await t.gql(CREATE, { input });
  expect(res.data.outdialCreate.userErrors).toEqual([]);
  return res.data.outdialCreate.outdial;
}

describe('outdialCreate', () => {
  it('stores the seed outdial and reads it back by id, node(id:) and the connection', async () => {
    const created = await create();
    expect(created).toMatchObject({ ...seedOutdial, version: 1, updatedAt: null, deletedAt: null });
    expect(Buffer.from(created.id, 'base64url').toString()).toBe(`Outdial:${created.uuid}`);
    const read = await t.gql(
      `query($id: ID!) { outdial(id: $id) { name detail data targetStats { total idle progressing done } targets { totalCount nodes { id } } } node(id: $id) { ... on Outdial { uuid } } }`,
      { id: created.id },
    );
    expect(read.data).toEqual({
      outdial: { ...seedOutdial, targetStats: { total: 0, idle: 0, progressing: 0, done: 0 }, targets: { totalCount: 0, nodes: [] } },
      node: { uuid: created.uuid },
    });
    const db = t.app.services.db;
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
    expect(res.data.outdialCreate.outdial).toBeNull();
    expect(res.data.outdialCreate.userErrors).toEqual([{ field, message: expect.stringContaining(message), code: 'INVALID' }]);
    expect(await counts()).toEqual(before);
  });
});

describe('outdialUpdate / outdialUpdateData', () => {
  it('keeps omitted fields, clears detail with null, bumps version and updatedAt', async () => {
    const o = await create();
    const renamed = (await t.gql(UPDATE, { input: { id: o.id, name: 'renamed' } })).data.outdialUpdate;
    expect(renamed.userErrors).toEqual([]);
    expect(renamed.outdial).toMatchObject({ name: 'renamed', detail: seedOutdial.detail, data: 'test data', version: 2 });
    expect(renamed.outdial.updatedAt).not.toBeNull();
    const cleared = (await t.gql(UPDATE, { input: { id: o.id, detail: null } })).data.outdialUpdate.outdial;
    expect(cleared).toMatchObject({ name: 'renamed', detail: '', version: 3 });
    const data = (await t.gql(UPDATE_DATA, { input: { id: o.id, data: '{"k":1}' } })).data.outdialUpdateData.outdial;
    expect(data).toMatchObject({ name: 'renamed', data: '{"k":1}', version: 4 });
    const db = t.app.services.db;
    expect(await db.prisma.event.findMany({ where: { entityId: o.uuid }, orderBy: { version: 'asc' }, select: { kind: true, version: true } })).toEqual([
      { kind: 'CREATED', version: 1 }, { kind: 'UPDATED', version: 2 }, { kind: 'UPDATED', version: 3 }, { kind: 'UPDATED', version: 4 },
    ]);
  });

  it.each([
    ['outdialUpdate: name null', UPDATE, 'outdialUpdate', { name: null }, ['input', 'name'], 'INVALID'],
    ['outdialUpdate: a blank name', UPDATE, 'outdialUpdate', { name: '' }, ['input', 'name'], 'INVALID'],
    ['outdialUpdate: a detail over 2,000 characters', UPDATE, 'outdialUpdate', { detail: 'x'.repeat(2001) }, ['input', 'detail'], 'INVALID'],
    ['outdialUpdateData: data over 64 KiB', UPDATE_DATA, 'outdialUpdateData', { data: 'x'.repeat(65537) }, ['input', 'data'], 'INVALID'],
  ])('refuses %s and writes nothing', async (_label, doc, key, change, field, code) => {
    const o = await create();
    const before = await counts();
    const res = await t.gql(doc, { input: { id: o.id, ...change } });
    expect(res.data[key]).toEqual({ outdial: null, userErrors: [{ field, message: expect.any(String), code }] });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['outdialUpdate', UPDATE, { name: 'x' }],
    ['outdialUpdateData', UPDATE_DATA, { data: 'x' }],
  ])('%s: an unknown, malformed or wrong-type id is NOT_FOUND', async (key, doc, change) => {
    const before = await counts();
    const wrongType = Buffer.from('Outplan:01a207fd-46fb-76e5-b597-acd1af83212e').toString('base64url');
    for (const id of [missingId, 'garbage', wrongType]) {
      const res = await t.gql(doc, { input: { id, ...change } });
      expect(res.data[key]).toEqual({ outdial: null, userErrors: [{ field: ['input', 'id'], message: 'Outdial not found.', code: 'NOT_FOUND' }] });
    }
    expect(await counts()).toEqual(before);
  });
});

describe('outdialDelete', () => {
  it('soft-deletes: readable by id with deletedAt, gone from the list unless includeDeleted; further changes are INVALID_STATE', async () => {
    const o = await create({ name: 'to delete' });
    const deleted = (await t.gql(DELETE, { id: o.id })).data.outdialDelete;
    expect(deleted.userErrors).toEqual([]);
    expect(deleted.outdial.deletedAt).not.toBeNull();
    expect(deleted.outdial.version).toBe(2);
    expect((await t.gql(`query($id: ID!) { outdial(id: $id) { deletedAt } }`, { id: o.id })).data.outdial.deletedAt).toBe(deleted.outdial.deletedAt);
    const list = (await t.gql(`{ live: outdials(first: 100, filter: {name: "to delete"}) { totalCount } all: outdials(first: 100, filter: {name: "to delete"}, includeDeleted: true) { totalCount } }`)).data;
    expect(list).toEqual({ live: { totalCount: 0 }, all: { totalCount: 1 } });

    const before = await counts();
    for (const [doc, key, input] of [
      [DELETE, 'outdialDelete', undefined], [UPDATE, 'outdialUpdate', { id: o.id, name: 'x' }], [UPDATE_DATA, 'outdialUpdateData', { id: o.id, data: 'x' }],
    ] as const) {
      const res = await t.gql(doc, input ? { input } : { id: o.id });
      expect(res.data[key].outdial).toBeNull();
      expect(res.data[key].userErrors).toEqual([{ field: ['input', 'id'], message: expect.stringContaining('deleted'), code: 'INVALID_STATE' }]);
    }
    expect(await counts()).toEqual(before);
  });

  it('answers an unknown id with NOT_FOUND', async () => {
    expect((await t.gql(DELETE, { id: missingId })).data.outdialDelete.userErrors).toEqual([{ field: ['input', 'id'], message: 'Outdial not found.', code: 'NOT_FOUND' }]);
  });
});

describe('outdials connection', () => {
  it('filters by a case-insensitive substring of the name', async () => {
    await create({ name: 'Spring SALE callers' });
    await create({ name: 'autumn sale' });
    const res = await t.gql(`{ outdials(first: 100, filter: {name: "sAlE"}) { totalCount nodes { name } } }`);
    expect(res.data.outdials).toEqual({ totalCount: 2, nodes: [{ name: 'autumn sale' }, { name: 'Spring SALE callers' }] });
  });

  it('refuses page sizes outside 1..100 with BAD_USER_INPUT, nested targets too', async () => {
    for (const q of ['{ outdials(first: 0) { totalCount } }', '{ outdials(last: 101) { totalCount } }', '{ outdials(first: 1) { nodes { targets(first: 101) { totalCount } } } }']) {
      expect((await t.gql(q)).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('pages 250 rows forward and backward, newest first, each exactly once, including rows of one millisecond', async () => {
    const db = t.app.services.db;
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
      const res: any = await t.gql(`query($after: String) { outdials(first: 33, after: $after, filter: {name: "page-"}) { totalCount nodes { uuid } pageInfo { hasNextPage endCursor } } }`, { after });
      expect(res.data.outdials.totalCount).toBe(250);
      forward.push(...res.data.outdials.nodes.map((n: { uuid: string }) => n.uuid));
      if (!res.data.outdials.pageInfo.hasNextPage) break;
      after = res.data.outdials.pageInfo.endCursor;
    }
    expect(forward).toEqual(expected);

    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const res: any = await t.gql(`query($before: String) { outdials(last: 40, before: $before, filter: {name: "page-"}) { nodes { uuid } pageInfo { hasPreviousPage startCursor } } }`, { before });
      backward.unshift(...res.data.outdials.nodes.map((n: { uuid: string }) => n.uuid));
      if (!res.data.outdials.pageInfo.hasPreviousPage) break;
      before = res.data.outdials.pageInfo.startCursor;
    }
    expect(backward).toEqual(expected);
  });
});
