import { builder } from '../builder.ts';
import { readsColumns } from '../common/columns.ts';
import { AddressRef, addressFromJson } from '../common/address.ts';
import { ActionRef } from '../common/action.ts';
import { actionsFromJson } from '../../domain/action.ts';
import { CallDirectionEnum, CallHangupByEnum, CallHangupReasonEnum, CallStatusEnum, CallTypeEnum } from './call.enums.ts';
import { OWN_NODE, UUID_FIELD } from '../global-id.ts';

export const CallNode = builder.prismaNode('Call', {
  description: 'One call leg, driven through the call status machine by the telephony provider.',
  ...OWN_NODE,
  fields: (t) => ({
    uuid: t.expose('id', UUID_FIELD),
    status: t.expose('status', { type: CallStatusEnum }),
    version: t.exposeInt('version', { description: 'Increases by one on every change.' }),
    direction: t.expose('direction', { type: CallDirectionEnum }),
    type: t.expose('type', { type: CallTypeEnum, description: 'FLOW for a call that runs its actions, CONNECT for a leg a CONNECT action dialed.' }),
    source: t.field({ type: AddressRef, ...readsColumns('source'), resolve: (c) => addressFromJson(c.source)! }),
    destination: t.field({ type: AddressRef, ...readsColumns('destination'), resolve: (c) => addressFromJson(c.destination)! }),
    actions: t.field({ type: [ActionRef], description: 'Run once the call is answered.', ...readsColumns('actions'), resolve: (c) => actionsFromJson(c.actions) }),
    masterCall: t.relation('masterCall', { nullable: true, description: 'The call whose CONNECT action dialed this one (and that it is bridged to once answered).' }),
    chainedCalls: t.relation('chainedCalls', {
      description: 'Calls dialed by this call\'s CONNECT actions, oldest first; hung up when this call hangs up, and the one bridged to it hangs it up when it ends.',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
    hangupBy: t.expose('hangupBy', { type: CallHangupByEnum, nullable: true }),
    hangupReason: t.expose('hangupReason', { type: CallHangupReasonEnum, nullable: true }),
    ringingAt: t.expose('ringingAt', { type: 'DateTime', nullable: true }),
    progressingAt: t.expose('progressingAt', { type: 'DateTime', nullable: true, description: 'When the call was answered.' }),
    hangupAt: t.expose('hangupAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
  }),
});

export const CallConnection = builder.connectionObject({ type: CallNode, name: 'CallConnection' }, { name: 'CallEdge' });
