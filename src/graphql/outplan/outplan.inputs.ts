import { builder } from '../builder.ts';
import { idOf } from '../global-id.ts';
import { AddressInput } from '../common/address.ts';

export const OutplanCreateInput = builder.inputType('OutplanCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    detail: t.string(),
    source: t.field({ type: AddressInput }),
    dialTimeout: t.int({ required: true, description: 'Milliseconds, 1,000 to 600,000.' }),
    tryInterval: t.int({ required: true, description: 'Milliseconds, 0 or 1,000 to 86,400,000.' }),
    maxTryCounts: t.intList({ required: true, description: 'Up to five budgets (0 to 100); missing slots are 0.' }),
  }),
});

export const OutplanUpdateInput = builder.inputType('OutplanUpdateInput', {
  fields: (t) => ({
    id: t.id(idOf('Outplan', { required: true })),
    name: t.string({ description: 'Omitted: unchanged.' }),
    detail: t.string({ description: 'Omitted: unchanged; null clears.' }),
  }),
});

export const OutplanUpdateDialInfoInput = builder.inputType('OutplanUpdateDialInfoInput', {
  description: 'Replaces every dial field; an omitted source clears it.',
  fields: (t) => ({
    id: t.id(idOf('Outplan', { required: true })),
    source: t.field({ type: AddressInput }),
    dialTimeout: t.int({ required: true, description: 'Milliseconds, 1,000 to 600,000.' }),
    tryInterval: t.int({ required: true, description: 'Milliseconds, 0 or 1,000 to 86,400,000.' }),
    maxTryCounts: t.intList({ required: true, description: 'Up to five budgets (0 to 100); missing slots are 0.' }),
  }),
});
