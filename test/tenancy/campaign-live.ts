import { expect } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql/index.ts';
import type { Caller } from './types.ts';

const OUTPLAN_CREATE = graphql(`
  mutation OutplanCreateForTenancyCampaignLive($n: String!) { outplanCreate(input: {name: $n, source: {type: TEL, target: "+15559876543"}, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id } userErrors { message } } }
`);
const OUTDIAL_CREATE = graphql(`
  mutation OutdialCreateForTenancyCampaignLive($n: String!) { outdialCreate(input: {name: $n}) { outdial { id } userErrors { message } } }
`);
const TARGET_CREATE = graphql(`
  mutation OutdialTargetCreateForTenancyCampaignLive($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: "busy", destinations: [{type: TEL, target: "+15551230001"}]}) { outdialTarget { id } userErrors { message } } }
`);
const CAMPAIGN_CREATE = graphql(`
  mutation CampaignCreateForTenancyCampaignLive($n: String!, $p: ID, $o: ID) { campaignCreate(input: {name: $n, outplanId: $p, outdialId: $o}) { campaign { id } userErrors { message } } }
`);
const TARGETS_RESET = graphql(`
  mutation OutdialTargetsResetForTenancyCampaignLive($id: ID!) { outdialTargetsReset(input: {outdialId: $id, result: EXHAUSTED}) { resetCount } }
`);
const CAMPAIGN_RUN = graphql(`
  mutation CampaignRunForTenancyCampaignLive($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { status } } }
`);

/**
 * A runnable campaign of A with one busy target and a budget of one try, and a trigger that makes it produce
 * events again and again: the exhausted target is reset (a target STATUS event) and the campaign is run (RUN,
 * one attempt with its call and target changes, then STOP when the list is done).
 */
export async function liveCampaign(a: Caller, name: string): Promise<{ campaignId: string; outdialId: string; trigger: () => Promise<void> }> {
  const ok = async <R, V, K extends keyof R & string>(document: TypedDocumentNode<R, V>, variables: V, field: K): Promise<R[K]> => {
    const res = await a.gql(document, variables);
    expect((res.data?.[field] as { userErrors?: unknown } | undefined)?.userErrors, JSON.stringify(res)).toEqual([]);
    return res.data![field];
  };
  const outplan = (await ok(OUTPLAN_CREATE, { n: name }, 'outplanCreate')).outplan!;
  const outdial = (await ok(OUTDIAL_CREATE, { n: name }, 'outdialCreate')).outdial!;
  await ok(TARGET_CREATE, { id: outdial.id }, 'outdialTargetCreate');
  const campaign = (await ok(CAMPAIGN_CREATE, { n: name, p: outplan.id, o: outdial.id }, 'campaignCreate')).campaign!;
  return {
    campaignId: campaign.id,
    outdialId: outdial.id,
    trigger: async () => {
      await a.gql(TARGETS_RESET, { id: outdial.id });
      await a.gql(CAMPAIGN_RUN, { id: campaign.id });
    },
  };
}
