import { builder } from '../builder.ts';
import { DeleteInput, UserErrorRef, toPayload } from '../common/user-error.ts';
import { uuidOf } from '../global-id.ts';
import { createOutdialTarget, createOutdialTargets, deleteOutdialTarget, updateOutdialTarget } from '../../domain/outdial-target.ts';
import { importOutdialTargetsCsv } from '../../domain/outdial-import.ts';
import type { OutdialTarget } from '../../generated/prisma/client.ts';
import type { Result, UserError } from '../../domain/errors.ts';
import type { Context } from '../../context.ts';
import { OutdialNode } from '../outdial/outdial.node.ts';
import { OutdialTargetNode } from './outdial-target.node.ts';
import {
  OutdialTargetCreateInput, OutdialTargetsCreateInput, OutdialTargetsImportCsvInput, OutdialTargetUpdateInput,
} from './outdial-target.inputs.ts';

const OutdialTargetPayload = builder
  .objectRef<{ outdialTarget: OutdialTarget | null; userErrors: UserError[] }>('OutdialTargetPayload')
  .implement({
    fields: (t) => ({
      outdialTarget: t.field({ type: OutdialTargetNode, nullable: true, resolve: (p) => p.outdialTarget }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
    }),
  });

interface BulkPayload {
  outdialId: string | null;
  createdCount: number;
  userErrors: UserError[];
}

const OutdialTargetsCreatePayload = builder.objectRef<BulkPayload>('OutdialTargetsCreatePayload').implement({
  fields: (t) => ({
    outdial: t.prismaField({
      type: OutdialNode,
      nullable: true,
      description: 'The outdial the targets were added to; null when the batch was rejected.',
      resolve: (query, p, _args, ctx) =>
        p.outdialId ? ctx.prisma.outdial.findFirst({ ...query, where: { id: p.outdialId, customerId: ctx.viewer!.customerId } }) : null,
    }),
    createdCount: t.exposeInt('createdCount'),
    userErrors: t.field({
      type: [UserErrorRef],
      description: 'On a rejected batch, field starts with ["input", "targets", "<row index>", ...] (CSV: ["input", "csv", "line <n>", <column>]).',
      resolve: (p) => p.userErrors,
    }),
  }),
});

function bulkPayload(outdialId: string | null, result: Result<number>): BulkPayload {
  return result.ok ? { outdialId, createdCount: result.value, userErrors: [] } : { outdialId: null, createdCount: 0, userErrors: result.errors };
}

const customerOf = (ctx: Context) => ctx.viewer!.customerId;

builder.mutationFields((t) => ({
  outdialTargetCreate: t.field({
    type: OutdialTargetPayload,
    description: 'POST /outdials/{id}/targets.',
    authScopes: { member: true },
    args: { input: t.arg({ type: OutdialTargetCreateInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload('outdialTarget', await createOutdialTarget(ctx, customerOf(ctx), { ...input, outdialId: uuidOf(input.outdialId, 'Outdial') })),
  }),
  outdialTargetUpdate: t.field({
    type: OutdialTargetPayload,
    description: 'Changes a target that has not been dialed yet (IDLE, no attempts); otherwise INVALID_STATE.',
    authScopes: { member: true },
    args: { input: t.arg({ type: OutdialTargetUpdateInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload('outdialTarget', await updateOutdialTarget(ctx, customerOf(ctx), { ...input, id: uuidOf(input.id, 'OutdialTarget') })),
  }),
  outdialTargetDelete: t.field({
    type: OutdialTargetPayload,
    description: 'DELETE /outdials/{id}/targets/{target_id}: a soft delete; refused while the target is being dialed.',
    authScopes: { member: true },
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload('outdialTarget', await deleteOutdialTarget(ctx, customerOf(ctx), uuidOf(input.id, 'OutdialTarget'))),
  }),
  outdialTargetsCreate: t.field({
    type: OutdialTargetsCreatePayload,
    description: 'Bulk import, all or nothing: up to 10,000 targets in one call.',
    authScopes: { member: true },
    args: { input: t.arg({ type: OutdialTargetsCreateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const outdialId = uuidOf(input.outdialId, 'Outdial');
      return bulkPayload(outdialId, await createOutdialTargets(ctx, customerOf(ctx), { outdialId, targets: input.targets }));
    },
  }),
  outdialTargetsImportCsv: t.field({
    type: OutdialTargetsCreatePayload,
    description: 'CSV import, all or nothing: a header row, then up to 10,000 targets; every problem names its line.',
    authScopes: { member: true },
    args: { input: t.arg({ type: OutdialTargetsImportCsvInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const outdialId = uuidOf(input.outdialId, 'Outdial');
      return bulkPayload(outdialId, await importOutdialTargetsCsv(ctx, customerOf(ctx), { outdialId, csv: input.csv }));
    },
  }),
}));
