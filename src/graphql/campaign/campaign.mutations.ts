import { builder } from '../builder.ts';
import { DeleteInput, entityMutations } from '../common/mutation.ts';
import { refOf, uuidOf, withRowId } from '../global-id.ts';
import {
  createCampaign, deleteCampaign, updateCampaign, updateCampaignActions, updateCampaignNextCampaign, updateCampaignResourceInfo,
  updateCampaignServiceLevel,
} from '../../domain/campaign.ts';
import { updateCampaignStatus } from '../../domain/campaign-status.ts';
import { updateCampaignDialingRules } from '../../domain/campaign-dialing-rules.ts';
import { CampaignUpdateDialingRulesInput } from './campaign-dialing-rules.ts';
import { CampaignNode } from './campaign.node.ts';
import {
  CampaignCreateInput, CampaignUpdateActionsInput, CampaignUpdateInput, CampaignUpdateNextCampaignInput, CampaignUpdateResourceInfoInput,
  CampaignUpdateServiceLevelInput, CampaignUpdateStatusInput,
} from './campaign.inputs.ts';

const campaignMutation = entityMutations('CampaignPayload', 'campaign', CampaignNode);

/** The references of a campaign input, as row UUIDs (omitted keeps, null clears, an id of another type matches nothing). */
const refsOf = (input: { outplanId?: string | null; outdialId?: string | null; nextCampaignId?: string | null }) => ({
  outplanId: refOf(input.outplanId, 'Outplan'),
  outdialId: refOf(input.outdialId, 'Outdial'),
  nextCampaignId: refOf(input.nextCampaignId, 'Campaign'),
});

builder.mutationFields((t) => ({
  campaignCreate: campaignMutation(
    t, CampaignCreateInput, (input, ctx) => createCampaign(ctx, ctx.viewer.customerId, { ...input, ...refsOf(input) }),
    { description: 'POST /campaigns. The campaign starts in STOP; binding an outdial another campaign holds is a CONFLICT.' },
  ),
  campaignUpdate: campaignMutation(
    t, CampaignUpdateInput, (input, ctx) => updateCampaign(ctx, ctx.viewer.customerId, withRowId(input, 'Campaign')),
    { description: 'PUT /campaigns/{id}: name, detail, endHandle, serviceLevel, maxConcurrentCalls (in any status).' },
  ),
  campaignUpdateStatus: campaignMutation(
    t, CampaignUpdateStatusInput,
    async (input, ctx) => {
      const result = await updateCampaignStatus(ctx, ctx.viewer.customerId, withRowId(input, 'Campaign'));
      if (result.ok && result.value.status === 'RUN') ctx.wakeDialer();
      return result;
    },
    {
      description:
        'PUT /campaigns/{id}/status. RUN needs an outplan with a TEL or SIP source and an outdial (else INVALID_STATE); STOP goes through STOPPING while calls are in flight.',
    },
  ),
  campaignUpdateServiceLevel: campaignMutation(
    t, CampaignUpdateServiceLevelInput, (input, ctx) => updateCampaignServiceLevel(ctx, ctx.viewer.customerId, withRowId(input, 'Campaign')),
    { description: 'PUT /campaigns/{id}/service_level.' },
  ),
  campaignUpdateResourceInfo: campaignMutation(
    t, CampaignUpdateResourceInfoInput, (input, ctx) => updateCampaignResourceInfo(ctx, ctx.viewer.customerId, { id: uuidOf(input.id, 'Campaign'), ...refsOf(input) }),
    { description: 'PUT /campaigns/{id}/resource_info: outplan, outdial, next campaign (omitted: unchanged; null clears).' },
  ),
  campaignUpdateActions: campaignMutation(
    t, CampaignUpdateActionsInput, (input, ctx) => updateCampaignActions(ctx, ctx.viewer.customerId, withRowId(input, 'Campaign')),
    { description: 'PUT /campaigns/{id}/actions: replaces the actions run on each answered call.' },
  ),
  campaignUpdateNextCampaign: campaignMutation(
    t, CampaignUpdateNextCampaignInput,
    (input, ctx) => updateCampaignNextCampaign(ctx, ctx.viewer.customerId, { id: uuidOf(input.id, 'Campaign'), nextCampaignId: refOf(input.nextCampaignId, 'Campaign') }),
    { description: 'PUT /campaigns/{id}/next_campaign_id: null (or omitted) unchains; a chain that loops back is refused.' },
  ),
  campaignUpdateDialingRules: campaignMutation(
    t, CampaignUpdateDialingRulesInput, (input, ctx) => updateCampaignDialingRules(ctx, ctx.viewer.customerId, {
      ...withRowId(input, 'Campaign'),
      dncListIds: input.dncListIds === undefined ? undefined : (input.dncListIds ?? []).map((id) => uuidOf(id, 'DncList')),
    }),
    {
      description: 'Calling windows, restricted dates and the default time zone (enforced by the dialer in each target\'s own zone), ' +
        'the do-not-call lists (checked for every destination at dial time), the contact limit and calls per second (stored); allowed in any status.',
    },
  ),
  campaignDelete: campaignMutation(
    t, DeleteInput, (input, ctx) => deleteCampaign(ctx, ctx.viewer.customerId, uuidOf(input.id, 'Campaign')),
    { description: 'DELETE /campaigns/{id}: a soft delete, only in STOP (else INVALID_STATE); releases the campaign\'s outdial.' },
  ),
}));
