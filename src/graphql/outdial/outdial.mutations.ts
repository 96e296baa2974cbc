import { builder } from '../builder.ts';
import { DeleteInput, UserErrorRef, toPayload } from '../common/user-error.ts';
import { uuidOf } from '../global-id.ts';
import { createOutdial, deleteOutdial, updateOutdial, updateOutdialData } from '../../domain/outdial.ts';
import type { Outdial } from '../../generated/prisma/client.ts';
import type { UserError } from '../../domain/errors.ts';
import { OutdialNode } from './outdial.node.ts';
import { OutdialCreateInput, OutdialUpdateDataInput, OutdialUpdateInput } from './outdial.inputs.ts';

export const OutdialPayload = builder.objectRef<{ outdial: Outdial | null; userErrors: UserError[] }>('OutdialPayload').implement({
  fields: (t) => ({
    outdial: t.field({ type: OutdialNode, nullable: true, resolve: (p) => p.outdial }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

builder.mutationFields((t) => ({
  outdialCreate: t.field({
    type: OutdialPayload,
    description: 'POST /outdials.',
    authScopes: { member: true },
    args: { input: t.arg({ type: OutdialCreateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => toPayload('outdial', await createOutdial(ctx, ctx.viewer!.customerId, input)),
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
    description: 'DELETE /outdials/{id}: a soft delete; the targets stay.',
    authScopes: { member: true },
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => toPayload('outdial', await deleteOutdial(ctx, ctx.viewer!.customerId, uuidOf(input.id, 'Outdial'))),
  }),
}));
