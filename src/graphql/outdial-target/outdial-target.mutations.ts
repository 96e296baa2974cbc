import { builder } from '../builder.ts';
import { DeleteInput, entityMutations, inputMutation, payloadType } from '../common/mutation.ts';
import { customerOf } from '../common/own-rows.ts';
import { uuidOf, withRowId } from '../global-id.ts';
import { createOutdialTarget, deleteOutdialTarget, updateOutdialTarget } from '../../domain/outdial-target.ts';
import { createOutdialTargets, type ImportCount } from '../../domain/outdial-target-bulk.ts';
import { importOutdialTargetsCsv } from '../../domain/outdial-target-csv.ts';
import type { Result, UserError } from '../../domain/errors.ts';
import { OutdialNode } from '../outdial/outdial.node.ts';
import { OutdialTargetNode } from './outdial-target.node.ts';
import {
  OutdialTargetCreateInput, OutdialTargetsCreateInput, OutdialTargetsImportCsvInput, OutdialTargetUpdateInput,
} from './outdial-target.inputs.ts';

const outdialTargetMutation = entityMutations('OutdialTargetPayload', 'outdialTarget', OutdialTargetNode);

interface BulkPayload {
  outdialId: string | null;
  createdCount: number;
  skippedCount: number;
  userErrors: UserError[];
}

const OutdialTargetsCreatePayload = payloadType<BulkPayload>('OutdialTargetsCreatePayload', {
  userErrorsDescription: 'On a rejected batch, field starts with ["input", "targets", "<row index>", ...] (CSV: ["input", "csv", "line <n>", <column>]).',
  fields: (t) => ({
    outdial: t.prismaField({
      type: OutdialNode,
      nullable: true,
      description: 'The outdial the targets were added to; null when the batch was rejected.',
      resolve: (query, p, _args, ctx) => (p.outdialId ? ctx.prisma.outdial.findFirst({ ...query, where: { id: p.outdialId, customerId: customerOf(ctx) } }) : null),
    }),
    createdCount: t.exposeInt('createdCount'),
    skippedCount: t.exposeInt('skippedCount', {
      description: 'Rows left out as duplicate targets (the outdial\'s duplicateTargets is SKIP): their first destination was already the outdial\'s, or an earlier row\'s. 0 otherwise.',
    }),
  }),
  rejected: { outdialId: null, createdCount: 0, skippedCount: 0 },
});

/** Runs an import into the outdial of global id `outdialGlobalId` and answers its payload. */
async function bulk(outdialGlobalId: string, run: (outdialId: string | null) => Promise<Result<ImportCount>>): Promise<BulkPayload> {
  const outdialId = uuidOf(outdialGlobalId, 'Outdial');
  const result = await run(outdialId);
  return result.ok ? { outdialId, ...result.value, userErrors: [] } : { outdialId: null, createdCount: 0, skippedCount: 0, userErrors: result.errors };
}

builder.mutationFields((t) => ({
  outdialTargetCreate: outdialTargetMutation(
    t, OutdialTargetCreateInput, (input, ctx) => createOutdialTarget(ctx, ctx.viewer.customerId, { ...input, outdialId: uuidOf(input.outdialId, 'Outdial') }),
    { description: 'POST /outdials/{id}/targets. A first destination another live target of the outdial has is a CONFLICT unless the outdial\'s duplicateTargets is ALLOW (SKIP refuses a single target too).' },
  ),
  outdialTargetUpdate: outdialTargetMutation(
    t, OutdialTargetUpdateInput, (input, ctx) => updateOutdialTarget(ctx, ctx.viewer.customerId, withRowId(input, 'OutdialTarget')),
    { description: 'Changes a target that has not been dialed yet (IDLE, no attempts); otherwise INVALID_STATE.' },
  ),
  outdialTargetDelete: outdialTargetMutation(
    t, DeleteInput, (input, ctx) => deleteOutdialTarget(ctx, ctx.viewer.customerId, uuidOf(input.id, 'OutdialTarget')),
    { description: 'DELETE /outdials/{id}/targets/{target_id}: a soft delete; refused while the target is being dialed.' },
  ),
  outdialTargetsCreate: inputMutation(
    t, OutdialTargetsCreatePayload, OutdialTargetsCreateInput,
    (input, ctx) => bulk(input.outdialId, (outdialId) => createOutdialTargets(ctx, ctx.viewer.customerId, { outdialId, targets: input.targets, idempotencyKey: input.idempotencyKey })),
    { description: 'Bulk import, all or nothing: up to 10,000 targets in one call. Duplicate targets follow the outdial\'s duplicateTargets (REFUSE: CONFLICT at the row\'s destination 0; SKIP: left out, counted in skippedCount).' },
  ),
  outdialTargetsImportCsv: inputMutation(
    t, OutdialTargetsCreatePayload, OutdialTargetsImportCsvInput,
    (input, ctx) => bulk(input.outdialId, (outdialId) => importOutdialTargetsCsv(ctx, ctx.viewer.customerId, { outdialId, csv: input.csv, idempotencyKey: input.idempotencyKey })),
    { description: 'CSV import, all or nothing: a header row, then up to 10,000 targets; every problem names its line. Duplicate targets follow the outdial\'s duplicateTargets, as in outdialTargetsCreate.' },
  ),
}));
