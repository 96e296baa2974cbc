import { builder } from '../builder.ts';
import { AddressInput } from '../common/address.ts';
import { ActionInput } from '../common/action.ts';
import { CallDirectionEnum, CallStatusEnum } from './call.enums.ts';

export const CallCreateInput = builder.inputType('CallCreateInput', {
  fields: (t) => ({
    source: t.field({ type: AddressInput, required: true, description: 'Caller id: TEL or SIP.' }),
    destinations: t.field({ type: [AddressInput], required: true, description: 'TEL or SIP, 1 to 100: one call each.' }),
    actions: t.field({ type: [ActionInput], required: true, description: 'Run on every call once it is answered.' }),
  }),
});

export const CallHangupInput = builder.inputType('CallHangupInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

export const CallFilter = builder.inputType('CallFilter', {
  fields: (t) => ({
    status: t.field({ type: [CallStatusEnum], description: 'Any of these statuses.' }),
    direction: t.field({ type: CallDirectionEnum }),
    campaignId: t.id({ description: 'Calls placed by this campaign\'s attempts, and the legs their CONNECT actions dialed.' }),
  }),
});
