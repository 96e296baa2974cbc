import { builder } from '../builder.ts';
import { idOf } from '../global-id.ts';
import { AddressInput } from '../common/address.ts';
import { ActionInput } from '../common/action.ts';
import { idempotencyKeyField } from '../common/idempotency-key.ts';
import { CallDirectionEnum, CallStatusEnum } from './call.enums.ts';
import { z } from 'zod';
import { MAX_SEARCH } from '../../domain/search.ts';

export const CallCreateInput = builder.inputType('CallCreateInput', {
  fields: (t) => ({
    source: t.field({ type: AddressInput, required: true, description: 'Caller id: TEL or SIP.' }),
    destinations: t.field({ type: [AddressInput], required: true, description: 'TEL or SIP, 1 to 100: one call each.' }),
    actions: t.field({ type: [ActionInput], required: true, description: 'Run on every call once it is answered; at least one (a call with none would hang up at once).' }),
    idempotencyKey: idempotencyKeyField(t, 'the calls it created, as they are now; no call is placed again.'),
  }),
});

export const CallHangupInput = builder.inputType('CallHangupInput', {
  fields: (t) => ({ id: t.id(idOf('Call', { required: true })) }),
});

export const CallFilter = builder.inputType('CallFilter', {
  fields: (t) => ({
    status: t.field({ type: [CallStatusEnum], description: 'Any of these statuses.' }),
    direction: t.field({ type: CallDirectionEnum }),
    campaignId: t.id(idOf('Campaign', { description: 'Calls placed by this campaign\'s attempts, and the legs their CONNECT actions dialed.' })),
    search: t.string({
      description: 'Calls to a destination that starts with this: a phone number or its start, typed any way ("+1 (555) 123"), or a SIP address. At most 100 characters.',
      validate: z.string().max(MAX_SEARCH, `search is at most ${MAX_SEARCH} characters.`),
    }),
  }),
});
