import { builder } from '../builder.ts';
import { DeleteInput, UserErrorRef, toPayload } from '../common/user-error.ts';
import { uuidOf } from '../global-id.ts';
import { deleteCampaignCall } from '../../domain/campaign-call.ts';
import type { CampaignCall } from '../../generated/prisma/client.ts';
import type { UserError } from '../../domain/errors.ts';
import { CampaignCallNode } from './campaign-call.node.ts';

const CampaignCallPayload = builder.objectRef<{ campaignCall: CampaignCall | null; userErrors: UserError[] }>('CampaignCallPayload').implement({
  fields: (t) => ({
    campaignCall: t.field({ type: CampaignCallNode, nullable: true, resolve: (p) => p.campaignCall }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

builder.mutationFields((t) => ({
  campaignCallDelete: t.field({
    type: CampaignCallPayload,
    description: 'DELETE /campaigncalls/{id}: a soft delete, only once the attempt is DONE (else INVALID_STATE).',
    authScopes: { member: true },
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload('campaignCall', await deleteCampaignCall(ctx, ctx.viewer!.customerId, uuidOf(input.id, 'CampaignCall'))),
  }),
}));
