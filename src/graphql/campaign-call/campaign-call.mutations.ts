import { builder } from '../builder.ts';
import { DeleteInput, entityMutations } from '../common/mutation.ts';
import { uuidOf } from '../global-id.ts';
import { deleteCampaignCall } from '../../domain/campaign-call.ts';
import { CampaignCallNode } from './campaign-call.node.ts';

const campaignCallMutation = entityMutations('CampaignCallPayload', 'campaignCall', CampaignCallNode);

builder.mutationFields((t) => ({
  campaignCallDelete: campaignCallMutation(
    t, DeleteInput, (input, ctx) => deleteCampaignCall(ctx, ctx.viewer.customerId, uuidOf(input.id, 'CampaignCall')),
    { description: 'DELETE /campaigncalls/{id}: a soft delete, only once the attempt is DONE (else INVALID_STATE).' },
  ),
}));
