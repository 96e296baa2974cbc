import { builder } from '../builder.ts';
import { lazyCursors } from '../lazy-cursors.ts';
import { readsColumns } from '../common/columns.ts';
import { ActionRef } from '../common/action.ts';
import { newestFirst, pageArgs } from '../common/pagination.ts';
import { customerOf } from '../common/own-rows.ts';
import { actionsFromJson } from '../../domain/action.ts';
import { progressByCampaign, type CampaignProgress } from '../../domain/campaign-progress.ts';
import { perRequestLoader } from '../common/loader.ts';
import { CampaignCallConnection, CampaignCallFilter } from '../campaign-call/campaign-call.node.ts';
import { OutdialNode } from '../outdial/outdial.node.ts';
import { CampaignEndHandleEnum, CampaignStatusEnum, CampaignTypeEnum } from './campaign.enums.ts';
import { OWN_NODE, UUID_FIELD } from '../global-id.ts';
import { dialingRulesField } from './campaign-dialing-rules.ts';
import { preflightField } from './campaign-preflight.ts';

// One query per request for the progress of every campaign on the page.
const progressLoader = perRequestLoader<CampaignProgress>((ctx, ids) => progressByCampaign(ctx.prisma, customerOf(ctx), ids));

const CampaignProgressRef = builder.objectRef<CampaignProgress>('CampaignProgress').implement({
  description: 'Targets of the campaign\'s outdial (not deleted) and the campaign\'s attempts, for dashboards.',
  fields: (t) => ({
    targetsTotal: t.exposeInt('targetsTotal'),
    targetsIdle: t.exposeInt('targetsIdle'),
    targetsProgressing: t.exposeInt('targetsProgressing'),
    targetsAnswered: t.exposeInt('targetsAnswered', { description: 'DONE with result ANSWERED.' }),
    targetsExhausted: t.exposeInt('targetsExhausted', { description: 'DONE with result EXHAUSTED.' }),
    targetsSuppressed: t.exposeInt('targetsSuppressed', { description: 'DONE with result SUPPRESSED: every destination with tries left is on a do-not-call list.' }),
    targetsStopped: t.exposeInt('targetsStopped', { description: 'DONE with result STOPPED: an outcome rule with STOP_TARGET ended it.' }),
    targetsVoicemail: t.exposeInt('targetsVoicemail', {
      description: 'DONE with result VOICEMAIL: a machine answered and the campaign\'s actions played to it (machine detection LEAVE_MESSAGE).',
    }),
    attempts: t.exposeInt('attempts', { description: 'Campaign calls of the campaign (not deleted).' }),
    callsInFlight: t.exposeInt('callsInFlight', { description: 'Campaign calls not DONE yet.' }),
    percent: t.exposeFloat('percent', { description: 'Share of targets that are DONE, 0..100; 0 when there are no targets.' }),
    targetsOutsideCallingHours: t.exposeInt('targetsOutsideCallingHours', {
      description: 'IDLE targets whose calling window is closed now in their time zone: the dialer skips them, with their tries kept, until it opens.',
    }),
  }),
});

export const CampaignNode = builder.prismaNode('Campaign', {
  description: 'Dials the targets of its outdial as its outplan says, and runs its actions on each answered call.',
  ...OWN_NODE,
  fields: (t) => ({
    uuid: t.expose('id', UUID_FIELD),
    name: t.exposeString('name'),
    detail: t.exposeString('detail'),
    type: t.expose('type', { type: CampaignTypeEnum }),
    status: t.expose('status', { type: CampaignStatusEnum }),
    version: t.exposeInt('version', { description: 'Increases by one on every change.' }),
    endHandle: t.expose('endHandle', { type: CampaignEndHandleEnum }),
    serviceLevel: t.exposeInt('serviceLevel', { description: 'Percent, stored for parity with VoIPbin (dialgraph has no agent queues).' }),
    maxConcurrentCalls: t.exposeInt('maxConcurrentCalls', { description: 'Attempts in flight at most, for this campaign.' }),
    actions: t.field({ type: [ActionRef], description: 'Run on each answered call.', ...readsColumns('actions'), resolve: (c) => actionsFromJson(c.actions) }),
    // Returned even when deleted: the client sees deletedAt.
    outplan: t.relation('outplan', { nullable: true }),
    outdial: t.relation('outdial', { nullable: true }),
    nextCampaign: t.relation('nextCampaign', { nullable: true, description: 'Started when this campaign finishes (endHandle STOP).' }),
    campaignCalls: t.relatedConnection(
      'campaignCalls',
      {
        description: 'The campaign\'s attempts, newest first (deleted ones excluded).',
        cursor: 'createdAt_id',
        extensions: lazyCursors(['createdAt', 'id']),
        totalCount: true,
        validate: pageArgs,
        args: { filter: t.arg({ type: CampaignCallFilter }) },
        query: (args, ctx) => ({
          where: {
            customerId: customerOf(ctx),
            deletedAt: null,
            ...(args.filter?.status ? { status: { in: args.filter.status } } : {}),
            ...(args.filter?.result ? { result: { in: args.filter.result } } : {}),
          },
          orderBy: newestFirst,
        }),
      },
      CampaignCallConnection,
    ),
    dialingRules: t.field(dialingRulesField),
    preflight: t.field(preflightField),
    progress: t.field({ type: CampaignProgressRef, ...readsColumns('id'), resolve: (campaign, _args, ctx) => progressLoader(ctx).load(campaign.id) }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
  }),
});

export const CampaignConnection = builder.connectionObject({ type: CampaignNode, name: 'CampaignConnection' }, { name: 'CampaignEdge' });

export const CampaignFilter = builder.inputType('CampaignFilter', {
  fields: (t) => ({ status: t.field({ type: [CampaignStatusEnum], description: 'Any of these statuses.' }) }),
});

// Outdial.campaign is derived from the campaign's unique outdial key; declared here so the outdial module
// needs no import of this one.
builder.prismaObjectField(OutdialNode, 'campaign', (t) =>
  t.relation('campaign', { nullable: true, description: 'The campaign this outdial is bound to (at most one).' }),
);
