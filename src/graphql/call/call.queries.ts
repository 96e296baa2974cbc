import { builder } from '../builder.ts';
import { newestFirst, pageArgs } from '../common/pagination.ts';
import { NO_ROW_ID, uuidOf } from '../global-id.ts';
import type { Prisma as PrismaNamespace } from '../../generated/prisma/client.ts';
import { CallConnection, CallNode } from './call.node.ts';
import { CallFilter } from './call.inputs.ts';

builder.queryFields((t) => ({
  call: t.prismaField({
    type: CallNode,
    nullable: true,
    authScopes: { member: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => {
      const id = uuidOf(args.id, 'Call');
      if (!id) return null;
      // Deleted calls stay readable by id (A1).
      return ctx.prisma.call.findFirst({ ...query, where: { id, customerId: ctx.viewer!.customerId } });
    },
  }),
  calls: t.prismaConnection(
    {
      type: 'Call',
      cursor: 'createdAt_id',
      authScopes: { member: true },
      args: { filter: t.arg({ type: CallFilter }), includeDeleted: t.arg.boolean({ defaultValue: false }) },
      validate: pageArgs,
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.call.findMany({ ...query, where: callsWhere(ctx.viewer!.customerId, args), orderBy: newestFirst }),
      totalCount: (_parent, args, ctx) => ctx.prisma.call.count({ where: callsWhere(ctx.viewer!.customerId, args) }),
    },
    CallConnection,
  ),
}));

function callsWhere(
  customerId: string,
  args: {
    filter?: { status?: PrismaNamespace.CallWhereInput['status'][] | null; direction?: 'INCOMING' | 'OUTGOING' | null; campaignId?: string | null } | null;
    includeDeleted?: boolean | null;
  },
): PrismaNamespace.CallWhereInput {
  const { filter } = args;
  return {
    customerId,
    ...(args.includeDeleted ? {} : { deletedAt: null }),
    ...(filter?.status ? { status: { in: filter.status as never } } : {}),
    ...(filter?.direction ? { direction: filter.direction } : {}),
    // The call's own campaign_id column; a malformed id, or another customer's campaign, matches nothing.
    ...(filter?.campaignId ? { campaignId: uuidOf(filter.campaignId, 'Campaign') ?? NO_ROW_ID } : {}),
  };
}
