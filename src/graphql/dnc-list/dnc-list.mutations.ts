import type { DncList } from '../../generated/prisma/client.ts';
import { builder } from '../builder.ts';
import { DeleteInput, entityMutations, inputMutation, payloadType } from '../common/mutation.ts';
import { uuidOf, withRowId } from '../global-id.ts';
import type { UserError } from '../../domain/errors.ts';
import { addDncEntries, createDncList, deleteDncList, removeDncEntries, updateDncList, type DncEntriesChange } from '../../domain/dnc.ts';
import { importDncEntriesCsv } from '../../domain/dnc-csv.ts';
import type { Result } from '../../domain/errors.ts';
import { DncListNode } from './dnc-list.node.ts';
import { DncEntriesImportCsvInput, DncEntriesInput, DncListCreateInput, DncListUpdateInput } from './dnc-list.inputs.ts';

const dncListMutation = entityMutations('DncListPayload', 'dncList', DncListNode);

interface EntriesPayload {
  dncList: DncList | null;
  added: number;
  removed: number;
  userErrors: UserError[];
}

const DncEntriesPayload = payloadType<EntriesPayload>('DncEntriesPayload', {
  fields: (t) => ({
    dncList: t.field({ type: DncListNode, nullable: true, resolve: (p) => p.dncList }),
    added: t.exposeInt('added', { description: 'Entries added (already listed addresses are not counted).' }),
    removed: t.exposeInt('removed', { description: 'Entries removed (absent addresses are not counted).' }),
  }),
  rejected: { dncList: null, added: 0, removed: 0 },
});

const entriesPayload = (result: Result<DncEntriesChange>): EntriesPayload =>
  result.ok ? { ...result.value, userErrors: [] } : DncEntriesPayload.refused(result.errors);

builder.mutationFields((t) => ({
  dncListCreate: dncListMutation(t, DncListCreateInput, (input, ctx) => createDncList(ctx, ctx.viewer.customerId, input)),
  dncListUpdate: dncListMutation(t, DncListUpdateInput, (input, ctx) => updateDncList(ctx, ctx.viewer.customerId, withRowId(input, 'DncList'))),
  dncListDelete: dncListMutation(
    t, DeleteInput, (input, ctx) => deleteDncList(ctx, ctx.viewer.customerId, uuidOf(input.id, 'DncList')),
    { description: 'A soft delete: the list is unbound from every campaign at once (it suppresses nothing from the next dialer round on) and then reads as not found.' },
  ),
  dncEntriesAdd: inputMutation(
    t, DncEntriesPayload, DncEntriesInput,
    async (input, ctx) => entriesPayload(await addDncEntries(ctx, ctx.viewer.customerId, { ...input, dncListId: uuidOf(input.dncListId, 'DncList') })),
    { description: 'Adds up to 10,000 addresses, normalised; a campaign bound to the list never dials them from its next round on (also mid-run).' },
  ),
  dncEntriesRemove: inputMutation(
    t, DncEntriesPayload, DncEntriesInput,
    async (input, ctx) => entriesPayload(await removeDncEntries(ctx, ctx.viewer.customerId, { ...input, dncListId: uuidOf(input.dncListId, 'DncList') })),
    { description: 'Removes up to 10,000 addresses (normalised the same way).' },
  ),
  dncEntriesImportCsv: inputMutation(
    t, DncEntriesPayload, DncEntriesImportCsvInput,
    async (input, ctx) => entriesPayload(await importDncEntriesCsv(ctx, ctx.viewer.customerId, { ...input, dncListId: uuidOf(input.dncListId, 'DncList') })),
    { description: 'Adds the entries of a CSV (columns address and reason); all or nothing, every problem names its line.' },
  ),
}));
