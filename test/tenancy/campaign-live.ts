import { expect } from 'vitest';
import type { Caller } from './types.ts';

/**
 * A runnable campaign of A with one busy target and a budget of one try, and a trigger that makes it produce
 * events again and again: the exhausted target is reset (a target STATUS event) and the campaign is run (RUN,
 * one attempt with its call and target changes, then STOP when the list is done).
 */
export async function liveCampaign(a: Caller, name: string): Promise<{ campaignId: string; outdialId: string; trigger: () => Promise<void> }> {
  const ok = async (query: string, variables: Record<string, unknown>, field: string) => {
    const res = await a.gql(query, variables);
    expect(res.data?.[field]?.userErrors, JSON.stringify(res)).toEqual([]);
    return res.data[field];
  };
  const outplan = (await ok('mutation($n: String!) { outplanCreate(input: {name: $n, source: {type: TEL, target: "+15559876543"}, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id } userErrors { message } } }', { n: name }, 'outplanCreate')).outplan;
  const outdial = (await ok('mutation($n: String!) { outdialCreate(input: {name: $n}) { outdial { id } userErrors { message } } }', { n: name }, 'outdialCreate')).outdial;
  await ok('mutation($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: "busy", destinations: [{type: TEL, target: "+15551230001"}]}) { outdialTarget { id } userErrors { message } } }', { id: outdial.id }, 'outdialTargetCreate');
  const campaign = (await ok('mutation($n: String!, $p: ID, $o: ID) { campaignCreate(input: {name: $n, outplanId: $p, outdialId: $o}) { campaign { id } userErrors { message } } }', { n: name, p: outplan.id, o: outdial.id }, 'campaignCreate')).campaign;
  return {
    campaignId: campaign.id,
    outdialId: outdial.id,
    trigger: async () => {
      await a.gql('mutation($id: ID!) { outdialTargetsReset(input: {outdialId: $id, result: EXHAUSTED}) { resetCount } }', { id: outdial.id });
      await a.gql('mutation($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { status } } }', { id: campaign.id });
    },
  };
}
