import { builder } from '../builder.ts';

export const OutdialCreateInput = builder.inputType('OutdialCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    detail: t.string(),
    data: t.string({ description: 'Opaque custom string (up to 64 KiB), stored as given.' }),
  }),
});

export const OutdialUpdateInput = builder.inputType('OutdialUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string({ description: 'Omitted: unchanged.' }),
    detail: t.string({ description: 'Omitted: unchanged; null clears.' }),
  }),
});

export const OutdialUpdateDataInput = builder.inputType('OutdialUpdateDataInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    data: t.string({ required: true }),
  }),
});
