import { builder } from '../builder.ts';
import { lazyCursors } from '../lazy-cursors.ts';
import { readsColumns } from '../common/columns.ts';
import { AddressRef, addressFromJson } from '../common/address.ts';
import { newestFirst, pageArgs } from '../common/pagination.ts';
import { customerOf } from '../common/own-rows.ts';
import { CampaignCallResult, CampaignCallStatus } from '../../generated/prisma/client.ts';
import { CallNode } from '../call/call.node.ts';
import { OutdialTargetNode } from '../outdial-target/outdial-target.node.ts';
import { OWN_NODE, UUID_FIELD } from '../global-id.ts';
import { AttemptOutcomeEnum } from '../outplan/outcome-rules.ts';

export const CampaignCallStatusEnum = builder.enumType(CampaignCallStatus, {
  name: 'CampaignCallStatus',
  description: 'DIALING at creation, PROGRESSING once the call is answered, DONE when it ended.',
});
export const CampaignCallResultEnum = builder.enumType(CampaignCallResult, {
  name: 'CampaignCallResult',
  description: 'SUCCESS: answered and ended normally (by a person, or a machine that got the message with machine detection LEAVE_MESSAGE: outcome MACHINE); CANCELED_BY_OPERATOR: hung up before answer at an operator\'s request (campaignUpdateStatus STOP with hangupActiveCalls, or callHangup), so the try is given back and the target is dialed again within its budget when the campaign runs; FAIL: anything else.',
});

export const CampaignCallNode = builder.prismaNode('CampaignCall', {
  description: 'One dial attempt of one destination of one target.',
  ...OWN_NODE,
  fields: (t) => ({
    uuid: t.expose('id', UUID_FIELD),
    campaign: t.relation('campaign'),
    outdialTarget: t.relation('outdialTarget'),
    call: t.relation('call', { nullable: true, description: 'The call placed for this attempt; null if none could be created.' }),
    status: t.expose('status', { type: CampaignCallStatusEnum }),
    result: t.expose('result', { type: CampaignCallResultEnum, nullable: true }),
    outcome: t.expose('outcome', {
      type: AttemptOutcomeEnum,
      nullable: true,
      description: 'How the attempt ended when no person answered; the outplan\'s outcome rule for it decided what followed. ' +
        'Null when a person answered, while in flight, and when an operator canceled it before answer (CANCELED_BY_OPERATOR: not the callee\'s outcome).',
    }),
    version: t.exposeInt('version', { description: 'Increases by one on every change.' }),
    source: t.field({
      type: AddressRef, nullable: true, description: 'The outplan\'s caller id at attempt time.', ...readsColumns('source'), resolve: (c) => addressFromJson(c.source),
    }),
    destination: t.field({
      type: AddressRef, description: 'The target\'s destination that was dialed.', ...readsColumns('destination'), resolve: (c) => addressFromJson(c.destination)!,
    }),
    destinationIndex: t.exposeInt('destinationIndex', { description: 'The slot dialed, 0..4.' }),
    tryCount: t.exposeInt('tryCount', { description: 'Attempt number on that slot, from 1.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
  }),
});

export const CampaignCallConnection = builder.connectionObject(
  { type: CampaignCallNode, name: 'CampaignCallConnection' },
  { name: 'CampaignCallEdge' },
);

export const CampaignCallFilter = builder.inputType('CampaignCallFilter', {
  fields: (t) => ({
    status: t.field({ type: [CampaignCallStatusEnum], description: 'Any of these statuses.' }),
    result: t.field({ type: [CampaignCallResultEnum], description: 'Any of these results.' }),
  }),
});

// Fields of other modules' types that lead to campaign calls, declared here so those modules need not import
// this one (no import cycles).

builder.prismaObjectField(OutdialTargetNode, 'campaignCalls', (t) =>
  t.relatedConnection(
    'campaignCalls',
    {
      description: 'Every attempt on this target, newest first (deleted campaign calls excluded).',
      cursor: 'createdAt_id',
      extensions: lazyCursors(['createdAt', 'id']),
      totalCount: true,
      validate: pageArgs,
      query: (_args, ctx) => ({ where: { customerId: customerOf(ctx), deletedAt: null }, orderBy: newestFirst }),
    },
    CampaignCallConnection,
  ),
);

builder.prismaObjectField(CallNode, 'campaignCall', (t) =>
  t.relation('campaignCall', { nullable: true, description: 'The campaign attempt that placed this call; null for calls from callCreate.' }),
);
