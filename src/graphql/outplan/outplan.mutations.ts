import { builder } from '../builder.ts';
import { UserErrorRef, toPayload } from '../common/user-error.ts';
import { uuidOf } from '../global-id.ts';
import { createOutplan, updateOutplan } from '../../domain/outplan.ts';
import type { Outplan } from '../../generated/prisma/client.ts';
import type { UserError } from '../../domain/errors.ts';
import { OutplanNode } from './outplan.node.ts';
import { OutplanCreateInput, OutplanUpdateInput } from './outplan.inputs.ts';

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
}));
