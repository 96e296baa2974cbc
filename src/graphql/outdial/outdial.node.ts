import { builder } from '../builder.ts';
import { lazyCursors } from '../lazy-cursors.ts';
import { readsColumns } from '../common/columns.ts';
import { newestFirst, pageArgs } from '../common/pagination.ts';
import { customerOf, liveUnless } from '../common/own-rows.ts';
import { targetStatsByOutdial, type TargetStats } from '../../domain/outdial.ts';
import { perRequestLoader } from '../common/loader.ts';
import { OutdialTargetConnection, OutdialTargetFilter } from '../outdial-target/outdial-target.node.ts';
import { idOf, OWN_NODE, UUID_FIELD } from '../global-id.ts';
import { targetSearchWhere } from '../../domain/search.ts';
import { DuplicateTargetPolicyEnum } from './duplicate-target-policy.ts';

// One grouped count per request for every outdial on the page, instead of one per outdial.
const statsLoader = perRequestLoader<TargetStats>((ctx, ids) => targetStatsByOutdial(ctx.prisma, customerOf(ctx), ids));

const OutdialTargetStatsRef = builder.objectRef<TargetStats>('OutdialTargetStats').implement({
  description: 'Targets (not deleted) by status.',
  fields: (t) => ({
    total: t.exposeInt('total'),
    idle: t.exposeInt('idle'),
    progressing: t.exposeInt('progressing'),
    done: t.exposeInt('done'),
  }),
});

export const OutdialNode = builder.prismaNode('Outdial', {
  description: 'A named list of targets to call.',
  ...OWN_NODE,
  fields: (t) => ({
    uuid: t.expose('id', UUID_FIELD),
    name: t.exposeString('name'),
    detail: t.exposeString('detail'),
    data: t.exposeString('data', { description: 'Opaque custom string, stored as given.' }),
    version: t.exposeInt('version', { description: 'Increases by one on every change.' }),
    duplicateTargets: t.expose('duplicateTargets', {
      type: DuplicateTargetPolicyEnum,
      description: 'What a target whose first destination the outdial already has does (see DuplicateTargetPolicy). Outdials made before the choice existed are ALLOW.',
    }),
    targets: t.relatedConnection(
      'targets',
      {
        cursor: 'createdAt_id',
        extensions: lazyCursors(['createdAt', 'id']),
        totalCount: true,
        validate: pageArgs,
        args: {
          filter: t.arg({ type: OutdialTargetFilter }),
          includeDeleted: t.arg.boolean({ defaultValue: false }),
        },
        // customerId too: the parent is already the caller's, but the rows are filtered on their own key as well.
        query: (args, ctx) => ({
          where: {
            customerId: customerOf(ctx),
            ...liveUnless(args.includeDeleted),
            ...(args.filter?.status ? { status: { in: args.filter.status } } : {}),
            ...targetSearchWhere(args.filter?.search),
          },
          orderBy: newestFirst,
        }),
      },
      OutdialTargetConnection,
    ),
    targetStats: t.field({
      type: OutdialTargetStatsRef,
      description: 'Live counts by status, for dashboards.',
      ...readsColumns('id'),
      resolve: (outdial, _args, ctx) => statsLoader(ctx).load(outdial.id),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
  }),
});

export const OutdialConnection = builder.connectionObject({ type: OutdialNode, name: 'OutdialConnection' }, { name: 'OutdialEdge' });

export const OutdialFilter = builder.inputType('OutdialFilter', {
  fields: (t) => ({
    name: t.string({ description: 'Case-insensitive substring of the name.' }),
    campaignId: t.id(idOf('Campaign', { description: 'The outdial bound to this campaign.' })),
  }),
});
