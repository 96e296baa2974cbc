import { builder } from '../builder.ts';
import { DeleteInput, UserErrorRef, toPayload } from '../common/user-error.ts';
import { uuidOf } from '../global-id.ts';
import { createOutplan, deleteOutplan, updateOutplan, updateOutplanDialInfo } from '../../domain/outplan.ts';
import type { Outplan } from '../../generated/prisma/client.ts';
import type { UserError } from '../../domain/errors.ts';
import { OutplanNode } from './outplan.node.ts';
import { OutplanCreateInput, OutplanUpdateDialInfoInput, OutplanUpdateInput } from './outplan.inputs.ts';

const OutplanPayload = builder.objectRef<{ outplan: Outplan | null; userErrors: UserError[] }>('OutplanPayload').implement({
  fields: (t) => ({
    outplan: t.field({ type: OutplanNode, nullable: true, resolve: (p) => p.outplan }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

builder.mutationFields((t) => ({
  outplanCreate: t.field({
    type: OutplanPayload,
    authScopes: { member: true },
    args: { input: t.arg({ type: OutplanCreateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => toPayload('outplan', await createOutplan(ctx, ctx.viewer!.customerId, input)),
  }),
  outplanUpdate: t.field({
    type: OutplanPayload,
    authScopes: { member: true },
    args: { input: t.arg({ type: OutplanUpdateInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload('outplan', await updateOutplan(ctx, ctx.viewer!.customerId, { ...input, id: uuidOf(input.id, 'Outplan') })),
  }),
  outplanUpdateDialInfo: t.field({
    type: OutplanPayload,
    description: 'PUT /outplans/{id}/dial_info: source, dialTimeout, tryInterval and maxTryCounts, all replaced.',
    authScopes: { member: true },
    args: { input: t.arg({ type: OutplanUpdateDialInfoInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload('outplan', await updateOutplanDialInfo(ctx, ctx.viewer!.customerId, { ...input, id: uuidOf(input.id, 'Outplan') })),
  }),
  outplanDelete: t.field({
    type: OutplanPayload,
    description: 'DELETE /outplans/{id}: a soft delete.',
    authScopes: { member: true },
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => toPayload('outplan', await deleteOutplan(ctx, ctx.viewer!.customerId, uuidOf(input.id, 'Outplan'))),
  }),
}));
