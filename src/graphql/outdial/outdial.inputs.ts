import { builder } from '../builder.ts';
import { idOf } from '../global-id.ts';
import { DuplicateTargetPolicyEnum } from './duplicate-target-policy.ts';

export const OutdialCreateInput = builder.inputType('OutdialCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    detail: t.string(),
    data: t.string({ description: 'Opaque custom string (up to 64 KiB), stored as given.' }),
    campaignId: t.id(idOf('Campaign', { description: 'Binds the new outdial to this campaign (it replaces the campaign\'s outdial, if any).' })),
    duplicateTargets: t.field({ type: DuplicateTargetPolicyEnum, description: 'Duplicate targets (same first destination): REFUSE when omitted.' }),
  }),
});

export const OutdialUpdateCampaignInput = builder.inputType('OutdialUpdateCampaignInput', {
  fields: (t) => ({
    id: t.id(idOf('Outdial', { required: true })),
    campaignId: t.id(idOf('Campaign', { description: 'null unbinds the outdial.' })),
  }),
});

export const OutdialUpdateInput = builder.inputType('OutdialUpdateInput', {
  fields: (t) => ({
    id: t.id(idOf('Outdial', { required: true })),
    name: t.string({ description: 'Omitted: unchanged.' }),
    detail: t.string({ description: 'Omitted: unchanged; null clears.' }),
    duplicateTargets: t.field({
      type: DuplicateTargetPolicyEnum,
      description:
        'Omitted or null: unchanged. REFUSE or SKIP is refused (CONFLICT, naming one pair) while two live targets share a first destination; ' +
        'delete one of each pair first.',
    }),
  }),
});

export const OutdialUpdateDataInput = builder.inputType('OutdialUpdateDataInput', {
  fields: (t) => ({
    id: t.id(idOf('Outdial', { required: true })),
    data: t.string({ required: true }),
  }),
});
