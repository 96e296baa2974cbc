import { beforeAll, describe, expect, it } from 'vitest';
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';

const t = useTestApp();
let outdial: { id: string; uuid: string };

const CREATE = graphql(`
  mutation OutdialTargetCreateForOutdialTargetTest($input: OutdialTargetCreateInput!) {
    outdialTargetCreate(input: $input) {
      outdialTarget {
        id uuid name detail data status result version outdial { uuid }
        destinations { index tryCount address { type target targetName name detail } } createdAt updatedAt deletedAt
      }
      userErrors { field message code }
    }
  }
`);
const UPDATE = graphql(`
  mutation OutdialTargetUpdateForOutdialTargetTest($input: OutdialTargetUpdateInput!) {
    outdialTargetUpdate(input: $input) {
      outdialTarget {
        id uuid name detail data status result version outdial { uuid }
        destinations { index tryCount address { type target targetName name detail } } createdAt updatedAt deletedAt
      }
      userErrors { field message code }
    }
  }
`);
const DELETE = graphql(`
  mutation OutdialTargetDeleteForOutdialTargetTest($id: ID!) {
    outdialTargetDelete(input: {id: $id}) {
      outdialTarget {
        id uuid name detail data status result version outdial { uuid }
        destinations { index tryCount address { type target targetName name detail } } createdAt updatedAt deletedAt
      }
      userErrors { field message code }
    }
  }
`);
const OUTDIAL_CREATE = graphql(`
  mutation OutdialCreateForOutdialTargetTest($input: OutdialCreateInput!) { outdialCreate(input: $input) { outdial { id uuid } } }
`);
const OUTDIAL_DELETE = graphql(`
  mutation OutdialDeleteForOutdialTargetTest($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } } }
`);
const READ = graphql(`
  query OutdialTargetReadForOutdialTargetTest($id: ID!) { outdialTarget(id: $id) { uuid } node(id: $id) { ... on OutdialTarget { name } } }
`);
const DELETED_AT = graphql(`
  query OutdialTargetDeletedAtForOutdialTargetTest($id: ID!) { outdialTarget(id: $id) { deletedAt } }
`);
const LIVE_AND_ALL = graphql(`
  query OutdialTargetsLiveAndAllForOutdialTargetTest($id: ID!) {
    outdial(id: $id) { live: targets(first: 100) { nodes { uuid } } all: targets(first: 100, includeDeleted: true) { nodes { uuid } } }
  }
`);
const STATS = graphql(`
  query OutdialTargetStatsForOutdialTargetTest($id: ID!) {
    outdial(id: $id) { targetStats { total idle progressing done } busy: targets(filter: {status: [PROGRESSING, DONE]}) { totalCount } }
  }
`);
const PAGE_FORWARD = graphql(`
  query OutdialTargetsForwardForOutdialTargetTest($id: ID!, $after: String) {
    outdial(id: $id) { targets(first: 100, after: $after) { nodes { uuid } pageInfo { hasNextPage endCursor } } }
  }
`);
const PAGE_BACKWARD = graphql(`
  query OutdialTargetsBackwardForOutdialTargetTest($id: ID!, $before: String) {
    outdial(id: $id) { targets(last: 37, before: $before) { nodes { uuid } pageInfo { hasPreviousPage startCursor } } }
  }
`);
const LOOKUP = graphql(`
  query OutdialTargetLookupForOutdialTargetTest($id: ID!) { outdialTarget(id: $id) { id } }
`);

type TargetInput = VariablesOf<typeof CREATE>['input'];
type TargetUpdateInput = VariablesOf<typeof UPDATE>['input'];

// The seed tutorial's target (../shared/seeds/000 and 001, "Create a new outdialtarget").
const seedTarget: Omit<TargetInput, 'outdialId'> = {
  name: 'test destination 0', detail: 'test detatination 0 detail', data: 'test data',
  destinations: [{ type: 'TEL', target: '+821021656521' }],
};
const missingTarget = Buffer.from('OutdialTarget:01a207fd-46fb-76e5-b597-acd1af83212e').toString('base64url');
const missingOutdial = Buffer.from('Outdial:01a207fd-46fb-76e5-b597-acd1af83212e').toString('base64url');

beforeAll(async () => {
  const res = await t.gql(OUTDIAL_CREATE, { input: { name: 'test outdial', detail: 'outdial for test use.', data: 'test data' } });
  outdial = res.data!.outdialCreate.outdial!;
});

async function counts() {
  const db = t.db;
  const [targets, events, versions] = await Promise.all([
    db.prisma.outdialTarget.count(),
    db.prisma.event.count({ where: { entityType: 'OutdialTarget' } }),
    db.prisma.outdialTarget.aggregate({ _sum: { version: true } }),
  ]);
  return { targets, events, versions: versions._sum.version };
}

/** The seed's number first, then one of its neighbours per target: the outdial refuses duplicate targets (test/duplicate-targets.test.ts). */
let created = 0;
const nextNumber = () => `+8210216565${String(21 + created++).padStart(2, '0')}`;

async function create(input: Partial<TargetInput> = {}) {
  const res = await t.gql(CREATE, { input: { outdialId: outdial.id, ...seedTarget, destinations: [{ type: 'TEL', target: nextNumber() }], ...input } });
  expect(res.data!.outdialTargetCreate.userErrors).toEqual([]);
  return res.data!.outdialTargetCreate.outdialTarget!;
}

describe('outdialTargetCreate', () => {
  it('stores the seed target: IDLE, version 1, one destination with 0 tries, carrying customerId', async () => {
    const target = await create();
    expect(target).toMatchObject({
      name: 'test destination 0', detail: 'test detatination 0 detail', data: 'test data', status: 'IDLE', result: null, version: 1,
      outdial: { uuid: outdial.uuid }, updatedAt: null, deletedAt: null,
      destinations: [{ index: 0, tryCount: 0, address: { type: 'TEL', target: '+821021656521', targetName: null, name: null, detail: null } }],
    });
    const db = t.db;
    const row = await db.prisma.outdialTarget.findUniqueOrThrow({ where: { id: target.uuid } });
    const customer = await db.prisma.customer.findFirstOrThrow({ where: { name: 'default' } });
    expect(row.customerId).toBe(customer.id);
    expect(row.destination1).toBeNull();
    expect(await db.prisma.event.count({ where: { entityId: target.uuid, entityType: 'OutdialTarget', kind: 'CREATED' } })).toBe(1);
    const read = await t.gql(READ, { id: target.id });
    expect(read.data).toEqual({ outdialTarget: { uuid: target.uuid }, node: { name: 'test destination 0' } });
  });

  it('replays the 001 seed (+15559876543) and keeps five destinations in dialing order, normalising them', async () => {
    const target = await create({
      destinations: [
        { type: 'TEL', target: '+15559876543' },
        { type: 'SIP', target: 'sip:alice@EXAMPLE.com', name: 'office' },
        { type: 'TEL', target: '+1 (555) 987-6544' },
        { type: 'SIP', target: 'bob@pbx.example.org' },
        { type: 'TEL', target: '+442071838750' },
      ],
    });
    expect(target.destinations.map((d) => [d.index, d.address.type, d.address.target])).toEqual([
      [0, 'TEL', '+15559876543'], [1, 'SIP', 'alice@example.com'], [2, 'TEL', '+15559876544'], [3, 'SIP', 'bob@pbx.example.org'], [4, 'TEL', '+442071838750'],
    ]);
    expect(target.destinations[1].address.name).toBe('office');
  });

  it.each<[string, Partial<TargetInput>, string[], string]>([
    ['no destination', { destinations: [] }, ['input', 'destinations'], 'at least one destination'],
    ['six destinations', { destinations: Array.from({ length: 6 }, (_, i) => ({ type: 'TEL', target: `+1555987654${i}` })) }, ['input', 'destinations'], 'at most 5 destinations'],
    ['an EMAIL destination', { destinations: [{ type: 'EMAIL', target: 'a@example.com' }] }, ['input', 'destinations', '0', 'type'], 'cannot be dialed'],
    ['an AGENT destination', { destinations: [{ type: 'AGENT', target: '01a207fd-46fb-76e5-b597-acd1af83212e' }] }, ['input', 'destinations', '0', 'type'], 'use TEL or SIP'],
    ['a TEL that is not E.164', { destinations: [{ type: 'TEL', target: '5559876543' }] }, ['input', 'destinations', '0', 'target'], 'not an E.164 number'],
    ['an impossible TEL', { destinations: [{ type: 'TEL', target: '+10000000' }] }, ['input', 'destinations', '0', 'target'], 'not a possible phone number'],
    ['a SIP without host', { destinations: [{ type: 'TEL', target: '+15559876543' }, { type: 'SIP', target: 'alice' }] }, ['input', 'destinations', '1', 'target'], 'user@host'],
    ['a blank name', { name: ' ' }, ['input', 'name'], 'name is required'],
    ['a name over 255 characters', { name: 'n'.repeat(256) }, ['input', 'name'], 'at most 255'],
    ['a detail over 2,000 characters', { detail: 'd'.repeat(2001) }, ['input', 'detail'], 'at most 2000'],
    ['data over 64 KiB', { data: 'd'.repeat(65537) }, ['input', 'data'], 'at most 65536'],
  ])('refuses %s with a userError and writes nothing', async (_label, change, field, message) => {
    const before = await counts();
    const res = await t.gql(CREATE, { input: { outdialId: outdial.id, ...seedTarget, ...change } });
    expect(res.data!.outdialTargetCreate).toEqual({ outdialTarget: null, userErrors: [{ field, message: expect.stringContaining(message), code: 'INVALID' }] });
    expect(await counts()).toEqual(before);
  });

  it('refuses an unknown outdial (NOT_FOUND) and a deleted outdial (INVALID_STATE)', async () => {
    const before = await counts();
    const unknown = await t.gql(CREATE, { input: { outdialId: missingOutdial, ...seedTarget } });
    expect(unknown.data!.outdialTargetCreate.userErrors).toEqual([{ field: ['input', 'outdialId'], message: 'Outdial not found.', code: 'NOT_FOUND' }]);
    const gone = (await t.gql(OUTDIAL_CREATE, { input: { name: 'gone' } })).data!.outdialCreate.outdial!;
    await t.gql(OUTDIAL_DELETE, { id: gone.id });
    const deleted = await t.gql(CREATE, { input: { outdialId: gone.id, ...seedTarget } });
    expect(deleted.data!.outdialTargetCreate.userErrors).toEqual([{ field: ['input', 'outdialId'], message: expect.stringContaining('deleted'), code: 'INVALID_STATE' }]);
    expect(await counts()).toEqual(before);
  });
});

describe('outdialTargetUpdate', () => {
  it('changes an untouched target: omitted fields kept, null clears detail and data, destinations replaced', async () => {
    const target = await create();
    const res = (await t.gql(UPDATE, { input: { id: target.id, detail: null, destinations: [{ type: 'SIP', target: 'carol@example.com' }, { type: 'TEL', target: '+15559876543' }] } })).data!.outdialTargetUpdate;
    expect(res.userErrors).toEqual([]);
    expect(res.outdialTarget).toMatchObject({ name: seedTarget.name, detail: '', data: 'test data', version: 2 });
    expect(res.outdialTarget!.destinations.map((d) => d.address.target)).toEqual(['carol@example.com', '+15559876543']);
    const shorter = (await t.gql(UPDATE, { input: { id: target.id, name: 'renamed', data: null, destinations: [{ type: 'TEL', target: '+15559876545' }] } })).data!.outdialTargetUpdate.outdialTarget;
    expect(shorter).toMatchObject({ name: 'renamed', data: '', version: 3, destinations: [{ index: 0, address: { target: '+15559876545' } }] });
    const db = t.db;
    expect((await db.prisma.outdialTarget.findUniqueOrThrow({ where: { id: target.uuid } })).destination1).toBeNull();
    expect(await db.prisma.event.count({ where: { entityId: target.uuid, kind: 'UPDATED' } })).toBe(2);
  });

  it.each<[string, Omit<TargetUpdateInput, 'id'>, string[]]>([
    ['name null', { name: null }, ['input', 'name']],
    ['destinations null', { destinations: null }, ['input', 'destinations']],
    ['no destination', { destinations: [] }, ['input', 'destinations']],
    ['an EMAIL destination', { destinations: [{ type: 'EMAIL', target: 'a@example.com' }] }, ['input', 'destinations', '0', 'type']],
    ['data over 64 KiB', { data: 'd'.repeat(65537) }, ['input', 'data']],
  ])('refuses %s and writes nothing', async (_label, change, field) => {
    const target = await create();
    const before = await counts();
    const res = await t.gql(UPDATE, { input: { id: target.id, ...change } });
    expect(res.data!.outdialTargetUpdate).toEqual({ outdialTarget: null, userErrors: [{ field, message: expect.any(String), code: 'INVALID' }] });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['PROGRESSING', { status: 'PROGRESSING', tryCount0: 1, lastAttemptAt: new Date() }, 'PROGRESSING'],
    ['IDLE after an attempt', { tryCount0: 1, lastAttemptAt: new Date(), lastAttemptEndedAt: new Date() }, 'already been dialed'],
    ['DONE', { status: 'DONE', result: 'ANSWERED', tryCount0: 1, lastAttemptAt: new Date() }, 'already been dialed'],
  ] as const)('refuses a target that is %s with INVALID_STATE', async (_label, state, message) => {
    const target = await create();
    const db = t.db;
    await db.prisma.outdialTarget.update({ where: { id: target.uuid }, data: state });
    const before = await counts();
    const res = await t.gql(UPDATE, { input: { id: target.id, name: 'late' } });
    expect(res.data!.outdialTargetUpdate).toEqual({ outdialTarget: null, userErrors: [{ field: ['input', 'id'], message: expect.stringContaining(message), code: 'INVALID_STATE' }] });
    expect(await counts()).toEqual(before);
  });

  it('answers an unknown id with NOT_FOUND and a deleted target with INVALID_STATE', async () => {
    expect((await t.gql(UPDATE, { input: { id: missingTarget, name: 'x' } })).data!.outdialTargetUpdate.userErrors)
      .toEqual([{ field: ['input', 'id'], message: 'OutdialTarget not found.', code: 'NOT_FOUND' }]);
    const target = await create();
    await t.gql(DELETE, { id: target.id });
    expect((await t.gql(UPDATE, { input: { id: target.id, name: 'x' } })).data!.outdialTargetUpdate.userErrors)
      .toEqual([{ field: ['input', 'id'], message: expect.stringContaining('deleted'), code: 'INVALID_STATE' }]);
  });
});

describe('outdialTargetDelete', () => {
  it('soft-deletes an IDLE or DONE target: readable by id, gone from the connection unless includeDeleted', async () => {
    const target = await create({ name: 'to delete' });
    const res = (await t.gql(DELETE, { id: target.id })).data!.outdialTargetDelete;
    expect(res.userErrors).toEqual([]);
    expect(res.outdialTarget).toMatchObject({ version: 2 });
    expect(res.outdialTarget!.deletedAt).not.toBeNull();
    expect((await t.gql(DELETED_AT, { id: target.id })).data!.outdialTarget!.deletedAt).toBe(res.outdialTarget!.deletedAt);
    const lists = await t.gql(LIVE_AND_ALL, { id: outdial.id });
    expect(lists.data!.outdial!.live.nodes.map((n) => n.uuid)).not.toContain(target.uuid);
    expect(lists.data!.outdial!.all.nodes.map((n) => n.uuid)).toContain(target.uuid);
    const db = t.db;
    expect(await db.prisma.event.count({ where: { entityId: target.uuid, kind: 'DELETED', version: 2 } })).toBe(1);

    const done = await create();
    await db.prisma.outdialTarget.update({ where: { id: done.uuid }, data: { status: 'DONE', result: 'EXHAUSTED' } });
    expect((await t.gql(DELETE, { id: done.id })).data!.outdialTargetDelete.userErrors).toEqual([]);
  });

  it('refuses a PROGRESSING target (INVALID_STATE), a deleted one (INVALID_STATE) and an unknown id (NOT_FOUND)', async () => {
    const target = await create();
    const db = t.db;
    await db.prisma.outdialTarget.update({ where: { id: target.uuid }, data: { status: 'PROGRESSING' } });
    const before = await counts();
    expect((await t.gql(DELETE, { id: target.id })).data!.outdialTargetDelete).toEqual({
      outdialTarget: null, userErrors: [{ field: ['input', 'id'], message: expect.stringContaining('PROGRESSING'), code: 'INVALID_STATE' }],
    });
    expect(await counts()).toEqual(before);
    const other = await create();
    await t.gql(DELETE, { id: other.id });
    expect((await t.gql(DELETE, { id: other.id })).data!.outdialTargetDelete.userErrors).toEqual([{ field: ['input', 'id'], message: expect.stringContaining('deleted'), code: 'INVALID_STATE' }]);
    expect((await t.gql(DELETE, { id: missingTarget })).data!.outdialTargetDelete.userErrors).toEqual([{ field: ['input', 'id'], message: 'OutdialTarget not found.', code: 'NOT_FOUND' }]);
  });
});

describe('Outdial.targets and targetStats', () => {
  it('filters by status, counts by status, and pages 250 targets of one millisecond forward and backward', async () => {
    const o = (await t.gql(OUTDIAL_CREATE, { input: { name: 'paging' } })).data!.outdialCreate.outdial!;
    const db = t.db;
    const customer = await db.prisma.customer.findFirstOrThrow({ where: { name: 'default' } });
    const at = new Date('2030-01-01T00:00:00Z');
    const statuses = ['IDLE', 'PROGRESSING', 'DONE'] as const;
    await db.prisma.outdialTarget.createMany({
      data: Array.from({ length: 250 }, (_, i) => ({ customerId: customer.id, outdialId: o.uuid, name: `t-${i}`, status: statuses[i % 3], createdAt: at })),
    });
    const stats = await t.gql(STATS, { id: o.id });
    expect(stats.data!.outdial).toEqual({ targetStats: { total: 250, idle: 84, progressing: 83, done: 83 }, busy: { totalCount: 166 } });

    const expected = (await db.prisma.outdialTarget.findMany({ where: { outdialId: o.uuid }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] })).map((r) => r.id);
    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: { data?: ResultOf<typeof PAGE_FORWARD> } = await t.gql(PAGE_FORWARD, { id: o.id, after });
      const page = res.data!.outdial!.targets;
      forward.push(...page.nodes.map((n) => n.uuid));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toEqual(expected);
    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const res: { data?: ResultOf<typeof PAGE_BACKWARD> } = await t.gql(PAGE_BACKWARD, { id: o.id, before });
      const page = res.data!.outdial!.targets;
      backward.unshift(...page.nodes.map((n) => n.uuid));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(expected);
  });

  it('answers unknown and malformed target ids with null', async () => {
    for (const id of [missingTarget, 'nonsense', outdial.id]) {
      expect((await t.gql(LOOKUP, { id })).data).toEqual({ outdialTarget: null });
    }
  });
});
