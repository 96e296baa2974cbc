import { builder } from '../builder.ts';
import { idOf } from '../global-id.ts';
import { ActionInput } from '../common/action.ts';
import { idempotencyKeyField } from '../common/idempotency-key.ts';
import { CampaignEndHandleEnum, CampaignStatusChangeEnum, CampaignTypeEnum } from './campaign.enums.ts';

export const CampaignCreateInput = builder.inputType('CampaignCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    detail: t.string(),
    type: t.field({ type: CampaignTypeEnum, defaultValue: 'CALL', description: 'Only CALL is supported.' }),
    endHandle: t.field({ type: CampaignEndHandleEnum, defaultValue: 'STOP' }),
    serviceLevel: t.int({ defaultValue: 0, description: 'Percent, 0 to 100; stored for parity.' }),
    maxConcurrentCalls: t.int({ defaultValue: 10, description: 'Attempts in flight at most, 1 to 1,000.' }),
    actions: t.field({ type: [ActionInput], description: 'Run on each answered call.' }),
    outplanId: t.id(idOf('Outplan')),
    outdialId: t.id(idOf('Outdial', { description: 'An outdial no other campaign holds (else CONFLICT).' })),
    nextCampaignId: t.id(idOf('Campaign')),
  }),
});

export const CampaignUpdateInput = builder.inputType('CampaignUpdateInput', {
  fields: (t) => ({
    id: t.id(idOf('Campaign', { required: true })),
    name: t.string({ description: 'Omitted: unchanged.' }),
    detail: t.string({ description: 'Omitted: unchanged; null clears.' }),
    endHandle: t.field({ type: CampaignEndHandleEnum, description: 'Omitted: unchanged.' }),
    serviceLevel: t.int({ description: 'Omitted: unchanged.' }),
    maxConcurrentCalls: t.int({ description: 'Omitted: unchanged.' }),
  }),
});

export const CampaignUpdateStatusInput = builder.inputType('CampaignUpdateStatusInput', {
  fields: (t) => ({
    id: t.id(idOf('Campaign', { required: true })),
    status: t.field({ type: CampaignStatusChangeEnum, required: true }),
    hangupActiveCalls: t.boolean({ defaultValue: false, description: 'With STOP: also hang up the calls in flight instead of letting them finish.' }),
    idempotencyKey: idempotencyKeyField(
      t, 'the campaign as it is now; the status is not applied again (a RUN replayed after a later STOP leaves the campaign stopped).',
    ),
  }),
});

export const CampaignUpdateServiceLevelInput = builder.inputType('CampaignUpdateServiceLevelInput', {
  fields: (t) => ({
    id: t.id(idOf('Campaign', { required: true })),
    serviceLevel: t.int({ required: true }),
  }),
});

export const CampaignUpdateResourceInfoInput = builder.inputType('CampaignUpdateResourceInfoInput', {
  description: 'Omitted: unchanged; null clears. While the campaign runs its outdial cannot change, its outplan can.',
  fields: (t) => ({
    id: t.id(idOf('Campaign', { required: true })),
    outplanId: t.id(idOf('Outplan')),
    outdialId: t.id(idOf('Outdial')),
    nextCampaignId: t.id(idOf('Campaign')),
  }),
});

export const CampaignUpdateActionsInput = builder.inputType('CampaignUpdateActionsInput', {
  fields: (t) => ({
    id: t.id(idOf('Campaign', { required: true })),
    actions: t.field({ type: [ActionInput], required: true }),
  }),
});

export const CampaignUpdateNextCampaignInput = builder.inputType('CampaignUpdateNextCampaignInput', {
  fields: (t) => ({
    id: t.id(idOf('Campaign', { required: true })),
    nextCampaignId: t.id(idOf('Campaign', { description: 'null unchains.' })),
  }),
});
