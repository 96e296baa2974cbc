import { builder } from '../builder.ts';
import { DeleteInput, UserErrorRef, toPayload } from '../common/user-error.ts';
import { refOf, uuidOf } from '../global-id.ts';
import {
  createCampaign, deleteCampaign, updateCampaign, updateCampaignActions, updateCampaignNextCampaign, updateCampaignResourceInfo,
  updateCampaignServiceLevel,
} from '../../domain/campaign.ts';
import { updateCampaignStatus } from '../../domain/campaign-status.ts';
import type { Campaign } from '../../generated/prisma/client.ts';
import type { UserError } from '../../domain/errors.ts';
import type { Context } from '../../context.ts';
import { CampaignNode } from './campaign.node.ts';
import {
  CampaignCreateInput, CampaignUpdateActionsInput, CampaignUpdateInput, CampaignUpdateNextCampaignInput, CampaignUpdateResourceInfoInput,
  CampaignUpdateServiceLevelInput, CampaignUpdateStatusInput,
} from './campaign.inputs.ts';

const CampaignPayload = builder.objectRef<{ campaign: Campaign | null; userErrors: UserError[] }>('CampaignPayload').implement({
  fields: (t) => ({
    campaign: t.field({ type: CampaignNode, nullable: true, resolve: (p) => p.campaign }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

const customerOf = (ctx: Context) => ctx.viewer!.customerId;
const campaignId = (id: string) => uuidOf(id, 'Campaign');

builder.mutationFields((t) => ({
  campaignCreate: t.field({
    type: CampaignPayload,
    description: 'POST /campaigns. The campaign starts in STOP; binding an outdial another campaign holds is a CONFLICT.',
    authScopes: { member: true },
    args: { input: t.arg({ type: CampaignCreateInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload('campaign', await createCampaign(ctx, customerOf(ctx), {
        ...input,
        outplanId: refOf(input.outplanId, 'Outplan'),
        outdialId: refOf(input.outdialId, 'Outdial'),
        nextCampaignId: refOf(input.nextCampaignId, 'Campaign'),
      })),
  }),
  campaignUpdate: t.field({
    type: CampaignPayload,
    description: 'PUT /campaigns/{id}: name, detail, endHandle, serviceLevel, maxConcurrentCalls (in any status).',
    authScopes: { member: true },
    args: { input: t.arg({ type: CampaignUpdateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => toPayload('campaign', await updateCampaign(ctx, customerOf(ctx), { ...input, id: campaignId(input.id) })),
  }),
  campaignUpdateStatus: t.field({
    type: CampaignPayload,
    description: 'PUT /campaigns/{id}/status. RUN needs an outplan with a TEL or SIP source and an outdial (else INVALID_STATE); STOP goes through STOPPING while calls are in flight.',
    authScopes: { member: true },
    args: { input: t.arg({ type: CampaignUpdateStatusInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await updateCampaignStatus(ctx, customerOf(ctx), { ...input, id: campaignId(input.id) });
      if (result.ok && result.value.status === 'RUN') ctx.wakeDialer();
      return toPayload('campaign', result);
    },
  }),
  campaignUpdateServiceLevel: t.field({
    type: CampaignPayload,
    description: 'PUT /campaigns/{id}/service_level.',
    authScopes: { member: true },
    args: { input: t.arg({ type: CampaignUpdateServiceLevelInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload('campaign', await updateCampaignServiceLevel(ctx, customerOf(ctx), { ...input, id: campaignId(input.id) })),
  }),
  campaignUpdateResourceInfo: t.field({
    type: CampaignPayload,
    description: 'PUT /campaigns/{id}/resource_info: outplan, outdial, next campaign (omitted: unchanged; null clears).',
    authScopes: { member: true },
    args: { input: t.arg({ type: CampaignUpdateResourceInfoInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload('campaign', await updateCampaignResourceInfo(ctx, customerOf(ctx), {
        id: campaignId(input.id),
        outplanId: refOf(input.outplanId, 'Outplan'),
        outdialId: refOf(input.outdialId, 'Outdial'),
        nextCampaignId: refOf(input.nextCampaignId, 'Campaign'),
      })),
  }),
  campaignUpdateActions: t.field({
    type: CampaignPayload,
    description: 'PUT /campaigns/{id}/actions: replaces the actions run on each answered call.',
    authScopes: { member: true },
    args: { input: t.arg({ type: CampaignUpdateActionsInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload('campaign', await updateCampaignActions(ctx, customerOf(ctx), { ...input, id: campaignId(input.id) })),
  }),
  campaignUpdateNextCampaign: t.field({
    type: CampaignPayload,
    description: 'PUT /campaigns/{id}/next_campaign_id: null (or omitted) unchains; a chain that loops back is refused.',
    authScopes: { member: true },
    args: { input: t.arg({ type: CampaignUpdateNextCampaignInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload('campaign', await updateCampaignNextCampaign(ctx, customerOf(ctx), {
        id: campaignId(input.id),
        nextCampaignId: refOf(input.nextCampaignId, 'Campaign'),
      })),
  }),
  campaignDelete: t.field({
    type: CampaignPayload,
    description: 'DELETE /campaigns/{id}: a soft delete, only in STOP (else INVALID_STATE); releases the campaign\'s outdial.',
    authScopes: { member: true },
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => toPayload('campaign', await deleteCampaign(ctx, customerOf(ctx), campaignId(input.id))),
  }),
}));
