import { builder } from '../builder.ts';
import { idOf } from '../global-id.ts';
import { AddressInput } from '../common/address.ts';
import { idempotencyKeyField } from '../common/idempotency-key.ts';

export const OutdialTargetCreateInput = builder.inputType('OutdialTargetCreateInput', {
  fields: (t) => ({
    outdialId: t.id(idOf('Outdial', { required: true })),
    name: t.string({ required: true }),
    detail: t.string(),
    data: t.string({ description: 'Opaque custom string (up to 64 KiB), stored as given.' }),
    destinations: t.field({ type: [AddressInput], required: true, description: 'One to five different destinations, dialed in this order.' }),
    timeZone: t.string({ description: 'IANA zone its calling hours are judged in (America/New_York); omitted: derived from its TEL numbers.' }),
  }),
});

export const OutdialTargetUpdateInput = builder.inputType('OutdialTargetUpdateInput', {
  description: 'Only while the target is IDLE and has never been dialed.',
  fields: (t) => ({
    id: t.id(idOf('OutdialTarget', { required: true })),
    name: t.string({ description: 'Omitted: unchanged.' }),
    detail: t.string({ description: 'Omitted: unchanged; null clears.' }),
    data: t.string({ description: 'Omitted: unchanged; null clears.' }),
    destinations: t.field({ type: [AddressInput], description: 'Omitted: unchanged; otherwise replaces all slots (one to five, all different).' }),
    timeZone: t.string({ description: 'IANA zone of its calling hours. Omitted: unchanged; null: derived from its TEL numbers.' }),
  }),
});

export const OutdialTargetInput = builder.inputType('OutdialTargetInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    detail: t.string(),
    data: t.string(),
    destinations: t.field({ type: [AddressInput], required: true, description: 'One to five different destinations, dialed in this order.' }),
    timeZone: t.string({ description: 'IANA zone its calling hours are judged in (America/New_York); omitted: derived from its TEL numbers.' }),
  }),
});

export const OutdialTargetsCreateInput = builder.inputType('OutdialTargetsCreateInput', {
  fields: (t) => ({
    outdialId: t.id(idOf('Outdial', { required: true })),
    targets: t.field({ type: [OutdialTargetInput], required: true, description: 'Up to 10,000 targets; all are created or none.' }),
    idempotencyKey: idempotencyKeyField(t, 'the first import\'s createdCount and the outdial as it is now; no target is added again.'),
  }),
});

export const OutdialTargetsImportCsvInput = builder.inputType('OutdialTargetsImportCsvInput', {
  fields: (t) => ({
    outdialId: t.id(idOf('Outdial', { required: true })),
    csv: t.string({
      required: true,
      description:
        'A header row, then one target per line (up to 10,000). Columns: name, detail, data, destination_0..destination_4; ' +
        'a destination is an E.164 number (+15551234567, TEL) or user@host (SIP); an optional time_zone column (IANA; empty: derived ' +
        'from the numbers). All are created or none.',
    }),
    idempotencyKey: idempotencyKeyField(t, 'the first import\'s createdCount and the outdial as it is now; no target is added again.'),
  }),
});
