import { builder } from '../builder.ts';
import { newestFirst, pageArgs } from '../common/pagination.ts';
import { NO_ROW_ID, uuidOf } from '../global-id.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { OutdialConnection, OutdialFilter, OutdialNode } from './outdial.node.ts';

function outdialsWhere(
  customerId: string,
  args: { includeDeleted?: boolean | null; filter?: { name?: string | null; campaignId?: string | null } | null },
): Prisma.OutdialWhereInput {
  const campaignId = args.filter?.campaignId;
  return {
    customerId,
    ...(args.includeDeleted ? {} : { deletedAt: null }),
    ...(args.filter?.name ? { name: { contains: args.filter.name, mode: 'insensitive' as const } } : {}),
    // A malformed id, or another customer's campaign, simply matches nothing.
    ...(campaignId ? { campaign: { is: { id: uuidOf(campaignId, 'Campaign') ?? NO_ROW_ID, customerId } } } : {}),
  };
}

builder.queryFields((t) => ({
  outdial: t.prismaField({
    type: OutdialNode,
    nullable: true,
    authScopes: { member: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => {
      const id = uuidOf(args.id, 'Outdial');
      if (!id) return null;
      return ctx.prisma.outdial.findFirst({ ...query, where: { id, customerId: ctx.viewer!.customerId } });
    },
  }),
  outdials: t.prismaConnection(
    {
      type: 'Outdial',
      cursor: 'createdAt_id',
      authScopes: { member: true },
      args: {
        filter: t.arg({ type: OutdialFilter }),
        includeDeleted: t.arg.boolean({ defaultValue: false }),
      },
      validate: pageArgs,
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.outdial.findMany({ ...query, where: outdialsWhere(ctx.viewer!.customerId, args), orderBy: newestFirst }),
      totalCount: (_parent, args, ctx) => ctx.prisma.outdial.count({ where: outdialsWhere(ctx.viewer!.customerId, args) }),
    },
    OutdialConnection,
  ),
}));
