import { builder } from '../builder.ts';
import { idOf } from '../global-id.ts';

export const DncListCreateInput = builder.inputType('DncListCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    detail: t.string(),
  }),
});

export const DncListUpdateInput = builder.inputType('DncListUpdateInput', {
  fields: (t) => ({
    id: t.id(idOf('DncList', { required: true })),
    name: t.string({ description: 'Omitted: unchanged.' }),
    detail: t.string({ description: 'Omitted: unchanged; null clears.' }),
  }),
});

export const DncEntriesInput = builder.inputType('DncEntriesInput', {
  description: 'Up to 10,000 addresses per call; already listed (add) or absent (remove) ones are counted, not errors.',
  fields: (t) => ({
    dncListId: t.id(idOf('DncList', { required: true })),
    addresses: t.stringList({
      required: true,
      description: 'Phone numbers in E.164 typed any way ("+1 (555) 123-4567"), e-mail addresses, or SIP URIs (sip:user@host).',
    }),
    reason: t.string({ description: 'Stored with each added entry (dncEntriesAdd only).' }),
  }),
});

export const DncEntriesImportCsvInput = builder.inputType('DncEntriesImportCsvInput', {
  fields: (t) => ({
    dncListId: t.id(idOf('DncList', { required: true })),
    csv: t.string({ required: true, description: 'A header row with address (required) and reason (optional), then up to 10,000 entries.' }),
  }),
});
