// Campaigns, campaign calls and the campaign side of outdials/outplans through the API: every mutation's
// success, each validation rule (with the userError's path and code, and nothing written), references,
// bindings, state guards, progress, target reset, and the campaign fields of calls and targets. The dialer is
// off here: RUN stays RUN, so the data layer is tested on its own (test/dialer*.test.ts run the engine).
import { beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';
import type { ActionInput, AddressType, CampaignCallFilter, CampaignCreateInput, CampaignStatus } from './gql/graphql.ts';
import { isOutdialKeyViolation } from '../src/domain/campaign-binding.ts';
import type { Prisma } from '../src/db/database.ts';

const t = useTestApp({ DIALER_ENABLED: 'false' });
let prisma: Prisma;
let customerId: string;

beforeAll(async () => {
  prisma = t.db.prisma;
  customerId = (await prisma.customer.findUniqueOrThrow({ where: { name: 'default' } })).id;
});

const gid = (type: string, uuid: string) => Buffer.from(`${type}:${uuid}`).toString('base64url');
const uuidOfGid = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1];
const MISSING = '01a207fd-46fb-76e5-b597-acd1af83212e';

// The campaign and outdial fields the mutations' payloads and the reads select (spread into the documents below).
graphql(`
  fragment CampaignFieldsForCampaignTest on Campaign {
    id uuid name detail type status version endHandle serviceLevel maxConcurrentCalls
    actions { __typename type ... on TalkAction { text language } ... on HangupAction { reason } }
    outplan { uuid deletedAt } outdial { uuid deletedAt } nextCampaign { uuid }
    createdAt updatedAt deletedAt
  }
`);
graphql(`
  fragment OutdialFieldsForCampaignTest on Outdial { id uuid name version deletedAt campaign { uuid name } }
`);

const CREATE = graphql(`
  mutation CampaignCreateForTest($input: CampaignCreateInput!) {
    campaignCreate(input: $input) {
      campaign {
        id uuid name detail type status version endHandle serviceLevel maxConcurrentCalls
        actions { __typename type }
        outplan { uuid } outdial { uuid campaign { uuid } } nextCampaign { uuid }
        progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent }
        campaignCalls(first: 5) { totalCount nodes { id } }
        createdAt updatedAt deletedAt
      }
      userErrors { field message code }
    }
  }
`);

/** campaignCreate with the same payload as the other campaign mutations (for the refusals). */
const CREATE_PAYLOAD = graphql(`
  mutation CampaignCreatePayloadForCampaignTest($input: CampaignCreateInput!) {
    campaignCreate(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }
  }
`);
const UPDATE = graphql(`
  mutation CampaignUpdateForCampaignTest($input: CampaignUpdateInput!) {
    campaignUpdate(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }
  }
`);
const UPDATE_STATUS = graphql(`
  mutation CampaignUpdateStatusForCampaignTest($input: CampaignUpdateStatusInput!) {
    campaignUpdateStatus(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }
  }
`);
const UPDATE_SERVICE_LEVEL = graphql(`
  mutation CampaignUpdateServiceLevelForCampaignTest($input: CampaignUpdateServiceLevelInput!) {
    campaignUpdateServiceLevel(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }
  }
`);
const UPDATE_ACTIONS = graphql(`
  mutation CampaignUpdateActionsForCampaignTest($input: CampaignUpdateActionsInput!) {
    campaignUpdateActions(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }
  }
`);
const UPDATE_RESOURCES = graphql(`
  mutation CampaignUpdateResourceInfoForCampaignTest($input: CampaignUpdateResourceInfoInput!) {
    campaignUpdateResourceInfo(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }
  }
`);
const UPDATE_NEXT = graphql(`
  mutation CampaignUpdateNextCampaignForCampaignTest($input: CampaignUpdateNextCampaignInput!) {
    campaignUpdateNextCampaign(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }
  }
`);
const DELETE = graphql(`
  mutation CampaignDeleteByIdForCampaignTest($id: ID!) {
    campaignDelete(input: {id: $id}) { campaign { id status deletedAt version outdial { uuid } } userErrors { field message code } }
  }
`);
const DELETE_INPUT = graphql(`
  mutation CampaignDeleteForCampaignTest($input: DeleteInput!) { campaignDelete(input: $input) { campaign { id } userErrors { field message code } } }
`);
const OUTDIAL_BIND = graphql(`
  mutation OutdialUpdateCampaignForCampaignTest($input: OutdialUpdateCampaignInput!) {
    outdialUpdateCampaign(input: $input) { outdial { ...OutdialFieldsForCampaignTest } userErrors { field message code } }
  }
`);
const OUTDIAL_CREATE = graphql(`
  mutation OutdialCreateForCampaignTest($input: OutdialCreateInput!) {
    outdialCreate(input: $input) { outdial { ...OutdialFieldsForCampaignTest } userErrors { field message code } }
  }
`);
const GET = graphql(`
  query CampaignForCampaignTest($id: ID!) { campaign(id: $id) { ...CampaignFieldsForCampaignTest } }
`);
const GET_OUTDIAL = graphql(`
  query OutdialForCampaignTest($id: ID!) { outdial(id: $id) { ...OutdialFieldsForCampaignTest } }
`);
const OUTPLAN_CREATE = graphql(`
  mutation OutplanCreateForCampaignTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id uuid } userErrors { message } } }
`);
const OUTPLAN_DELETE_BY_ID = graphql(`
  mutation OutplanDeleteByIdForCampaignTest($id: ID!) { outplanDelete(input: {id: $id}) { userErrors { code } } }
`);
const OUTDIAL_DELETE_BY_ID = graphql(`
  mutation OutdialDeleteByIdForCampaignTest($id: ID!) { outdialDelete(input: {id: $id}) { userErrors { code } } }
`);

let seq = 0;
async function outplan(source: { type: AddressType; target: string } | null = { type: 'TEL', target: '+15559876543' }) {
  const res = await t.gql(OUTPLAN_CREATE, { input: { name: `plan ${++seq}`, source, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1] } });
  expect(res.data!.outplanCreate.userErrors).toEqual([]);
  return res.data!.outplanCreate.outplan!;
}

async function outdial(name = `list ${++seq}`) {
  const res = await t.gql(OUTDIAL_CREATE, { input: { name } });
  expect(res.data!.outdialCreate.userErrors).toEqual([]);
  return res.data!.outdialCreate.outdial!;
}

async function campaign(input: Partial<CampaignCreateInput> = {}) {
  const res = await t.gql(CREATE, { input: { name: `campaign ${++seq}`, ...input } });
  expect(res.data!.campaignCreate.userErrors).toEqual([]);
  return res.data!.campaignCreate.campaign!;
}

/** A campaign that can RUN: a TEL caller id and an outdial. */
async function runnable(extra: Partial<CampaignCreateInput> = {}) {
  const plan = await outplan();
  const list = await outdial();
  const c = await campaign({ outplanId: plan.id, outdialId: list.id, ...extra });
  return { campaign: c, outplan: plan, outdial: list };
}

async function setStatus(id: string, status: 'RUN' | 'STOP') {
  const res = await t.gql(UPDATE_STATUS, { input: { id, status } });
  expect(res.data!.campaignUpdateStatus.userErrors).toEqual([]);
  expect(res.data!.campaignUpdateStatus.campaign!.status).toBe(status);
  return res.data!.campaignUpdateStatus.campaign!;
}

/** Everything a rejected mutation must leave as it was. */
async function snapshot() {
  const [campaigns, outdials, events, cv, ov, pv] = await Promise.all([
    prisma.campaign.findMany({ orderBy: { id: 'asc' }, select: { id: true, outdialId: true, outplanId: true, nextCampaignId: true, version: true, status: true, deletedAt: true } }),
    prisma.outdial.count(),
    prisma.event.count(),
    prisma.campaign.aggregate({ _sum: { version: true } }),
    prisma.outdial.aggregate({ _sum: { version: true } }),
    prisma.outplan.aggregate({ _sum: { version: true } }),
  ]);
  return { campaigns, outdials, events, campaignVersions: cv._sum.version, outdialVersions: ov._sum.version, outplanVersions: pv._sum.version };
}

/** Sends `doc` with `{ input }`; its payload under `key` must have a null entity and exactly these userErrors, and nothing may change. */
async function expectRefused<R, V extends { input: unknown }>(
  doc: TypedDocumentNode<R, V>, key: keyof R & string, input: V['input'], errors: { field: string[]; code: string; message?: string }[],
) {
  const before = await snapshot();
  const res = await t.gql(doc, { input } as V);
  expect(res.errors).toBeUndefined();
  const payload = res.data![key] as Record<string, unknown>;
  const entity = Object.keys(payload).find((k) => k !== 'userErrors')!;
  expect(payload[entity]).toBeNull();
  expect(payload.userErrors).toEqual(errors.map((e) => ({ field: e.field, code: e.code, message: e.message ? expect.stringContaining(e.message) : expect.any(String) })));
  expect(await snapshot()).toEqual(before);
}

async function eventsOf(uuid: string) {
  return prisma.event.findMany({ where: { entityId: uuid }, orderBy: { id: 'asc' }, select: { entityType: true, kind: true, version: true } });
}

const NODE = graphql(`
  query CampaignNodeForCampaignTest($id: ID!) { node(id: $id) { ... on Campaign { uuid } } }
`);
const OUTDIALS_OF_CAMPAIGN = graphql(`
  query OutdialsOfCampaignForCampaignTest($c: ID) { outdials(first: 100, filter: {campaignId: $c}) { totalCount nodes { uuid } } }
`);
const OUTDIAL_COUNT_OF_CAMPAIGN = graphql(`
  query OutdialCountOfCampaignForCampaignTest($c: ID) { outdials(first: 100, filter: {campaignId: $c}) { totalCount } }
`);

describe('campaignCreate', () => {
  it('applies the contract defaults: CALL, STOP, serviceLevel 0, 10 calls in flight, no actions or references, zero progress', async () => {
    const c = await campaign({ name: 'defaults' });
    expect(c).toMatchObject({
      name: 'defaults', detail: '', type: 'CALL', status: 'STOP', version: 1, endHandle: 'STOP', serviceLevel: 0, maxConcurrentCalls: 10,
      actions: [], outplan: null, outdial: null, nextCampaign: null, updatedAt: null, deletedAt: null,
      progress: { targetsTotal: 0, targetsIdle: 0, targetsProgressing: 0, targetsAnswered: 0, targetsExhausted: 0, attempts: 0, callsInFlight: 0, percent: 0 },
      campaignCalls: { totalCount: 0, nodes: [] },
    });
    expect(Buffer.from(c.id, 'base64url').toString()).toBe(`Campaign:${c.uuid}`);
    expect(await eventsOf(c.uuid)).toEqual([{ entityType: 'Campaign', kind: 'CREATED', version: 1 }]);
    const node = await t.gql(NODE, { id: c.id });
    expect(node.data!.node).toEqual({ uuid: c.uuid });
  });

  it('stores every field and binds the outdial: Outdial.campaign is derived from it and the outdial gets version +1 and an UPDATED event', async () => {
    const plan = await outplan();
    const list = await outdial();
    const next = await campaign();
    const c = await campaign({
      name: 'full', detail: 'd', endHandle: 'CONTINUE', serviceLevel: 100, maxConcurrentCalls: 1000,
      actions: [{ talk: { text: 'Hello', language: 'en-US' } }, { hangup: {} }],
      outplanId: plan.id, outdialId: list.id, nextCampaignId: next.id,
    });
    expect(c).toMatchObject({
      name: 'full', detail: 'd', endHandle: 'CONTINUE', serviceLevel: 100, maxConcurrentCalls: 1000,
      actions: [{ __typename: 'TalkAction', type: 'TALK' }, { __typename: 'HangupAction', type: 'HANGUP' }],
      outplan: { uuid: plan.uuid }, outdial: { uuid: list.uuid, campaign: { uuid: c.uuid } }, nextCampaign: { uuid: next.uuid },
    });
    const read = (await t.gql(GET_OUTDIAL, { id: list.id })).data!.outdial;
    expect(read).toMatchObject({ version: 2, campaign: { uuid: c.uuid, name: 'full' } });
    expect(await eventsOf(list.uuid)).toEqual([{ entityType: 'Outdial', kind: 'CREATED', version: 1 }, { entityType: 'Outdial', kind: 'UPDATED', version: 2 }]);
    // The filter on the binding finds it; an unknown or malformed campaign id matches nothing.
    const filtered = await t.gql(OUTDIALS_OF_CAMPAIGN, { c: c.id });
    expect(filtered.data!.outdials).toEqual({ totalCount: 1, nodes: [{ uuid: list.uuid }] });
    for (const other of [gid('Campaign', MISSING), 'garbage', next.id]) {
      expect((await t.gql(OUTDIAL_COUNT_OF_CAMPAIGN, { c: other })).data!.outdials.totalCount).toBe(0);
    }
  });

  it.each([
    ['a blank name', { name: ' ' }, ['input', 'name'], 'name is required'],
    ['a name over 255 characters', { name: 'x'.repeat(256) }, ['input', 'name'], 'at most 255'],
    ['a detail over 2,000 characters', { detail: 'x'.repeat(2001) }, ['input', 'detail'], 'at most 2000'],
    ['type FLOW', { type: 'FLOW' as const }, ['input', 'type'], 'dialgraph runs CALL campaigns'],
    ['a negative serviceLevel', { serviceLevel: -1 }, ['input', 'serviceLevel'], '0 to 100'],
    ['serviceLevel over 100', { serviceLevel: 101 }, ['input', 'serviceLevel'], '0 to 100'],
    ['maxConcurrentCalls 0', { maxConcurrentCalls: 0 }, ['input', 'maxConcurrentCalls'], 'stop the campaign with campaignUpdateStatus STOP'],
    ['maxConcurrentCalls over 1,000', { maxConcurrentCalls: 1001 }, ['input', 'maxConcurrentCalls'], 'split the targets over several campaigns'],
    ['an invalid action', { actions: [{ play: { streamUrls: ['ftp://x'] } }] }, ['input', 'actions', '0', 'play', 'streamUrls', '0'], 'not an http(s) URL'],
  ])('refuses %s with INVALID on its path and writes nothing', async (_label, change, field, message) => {
    await expectRefused(CREATE_PAYLOAD, 'campaignCreate', { name: 'refused', ...change }, [{ field, code: 'INVALID', message }]);
  });

  it('answers unknown, malformed and deleted references with NOT_FOUND, wrong-type ones with INVALID, on each field, all at once, and writes nothing', async () => {
    const deletedPlan = await outplan();
    const deletedList = await outdial();
    const deletedCampaign = await campaign();
    expect((await t.gql(OUTPLAN_DELETE_BY_ID, { id: deletedPlan.id })).data!.outplanDelete.userErrors).toEqual([]);
    expect((await t.gql(OUTDIAL_DELETE_BY_ID, { id: deletedList.id })).data!.outdialDelete.userErrors).toEqual([]);
    expect((await t.gql(DELETE, { id: deletedCampaign.id })).data!.campaignDelete.userErrors).toEqual([]);
    const list = await outdial();
    const doc = CREATE_PAYLOAD;
    const all = (message?: string) => ['outplanId', 'outdialId', 'nextCampaignId'].map((f) => ({ field: ['input', f], code: 'NOT_FOUND', message }));
    await expectRefused(doc, 'campaignCreate', { name: 'x', outplanId: gid('Outplan', MISSING), outdialId: gid('Outdial', MISSING), nextCampaignId: gid('Campaign', MISSING) }, all('not found'));
    await expectRefused(doc, 'campaignCreate', { name: 'x', outplanId: 'garbage', outdialId: '!!', nextCampaignId: 'Q2FtcGFpZ24' }, all('not found'));
    // An id of another type (the outdial's id as outplanId, ...) is refused, naming both types.
    await expectRefused(doc, 'campaignCreate', { name: 'x', outplanId: list.id, outdialId: deletedPlan.id, nextCampaignId: list.id }, [
      { field: ['input', 'nextCampaignId'], code: 'INVALID', message: 'This is an Outdial id; nextCampaignId takes a Campaign id or its UUID.' },
      { field: ['input', 'outdialId'], code: 'INVALID', message: 'This is an Outplan id; outdialId takes an Outdial id or its UUID.' },
      { field: ['input', 'outplanId'], code: 'INVALID', message: 'This is an Outdial id; outplanId takes an Outplan id or its UUID.' },
    ]);
    await expectRefused(doc, 'campaignCreate', { name: 'x', outplanId: deletedPlan.id, outdialId: deletedList.id, nextCampaignId: deletedCampaign.id }, all('deleted'));
  });

  it('refuses an outdial that another campaign holds with CONFLICT, and writes nothing', async () => {
    const { outdial: list, campaign: holder } = await runnable();
    await expectRefused(CREATE_PAYLOAD, 'campaignCreate', { name: 'second', outdialId: list.id }, [
      { field: ['input', 'outdialId'], code: 'CONFLICT', message: `bound to campaign "${holder.name}"` },
    ]);
  });

  it('binds an outdial to exactly one of several campaigns created at the same time', async () => {
    const list = await outdial();
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => t.gql(CREATE, { input: { name: `racer ${i}`, outdialId: list.id } })));
    const won = results.filter((r) => r.data!.campaignCreate.campaign);
    const lost = results.filter((r) => !r.data!.campaignCreate.campaign);
    expect(won).toHaveLength(1);
    for (const r of lost) expect(r.data!.campaignCreate.userErrors.map((e) => e.code)).toEqual(['CONFLICT']);
    expect(await prisma.campaign.count({ where: { outdialId: list.uuid } })).toBe(1);
    expect(await prisma.campaign.count({ where: { name: { startsWith: 'racer ' } } })).toBe(1);
  });

  it('recognises the unique outdial key violation that a write racing past the checks would hit', async () => {
    const { outdial: list } = await runnable();
    const err = await prisma.campaign.create({ data: { customerId, name: 'direct', outdialId: list.uuid } }).catch((e: unknown) => e);
    expect(isOutdialKeyViolation(err)).toBe(true);
    const other = await prisma.campaign.create({ data: { customerId, name: 'x'.repeat(3) } });
    expect(isOutdialKeyViolation(await prisma.campaign.create({ data: { id: other.id, customerId, name: 'dup id' } }).catch((e: unknown) => e))).toBe(false);
  });
});

describe('campaignUpdate', () => {
  it('keeps omitted fields, clears detail with null, bumps version and updatedAt, writes UPDATED', async () => {
    const c = await campaign({ detail: 'keep me', endHandle: 'STOP' });
    const res = (await t.gql(UPDATE, { input: { id: c.id, name: 'renamed', endHandle: 'CONTINUE', serviceLevel: 50, maxConcurrentCalls: 3 } })).data!.campaignUpdate;
    expect(res.userErrors).toEqual([]);
    expect(res.campaign).toMatchObject({ name: 'renamed', detail: 'keep me', endHandle: 'CONTINUE', serviceLevel: 50, maxConcurrentCalls: 3, version: 2 });
    expect(res.campaign!.updatedAt).not.toBeNull();
    const cleared = (await t.gql(UPDATE, { input: { id: c.id, detail: null } })).data!.campaignUpdate.campaign;
    expect(cleared).toMatchObject({ name: 'renamed', detail: '', endHandle: 'CONTINUE', serviceLevel: 50, maxConcurrentCalls: 3, version: 3 });
    expect(await eventsOf(c.uuid)).toEqual([
      { entityType: 'Campaign', kind: 'CREATED', version: 1 }, { entityType: 'Campaign', kind: 'UPDATED', version: 2 }, { entityType: 'Campaign', kind: 'UPDATED', version: 3 },
    ]);
  });

  it('is allowed while the campaign runs', async () => {
    const { campaign: c } = await runnable();
    await setStatus(c.id, 'RUN');
    const res = (await t.gql(UPDATE, { input: { id: c.id, maxConcurrentCalls: 2 } })).data!.campaignUpdate;
    expect(res.campaign).toMatchObject({ status: 'RUN', maxConcurrentCalls: 2 });
    await setStatus(c.id, 'STOP');
  });

  it.each([
    ['name null', { name: null }, 'name', 'name is required'],
    ['a blank name', { name: '' }, 'name', 'name is required'],
    ['a detail over 2,000 characters', { detail: 'x'.repeat(2001) }, 'detail', 'at most 2000'],
    ['endHandle null', { endHandle: null }, 'endHandle', 'cannot be cleared'],
    ['serviceLevel null', { serviceLevel: null }, 'serviceLevel', 'cannot be cleared'],
    ['serviceLevel 101', { serviceLevel: 101 }, 'serviceLevel', '0 to 100'],
    ['maxConcurrentCalls null', { maxConcurrentCalls: null }, 'maxConcurrentCalls', 'cannot be cleared'],
    ['maxConcurrentCalls 0', { maxConcurrentCalls: 0 }, 'maxConcurrentCalls', '1 to 1,000'],
    ['maxConcurrentCalls 1001', { maxConcurrentCalls: 1001 }, 'maxConcurrentCalls', 'at most 1,000'],
  ])('refuses %s and writes nothing', async (_label, change, field, message) => {
    const c = await campaign();
    await expectRefused(UPDATE, 'campaignUpdate', { id: c.id, ...change }, [{ field: ['input', field], code: 'INVALID', message }]);
  });

  it('answers unknown and malformed ids with NOT_FOUND, a wrong-type id with INVALID and a deleted campaign with INVALID_STATE', async () => {
    for (const id of [gid('Campaign', MISSING), 'garbage']) {
      await expectRefused(UPDATE, 'campaignUpdate', { id, name: 'x' }, [{ field: ['input', 'id'], code: 'NOT_FOUND', message: 'Campaign not found.' }]);
    }
    await expectRefused(UPDATE, 'campaignUpdate', { id: gid('Outdial', MISSING), name: 'x' }, [
      { field: ['input', 'id'], code: 'INVALID', message: 'This is an Outdial id; id takes a Campaign id or its UUID.' },
    ]);
    const c = await campaign();
    await t.gql(DELETE, { id: c.id });
    await expectRefused(UPDATE, 'campaignUpdate', { id: c.id, name: 'x' }, [{ field: ['input', 'id'], code: 'INVALID_STATE', message: 'deleted' }]);
  });
});

describe('campaignUpdateServiceLevel / campaignUpdateActions', () => {
  it('sets the service level; refuses values outside 0..100; NOT_FOUND for an unknown id', async () => {
    const c = await campaign();
    const res = (await t.gql(UPDATE_SERVICE_LEVEL, { input: { id: c.id, serviceLevel: 80 } })).data!.campaignUpdateServiceLevel;
    expect(res.campaign).toMatchObject({ serviceLevel: 80, version: 2 });
    await expectRefused(UPDATE_SERVICE_LEVEL, 'campaignUpdateServiceLevel', { id: c.id, serviceLevel: 101 }, [{ field: ['input', 'serviceLevel'], code: 'INVALID' }]);
    await expectRefused(UPDATE_SERVICE_LEVEL, 'campaignUpdateServiceLevel', { id: gid('Campaign', MISSING), serviceLevel: 1 }, [{ field: ['input', 'id'], code: 'NOT_FOUND' }]);
  });

  it('replaces the actions (validated like callCreate\'s); an empty list clears them', async () => {
    const c = await campaign({ actions: [{ sleep: { duration: 1000 } }] });
    const res = (await t.gql(UPDATE_ACTIONS, { input: { id: c.id, actions: [{ talk: { text: 'Hi', language: 'en-US' } }, { hangup: { reason: 'BUSY' } }] } })).data!.campaignUpdateActions;
    expect(res.userErrors).toEqual([]);
    expect(res.campaign!.actions).toEqual([
      { __typename: 'TalkAction', type: 'TALK', text: 'Hi', language: 'en-US' }, { __typename: 'HangupAction', type: 'HANGUP', reason: 'BUSY' },
    ]);
    await expectRefused(UPDATE_ACTIONS, 'campaignUpdateActions', { id: c.id, actions: [{ talk: { text: 'ok', language: 'en-US' } }, { talk: { text: ' ', language: 'en-US' } }] }, [
      { field: ['input', 'actions', '1', 'talk', 'text'], code: 'INVALID', message: 'cannot be blank' },
    ]);
    expect((await t.gql(UPDATE_ACTIONS, { input: { id: c.id, actions: [] } })).data!.campaignUpdateActions.campaign!.actions).toEqual([]);
  });

  it('refuses an ActionInput with two members as a GraphQL input error (BAD_USER_INPUT)', async () => {
    const c = await campaign();
    // Two members is no ActionInput, so the generated type refuses it too: cast, the server is under test.
    const twoMembers = { talk: { text: 'a', language: 'en' }, sleep: { duration: 1 } } as unknown as ActionInput;
    const res = await t.gql(UPDATE_ACTIONS, { input: { id: c.id, actions: [twoMembers] } });
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('campaignUpdateResourceInfo', () => {
  it('sets, keeps (omitted) and clears (null) each reference; moving the outdial releases the old one (both outdials get UPDATED)', async () => {
    const plan = await outplan();
    const first = await outdial();
    const second = await outdial();
    const next = await campaign();
    const c = await campaign();
    let res = (await t.gql(UPDATE_RESOURCES, { input: { id: c.id, outplanId: plan.id, outdialId: first.id, nextCampaignId: next.id } })).data!.campaignUpdateResourceInfo;
    expect(res.userErrors).toEqual([]);
    expect(res.campaign).toMatchObject({ outplan: { uuid: plan.uuid }, outdial: { uuid: first.uuid }, nextCampaign: { uuid: next.uuid }, version: 2 });
    res = (await t.gql(UPDATE_RESOURCES, { input: { id: c.id, outdialId: second.id } })).data!.campaignUpdateResourceInfo;
    expect(res.campaign).toMatchObject({ outplan: { uuid: plan.uuid }, outdial: { uuid: second.uuid }, nextCampaign: { uuid: next.uuid }, version: 3 });
    expect((await t.gql(GET_OUTDIAL, { id: first.id })).data!.outdial).toMatchObject({ campaign: null, version: 3 });
    expect((await t.gql(GET_OUTDIAL, { id: second.id })).data!.outdial).toMatchObject({ campaign: { uuid: c.uuid }, version: 2 });
    expect((await eventsOf(first.uuid)).map((e) => e.kind)).toEqual(['CREATED', 'UPDATED', 'UPDATED']);
    // The released outdial can be bound again.
    expect((await campaign({ outdialId: first.id })).outdial!.uuid).toBe(first.uuid);
    res = (await t.gql(UPDATE_RESOURCES, { input: { id: c.id, outplanId: null, outdialId: null, nextCampaignId: null } })).data!.campaignUpdateResourceInfo;
    expect(res.campaign).toMatchObject({ outplan: null, outdial: null, nextCampaign: null, version: 4 });
    expect((await t.gql(GET_OUTDIAL, { id: second.id })).data!.outdial).toMatchObject({ campaign: null, version: 3 });
  });

  it('answers missing and deleted references with NOT_FOUND, a held outdial with CONFLICT, and writes nothing', async () => {
    const c = await campaign();
    const deletedPlan = await outplan();
    await t.gql(OUTPLAN_DELETE_BY_ID, { id: deletedPlan.id });
    const { outdial: held } = await runnable();
    await expectRefused(UPDATE_RESOURCES, 'campaignUpdateResourceInfo', { id: c.id, outplanId: deletedPlan.id, outdialId: held.id, nextCampaignId: gid('Campaign', MISSING) }, [
      { field: ['input', 'outplanId'], code: 'NOT_FOUND', message: 'deleted' },
      { field: ['input', 'outdialId'], code: 'CONFLICT', message: 'at most one campaign' },
      { field: ['input', 'nextCampaignId'], code: 'NOT_FOUND' },
    ]);
    await expectRefused(UPDATE_RESOURCES, 'campaignUpdateResourceInfo', { id: gid('Campaign', MISSING), outplanId: null }, [{ field: ['input', 'id'], code: 'NOT_FOUND' }]);
  });

  it('refuses a next campaign that is the campaign itself or that leads back to it (A -> B -> C -> A)', async () => {
    const a = await campaign({ name: 'A' });
    const b = await campaign({ name: 'B' });
    const c = await campaign({ name: 'C' });
    await expectRefused(UPDATE_RESOURCES, 'campaignUpdateResourceInfo', { id: a.id, nextCampaignId: a.id }, [{ field: ['input', 'nextCampaignId'], code: 'INVALID', message: 'its own next campaign' }]);
    expect((await t.gql(UPDATE_RESOURCES, { input: { id: a.id, nextCampaignId: b.id } })).data!.campaignUpdateResourceInfo.userErrors).toEqual([]);
    expect((await t.gql(UPDATE_NEXT, { input: { id: b.id, nextCampaignId: c.id } })).data!.campaignUpdateNextCampaign.userErrors).toEqual([]);
    // A -> B -> C: C -> A would close the loop, and so would C -> B and B -> A.
    await expectRefused(UPDATE_RESOURCES, 'campaignUpdateResourceInfo', { id: c.id, nextCampaignId: a.id }, [{ field: ['input', 'nextCampaignId'], code: 'INVALID', message: '"C" -> "A" -> "B" -> "C"' }]);
    await expectRefused(UPDATE_NEXT, 'campaignUpdateNextCampaign', { id: c.id, nextCampaignId: b.id }, [{ field: ['input', 'nextCampaignId'], code: 'INVALID', message: '"C" -> "B" -> "C"' }]);
    await expectRefused(UPDATE_NEXT, 'campaignUpdateNextCampaign', { id: b.id, nextCampaignId: a.id }, [{ field: ['input', 'nextCampaignId'], code: 'INVALID', message: '"B" -> "A" -> "B"' }]);
    // Not a loop: another campaign may point into the chain, and a campaign may leave it.
    const d = await campaign({ name: 'D', nextCampaignId: b.id });
    expect(d.nextCampaign).toEqual({ uuid: b.uuid });
    expect((await t.gql(UPDATE_NEXT, { input: { id: c.id, nextCampaignId: d.id } })).data!.campaignUpdateNextCampaign.userErrors).toEqual([
      { field: ['input', 'nextCampaignId'], code: 'INVALID', message: expect.stringContaining('"C" -> "D" -> "B" -> "C"') },
    ]);
  });

  it('while RUN: the outplan may change to another dialable one, but the outdial cannot change or clear and the outplan cannot clear', async () => {
    const { campaign: c, outdial: list } = await runnable();
    const other = await outplan({ type: 'SIP', target: 'agent@example.com' });
    const silent = await outplan(null);
    const otherList = await outdial();
    await setStatus(c.id, 'RUN');
    const res = (await t.gql(UPDATE_RESOURCES, { input: { id: c.id, outplanId: other.id, outdialId: list.id } })).data!.campaignUpdateResourceInfo;
    expect(res.userErrors).toEqual([]);
    expect(res.campaign).toMatchObject({ status: 'RUN', outplan: { uuid: other.uuid }, outdial: { uuid: list.uuid } });
    for (const [input, field, message] of [
      [{ outdialId: otherList.id }, 'outdialId', 'its outdial cannot be changed while it runs'],
      [{ outdialId: null }, 'outdialId', 'its outdial cannot be cleared while it runs'],
      [{ outplanId: null }, 'outplanId', 'its outplan cannot be cleared while it runs'],
      [{ outplanId: silent.id }, 'outplanId', 'TEL or SIP source'],
    ] as const) {
      await expectRefused(UPDATE_RESOURCES, 'campaignUpdateResourceInfo', { id: c.id, ...input }, [{ field: ['input', field], code: 'INVALID_STATE', message }]);
    }
    // STOPPING counts as running too (calls are still in flight on this outdial).
    await prisma.campaign.update({ where: { id: c.uuid }, data: { status: 'STOPPING' } });
    await expectRefused(UPDATE_RESOURCES, 'campaignUpdateResourceInfo', { id: c.id, outdialId: null }, [{ field: ['input', 'outdialId'], code: 'INVALID_STATE', message: 'Campaign is STOPPING' }]);
    await prisma.campaign.update({ where: { id: c.uuid }, data: { status: 'STOP' } });
    expect((await t.gql(UPDATE_RESOURCES, { input: { id: c.id, outdialId: otherList.id, outplanId: null } })).data!.campaignUpdateResourceInfo.userErrors).toEqual([]);
  });
});

const NEXT_CAMPAIGN = graphql(`
  query NextCampaignForCampaignTest($id: ID!) { campaign(id: $id) { nextCampaign { uuid deletedAt } } }
`);

describe('campaignUpdateNextCampaign', () => {
  it('chains and unchains (null or omitted); refuses unknown, deleted and self', async () => {
    const a = await campaign();
    const b = await campaign();
    expect((await t.gql(UPDATE_NEXT, { input: { id: a.id, nextCampaignId: b.id } })).data!.campaignUpdateNextCampaign.campaign).toMatchObject({ nextCampaign: { uuid: b.uuid }, version: 2 });
    expect((await t.gql(UPDATE_NEXT, { input: { id: a.id, nextCampaignId: null } })).data!.campaignUpdateNextCampaign.campaign).toMatchObject({ nextCampaign: null, version: 3 });
    await t.gql(UPDATE_NEXT, { input: { id: a.id, nextCampaignId: b.id } });
    expect((await t.gql(UPDATE_NEXT, { input: { id: a.id } })).data!.campaignUpdateNextCampaign.campaign).toMatchObject({ nextCampaign: null, version: 5 });
    await expectRefused(UPDATE_NEXT, 'campaignUpdateNextCampaign', { id: a.id, nextCampaignId: a.id }, [{ field: ['input', 'nextCampaignId'], code: 'INVALID' }]);
    await expectRefused(UPDATE_NEXT, 'campaignUpdateNextCampaign', { id: a.id, nextCampaignId: gid('Campaign', MISSING) }, [{ field: ['input', 'nextCampaignId'], code: 'NOT_FOUND' }]);
    await t.gql(DELETE, { id: b.id });
    await expectRefused(UPDATE_NEXT, 'campaignUpdateNextCampaign', { id: a.id, nextCampaignId: b.id }, [{ field: ['input', 'nextCampaignId'], code: 'NOT_FOUND', message: 'deleted' }]);
  });

  it('keeps a next campaign that was deleted later readable (with deletedAt)', async () => {
    const next = await campaign();
    const c = await campaign({ nextCampaignId: next.id });
    await t.gql(DELETE, { id: next.id });
    const read = await t.gql(NEXT_CAMPAIGN, { id: c.id });
    expect(read.data!.campaign!.nextCampaign!.uuid).toBe(next.uuid);
    expect(read.data!.campaign!.nextCampaign!.deletedAt).not.toBeNull();
  });
});

describe('campaignUpdateStatus', () => {
  it('refuses RUN without an outplan, with an outplan without a TEL/SIP source, and without an outdial (INVALID_STATE), writing nothing', async () => {
    const silent = await outplan(null);
    const plan = await outplan();
    const list = await outdial();
    const cases: [Partial<CampaignCreateInput>, string][] = [
      [{ outdialId: list.id }, 'needs an outplan'],
      [{ outplanId: silent.id, outdialId: (await outdial()).id }, 'TEL or SIP source'],
      [{ outplanId: plan.id }, 'needs an outdial'],
    ];
    for (const [refs, message] of cases) {
      const c = await campaign(refs);
      await expectRefused(UPDATE_STATUS, 'campaignUpdateStatus', { id: c.id, status: 'RUN' }, [{ field: ['input', 'status'], code: 'INVALID_STATE', message }]);
    }
  });

  it('runs a campaign with a TEL caller id and an outdial, and stops it (nothing in flight: straight to STOP)', async () => {
    const { campaign: c } = await runnable();
    const run = await setStatus(c.id, 'RUN');
    expect(run.version).toBe(2);
    expect((await eventsOf(c.uuid)).map((e) => e.kind)).toEqual(['CREATED', 'STATUS']);
    const stop = await setStatus(c.id, 'STOP');
    expect(stop.version).toBe(3);
    await expectRefused(UPDATE_STATUS, 'campaignUpdateStatus', { id: gid('Campaign', MISSING), status: 'RUN' }, [{ field: ['input', 'id'], code: 'NOT_FOUND' }]);
  });
});

const CAMPAIGNS_INCLUDING_DELETED = graphql(`
  query CampaignsIncludingDeletedForCampaignTest($d: Boolean) { campaigns(first: 100, includeDeleted: $d) { totalCount nodes { uuid } } }
`);

describe('campaignDelete', () => {
  it('refuses a RUN or STOPPING campaign with INVALID_STATE and writes nothing', async () => {
    const { campaign: c } = await runnable();
    await setStatus(c.id, 'RUN');
    await expectRefused(DELETE_INPUT, 'campaignDelete', { id: c.id }, [
      { field: ['input', 'id'], code: 'INVALID_STATE', message: 'Campaign is RUN' },
    ]);
    await prisma.campaign.update({ where: { id: c.uuid }, data: { status: 'STOPPING' } });
    expect((await t.gql(DELETE, { id: c.id })).data!.campaignDelete.userErrors).toEqual([
      { field: ['input', 'id'], code: 'INVALID_STATE', message: expect.stringContaining('Campaign is STOPPING') },
    ]);
    await prisma.campaign.update({ where: { id: c.uuid }, data: { status: 'STOP' } });
  });

  it('soft-deletes a stopped campaign and releases its outdial; readable by id, hidden from the list unless includeDeleted; no further changes', async () => {
    const { campaign: c, outdial: list } = await runnable({ name: 'to delete' });
    const res = (await t.gql(DELETE, { id: c.id })).data!.campaignDelete;
    expect(res.userErrors).toEqual([]);
    expect(res.campaign).toMatchObject({ status: 'STOP', version: 2, outdial: null });
    expect(res.campaign!.deletedAt).not.toBeNull();
    expect((await eventsOf(c.uuid)).map((e) => e.kind)).toEqual(['CREATED', 'DELETED']);
    expect((await t.gql(GET_OUTDIAL, { id: list.id })).data!.outdial).toMatchObject({ campaign: null, version: 3 });
    expect((await t.gql(GET, { id: c.id })).data!.campaign!.deletedAt).toBe(res.campaign!.deletedAt);
    const ids = async (includeDeleted: boolean) =>
      (await t.gql(CAMPAIGNS_INCLUDING_DELETED, { d: includeDeleted })).data!.campaigns.nodes.map((n) => n.uuid);
    expect(await ids(false)).not.toContain(c.uuid);
    expect(await ids(true)).toContain(c.uuid);
    // The released outdial can be bound to another campaign.
    expect((await campaign({ outdialId: list.id })).outdial!.uuid).toBe(list.uuid);
    await expectRefused(UPDATE, 'campaignUpdate', { id: c.id, name: 'x' }, [{ field: ['input', 'id'], code: 'INVALID_STATE', message: 'deleted' }]);
    await expectRefused(UPDATE_STATUS, 'campaignUpdateStatus', { id: c.id, status: 'RUN' }, [{ field: ['input', 'id'], code: 'INVALID_STATE', message: 'deleted' }]);
    expect((await t.gql(DELETE, { id: c.id })).data!.campaignDelete.userErrors).toEqual([{ field: ['input', 'id'], code: 'INVALID_STATE', message: 'Campaign is already deleted.' }]);
    expect((await t.gql(DELETE, { id: 'garbage' })).data!.campaignDelete.userErrors).toEqual([{ field: ['input', 'id'], code: 'NOT_FOUND', message: 'Campaign not found.' }]);
  });
});

const OUTPLAN_DELETE = graphql(`
  mutation OutplanDeleteForCampaignTest($input: DeleteInput!) { outplanDelete(input: $input) { outplan { id deletedAt } userErrors { field message code } } }
`);
const OUTPLAN_DIAL_INFO = graphql(`
  mutation OutplanUpdateDialInfoForCampaignTest($input: OutplanUpdateDialInfoInput!) {
    outplanUpdateDialInfo(input: $input) { outplan { id dialTimeout source { type target } } userErrors { field message code } }
  }
`);
const OUTDIAL_DELETE = graphql(`
  mutation OutdialDeleteForCampaignTest($input: DeleteInput!) { outdialDelete(input: $input) { outdial { id deletedAt } userErrors { field message code } } }
`);

describe('outdials and campaigns', () => {
  it('outdialUpdateCampaign binds, is idempotent, replaces the campaign\'s previous outdial, and unbinds with null', async () => {
    const c = await campaign();
    const first = await outdial();
    const second = await outdial();
    let res = (await t.gql(OUTDIAL_BIND, { input: { id: first.id, campaignId: c.id } })).data!.outdialUpdateCampaign;
    expect(res).toEqual({ outdial: expect.objectContaining({ uuid: first.uuid, version: 2, campaign: { uuid: c.uuid, name: c.name } }), userErrors: [] });
    expect((await t.gql(GET, { id: c.id })).data!.campaign).toMatchObject({ outdial: { uuid: first.uuid }, version: 2 });
    // Binding again to the same campaign changes nothing.
    const before = await snapshot();
    expect((await t.gql(OUTDIAL_BIND, { input: { id: first.id, campaignId: c.id } })).data!.outdialUpdateCampaign.outdial!.version).toBe(2);
    expect(await snapshot()).toEqual(before);
    res = (await t.gql(OUTDIAL_BIND, { input: { id: second.id, campaignId: c.id } })).data!.outdialUpdateCampaign;
    expect(res.outdial).toMatchObject({ version: 2, campaign: { uuid: c.uuid } });
    expect((await t.gql(GET_OUTDIAL, { id: first.id })).data!.outdial).toMatchObject({ version: 3, campaign: null });
    res = (await t.gql(OUTDIAL_BIND, { input: { id: second.id, campaignId: null } })).data!.outdialUpdateCampaign;
    expect(res.outdial).toMatchObject({ version: 3, campaign: null });
    expect((await t.gql(GET, { id: c.id })).data!.campaign).toMatchObject({ outdial: null, version: 4 });
    expect((await eventsOf(c.uuid)).map((e) => e.kind)).toEqual(['CREATED', 'UPDATED', 'UPDATED', 'UPDATED']);
  });

  it('outdialUpdateCampaign: CONFLICT when another campaign holds it, INVALID_STATE around running campaigns, NOT_FOUND, deleted outdial', async () => {
    const { campaign: holder, outdial: held } = await runnable();
    const c = await campaign();
    await expectRefused(OUTDIAL_BIND, 'outdialUpdateCampaign', { id: held.id, campaignId: c.id }, [{ field: ['input', 'campaignId'], code: 'CONFLICT', message: `campaign "${holder.name}"` }]);
    await setStatus(holder.id, 'RUN');
    await expectRefused(OUTDIAL_BIND, 'outdialUpdateCampaign', { id: held.id, campaignId: null }, [{ field: ['input', 'campaignId'], code: 'INVALID_STATE', message: 'its outdial cannot be cleared' }]);
    const free = await outdial();
    await expectRefused(OUTDIAL_BIND, 'outdialUpdateCampaign', { id: free.id, campaignId: holder.id }, [{ field: ['input', 'campaignId'], code: 'INVALID_STATE', message: 'its outdial cannot be changed' }]);
    await setStatus(holder.id, 'STOP');
    await expectRefused(OUTDIAL_BIND, 'outdialUpdateCampaign', { id: free.id, campaignId: gid('Campaign', MISSING) }, [{ field: ['input', 'campaignId'], code: 'NOT_FOUND' }]);
    await expectRefused(OUTDIAL_BIND, 'outdialUpdateCampaign', { id: gid('Outdial', MISSING), campaignId: c.id }, [{ field: ['input', 'id'], code: 'NOT_FOUND' }]);
    await t.gql(DELETE, { id: c.id });
    await expectRefused(OUTDIAL_BIND, 'outdialUpdateCampaign', { id: free.id, campaignId: c.id }, [{ field: ['input', 'campaignId'], code: 'NOT_FOUND', message: 'deleted' }]);
    await t.gql(OUTDIAL_DELETE_BY_ID, { id: free.id });
    await expectRefused(OUTDIAL_BIND, 'outdialUpdateCampaign', { id: free.id, campaignId: holder.id }, [{ field: ['input', 'id'], code: 'INVALID_STATE', message: 'deleted' }]);
  });

  it('outdialCreate with campaignId binds the new outdial (replacing the campaign\'s outdial); refused for a running or unknown campaign without creating anything', async () => {
    const { campaign: c, outdial: old } = await runnable();
    const res = (await t.gql(OUTDIAL_CREATE, { input: { name: 'bound at birth', campaignId: c.id } })).data!.outdialCreate;
    expect(res.userErrors).toEqual([]);
    expect(res.outdial).toMatchObject({ version: 1, campaign: { uuid: c.uuid } });
    expect((await eventsOf(res.outdial!.uuid)).map((e) => e.kind)).toEqual(['CREATED']);
    expect((await t.gql(GET, { id: c.id })).data!.campaign).toMatchObject({ outdial: { uuid: res.outdial!.uuid }, version: 2 });
    expect((await t.gql(GET_OUTDIAL, { id: old.id })).data!.outdial).toMatchObject({ campaign: null, version: 3 });

    await setStatus(c.id, 'RUN');
    await expectRefused(OUTDIAL_CREATE, 'outdialCreate', { name: 'late', campaignId: c.id }, [{ field: ['input', 'campaignId'], code: 'INVALID_STATE', message: 'Campaign is RUN' }]);
    await setStatus(c.id, 'STOP');
    await expectRefused(OUTDIAL_CREATE, 'outdialCreate', { name: 'orphan', campaignId: 'garbage' }, [{ field: ['input', 'campaignId'], code: 'NOT_FOUND' }]);
    // The new outdial is never held elsewhere, so outdialCreate has no CONFLICT of its own: a campaign
    // simply gets the new list. A CONFLICT is about an existing outdial (see outdialUpdateCampaign).
  });

  it('refuses outplanDelete and outdialDelete while a RUN or STOPPING campaign uses the row (INVALID_STATE)', async () => {
    const { campaign: c, outplan: plan, outdial: list } = await runnable({ name: 'guarded' });
    const delPlan = OUTPLAN_DELETE;
    const delList = OUTDIAL_DELETE;
    await setStatus(c.id, 'RUN');
    await expectRefused(delPlan, 'outplanDelete', { id: plan.id }, [{ field: ['input', 'id'], code: 'INVALID_STATE', message: 'used by running campaign "guarded" (RUN)' }]);
    await expectRefused(delList, 'outdialDelete', { id: list.id }, [{ field: ['input', 'id'], code: 'INVALID_STATE', message: 'used by running campaign "guarded" (RUN)' }]);
    await prisma.campaign.update({ where: { id: c.uuid }, data: { status: 'STOPPING' } });
    await expectRefused(delPlan, 'outplanDelete', { id: plan.id }, [{ field: ['input', 'id'], code: 'INVALID_STATE', message: '(STOPPING)' }]);
    await expectRefused(delList, 'outdialDelete', { id: list.id }, [{ field: ['input', 'id'], code: 'INVALID_STATE', message: '(STOPPING)' }]);
  });

  it('refuses deleting an outplan or outdial a stopped campaign uses with CONFLICT naming the campaigns; allows it once released', async () => {
    const { campaign: c, outplan: plan, outdial: list } = await runnable({ name: 'stopped user' });
    const other = await campaign({ name: 'second user', outplanId: plan.id });
    await expectRefused(OUTPLAN_DELETE, 'outplanDelete', { id: plan.id }, [{
      field: ['input', 'id'], code: 'CONFLICT', message: 'Outplan is used by campaign "second user" (STOP), "stopped user" (STOP); a campaign cannot point at a deleted outplan',
    }]);
    await expectRefused(OUTDIAL_DELETE, 'outdialDelete', { id: list.id }, [{ field: ['input', 'id'], code: 'CONFLICT', message: 'Outdial is used by campaign "stopped user" (STOP)' }]);
    // Released: the campaigns get another outplan (or are deleted), the outdial is unbound.
    const spare = await outplan();
    expect((await t.gql(UPDATE_RESOURCES, { input: { id: c.id, outplanId: spare.id } })).data!.campaignUpdateResourceInfo.userErrors).toEqual([]);
    expect((await t.gql(DELETE, { id: other.id })).data!.campaignDelete.userErrors).toEqual([]);
    expect((await t.gql(OUTDIAL_BIND, { input: { id: list.id, campaignId: null } })).data!.outdialUpdateCampaign.userErrors).toEqual([]);
    expect((await t.gql(OUTPLAN_DELETE, { input: { id: plan.id } })).data!.outplanDelete).toMatchObject({ outplan: { deletedAt: expect.any(String) }, userErrors: [] });
    expect((await t.gql(OUTDIAL_DELETE, { input: { id: list.id } })).data!.outdialDelete).toMatchObject({ outdial: { deletedAt: expect.any(String) }, userErrors: [] });
    // A deleted row answers as deleted, not as used (a deleted campaign's reference does not hold it either).
    await expectRefused(OUTPLAN_DELETE, 'outplanDelete', { id: plan.id }, [{ field: ['input', 'id'], code: 'INVALID_STATE', message: 'deleted' }]);
  });

  it('RUN names a deleted outplan or outdial as the cause, not a missing one', async () => {
    // A campaign pointing at deleted rows (written before deletes were refused, or straight to the database).
    const { campaign: c, outplan: plan, outdial: list } = await runnable();
    await prisma.outplan.update({ where: { id: plan.uuid }, data: { deletedAt: new Date() } });
    await prisma.outdial.update({ where: { id: list.uuid }, data: { deletedAt: new Date() } });
    const read = (await t.gql(GET, { id: c.id })).data!.campaign!;
    expect(read.outplan!.deletedAt).not.toBeNull();
    expect(read.outdial!.deletedAt).not.toBeNull();
    const planName = (await prisma.outplan.findUniqueOrThrow({ where: { id: plan.uuid } })).name;
    const listName = (await prisma.outdial.findUniqueOrThrow({ where: { id: list.uuid } })).name;
    await expectRefused(UPDATE_STATUS, 'campaignUpdateStatus', { id: c.id, status: 'RUN' }, [
      { field: ['input', 'status'], code: 'INVALID_STATE', message: `the campaign's outplan "${planName}" was deleted; give the campaign another outplan` },
      { field: ['input', 'status'], code: 'INVALID_STATE', message: `the campaign's outdial "${listName}" was deleted; give the campaign another outdial` },
    ]);
    const res = await t.gql(UPDATE_STATUS, { input: { id: c.id, status: 'RUN' } });
    expect(JSON.stringify(res.data!.campaignUpdateStatus.userErrors)).not.toContain('needs an');
  });

  it('outplanUpdateDialInfo refuses to take the caller id from a RUN campaign (INVALID_STATE naming it), and allows every other change', async () => {
    const { campaign: c, outplan: plan } = await runnable({ name: 'dialing' });
    // A stopped campaign on the same outplan neither blocks the change nor is named.
    await campaign({ name: 'idle user', outplanId: plan.id });
    await setStatus(c.id, 'RUN');
    const dialInfo = (source: { type: AddressType; target: string } | null, dialTimeout = 30_000) => ({ id: plan.id, source, dialTimeout, tryInterval: 0, maxTryCounts: [1] });
    for (const source of [null, { type: 'EMAIL' as const, target: 'caller@example.com' }]) {
      await expectRefused(OUTPLAN_DIAL_INFO, 'outplanUpdateDialInfo', dialInfo(source), [{
        field: ['input', 'source'], code: 'INVALID_STATE', message: 'Outplan is used by running campaign "dialing", which dials with its source (the caller id)',
      }]);
    }
    // Another caller id, other timings: the running campaign dials with them from its next attempt.
    const changed = (await t.gql(OUTPLAN_DIAL_INFO, { input: dialInfo({ type: 'SIP', target: 'caller@sip.example.com' }, 45_000) })).data!.outplanUpdateDialInfo;
    expect(changed.userErrors).toEqual([]);
    expect(changed.outplan).toMatchObject({ dialTimeout: 45_000, source: { type: 'SIP' } });
    // Stopped, the source may go; RUN then says what is missing.
    await setStatus(c.id, 'STOP');
    expect((await t.gql(OUTPLAN_DIAL_INFO, { input: dialInfo(null) })).data!.outplanUpdateDialInfo.userErrors).toEqual([]);
    await expectRefused(UPDATE_STATUS, 'campaignUpdateStatus', { id: c.id, status: 'RUN' }, [{ field: ['input', 'status'], code: 'INVALID_STATE', message: 'needs a TEL or SIP source' }]);
  });
});

const CAMPAIGNS_BY_STATUS = graphql(`
  query CampaignsByStatusForCampaignTest($s: [CampaignStatus!]) { campaigns(first: 100, filter: {status: $s}) { totalCount nodes { uuid status } } }
`);
const CAMPAIGN_AND_CAMPAIGN_CALL = graphql(`
  query CampaignAndCampaignCallForCampaignTest($id: ID!) { campaign(id: $id) { id } campaignCall(id: $id) { id } }
`);

describe('campaigns connection', () => {
  it('filters by status and refuses page sizes outside 1..100 (nested campaignCalls too)', async () => {
    const { campaign: running } = await runnable({ endHandle: 'CONTINUE' });
    await setStatus(running.id, 'RUN');
    const stopping = await campaign();
    await prisma.campaign.update({ where: { id: stopping.uuid }, data: { status: 'STOPPING' } });
    const list = async (status: CampaignStatus[]) =>
      (await t.gql(CAMPAIGNS_BY_STATUS, { s: status })).data!.campaigns;
    const truth = async (status: ('RUN' | 'STOP' | 'STOPPING')[]) =>
      (await prisma.campaign.findMany({ where: { status: { in: status }, deletedAt: null }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 100 })).map((c) => c.id);
    for (const status of [['RUN'], ['STOPPING'], ['RUN', 'STOPPING'], ['STOP']] as const) {
      const page = await list([...status]);
      expect(page.nodes.map((n) => n.uuid)).toEqual(await truth([...status]));
      expect(page.nodes.every((n) => (status as readonly string[]).includes(n.status))).toBe(true);
    }
    expect((await list(['RUN'])).nodes.map((n) => n.uuid)).toContain(running.uuid);
    const notStop = (await list(['RUN', 'STOPPING'])).nodes.map((n) => n.uuid);
    expect(notStop.indexOf(stopping.uuid)).toBeLessThan(notStop.indexOf(running.uuid)); // newest first
    expect((await list(['STOP'])).nodes.map((n) => n.uuid)).not.toContain(running.uuid);
    await setStatus(running.id, 'STOP');
    await prisma.campaign.update({ where: { id: stopping.uuid }, data: { status: 'STOP' } });
    // Plain strings: each is a page size the server must refuse (BAD_USER_INPUT); the test is about that refusal.
    for (const q of ['{ campaigns(first: 0) { totalCount } }', '{ campaigns(last: 101) { totalCount } }', '{ campaigns(first: 1) { nodes { campaignCalls(first: 101) { totalCount } } } }']) {
      expect((await t.gql(q)).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('answers a malformed or unknown id with null, and a wrong-type id with BAD_USER_INPUT naming both types', async () => {
    for (const id of ['nope', MISSING]) {
      expect(await t.gql(CAMPAIGN_AND_CAMPAIGN_CALL, { id })).toEqual({ data: { campaign: null, campaignCall: null } });
    }
    const res = await t.gql(CAMPAIGN_AND_CAMPAIGN_CALL, { id: gid('Campaign', MISSING) });
    expect(res.data).toEqual({ campaign: null, campaignCall: null });
    expect(res.errors).toMatchObject([
      { path: ['campaignCall'], message: 'This is a Campaign id; campaignCall(id:) takes a CampaignCall id or its UUID.', extensions: { code: 'BAD_USER_INPUT' } },
    ]);
  });
});

// ---------------------------------------------------------------- hand-made dialing state

interface TargetState {
  status?: 'IDLE' | 'PROGRESSING' | 'DONE';
  result?: 'ANSWERED' | 'EXHAUSTED' | null;
  deleted?: boolean;
  tryCount0?: number;
}

const TARGETS_CREATE = graphql(`
  mutation OutdialTargetsCreateForCampaignTest($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }
`);

/** Targets created through the API, then moved to the given states directly in the database. Returns their ids in order. */
async function targets(outdialId: string, states: TargetState[]): Promise<string[]> {
  const prefix = `t${++seq}-`;
  const res = await t.gql(TARGETS_CREATE, {
    input: { outdialId, targets: states.map((_, i) => ({ name: `${prefix}${String(i).padStart(3, '0')}`, destinations: [{ type: 'TEL' as const, target: `+1555010${String(i).padStart(4, '0')}` }] })) },
  });
  expect(res.data!.outdialTargetsCreate.userErrors).toEqual([]);
  const rows = await prisma.outdialTarget.findMany({ where: { outdialId: uuidOfGid(outdialId), name: { startsWith: prefix } }, orderBy: { name: 'asc' } });
  for (const [i, s] of states.entries()) {
    await prisma.outdialTarget.update({
      where: { id: rows[i].id },
      data: {
        status: s.status ?? 'IDLE', result: s.result ?? null, tryCount0: s.tryCount0 ?? 0, deletedAt: s.deleted ? new Date() : null,
        lastAttemptAt: s.status && s.status !== 'IDLE' ? new Date('2030-01-01T00:00:00Z') : null,
        lastAttemptEndedAt: s.status === 'DONE' ? new Date('2030-01-01T00:00:30Z') : null,
      },
    });
  }
  return rows.map((r) => r.id);
}

let callSeq = 0;
/**
 * A campaign call row (and optionally its call) as the dialer would have written them. The call is always
 * ended (HANGUP): a live call without an owner would be ended by the reconciler, moving the attempt on.
 */
async function attempt(campaignUuid: string, targetId: string, data: { status: 'DIALING' | 'PROGRESSING' | 'DONE'; result?: 'SUCCESS' | 'FAIL'; deleted?: boolean; withCall?: boolean; at?: Date }) {
  const target = await prisma.outdialTarget.findUniqueOrThrow({ where: { id: targetId } });
  const destination = target.destination0 as object;
  const call = data.withCall
    ? await prisma.call.create({ data: { customerId, campaignId: campaignUuid, source: { type: 'TEL', target: '+15559876543' }, destination, status: 'HANGUP', hangupBy: 'REMOTE', hangupReason: 'NORMAL', hangupAt: new Date() } })
    : null;
  return prisma.campaignCall.create({
    data: {
      customerId, campaignId: campaignUuid, outdialTargetId: targetId, outdialId: target.outdialId, callId: call?.id ?? null,
      status: data.status, result: data.result ?? null, destination, destinationIndex: 0, tryCount: ++callSeq,
      deletedAt: data.deleted ? new Date() : null, createdAt: data.at ?? new Date(),
    },
  });
}

const PROGRESS = graphql(`
  query CampaignProgressForCampaignTest($id: ID!) {
    campaign(id: $id) {
      progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent } campaignCalls { totalCount }
    }
  }
`);
const PROGRESS_SUMMARY = graphql(`
  query CampaignProgressSummaryForCampaignTest($id: ID!) { campaign(id: $id) { progress { targetsTotal targetsAnswered attempts percent } } }
`);
const TWO_PROGRESSES = graphql(`
  query TwoCampaignProgressesForCampaignTest($a: ID!, $b: ID!) {
    a: campaign(id: $a) { progress { targetsTotal percent } } b: campaign(id: $b) { progress { targetsTotal percent } }
  }
`);

describe('progress', () => {
  it('counts the live targets of the campaign\'s outdial by status and result, and the campaign\'s attempts', async () => {
    const { campaign: c, outdial: list } = await runnable();
    const ids = await targets(list.id, [
      { status: 'IDLE' }, { status: 'IDLE' }, { status: 'IDLE' },
      { status: 'PROGRESSING' }, { status: 'PROGRESSING' },
      { status: 'DONE', result: 'ANSWERED' }, { status: 'DONE', result: 'ANSWERED' }, { status: 'DONE', result: 'ANSWERED' },
      { status: 'DONE', result: 'EXHAUSTED' },
      { status: 'DONE', result: 'ANSWERED', deleted: true }, { status: 'IDLE', deleted: true },
    ]);
    // Another campaign's list and attempts never count here.
    const { campaign: other, outdial: otherList } = await runnable();
    const [otherTarget] = await targets(otherList.id, [{ status: 'DONE', result: 'ANSWERED' }]);
    await attempt(other.uuid, otherTarget, { status: 'DONE', result: 'SUCCESS' });
    await attempt(c.uuid, ids[5], { status: 'DONE', result: 'SUCCESS' });
    await attempt(c.uuid, ids[8], { status: 'DONE', result: 'FAIL' });
    await attempt(c.uuid, ids[3], { status: 'DIALING' });
    await attempt(c.uuid, ids[4], { status: 'PROGRESSING' });
    await attempt(c.uuid, ids[6], { status: 'DONE', result: 'SUCCESS', deleted: true });
    const res = await t.gql(PROGRESS, { id: c.id });
    const progress = res.data!.campaign!.progress;
    expect({ ...progress, percent: undefined }).toEqual({
      targetsTotal: 9, targetsIdle: 3, targetsProgressing: 2, targetsAnswered: 3, targetsExhausted: 1, attempts: 4, callsInFlight: 2, percent: undefined,
    });
    expect(progress.percent).toBeCloseTo((100 * 4) / 9, 10);
    expect(res.data!.campaign!.campaignCalls.totalCount).toBe(progress.attempts);
    const otherProgress = (await t.gql(PROGRESS_SUMMARY, { id: other.id })).data!.campaign!.progress;
    expect(otherProgress).toEqual({ targetsTotal: 1, targetsAnswered: 1, attempts: 1, percent: 100 });
  });

  it('is 0 percent (not NaN) with no targets, and with no outdial', async () => {
    const { campaign: empty } = await runnable();
    const bare = await campaign();
    const res = await t.gql(TWO_PROGRESSES, { a: empty.id, b: bare.id });
    expect(res.data).toEqual({ a: { progress: { targetsTotal: 0, percent: 0 } }, b: { progress: { targetsTotal: 0, percent: 0 } } });
  });
});

const CAMPAIGN_CALLS_FILTERED = graphql(`
  query CampaignCallsFilteredForCampaignTest($id: ID!, $f: CampaignCallFilter) { campaign(id: $id) { campaignCalls(filter: $f) { totalCount nodes { uuid } } } }
`);
const CAMPAIGN_CALL = graphql(`
  query CampaignCallForCampaignTest($id: ID!) {
    campaignCall(id: $id) { id uuid status result version source { type } destination { type target } destinationIndex tryCount
      campaign { uuid } outdialTarget { uuid } call { uuid campaignCall { uuid } } createdAt updatedAt deletedAt }
  }
`);
const CAMPAIGN_CALL_CALL = graphql(`
  query CampaignCallCallForCampaignTest($id: ID!) { campaignCall(id: $id) { call { uuid } } }
`);
const TARGET_CAMPAIGN_CALLS = graphql(`
  query OutdialTargetCampaignCallsForCampaignTest($id: ID!, $after: String) {
    outdialTarget(id: $id) { campaignCalls(first: 2, after: $after) { totalCount nodes { uuid tryCount } pageInfo { hasNextPage endCursor } } }
  }
`);
const CAMPAIGN_CALL_DELETE = graphql(`
  mutation CampaignCallDeleteForCampaignTest($input: DeleteInput!) {
    campaignCallDelete(input: $input) { campaignCall { uuid status deletedAt version } userErrors { field message code } }
  }
`);
const CAMPAIGN_CALL_DELETED_AT = graphql(`
  query CampaignCallDeletedAtForCampaignTest($id: ID!) { campaignCall(id: $id) { deletedAt } }
`);
const PLAIN_CALL_CREATE = graphql(`
  mutation PlainCallCreateForCampaignTest {
    callCreate(input: {source: {type: TEL, target: "+15559876543"}, destinations: [{type: TEL, target: "+15551230001"}], actions: [{hangup: {}}]}) { calls { id uuid campaignCall { uuid } } }
  }
`);
const CALLS_OF_CAMPAIGN = graphql(`
  query CallsOfCampaignForCampaignTest($c: ID) { calls(first: 100, filter: {campaignId: $c}) { totalCount nodes { uuid campaignCall { uuid campaign { uuid } } } } }
`);

describe('campaign calls', () => {
  it('Campaign.campaignCalls: newest first, filtered by status and result, deleted ones excluded; CampaignCall fields', async () => {
    const { campaign: c, outdial: list } = await runnable();
    const [a, b] = await targets(list.id, [{ status: 'DONE', result: 'EXHAUSTED' }, { status: 'PROGRESSING' }]);
    const base = Date.now() - 60_000;
    const first = await attempt(c.uuid, a, { status: 'DONE', result: 'FAIL', at: new Date(base), withCall: true });
    const second = await attempt(c.uuid, a, { status: 'DONE', result: 'SUCCESS', at: new Date(base + 1000) });
    const third = await attempt(c.uuid, b, { status: 'DIALING', at: new Date(base + 2000), withCall: true });
    await attempt(c.uuid, b, { status: 'DONE', result: 'FAIL', at: new Date(base + 3000), deleted: true });
    const q = CAMPAIGN_CALLS_FILTERED;
    const uuids = async (f?: CampaignCallFilter) => {
      const r = (await t.gql(q, { id: c.id, f })).data!.campaign!.campaignCalls;
      expect(r.totalCount).toBe(r.nodes.length);
      return r.nodes.map((n) => n.uuid);
    };
    expect(await uuids()).toEqual([third.id, second.id, first.id]);
    expect(await uuids({ status: ['DONE'] })).toEqual([second.id, first.id]);
    expect(await uuids({ result: ['FAIL'] })).toEqual([first.id]);
    expect(await uuids({ status: ['DIALING', 'PROGRESSING'] })).toEqual([third.id]);

    const read = await t.gql(CAMPAIGN_CALL, { id: gid('CampaignCall', first.id) });
    expect(read.data!.campaignCall).toMatchObject({
      uuid: first.id, status: 'DONE', result: 'FAIL', version: 1, source: null, destination: { type: 'TEL' }, destinationIndex: 0, tryCount: first.tryCount,
      campaign: { uuid: c.uuid }, outdialTarget: { uuid: a }, call: { uuid: first.callId, campaignCall: { uuid: first.id } }, deletedAt: null,
    });
    expect((await t.gql(CAMPAIGN_CALL_CALL, { id: gid('CampaignCall', second.id) })).data!.campaignCall!.call).toBeNull();
  });

  it('OutdialTarget.campaignCalls is the target\'s attempt history, newest first, paged', async () => {
    const { campaign: c, outdial: list } = await runnable();
    const [target, other] = await targets(list.id, [{ status: 'IDLE', tryCount0: 3 }, { status: 'IDLE' }]);
    const base = Date.now() - 60_000;
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await attempt(c.uuid, target, { status: 'DONE', result: 'FAIL', at: new Date(base + i * 1000) }));
    await attempt(c.uuid, other, { status: 'DONE', result: 'FAIL', at: new Date(base + 5000) });
    const q = TARGET_CAMPAIGN_CALLS;
    const page1 = (await t.gql(q, { id: gid('OutdialTarget', target) })).data!.outdialTarget!.campaignCalls;
    expect(page1.totalCount).toBe(3);
    expect(page1.nodes.map((n) => n.uuid)).toEqual([made[2].id, made[1].id]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await t.gql(q, { id: gid('OutdialTarget', target), after: page1.pageInfo.endCursor })).data!.outdialTarget!.campaignCalls;
    expect(page2.nodes.map((n) => n.uuid)).toEqual([made[0].id]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('campaignCallDelete: only DONE attempts (INVALID_STATE while in flight); soft delete readable by id; NOT_FOUND otherwise', async () => {
    const { campaign: c, outdial: list } = await runnable();
    const [target] = await targets(list.id, [{ status: 'PROGRESSING' }]);
    const dialing = await attempt(c.uuid, target, { status: 'DIALING' });
    const done = await attempt(c.uuid, target, { status: 'DONE', result: 'SUCCESS' });
    const doc = CAMPAIGN_CALL_DELETE;
    await expectRefused(doc, 'campaignCallDelete', { id: gid('CampaignCall', dialing.id) }, [{ field: ['input', 'id'], code: 'INVALID_STATE', message: 'once it is DONE' }]);
    await prisma.campaignCall.update({ where: { id: dialing.id }, data: { status: 'PROGRESSING' } });
    await expectRefused(doc, 'campaignCallDelete', { id: gid('CampaignCall', dialing.id) }, [{ field: ['input', 'id'], code: 'INVALID_STATE', message: 'CampaignCall is PROGRESSING' }]);
    const res = (await t.gql(doc, { input: { id: gid('CampaignCall', done.id) } })).data!.campaignCallDelete;
    expect(res.userErrors).toEqual([]);
    expect(res.campaignCall).toMatchObject({ uuid: done.id, status: 'DONE', version: 2 });
    expect(res.campaignCall!.deletedAt).not.toBeNull();
    expect(await eventsOf(done.id)).toEqual([{ entityType: 'CampaignCall', kind: 'DELETED', version: 2 }]);
    expect((await t.gql(CAMPAIGN_CALL_DELETED_AT, { id: gid('CampaignCall', done.id) })).data!.campaignCall!.deletedAt).toBe(res.campaignCall!.deletedAt);
    await expectRefused(doc, 'campaignCallDelete', { id: gid('CampaignCall', done.id) }, [{ field: ['input', 'id'], code: 'INVALID_STATE', message: 'already deleted' }]);
    for (const id of [gid('CampaignCall', MISSING), 'garbage', MISSING]) {
      await expectRefused(doc, 'campaignCallDelete', { id }, [{ field: ['input', 'id'], code: 'NOT_FOUND', message: 'CampaignCall not found.' }]);
    }
    await expectRefused(doc, 'campaignCallDelete', { id: gid('Campaign', done.id) }, [
      { field: ['input', 'id'], code: 'INVALID', message: 'This is a Campaign id; id takes a CampaignCall id or its UUID.' },
    ]);
  });

  it('Call.campaignCall and CallFilter.campaignId (the call\'s campaign_id column)', async () => {
    const { campaign: c, outdial: list } = await runnable();
    const { campaign: other, outdial: otherList } = await runnable();
    const [target] = await targets(list.id, [{ status: 'PROGRESSING' }]);
    const [otherTarget] = await targets(otherList.id, [{ status: 'PROGRESSING' }]);
    const mine = await attempt(c.uuid, target, { status: 'DIALING', withCall: true });
    await attempt(other.uuid, otherTarget, { status: 'DIALING', withCall: true });
    const plain = await t.gql(PLAIN_CALL_CREATE);
    expect(plain.data!.callCreate.calls[0].campaignCall).toBeNull();
    const q = CALLS_OF_CAMPAIGN;
    expect((await t.gql(q, { c: c.id })).data!.calls).toEqual({ totalCount: 1, nodes: [{ uuid: mine.callId, campaignCall: { uuid: mine.id, campaign: { uuid: c.uuid } } }] });
    expect((await t.gql(q, { c: c.uuid })).data!.calls.totalCount).toBe(1);
    for (const id of ['garbage', gid('Campaign', MISSING), MISSING]) {
      expect((await t.gql(q, { c: id })).data!.calls.totalCount).toBe(0);
    }
    expect((await t.gql(q, { c: gid('Outdial', c.uuid) })).errors).toMatchObject([
      { message: 'This is an Outdial id; filter.campaignId takes a Campaign id or its UUID.', extensions: { code: 'BAD_USER_INPUT' } },
    ]);
  });
});

describe('outdialTargetsReset', () => {
  const RESET = graphql(`
    mutation OutdialTargetsResetForCampaignTest($input: OutdialTargetsResetInput!) {
      outdialTargetsReset(input: $input) { outdial { uuid targetStats { idle done } } resetCount userErrors { field message code } }
    }
  `);

  it('puts DONE targets with the result (default EXHAUSTED) back to IDLE with no result and zero tries, one STATUS event each; keeps the attempt times', async () => {
    const list = await outdial();
    const ids = await targets(list.id, [
      { status: 'DONE', result: 'EXHAUSTED', tryCount0: 3 }, { status: 'DONE', result: 'EXHAUSTED', tryCount0: 2 },
      { status: 'DONE', result: 'ANSWERED', tryCount0: 1 }, { status: 'IDLE', tryCount0: 1 }, { status: 'PROGRESSING', tryCount0: 1 },
      { status: 'DONE', result: 'EXHAUSTED', deleted: true, tryCount0: 3 },
    ]);
    const before = await prisma.outdialTarget.findMany({ where: { id: { in: ids } } });
    const byId = new Map(before.map((r) => [r.id, r]));
    const res = (await t.gql(RESET, { input: { outdialId: list.id } })).data!.outdialTargetsReset;
    expect(res).toEqual({ outdial: { uuid: list.uuid, targetStats: { idle: 3, done: 1 } }, resetCount: 2, userErrors: [] });
    for (const id of ids.slice(0, 2)) {
      const row = await prisma.outdialTarget.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ status: 'IDLE', result: null, tryCount0: 0, tryCount1: 0, version: byId.get(id)!.version + 1 });
      expect(row.lastAttemptAt).toEqual(byId.get(id)!.lastAttemptAt);
      expect(row.lastAttemptEndedAt).toEqual(byId.get(id)!.lastAttemptEndedAt);
      expect(await prisma.event.findMany({ where: { entityId: id, kind: 'STATUS' }, select: { version: true, entityType: true } })).toEqual([{ version: row.version, entityType: 'OutdialTarget' }]);
    }
    // The others are untouched: ANSWERED, IDLE, PROGRESSING, and the deleted one.
    for (const id of ids.slice(2)) expect(await prisma.outdialTarget.findUniqueOrThrow({ where: { id } })).toEqual(byId.get(id));
    const answered = (await t.gql(RESET, { input: { outdialId: list.id, result: 'ANSWERED' } })).data!.outdialTargetsReset;
    expect(answered.resetCount).toBe(1);
    expect((await t.gql(RESET, { input: { outdialId: list.id } })).data!.outdialTargetsReset.resetCount).toBe(0);
  });

  it('answers an unknown outdial with NOT_FOUND and a deleted one with INVALID_STATE, changing nothing', async () => {
    const list = await outdial();
    await targets(list.id, [{ status: 'DONE', result: 'EXHAUSTED' }]);
    for (const id of [gid('Outdial', MISSING), 'garbage']) {
      expect((await t.gql(RESET, { input: { outdialId: id } })).data!.outdialTargetsReset).toEqual({
        outdial: null, resetCount: 0, userErrors: [{ field: ['input', 'outdialId'], code: 'NOT_FOUND', message: 'Outdial not found.' }],
      });
    }
    await t.gql(OUTDIAL_DELETE_BY_ID, { id: list.id });
    const res = (await t.gql(RESET, { input: { outdialId: list.id } })).data!.outdialTargetsReset;
    expect(res).toMatchObject({ outdial: null, resetCount: 0, userErrors: [{ field: ['input', 'outdialId'], code: 'INVALID_STATE' }] });
    expect(await prisma.outdialTarget.count({ where: { outdialId: list.uuid, status: 'DONE' } })).toBe(1);
  });
});
