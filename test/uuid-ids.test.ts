// Ids as users have them (issue 17): the typed lookups, the mutation inputs and the subscription arguments take a
// row's bare UUID (what the REST API calls id, any case, spaces around it) as well as its global id; node(id:)
// and nodes(ids:) take global ids only. A global id of another type is refused naming both types (a GraphQL
// BAD_USER_INPUT in a query, a userError on the id's path in a mutation); a UUID of another type's row, or of
// another customer's, is simply not found.
import { describe, expect, it } from 'vitest';
import { collect, login, useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';

const t = useTestApp({ SIMULATOR_TIME_SCALE: '100' });

const OUTPLAN_CREATE = graphql(`
  mutation OutplanCreateForUuidIdsTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id uuid } userErrors { message } } }
`);
const OUTDIAL_CREATE = graphql(`
  mutation OutdialCreateForUuidIdsTest($name: String!) { outdialCreate(input: { name: $name }) { outdial { id uuid } userErrors { message } } }
`);
const TARGET_CREATE = graphql(`
  mutation TargetCreateForUuidIdsTest($input: OutdialTargetCreateInput!) {
    outdialTargetCreate(input: $input) { outdialTarget { id uuid outdial { uuid } } userErrors { field message code } }
  }
`);
const CAMPAIGN_CREATE = graphql(`
  mutation CampaignCreateForUuidIdsTest($input: CampaignCreateInput!) {
    campaignCreate(input: $input) { campaign { id uuid outplan { uuid } outdial { uuid } } userErrors { field message code } }
  }
`);
const CALL_CREATE = graphql(`
  mutation CallCreateForUuidIdsTest($input: CallCreateInput!) { callCreate(input: $input) { calls { id uuid } userErrors { message } } }
`);
const LOOKUPS = graphql(`
  query LookupsForUuidIdsTest($outdial: ID!, $outplan: ID!, $campaign: ID!, $target: ID!, $call: ID!) {
    outdial(id: $outdial) { uuid } outplan(id: $outplan) { uuid } campaign(id: $campaign) { uuid }
    outdialTarget(id: $target) { uuid } call(id: $call) { uuid }
  }
`);
const OUTDIAL = graphql(`
  query OutdialForUuidIdsTest($id: ID!) { outdial(id: $id) { uuid name } }
`);
const NODE_AND_NODES = graphql(`
  query NodeAndNodesForUuidIdsTest($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } }
`);
const OUTDIAL_UPDATE = graphql(`
  mutation OutdialUpdateForUuidIdsTest($input: OutdialUpdateInput!) { outdialUpdate(input: $input) { outdial { uuid name } userErrors { field message code } } }
`);
const CAMPAIGN_UPDATE = graphql(`
  mutation CampaignUpdateForUuidIdsTest($input: CampaignUpdateInput!) { campaignUpdate(input: $input) { campaign { uuid name } userErrors { field message code } } }
`);
const OUTPLAN_DELETE = graphql(`
  mutation OutplanDeleteForUuidIdsTest($id: ID!) { outplanDelete(input: { id: $id }) { outplan { uuid deletedAt } userErrors { field message code } } }
`);
const OUTDIALS_OF_CAMPAIGN = graphql(`
  query OutdialsOfCampaignForUuidIdsTest($campaignId: ID!) { outdials(filter: { campaignId: $campaignId }) { nodes { uuid } } }
`);
const OUTPLAN_RENAME = graphql(`
  mutation OutplanRenameForUuidIdsTest($input: OutplanUpdateInput!) { outplanUpdate(input: $input) { userErrors { message } } }
`);
const DNC_LIST_CREATE = graphql(`
  mutation DncListCreateForUuidIdsTest($name: String!) { dncListCreate(input: { name: $name }) { dncList { id } userErrors { message } } }
`);
const CAMPAIGN_DNC_LISTS = graphql(`
  mutation CampaignDncListsForUuidIdsTest($id: ID!, $dncListIds: [ID!]) {
    campaignUpdateDialingRules(input: { id: $id, dncListIds: $dncListIds }) { campaign { dialingRules { dncLists { id } } } userErrors { field message code } }
  }
`);
const CUSTOMER_CREATE = graphql(`
  mutation CustomerCreateForUuidIdsTest { customerCreate(input: { name: "uuid-b", username: "uuid-b-admin", password: "uuid-b-admin-password" }) { userErrors { message } } }
`);

const PLAN = { dialTimeout: 30_000, tryInterval: 0, maxTryCounts: [1] };
const TEL = (target: string) => ({ type: 'TEL' as const, target });
/** How a user pastes a UUID from the REST API: upper case, with spaces around it. */
const pasted = (uuid: string) => `  ${uuid.toUpperCase()} `;

async function outplan(name = 'plan') {
  const res = await t.gql(OUTPLAN_CREATE, { input: { name, ...PLAN, source: TEL('+15550100000') } });
  return res.data!.outplanCreate.outplan!;
}
async function outdial(name = 'list', headers?: Record<string, string>) {
  return (await t.gql(OUTDIAL_CREATE, { name }, headers)).data!.outdialCreate.outdial!;
}

describe('typed lookups', () => {
  it('find each row by its bare UUID (any case, trimmed) as by its global id', async () => {
    const plan = await outplan();
    const list = await outdial();
    const target = (await t.gql(TARGET_CREATE, { input: { outdialId: list.id, name: 'x', destinations: [TEL('+15551230001')] } })).data!.outdialTargetCreate.outdialTarget!;
    const campaign = (await t.gql(CAMPAIGN_CREATE, { input: { name: 'c' } })).data!.campaignCreate.campaign!;
    const call = (await t.gql(CALL_CREATE, { input: { source: TEL('+15550100000'), destinations: [TEL('+15551237777')], actions: [{ talk: { text: 'hi', language: 'en-US' } }] } })).data!.callCreate.calls[0];
    const expected = { outdial: { uuid: list.uuid }, outplan: { uuid: plan.uuid }, campaign: { uuid: campaign.uuid }, outdialTarget: { uuid: target.uuid }, call: { uuid: call.uuid } };
    const byGlobalId = await t.gql(LOOKUPS, { outdial: list.id, outplan: plan.id, campaign: campaign.id, target: target.id, call: call.id });
    expect(byGlobalId).toEqual({ data: expected });
    const byUuid = await t.gql(LOOKUPS, { outdial: list.uuid, outplan: pasted(plan.uuid), campaign: campaign.uuid.toUpperCase(), target: target.uuid, call: ` ${call.uuid}` });
    expect(byUuid).toEqual({ data: expected });
  });

  it('answer a global id of another type with BAD_USER_INPUT naming both types, and a UUID of another type\'s row with null', async () => {
    const plan = await outplan('other type');
    const res = await t.gql(OUTDIAL, { id: plan.id });
    expect(res.data).toEqual({ outdial: null });
    expect(res.errors).toEqual([
      expect.objectContaining({
        path: ['outdial'], message: 'This is an Outplan id; outdial(id:) takes an Outdial id or its UUID.', extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    // We cannot tell whose UUID it is: not found, like any unknown id.
    expect(await t.gql(OUTDIAL, { id: plan.uuid })).toEqual({ data: { outdial: null } });
  });

  it('keep node(id:) and nodes(ids:) to global ids: a bare UUID names nothing', async () => {
    const list = await outdial('node');
    expect((await t.gql(NODE_AND_NODES, { id: list.id, ids: [list.id] })).data).toEqual({ node: { id: list.id }, nodes: [{ id: list.id }] });
    expect(await t.gql(NODE_AND_NODES, { id: list.uuid, ids: [list.uuid] })).toEqual({ data: { node: null, nodes: [null] } });
    // Mixed: each id answers for itself (plugin-relay resolved every id of the list, so one UUID failed them all).
    expect(await t.gql(NODE_AND_NODES, { id: list.uuid, ids: [list.uuid, list.id, 'garbage'] })).toEqual({ data: { node: null, nodes: [null, { id: list.id }, null] } });
  });

  it('filter by a UUID too, and refuse a filter id of another type', async () => {
    const list = await outdial('bound');
    const campaign = (await t.gql(CAMPAIGN_CREATE, { input: { name: 'holds a list', outdialId: list.uuid } })).data!.campaignCreate.campaign!;
    expect((await t.gql(OUTDIALS_OF_CAMPAIGN, { campaignId: campaign.uuid })).data!.outdials.nodes).toEqual([{ uuid: list.uuid }]);
    const wrong = await t.gql(OUTDIALS_OF_CAMPAIGN, { campaignId: list.id });
    expect(wrong.errors).toEqual([expect.objectContaining({
      message: 'This is an Outdial id; filter.campaignId takes a Campaign id or its UUID.', extensions: { code: 'BAD_USER_INPUT' },
    })]);
  });
});

describe('mutation inputs', () => {
  it('take bare UUIDs for the row and for its references', async () => {
    const plan = await outplan('by uuid');
    const list = await outdial('by uuid');
    const target = await t.gql(TARGET_CREATE, { input: { outdialId: pasted(list.uuid), name: 't', destinations: [TEL('+15551230002')] } });
    expect(target.data!.outdialTargetCreate).toMatchObject({ outdialTarget: { outdial: { uuid: list.uuid } }, userErrors: [] });
    const created = await t.gql(CAMPAIGN_CREATE, { input: { name: 'refs by uuid', outplanId: plan.uuid, outdialId: list.uuid.toUpperCase() } });
    expect(created.data!.campaignCreate).toMatchObject({ campaign: { outplan: { uuid: plan.uuid }, outdial: { uuid: list.uuid } }, userErrors: [] });
    const campaignUuid = created.data!.campaignCreate.campaign!.uuid;
    expect((await t.gql(CAMPAIGN_UPDATE, { input: { id: pasted(campaignUuid), name: 'renamed' } })).data!.campaignUpdate)
      .toEqual({ campaign: { uuid: campaignUuid, name: 'renamed' }, userErrors: [] });
    expect((await t.gql(OUTDIAL_UPDATE, { input: { id: list.uuid, name: 'renamed list' } })).data!.outdialUpdate)
      .toEqual({ outdial: { uuid: list.uuid, name: 'renamed list' }, userErrors: [] });
    const other = await outplan('deleted by uuid');
    const deleted = (await t.gql(OUTPLAN_DELETE, { id: other.uuid })).data!.outplanDelete;
    expect(deleted.userErrors).toEqual([]);
    expect(deleted.outplan!.deletedAt).not.toBeNull();
  });

  it('refuse a global id of another type with a userError on its path naming both types, and write nothing', async () => {
    const plan = await outplan('wrong ref');
    const list = await outdial('wrong ref');
    const before = await t.db.prisma.outdialTarget.count();
    const target = await t.gql(TARGET_CREATE, { input: { outdialId: plan.id, name: 't', destinations: [TEL('+15551230003')] } });
    expect(target.data!.outdialTargetCreate).toEqual({
      outdialTarget: null,
      userErrors: [{ field: ['input', 'outdialId'], message: 'This is an Outplan id; outdialId takes an Outdial id or its UUID.', code: 'INVALID' }],
    });
    expect(await t.db.prisma.outdialTarget.count()).toBe(before);
    // The entity's own id, in a shared input (DeleteInput) and in its own (OutdialUpdateInput).
    expect((await t.gql(OUTPLAN_DELETE, { id: list.id })).data!.outplanDelete).toEqual({
      outplan: null, userErrors: [{ field: ['input', 'id'], message: 'This is an Outdial id; id takes an Outplan id or its UUID.', code: 'INVALID' }],
    });
    expect((await t.gql(OUTDIAL_UPDATE, { input: { id: plan.id, name: 'never' } })).data!.outdialUpdate).toEqual({
      outdial: null, userErrors: [{ field: ['input', 'id'], message: 'This is an Outplan id; id takes an Outdial id or its UUID.', code: 'INVALID' }],
    });
    expect((await t.gql(OUTDIAL, { id: list.id })).data!.outdial!.name).toBe('wrong ref');
    // In a list of ids, on the item's index; the good ones beside it are not bound either.
    const dnc = (await t.gql(DNC_LIST_CREATE, { name: 'wrong ref' })).data!.dncListCreate.dncList!;
    const campaign = (await t.gql(CAMPAIGN_CREATE, { input: { name: 'wrong ref' } })).data!.campaignCreate.campaign!;
    expect((await t.gql(CAMPAIGN_DNC_LISTS, { id: campaign.id, dncListIds: [dnc.id, plan.id] })).data!.campaignUpdateDialingRules).toEqual({
      campaign: null, userErrors: [{ field: ['input', 'dncListIds', '1'], message: 'This is an Outplan id; dncListIds takes a DncList id or its UUID.', code: 'INVALID' }],
    });
    expect(await t.db.prisma.campaignDncList.count({ where: { campaignId: campaign.uuid } })).toBe(0);
    expect((await t.gql(CAMPAIGN_DNC_LISTS, { id: campaign.id, dncListIds: [dnc.id] })).data!.campaignUpdateDialingRules)
      .toEqual({ campaign: { dialingRules: { dncLists: [{ id: dnc.id }] } }, userErrors: [] });
  });

  it('answer a UUID of another type\'s row with NOT_FOUND, as before', async () => {
    const plan = await outplan('uuid of another type');
    expect((await t.gql(OUTDIAL_UPDATE, { input: { id: plan.uuid, name: 'never' } })).data!.outdialUpdate).toEqual({
      outdial: null, userErrors: [{ field: ['input', 'id'], message: 'Outdial not found.', code: 'NOT_FOUND' }],
    });
  });
});

describe('tenancy', () => {
  it("another customer's UUID is not found, in lookups and in mutations", async () => {
    expect((await t.gql(CUSTOMER_CREATE)).data!.customerCreate.userErrors).toEqual([]);
    const bToken = await login(t.url, 'uuid-b-admin', 'uuid-b-admin-password');
    const theirs = await outdial('theirs', { authorization: `Bearer ${bToken}` });
    expect(await t.gql(OUTDIAL, { id: theirs.uuid })).toEqual({ data: { outdial: null } });
    expect((await t.gql(OUTDIAL_UPDATE, { input: { id: theirs.uuid, name: 'taken' } })).data!.outdialUpdate.userErrors)
      .toEqual([{ field: ['input', 'id'], message: 'Outdial not found.', code: 'NOT_FOUND' }]);
    const target = await t.gql(TARGET_CREATE, { input: { outdialId: theirs.uuid, name: 't', destinations: [TEL('+15551230004')] } });
    expect(target.data!.outdialTargetCreate.userErrors).toEqual([{ field: ['input', 'outdialId'], message: expect.stringContaining('not found'), code: 'NOT_FOUND' }]);
    expect((await t.gql(OUTDIAL, { id: theirs.uuid }, { authorization: `Bearer ${bToken}` })).data!.outdial!.name).toBe('theirs');
  });
});

describe('subscriptions', () => {
  it('take a UUID argument, and refuse one of another type', async () => {
    const plan = await outplan('watched');
    const client = t.wsClient();
    const sub = collect<{ outplanChanged: { uuid: string; name: string } }>(
      client, 'subscription($id: ID) { outplanChanged(outplanId: $id) { uuid name } }', { id: plan.uuid.toUpperCase() }, 1,
    );
    await sub.started;
    // The first change may race the subscription's start: rename until the subscriber sees one.
    const renamer = setInterval(() => void t.gql(OUTPLAN_RENAME, { input: { id: plan.id, name: 'seen' } }), 100);
    try {
      expect((await sub.done)[0].outplanChanged).toEqual({ uuid: plan.uuid, name: 'seen' });
    } finally {
      clearInterval(renamer);
    }
    const refused = collect(client, 'subscription($id: ID) { outplanChanged(outplanId: $id) { uuid } }', { id: (await outdial('not a plan')).id }, 1);
    await expect(refused.done).rejects.toThrow('This is an Outdial id; outplanChanged(outplanId:) takes an Outplan id or its UUID.');
  });
});
