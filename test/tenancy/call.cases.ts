import { expect } from 'vitest';
import { graphql } from '../gql/index.ts';
import type { Caller, TenancyModule } from './types.ts';
import { liveCampaign } from './campaign-live.ts';

const CREATE = graphql(`
  mutation CallCreateForTenancyCall($target: String!) { callCreate(input: {source: {type: TEL, target: "+15559876543"}, destinations: [{type: TEL, target: $target}], actions: [{sleep: {duration: 600000}}]}) { calls { id uuid } userErrors { message } } }
`);
const GET = graphql(`
  query CallForTenancyCall($id: ID!) { call(id: $id) { id status deletedAt } }
`);
const CALLS = graphql(`
  query CallsForTenancyCall { calls(first: 100, includeDeleted: true) { totalCount nodes { id } } }
`);
const HANGUP = graphql(`
  mutation CallHangupForTenancyCall($id: ID!) { callHangup(input: {id: $id}) { call { id } userErrors { code } } }
`);
const DELETE = graphql(`
  mutation CallDeleteForTenancyCall($id: ID!) { callDelete(input: {id: $id}) { call { id } userErrors { code } } }
`);
const HANGUP_A = graphql(`
  mutation CallHangupAForTenancyCall($id: ID!) { callHangup(input: {id: $id}) { call { status } } }
`);
const STATUS_CHANGED = graphql(`
  subscription CallStatusChangedForTenancyCall { callStatusChanged { id status } }
`);
const STATUS_CHANGED_CALL = graphql(`
  subscription CallStatusChangedCallForTenancyCall($id: ID) { callStatusChanged(callId: $id) { id status } }
`);
const STATUS_CHANGED_CAMPAIGN = graphql(`
  subscription CallStatusChangedCampaignForTenancyCall($id: ID) { callStatusChanged(campaignId: $id) { id status } }
`);

async function createCall(caller: Caller, target: string): Promise<string> {
  const res = await caller.gql(CREATE, { target });
  expect(res.data!.callCreate.userErrors).toEqual([]);
  return res.data!.callCreate.calls[0].id;
}

export const callTenancy: TenancyModule = {
  async seed(a) {
    // Rings for 30 s (0004): live for the whole run, so a hangup by B would show.
    return { aCall: await createCall(a, '+15551230004') };
  },
  cases: {
    'Query.call': async ({ b, ids }) => {
      expect((await b.gql(GET, { id: ids.aCall })).data).toEqual({ call: null });
    },
    'Query.calls': async ({ b, ids }) => {
      const res = await b.gql(CALLS);
      expect(res.data!.calls.nodes.map((c) => c.id)).not.toContain(ids.aCall);
      expect(res.data!.calls.totalCount).toBe(res.data!.calls.nodes.length);
    },
    'Mutation.callCreate': async ({ a, b }) => {
      const id = await createCall(b, '+15551230001');
      expect((await a.gql(GET, { id })).data!.call).toBeNull();
      // Busy: ends within a second. Waited for, so B's own events never reach B's subscriptions in later cases.
      const deadline = Date.now() + 10_000;
      while ((await b.gql(GET, { id })).data!.call!.status !== 'HANGUP' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    },
    'Mutation.callHangup': async ({ a, b, ids }) => {
      const res = await b.gql(HANGUP, { id: ids.aCall });
      expect(res.data!.callHangup).toEqual({ call: null, userErrors: [{ code: 'NOT_FOUND' }] });
      expect(['DIALING', 'RINGING']).toContain((await a.gql(GET, { id: ids.aCall })).data!.call!.status);
    },
    'Mutation.callDelete': async ({ a, b, ids }) => {
      const res = await b.gql(DELETE, { id: ids.aCall });
      expect(res.data!.callDelete).toEqual({ call: null, userErrors: [{ code: 'NOT_FOUND' }] });
      const call = (await a.gql(GET, { id: ids.aCall })).data!.call!;
      expect(call.deletedAt).toBeNull();
      expect(['DIALING', 'RINGING']).toContain(call.status);
    },
    'Subscription.callStatusChanged': async ({ a, expectNoLeak }) => {
      // All of A's calls: every busy call A places changes status twice.
      await expectNoLeak(STATUS_CHANGED, {}, () => createCall(a, '+15551230001'));
      // One call of A: its statuses change when A hangs it up. The first triggers only give both
      // subscriptions time to start, so the control subscriber sees CANCELING and HANGUP.
      const id = await createCall(a, '+15551230004');
      let n = 0;
      await expectNoLeak(STATUS_CHANGED_CALL, { id }, async () => {
        if (++n === 5) await a.gql(HANGUP_A, { id });
      });
      // The calls of one of A's campaigns.
      const live = await liveCampaign(a, 'a-live-calls');
      await expectNoLeak(STATUS_CHANGED_CAMPAIGN, { id: live.campaignId }, live.trigger);
    },
  },
};
