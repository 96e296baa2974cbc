import { builder } from '../builder.ts';

export const OutdialCreateInput = builder.inputType('OutdialCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    detail: t.string(),
    data: t.string({ description: 'Opaque custom string (up to 64 KiB), stored as given.' }),
    campaignId: t.id({ description: 'Binds the new outdial to this campaign (it replaces the campaign\'s outdial, if any).' }),
  }),
});

export const OutdialUpdateCampaignInput = builder.inputType('OutdialUpdateCampaignInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    campaignId: t.id({ description: 'null unbinds the outdial.' }),
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
