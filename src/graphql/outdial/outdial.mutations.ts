import { builder } from '../builder.ts';
import { DeleteInput, UserErrorRef, toPayload } from '../common/user-error.ts';
import { refOf, uuidOf } from '../global-id.ts';
import { createOutdial, deleteOutdial, updateOutdial, updateOutdialCampaign, updateOutdialData } from '../../domain/outdial.ts';
import type { Outdial } from '../../generated/prisma/client.ts';
import type { UserError } from '../../domain/errors.ts';
import { OutdialNode } from './outdial.node.ts';
import { OutdialCreateInput, OutdialUpdateCampaignInput, OutdialUpdateDataInput, OutdialUpdateInput } from './outdial.inputs.ts';

export const OutdialPayload = builder.objectRef<{ outdial: Outdial | null; userErrors: UserError[] }>('OutdialPayload').implement({
  fields: (t) => ({
    outdial: t.field({ type: OutdialNode, nullable: true, resolve: (p) => p.outdial }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

builder.mutationFields((t) => ({
  outdialCreate: t.field({
    type: OutdialPayload,
    description: 'POST /outdials. With campaignId, the new outdial becomes that campaign\'s outdial.',
    authScopes: { member: true },
    args: { input: t.arg({ type: OutdialCreateInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload('outdial', await createOutdial(ctx, ctx.viewer!.customerId, { ...input, campaignId: refOf(input.campaignId, 'Campaign') })),
  }),
  outdialUpdateCampaign: t.field({
    type: OutdialPayload,
    description:
      'PUT /outdials/{id}/campaign_id: binds the outdial to a campaign (CONFLICT if another campaign holds it), or unbinds it with null. ' +
      'A running campaign\'s outdial cannot change (INVALID_STATE).',
    authScopes: { member: true },
    args: { input: t.arg({ type: OutdialUpdateCampaignInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload('outdial', await updateOutdialCampaign(ctx, ctx.viewer!.customerId, {
        id: uuidOf(input.id, 'Outdial'),
        campaignId: refOf(input.campaignId, 'Campaign'),
      })),
  }),
  outdialUpdate: t.field({
    type: OutdialPayload,
    description: 'PUT /outdials/{id}: name and detail.',
    authScopes: { member: true },
    args: { input: t.arg({ type: OutdialUpdateInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload('outdial', await updateOutdial(ctx, ctx.viewer!.customerId, { ...input, id: uuidOf(input.id, 'Outdial') })),
  }),
  outdialUpdateData: t.field({
    type: OutdialPayload,
    description: 'PUT /outdials/{id}/data.',
    authScopes: { member: true },
    args: { input: t.arg({ type: OutdialUpdateDataInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload('outdial', await updateOutdialData(ctx, ctx.viewer!.customerId, { ...input, id: uuidOf(input.id, 'Outdial') })),
  }),
  outdialDelete: t.field({
    type: OutdialPayload,
    description: 'DELETE /outdials/{id}: a soft delete; the targets stay. Refused while a running campaign uses it.',
    authScopes: { member: true },
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => toPayload('outdial', await deleteOutdial(ctx, ctx.viewer!.customerId, uuidOf(input.id, 'Outdial'))),
  }),
}));
