import { builder } from '../builder.ts';
import { DeleteInput, entityMutations } from '../common/mutation.ts';
import { refOf, uuidOf, withRowId } from '../global-id.ts';
import { createOutdial, deleteOutdial, updateOutdial, updateOutdialCampaign, updateOutdialData } from '../../domain/outdial.ts';
import { OutdialNode } from './outdial.node.ts';
import { OutdialCreateInput, OutdialUpdateCampaignInput, OutdialUpdateDataInput, OutdialUpdateInput } from './outdial.inputs.ts';

const outdialMutation = entityMutations('OutdialPayload', 'outdial', OutdialNode);

builder.mutationFields((t) => ({
  outdialCreate: outdialMutation(
    t, OutdialCreateInput, (input, ctx) => createOutdial(ctx, ctx.viewer.customerId, { ...input, campaignId: refOf(input.campaignId, 'Campaign') }),
    { description: 'POST /outdials. With campaignId, the new outdial becomes that campaign\'s outdial.' },
  ),
  outdialUpdateCampaign: outdialMutation(
    t, OutdialUpdateCampaignInput,
    (input, ctx) => updateOutdialCampaign(ctx, ctx.viewer.customerId, { id: uuidOf(input.id, 'Outdial'), campaignId: refOf(input.campaignId, 'Campaign') }),
    {
      description:
        'PUT /outdials/{id}/campaign_id: binds the outdial to a campaign (CONFLICT if another campaign holds it), or unbinds it with null. ' +
        'A running campaign\'s outdial cannot change (INVALID_STATE).',
    },
  ),
  outdialUpdate: outdialMutation(
    t, OutdialUpdateInput, (input, ctx) => updateOutdial(ctx, ctx.viewer.customerId, withRowId(input, 'Outdial')),
    { description: 'PUT /outdials/{id}: name and detail; and duplicateTargets (not in the REST API).' },
  ),
  outdialUpdateData: outdialMutation(
    t, OutdialUpdateDataInput, (input, ctx) => updateOutdialData(ctx, ctx.viewer.customerId, withRowId(input, 'Outdial')),
    { description: 'PUT /outdials/{id}/data.' },
  ),
  outdialDelete: outdialMutation(
    t, DeleteInput, (input, ctx) => deleteOutdial(ctx, ctx.viewer.customerId, uuidOf(input.id, 'Outdial')),
    { description: 'DELETE /outdials/{id}: a soft delete; the targets stay. Refused while a live campaign holds the outdial: INVALID_STATE while it runs (stop it first), CONFLICT when it is stopped (unbind it or delete the campaign first); the message names the campaign.' },
  ),
}));
