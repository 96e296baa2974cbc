import { builder } from '../builder.ts';
import { newestFirst, pageArgs } from '../common/pagination.ts';
import { uuidOf } from '../global-id.ts';
import type { CampaignStatus, Prisma } from '../../generated/prisma/client.ts';
import { CampaignConnection, CampaignFilter, CampaignNode } from './campaign.node.ts';

function campaignsWhere(customerId: string, args: { includeDeleted?: boolean | null; filter?: { status?: CampaignStatus[] | null } | null }): Prisma.CampaignWhereInput {
  return {
    customerId,
    ...(args.includeDeleted ? {} : { deletedAt: null }),
    ...(args.filter?.status ? { status: { in: args.filter.status } } : {}),
  };
}

builder.queryFields((t) => ({
  campaign: t.prismaField({
    type: CampaignNode,
    nullable: true,
    authScopes: { member: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => {
      const id = uuidOf(args.id, 'Campaign');
      if (!id) return null;
      // Deleted campaigns stay readable by id (A1).
      return ctx.prisma.campaign.findFirst({ ...query, where: { id, customerId: ctx.viewer!.customerId } });
    },
  }),
  campaigns: t.prismaConnection(
    {
      type: 'Campaign',
      cursor: 'createdAt_id',
      authScopes: { member: true },
      args: {
        filter: t.arg({ type: CampaignFilter }),
        includeDeleted: t.arg.boolean({ defaultValue: false }),
      },
      validate: pageArgs,
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.campaign.findMany({ ...query, where: campaignsWhere(ctx.viewer!.customerId, args), orderBy: newestFirst }),
      totalCount: (_parent, args, ctx) => ctx.prisma.campaign.count({ where: campaignsWhere(ctx.viewer!.customerId, args) }),
    },
    CampaignConnection,
  ),
}));
