// Call actions (domain.md Part B §1.10): an Action interface with one object type per action type, and the
// @oneOf ActionInput. Used by calls and (later) campaigns.
import { builder } from '../builder.ts';
import { AddressInput, AddressRef } from './address.ts';
import { CallHangupReasonEnum } from '../call/call.enums.ts';
import { ACTION_TYPES, type Action } from '../../domain/action.ts';

type Of<T extends Action['type']> = Extract<Action, { type: T }>;

export const ActionTypeEnum = builder.enumType('ActionType', { values: ACTION_TYPES });

export const ActionRef = builder.interfaceRef<Action>('Action').implement({
  description: 'One step run on an answered call.',
  fields: (t) => ({ type: t.field({ type: ActionTypeEnum, resolve: (a) => a.type }) }),
  resolveType: (a) => `${a.type[0]}${a.type.slice(1).toLowerCase()}Action`,
});

builder.objectRef<Of<'TALK'>>('TalkAction').implement({
  description: 'Text-to-speech into the call (about 60 ms per character in the simulator).',
  interfaces: [ActionRef],
  fields: (t) => ({
    text: t.exposeString('text'),
    language: t.exposeString('language', { description: 'IETF language tag, e.g. en-US.' }),
    gender: t.string({ nullable: true, resolve: (a) => a.gender ?? null }),
  }),
});

builder.objectRef<Of<'PLAY'>>('PlayAction').implement({
  description: 'Plays media URLs, in order.',
  interfaces: [ActionRef],
  fields: (t) => ({ streamUrls: t.exposeStringList('streamUrls') }),
});

builder.objectRef<Of<'CONNECT'>>('ConnectAction').implement({
  description: 'Dials the destinations as new calls chained to this one (they end with it).',
  interfaces: [ActionRef],
  fields: (t) => ({
    source: t.field({ type: AddressRef, nullable: true, resolve: (a) => a.source ?? null }),
    destinations: t.field({ type: [AddressRef], resolve: (a) => a.destinations }),
  }),
});

builder.objectRef<Of<'HANGUP'>>('HangupAction').implement({
  description: 'Hangs the call up locally, with this reason (default NORMAL).',
  interfaces: [ActionRef],
  fields: (t) => ({ reason: t.field({ type: CallHangupReasonEnum, nullable: true, resolve: (a) => a.reason ?? null }) }),
});

builder.objectRef<Of<'SLEEP'>>('SleepAction').implement({
  description: 'Waits.',
  interfaces: [ActionRef],
  fields: (t) => ({ duration: t.exposeInt('duration', { description: 'Milliseconds.' }) }),
});

const TalkActionInput = builder.inputType('TalkActionInput', {
  fields: (t) => ({
    text: t.string({ required: true }),
    language: t.string({ required: true, description: 'IETF language tag, e.g. en-US.' }),
    gender: t.string({ description: 'The voice: female, male or neutral (any case; stored lower-case). Omitted: the provider\'s default.' }),
  }),
});
const PlayActionInput = builder.inputType('PlayActionInput', {
  fields: (t) => ({ streamUrls: t.stringList({ required: true, description: 'At least one http(s) URL.' }) }),
});
const ConnectActionInput = builder.inputType('ConnectActionInput', {
  fields: (t) => ({
    source: t.field({ type: AddressInput, description: 'Caller id of the new calls; omitted: the call\'s own source.' }),
    destinations: t.field({ type: [AddressInput], required: true, description: 'TEL or SIP, 1 to 10.' }),
  }),
});
const HangupActionInput = builder.inputType('HangupActionInput', {
  fields: (t) => ({ reason: t.field({ type: CallHangupReasonEnum }) }),
});
const SleepActionInput = builder.inputType('SleepActionInput', {
  fields: (t) => ({ duration: t.int({ required: true, description: 'Milliseconds, 0 to 3,600,000.' }) }),
});

export const ActionInput = builder.inputType('ActionInput', {
  description: 'Exactly one member must be set.',
  isOneOf: true,
  fields: (t) => ({
    talk: t.field({ type: TalkActionInput }),
    play: t.field({ type: PlayActionInput }),
    connect: t.field({ type: ConnectActionInput }),
    hangup: t.field({ type: HangupActionInput }),
    sleep: t.field({ type: SleepActionInput }),
  }),
});
