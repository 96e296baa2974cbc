import { expect } from 'vitest';
import { graphql } from '../gql/index.ts';
import type { Caller, TenancyModule } from './types.ts';
import { liveCampaign } from './campaign-live.ts';

const CAMPAIGN = graphql(`
  query CampaignForTenancyCampaign($id: ID!) { campaign(id: $id) { name status serviceLevel actions { type } deletedAt outplan { id } outdial { id } nextCampaign { id } } }
`);
const CAMPAIGN_CALL = graphql(`
  query CampaignCallForTenancyCampaign($id: ID!) { campaignCall(id: $id) { status deletedAt } }
`);
const B_CAMPAIGN_CREATE = graphql(`
  mutation CampaignCreateBForTenancyCampaign($name: String!) { campaignCreate(input: {name: $name}) { campaign { id } userErrors { message } } }
`);
const SEED_OUTPLAN = graphql(`
  mutation OutplanCreateSeedForTenancyCampaign { outplanCreate(input: {name: "a-campaign-plan", source: {type: TEL, target: "+15559876543"}, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id } } }
`);
const SEED_LIST = graphql(`
  mutation OutdialCreateListForTenancyCampaign { outdialCreate(input: {name: "a-campaign-list"}) { outdial { id } } }
`);
const SEED_FREE = graphql(`
  mutation OutdialCreateFreeForTenancyCampaign { outdialCreate(input: {name: "a-free-list"}) { outdial { id } } }
`);
const SEED_NEXT = graphql(`
  mutation CampaignCreateNextForTenancyCampaign { campaignCreate(input: {name: "a-next"}) { campaign { id } } }
`);
const SEED_CAMPAIGN = graphql(`
  mutation CampaignCreateSeedForTenancyCampaign($p: ID, $o: ID, $n: ID) { campaignCreate(input: {name: "a-campaign", serviceLevel: 5, actions: [{talk: {text: "hi", language: "en-US"}}], outplanId: $p, outdialId: $o, nextCampaignId: $n}) { campaign { id } userErrors { message } } }
`);
const SEED_TARGET = graphql(`
  mutation OutdialTargetCreateSeedForTenancyCampaign($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: "a-done", destinations: [{type: TEL, target: "+15559876543"}]}) { outdialTarget { id } } }
`);
const FILTERED = graphql(`
  query FilteredByCampaignForTenancyCampaign($id: ID) { calls(first: 100, includeDeleted: true, filter: {campaignId: $id}) { totalCount } outdials(first: 100, includeDeleted: true, filter: {campaignId: $id}) { totalCount } }
`);
const CALL = graphql(`
  query CallForTenancyCampaign($id: ID!) { call(id: $id) { id } }
`);
const CAMPAIGNS = graphql(`
  query CampaignsForTenancyCampaign { campaigns(first: 100, includeDeleted: true) { totalCount nodes { id progress { targetsTotal attempts } campaignCalls { totalCount } } } }
`);
const STEAL_CREATE = graphql(`
  mutation CampaignCreateStealForTenancyCampaign($p: ID, $o: ID, $n: ID) { campaignCreate(input: {name: "b-steal", outplanId: $p, outdialId: $o, nextCampaignId: $n}) { campaign { id } userErrors { field code } } }
`);
const OUTDIAL_CAMPAIGN = graphql(`
  query OutdialCampaignForTenancyCampaign($id: ID!) { outdial(id: $id) { campaign { id } } }
`);
const CAMPAIGN_IDS = graphql(`
  query CampaignIdsForTenancyCampaign { campaigns(first: 100) { nodes { id } } }
`);
const UPDATE = graphql(`
  mutation CampaignUpdateForTenancyCampaign($id: ID!) { campaignUpdate(input: {id: $id, name: "stolen"}) { campaign { id } userErrors { field code } } }
`);
const UPDATE_STATUS = graphql(`
  mutation CampaignUpdateStatusForTenancyCampaign($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { id } userErrors { field code } } }
`);
const UPDATE_SERVICE_LEVEL = graphql(`
  mutation CampaignUpdateServiceLevelForTenancyCampaign($id: ID!) { campaignUpdateServiceLevel(input: {id: $id, serviceLevel: 99}) { campaign { id } userErrors { field code } } }
`);
const UPDATE_DIALING_RULES = graphql(`
  mutation CampaignUpdateDialingRulesForTenancyCampaign($id: ID!) { campaignUpdateDialingRules(input: {id: $id, callingWindows: [{days: [MONDAY], start: "03:00", end: "04:00"}], defaultTimeZone: "Asia/Tokyo"}) { campaign { id } userErrors { field code } } }
`);
const DIALING_RULES = graphql(`
  query CampaignDialingRulesForTenancyCampaign($id: ID!) { campaign(id: $id) { dialingRules { callingWindows { start } defaultTimeZone } } }
`);
const PREFLIGHT = graphql(`
  query CampaignPreflightForTenancyCampaign($id: ID!) { campaign(id: $id) { preflight { targetsTotal done dialableNow } } }
`);
const UPDATE_ACTIONS = graphql(`
  mutation CampaignUpdateActionsForTenancyCampaign($id: ID!) { campaignUpdateActions(input: {id: $id, actions: []}) { campaign { id } userErrors { field code } } }
`);
const UPDATE_RESOURCE_INFO = graphql(`
  mutation CampaignUpdateResourceInfoForTenancyCampaign($id: ID!, $p: ID, $o: ID, $n: ID) { campaignUpdateResourceInfo(input: {id: $id, outplanId: $p, outdialId: $o, nextCampaignId: $n}) { campaign { id } userErrors { field code } } }
`);
const UPDATE_NEXT_CAMPAIGN = graphql(`
  mutation CampaignUpdateNextCampaignForTenancyCampaign($id: ID!, $n: ID) { campaignUpdateNextCampaign(input: {id: $id, nextCampaignId: $n}) { campaign { id } userErrors { field code } } }
`);
const DELETE = graphql(`
  mutation CampaignDeleteForTenancyCampaign($id: ID!) { campaignDelete(input: {id: $id}) { campaign { id } userErrors { field code } } }
`);
const CAMPAIGN_CALL_DELETE = graphql(`
  mutation CampaignCallDeleteForTenancyCampaign($id: ID!) { campaignCallDelete(input: {id: $id}) { campaignCall { id } userErrors { field code } } }
`);
const OUTDIAL_UPDATE_CAMPAIGN = graphql(`
  mutation OutdialUpdateCampaignForTenancyCampaign($id: ID!, $c: ID) { outdialUpdateCampaign(input: {id: $id, campaignId: $c}) { outdial { id } userErrors { field code } } }
`);
const B_OUTDIAL_CREATE = graphql(`
  mutation OutdialCreateBindForTenancyCampaign { outdialCreate(input: {name: "b-bind"}) { outdial { id } } }
`);
const B_OUTDIAL_CREATE_BOUND = graphql(`
  mutation OutdialCreateBoundForTenancyCampaign($c: ID) { outdialCreate(input: {name: "b-bound", campaignId: $c}) { outdial { id } userErrors { field code } } }
`);
const B_OUTDIALS_BOUND = graphql(`
  query OutdialsBoundForTenancyCampaign { outdials(first: 100, filter: {name: "b-bound"}) { totalCount } }
`);
const TARGET_STATUS_CHANGED = graphql(`
  subscription OutdialTargetStatusChangedForTenancyCampaign { outdialTargetStatusChanged { id status } }
`);
const TARGET_STATUS_CHANGED_OUTDIAL = graphql(`
  subscription OutdialTargetStatusChangedOutdialForTenancyCampaign($id: ID) { outdialTargetStatusChanged(outdialId: $id) { id } }
`);
const TARGET_STATUS_CHANGED_CAMPAIGN = graphql(`
  subscription OutdialTargetStatusChangedCampaignForTenancyCampaign($id: ID) { outdialTargetStatusChanged(campaignId: $id) { id } }
`);
const STATUS_CHANGED = graphql(`
  subscription CampaignStatusChangedForTenancyCampaign { campaignStatusChanged { id status } }
`);
const STATUS_CHANGED_ONE = graphql(`
  subscription CampaignStatusChangedOneForTenancyCampaign($id: ID) { campaignStatusChanged(campaignId: $id) { id status } }
`);
const PROGRESS_CHANGED = graphql(`
  subscription CampaignProgressChangedForTenancyCampaign { campaignProgressChanged { id progress { attempts } } }
`);
const PROGRESS_CHANGED_ONE = graphql(`
  subscription CampaignProgressChangedOneForTenancyCampaign($id: ID) { campaignProgressChanged(campaignId: $id) { id progress { attempts } } }
`);
const TARGETS_RESET = graphql(`
  mutation OutdialTargetsResetForTenancyCampaign($id: ID!) { outdialTargetsReset(input: {outdialId: $id}) { outdial { id } resetCount userErrors { field code } } }
`);
const TARGET_STATE = graphql(`
  query OutdialTargetStateForTenancyCampaign($id: ID!) { outdialTarget(id: $id) { status result } }
`);
const uuidOf = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1];
const gid = (type: string, uuid: string) => Buffer.from(`${type}:${uuid}`).toString('base64url');
const notFound = (entity: string, field = ['input', 'id']) => ({ [entity]: null, userErrors: [{ field, code: 'NOT_FOUND' }] });

async function bCampaign(b: Caller, name: string): Promise<string> {
  const res = await b.gql(B_CAMPAIGN_CREATE, { name });
  expect(res.data!.campaignCreate.userErrors).toEqual([]);
  return res.data!.campaignCreate.campaign!.id;
}

async function aCampaign(a: Caller, id: string) {
  return (await a.gql(CAMPAIGN, { id })).data!.campaign;
}

export const campaignTenancy: TenancyModule = {
  async seed(a, { prisma }) {
    const plan = (await a.gql(SEED_OUTPLAN)).data!.outplanCreate.outplan!;
    const list = (await a.gql(SEED_LIST)).data!.outdialCreate.outdial!;
    const free = (await a.gql(SEED_FREE)).data!.outdialCreate.outdial!;
    const next = (await a.gql(SEED_NEXT)).data!.campaignCreate.campaign!;
    const campaign = (await a.gql(SEED_CAMPAIGN, { p: plan.id, o: list.id, n: next.id })).data!.campaignCreate.campaign!;
    const target = (await a.gql(SEED_TARGET, { id: list.id })).data!.outdialTargetCreate.outdialTarget!;
    // What the dialer would have left: a finished attempt and its target DONE/EXHAUSTED, with an ended call.
    const targetRow = await prisma.outdialTarget.update({ where: { id: uuidOf(target.id) }, data: { status: 'DONE', result: 'EXHAUSTED', tryCount0: 1 } });
    const call = await prisma.call.create({
      data: { customerId: targetRow.customerId, campaignId: uuidOf(campaign.id), source: { type: 'TEL', target: '+15559876543' }, destination: targetRow.destination0 as object, status: 'HANGUP', hangupReason: 'BUSY', hangupBy: 'REMOTE' },
    });
    const attempt = await prisma.campaignCall.create({
      data: {
        customerId: targetRow.customerId, campaignId: uuidOf(campaign.id), outdialTargetId: targetRow.id, outdialId: targetRow.outdialId, callId: call.id,
        status: 'DONE', result: 'FAIL', destination: targetRow.destination0 as object, destinationIndex: 0, tryCount: 1,
      },
    });
    return {
      aCampaign: campaign.id, aCampaignNext: next.id, aCampaignOutplan: plan.id, aCampaignOutdial: list.id, aFreeOutdial: free.id,
      aDoneTarget: target.id, aCampaignCall: gid('CampaignCall', attempt.id), aCampaignCallCall: gid('Call', call.id),
    };
  },
  cases: {
    'Query.campaign': async ({ a, b, ids }) => {
      expect((await b.gql(CAMPAIGN, { id: ids.aCampaign })).data).toEqual({ campaign: null });
      // A's campaign id as a filter finds none of A's calls or outdials for B.
      const filtered = await b.gql(FILTERED, { id: ids.aCampaign });
      expect(filtered.data).toEqual({ calls: { totalCount: 0 }, outdials: { totalCount: 0 } });
      expect((await b.gql(CALL, { id: ids.aCampaignCallCall })).data).toEqual({ call: null });
      // Campaign.preflight: B cannot reach A's campaign at all; A's counts its own targets (the seeded DONE one).
      expect((await b.gql(PREFLIGHT, { id: ids.aCampaign })).data).toEqual({ campaign: null });
      expect((await a.gql(PREFLIGHT, { id: ids.aCampaign })).data!.campaign!.preflight).toEqual({ targetsTotal: 1, done: 1, dialableNow: 0 });
    },
    'Query.campaigns': async ({ b, ids }) => {
      const res = await b.gql(CAMPAIGNS);
      const seen = res.data!.campaigns.nodes.map((c) => c.id);
      expect(seen).not.toContain(ids.aCampaign);
      expect(seen).not.toContain(ids.aCampaignNext);
      expect(res.data!.campaigns.totalCount).toBe(seen.length);
    },
    'Query.campaignCall': async ({ b, ids }) => {
      expect((await b.gql(CAMPAIGN_CALL, { id: ids.aCampaignCall })).data).toEqual({ campaignCall: null });
    },
    'Mutation.campaignCreate': async ({ a, b, ids }) => {
      // A's outplan, outdial and campaign do not exist for B.
      const res = await b.gql(STEAL_CREATE, { p: ids.aCampaignOutplan, o: ids.aFreeOutdial, n: ids.aCampaign });
      expect(res.data!.campaignCreate).toEqual({
        campaign: null,
        userErrors: ['outplanId', 'outdialId', 'nextCampaignId'].map((f) => ({ field: ['input', f], code: 'NOT_FOUND' })),
      });
      expect((await a.gql(OUTDIAL_CAMPAIGN, { id: ids.aFreeOutdial })).data!.outdial!.campaign).toBeNull();
      const own = await bCampaign(b, 'b-campaign');
      expect(await aCampaign(a, own)).toBeNull();
      expect((await a.gql(CAMPAIGN_IDS)).data!.campaigns.nodes.map((c) => c.id)).not.toContain(own);
    },
    'Mutation.campaignUpdate': async ({ a, b, ids }) => {
      const res = await b.gql(UPDATE, { id: ids.aCampaign });
      expect(res.data!.campaignUpdate).toEqual(notFound('campaign'));
      expect((await aCampaign(a, ids.aCampaign))!.name).toBe('a-campaign');
    },
    'Mutation.campaignUpdateStatus': async ({ a, b, ids }) => {
      const res = await b.gql(UPDATE_STATUS, { id: ids.aCampaign });
      expect(res.data!.campaignUpdateStatus).toEqual(notFound('campaign'));
      expect((await aCampaign(a, ids.aCampaign))!.status).toBe('STOP');
    },
    'Mutation.campaignUpdateServiceLevel': async ({ a, b, ids }) => {
      const res = await b.gql(UPDATE_SERVICE_LEVEL, { id: ids.aCampaign });
      expect(res.data!.campaignUpdateServiceLevel).toEqual(notFound('campaign'));
      expect((await aCampaign(a, ids.aCampaign))!.serviceLevel).toBe(5);
    },
    'Mutation.campaignUpdateDialingRules': async ({ a, b, ids }) => {
      const res = await b.gql(UPDATE_DIALING_RULES, { id: ids.aCampaign });
      expect(res.data!.campaignUpdateDialingRules).toEqual(notFound('campaign'));
      expect((await a.gql(DIALING_RULES, { id: ids.aCampaign })).data!.campaign!.dialingRules).toEqual({ callingWindows: [], defaultTimeZone: 'UTC' });
    },
    'Mutation.campaignUpdateActions': async ({ a, b, ids }) => {
      const res = await b.gql(UPDATE_ACTIONS, { id: ids.aCampaign });
      expect(res.data!.campaignUpdateActions).toEqual(notFound('campaign'));
      expect((await aCampaign(a, ids.aCampaign))!.actions).toEqual([{ type: 'TALK' }]);
    },
    'Mutation.campaignUpdateResourceInfo': async ({ a, b, ids }) => {
      const onA = await b.gql(UPDATE_RESOURCE_INFO, { id: ids.aCampaign, p: null, o: null, n: null });
      expect(onA.data!.campaignUpdateResourceInfo).toEqual(notFound('campaign'));
      const before = (await aCampaign(a, ids.aCampaign))!;
      expect(before.outplan).not.toBeNull();
      expect(before.outdial).not.toBeNull();
      // B's own campaign cannot point at A's rows.
      const own = await bCampaign(b, 'b-resources');
      const toA = await b.gql(UPDATE_RESOURCE_INFO, { id: own, p: ids.aCampaignOutplan, o: ids.aFreeOutdial, n: ids.aCampaign });
      expect(toA.data!.campaignUpdateResourceInfo.userErrors).toEqual(['outplanId', 'outdialId', 'nextCampaignId'].map((f) => ({ field: ['input', f], code: 'NOT_FOUND' })));
    },
    'Mutation.campaignUpdateNextCampaign': async ({ a, b, ids }) => {
      expect((await b.gql(UPDATE_NEXT_CAMPAIGN, { id: ids.aCampaign, n: null })).data!.campaignUpdateNextCampaign).toEqual(notFound('campaign'));
      expect((await aCampaign(a, ids.aCampaign))!.nextCampaign).toEqual({ id: ids.aCampaignNext });
      const own = await bCampaign(b, 'b-chain');
      expect((await b.gql(UPDATE_NEXT_CAMPAIGN, { id: own, n: ids.aCampaignNext })).data!.campaignUpdateNextCampaign).toEqual(notFound('campaign', ['input', 'nextCampaignId']));
    },
    'Mutation.campaignDelete': async ({ a, b, ids }) => {
      const res = await b.gql(DELETE, { id: ids.aCampaignNext });
      expect(res.data!.campaignDelete).toEqual(notFound('campaign'));
      expect((await aCampaign(a, ids.aCampaignNext))!.deletedAt).toBeNull();
    },
    'Mutation.campaignCallDelete': async ({ a, b, ids }) => {
      const res = await b.gql(CAMPAIGN_CALL_DELETE, { id: ids.aCampaignCall });
      expect(res.data!.campaignCallDelete).toEqual(notFound('campaignCall'));
      expect((await a.gql(CAMPAIGN_CALL, { id: ids.aCampaignCall })).data!.campaignCall).toEqual({ status: 'DONE', deletedAt: null });
    },
    'Mutation.outdialUpdateCampaign': async ({ a, b, ids }) => {
      // A's outdial, unbound by B: not found.
      expect((await b.gql(OUTDIAL_UPDATE_CAMPAIGN, { id: ids.aCampaignOutdial, c: null })).data!.outdialUpdateCampaign).toEqual(notFound('outdial'));
      expect((await a.gql(OUTDIAL_CAMPAIGN, { id: ids.aCampaignOutdial })).data!.outdial!.campaign).toEqual({ id: ids.aCampaign });
      // B's outdial bound to A's campaign (here, and at outdialCreate): not found, nothing created.
      const own = (await b.gql(B_OUTDIAL_CREATE)).data!.outdialCreate.outdial!.id;
      expect((await b.gql(OUTDIAL_UPDATE_CAMPAIGN, { id: own, c: ids.aCampaignNext })).data!.outdialUpdateCampaign).toEqual(notFound('outdial', ['input', 'campaignId']));
      const created = await b.gql(B_OUTDIAL_CREATE_BOUND, { c: ids.aCampaignNext });
      expect(created.data!.outdialCreate).toEqual(notFound('outdial', ['input', 'campaignId']));
      expect((await b.gql(B_OUTDIALS_BOUND)).data!.outdials.totalCount).toBe(0);
      expect((await aCampaign(a, ids.aCampaignNext))!.outdial).toBeNull();
    },
    // Placeholder until its real case lands (a real case in any other module file overrides this one).
    'Subscription.outdialTargetStatusChanged': async ({ a, expectNoLeak }) => {
      const live = await liveCampaign(a, 'a-live-targets');
      await expectNoLeak(TARGET_STATUS_CHANGED, {}, live.trigger);
      await expectNoLeak(TARGET_STATUS_CHANGED_OUTDIAL, { id: live.outdialId }, live.trigger);
      await expectNoLeak(TARGET_STATUS_CHANGED_CAMPAIGN, { id: live.campaignId }, live.trigger);
    },
    'Subscription.campaignStatusChanged': async ({ a, expectNoLeak }) => {
      const live = await liveCampaign(a, 'a-live-status');
      await expectNoLeak(STATUS_CHANGED, {}, live.trigger);
      await expectNoLeak(STATUS_CHANGED_ONE, { id: live.campaignId }, live.trigger);
    },
    'Subscription.campaignProgressChanged': async ({ a, expectNoLeak }) => {
      const live = await liveCampaign(a, 'a-live-progress');
      await expectNoLeak(PROGRESS_CHANGED, {}, live.trigger);
      await expectNoLeak(PROGRESS_CHANGED_ONE, { id: live.campaignId }, live.trigger);
    },
    'Mutation.outdialTargetsReset': async ({ a, b, ids }) => {
      const res = await b.gql(TARGETS_RESET, { id: ids.aCampaignOutdial });
      expect(res.data!.outdialTargetsReset).toEqual({ outdial: null, resetCount: 0, userErrors: [{ field: ['input', 'outdialId'], code: 'NOT_FOUND' }] });
      expect((await a.gql(TARGET_STATE, { id: ids.aDoneTarget })).data!.outdialTarget).toEqual({ status: 'DONE', result: 'EXHAUSTED' });
    },
  },
};
