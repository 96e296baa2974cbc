// outplanUpdateDialInfo, outplanDelete and the update semantics of outplanUpdate (seed 002/003 replayed).
import { describe, expect, it } from 'vitest';
import type { VariablesOf } from '@graphql-typed-document-node/core';
import { useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';

const t = useTestApp();

const CREATE = graphql(`
  mutation OutplanCreateForOutplanActionsTest($input: OutplanCreateInput!) {
    outplanCreate(input: $input) {
      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version updatedAt deletedAt }
      userErrors { field message code }
    }
  }
`);
const UPDATE = graphql(`
  mutation OutplanUpdateForOutplanActionsTest($input: OutplanUpdateInput!) {
    outplanUpdate(input: $input) {
      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version updatedAt deletedAt }
      userErrors { field message code }
    }
  }
`);
const DIAL = graphql(`
  mutation OutplanUpdateDialInfoForOutplanActionsTest($input: OutplanUpdateDialInfoInput!) {
    outplanUpdateDialInfo(input: $input) {
      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version updatedAt deletedAt }
      userErrors { field message code }
    }
  }
`);
const DELETE = graphql(`
  mutation OutplanDeleteForOutplanActionsTest($id: ID!) {
    outplanDelete(input: {id: $id}) {
      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version updatedAt deletedAt }
      userErrors { field message code }
    }
  }
`);
const DELETED_AT = graphql(`
  query OutplanDeletedAtForOutplanActionsTest($id: ID!) { outplan(id: $id) { deletedAt } }
`);
const LIVE_AND_ALL = graphql(`
  query OutplansLiveAndAllForOutplanActionsTest {
    live: outplans(first: 100) { nodes { uuid } } all: outplans(first: 100, includeDeleted: true) { nodes { uuid } }
  }
`);

type DialInfo = Omit<VariablesOf<typeof DIAL>['input'], 'id'>;

// Seed 002/003 "Create a new outplan" and "Update outplan's dial info".
const seedOutplan: VariablesOf<typeof CREATE>['input'] = {
  name: 'test outplan', detail: 'outplan for test use.', source: { type: 'TEL', target: '+15559876543' },
  dialTimeout: 30000, tryInterval: 600000, maxTryCounts: [5, 5, 5, 5, 5],
};
const seedDialInfo: DialInfo = { source: { type: 'TEL', target: '+15559876543' }, dialTimeout: 30000, tryInterval: 60000, maxTryCounts: [5, 5, 5, 5, 5] };
const missingId = Buffer.from('Outplan:01a207fd-46fb-76e5-b597-acd1af83212e').toString('base64url');

async function create() {
  const res = await t.gql(CREATE, { input: seedOutplan });
  expect(res.data!.outplanCreate.userErrors).toEqual([]);
  return res.data!.outplanCreate.outplan!;
}

async function snapshot() {
  const db = t.db;
  return { rows: await db.prisma.outplan.findMany({ orderBy: { id: 'asc' } }), events: await db.prisma.event.count({ where: { entityType: 'Outplan' } }) };
}

describe('outplanUpdateDialInfo', () => {
  it('replays the seed: tryInterval 600000 becomes 60000, everything else as sent, version +1', async () => {
    const o = await create();
    const res = (await t.gql(DIAL, { input: { id: o.id, ...seedDialInfo } })).data!.outplanUpdateDialInfo;
    expect(res.userErrors).toEqual([]);
    expect(res.outplan).toMatchObject({ name: 'test outplan', detail: 'outplan for test use.', ...seedDialInfo, version: 2 });
    expect(res.outplan!.updatedAt).not.toBeNull();
  });

  it('replaces every dial field: an omitted source clears it, short budgets are padded', async () => {
    const o = await create();
    const res = (await t.gql(DIAL, { input: { id: o.id, dialTimeout: 45000, tryInterval: 0, maxTryCounts: [3] } })).data!.outplanUpdateDialInfo;
    expect(res.outplan).toMatchObject({ source: null, dialTimeout: 45000, tryInterval: 0, maxTryCounts: [3, 0, 0, 0, 0] });
    const sip = (await t.gql(DIAL, { input: { id: o.id, ...seedDialInfo, source: { type: 'SIP', target: 'sip:caller@Example.com' } } })).data!.outplanUpdateDialInfo;
    expect(sip.outplan!.source).toEqual({ type: 'SIP', target: 'caller@example.com' });
  });

  it.each<[string, Partial<DialInfo>, string[], string]>([
    ['dialTimeout in seconds', { dialTimeout: 30 }, ['input', 'dialTimeout'], 'did you mean 30000?'],
    ['dialTimeout over 600,000 ms', { dialTimeout: 600_001 }, ['input', 'dialTimeout'], '1,000 to 600,000 ms'],
    ['tryInterval in seconds', { tryInterval: 60 }, ['input', 'tryInterval'], 'did you mean 60000?'],
    ['tryInterval over a day', { tryInterval: 86_400_001 }, ['input', 'tryInterval'], '0 or 1,000 to 86,400,000 ms'],
    ['a negative tryInterval', { tryInterval: -1 }, ['input', 'tryInterval'], '0 or 1,000'],
    ['six budgets', { maxTryCounts: [1, 1, 1, 1, 1, 1] }, ['input', 'maxTryCounts'], 'at most 5'],
    ['a negative budget', { maxTryCounts: [1, -1] }, ['input', 'maxTryCounts', '1'], '0 to 100'],
    ['a source that is not E.164', { source: { type: 'TEL', target: '15559876543' } }, ['input', 'source', 'target'], 'E.164'],
  ])('refuses %s with a userError and writes nothing', async (_label, change, field, message) => {
    const o = await create();
    const before = await snapshot();
    const res = await t.gql(DIAL, { input: { id: o.id, ...seedDialInfo, ...change } });
    expect(res.data!.outplanUpdateDialInfo).toEqual({ outplan: null, userErrors: [{ field, message: expect.stringContaining(message), code: 'INVALID' }] });
    expect(await snapshot()).toEqual(before);
  });

  it('answers unknown, malformed and deleted outplans with NOT_FOUND / INVALID_STATE', async () => {
    for (const id of [missingId, 'bogus']) {
      expect((await t.gql(DIAL, { input: { id, ...seedDialInfo } })).data!.outplanUpdateDialInfo.userErrors)
        .toEqual([{ field: ['input', 'id'], message: 'Outplan not found.', code: 'NOT_FOUND' }]);
    }
    const o = await create();
    await t.gql(DELETE, { id: o.id });
    const before = await snapshot();
    expect((await t.gql(DIAL, { input: { id: o.id, ...seedDialInfo } })).data!.outplanUpdateDialInfo.userErrors)
      .toEqual([{ field: ['input', 'id'], message: expect.stringContaining('deleted'), code: 'INVALID_STATE' }]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('outplanUpdate', () => {
  it('replays the seed basic-info update, keeps omitted fields and clears detail with null', async () => {
    const o = await create();
    const res = (await t.gql(UPDATE, { input: { id: o.id, name: 'test outplan', detail: 'outplan for test use' } })).data!.outplanUpdate.outplan;
    expect(res).toMatchObject({ name: 'test outplan', detail: 'outplan for test use', dialTimeout: 30000, tryInterval: 600000, version: 2 });
    const kept = (await t.gql(UPDATE, { input: { id: o.id, detail: null } })).data!.outplanUpdate.outplan;
    expect(kept).toMatchObject({ name: 'test outplan', detail: '', version: 3 });
  });

  it('refuses a deleted outplan with INVALID_STATE', async () => {
    const o = await create();
    await t.gql(DELETE, { id: o.id });
    expect((await t.gql(UPDATE, { input: { id: o.id, name: 'x' } })).data!.outplanUpdate.userErrors)
      .toEqual([{ field: ['input', 'id'], message: expect.stringContaining('deleted'), code: 'INVALID_STATE' }]);
  });
});

describe('outplanDelete', () => {
  it('soft-deletes: readable by id with deletedAt, out of the list unless includeDeleted, a DELETED event', async () => {
    const o = await create();
    const res = (await t.gql(DELETE, { id: o.id })).data!.outplanDelete;
    expect(res.userErrors).toEqual([]);
    expect(res.outplan).toMatchObject({ version: 2, name: 'test outplan' });
    expect(res.outplan!.deletedAt).not.toBeNull();
    expect((await t.gql(DELETED_AT, { id: o.id })).data!.outplan!.deletedAt).toBe(res.outplan!.deletedAt);
    const lists = (await t.gql(LIVE_AND_ALL)).data!;
    expect(lists.live.nodes.map((n) => n.uuid)).not.toContain(o.uuid);
    expect(lists.all.nodes.map((n) => n.uuid)).toContain(o.uuid);
    const db = t.db;
    expect(await db.prisma.event.count({ where: { entityId: o.uuid, kind: 'DELETED' } })).toBe(1);
  });

  it('refuses an already deleted outplan (INVALID_STATE) and an unknown id (NOT_FOUND)', async () => {
    const o = await create();
    await t.gql(DELETE, { id: o.id });
    const before = await snapshot();
    expect((await t.gql(DELETE, { id: o.id })).data!.outplanDelete.userErrors).toEqual([{ field: ['input', 'id'], message: expect.stringContaining('deleted'), code: 'INVALID_STATE' }]);
    expect((await t.gql(DELETE, { id: missingId })).data!.outplanDelete.userErrors).toEqual([{ field: ['input', 'id'], message: 'Outplan not found.', code: 'NOT_FOUND' }]);
    expect(await snapshot()).toEqual(before);
  });
});
