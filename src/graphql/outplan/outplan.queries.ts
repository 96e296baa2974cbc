import { builder } from '../builder.ts';
import { newestFirst, pageArgs } from '../common/pagination.ts';
import { uuidOf } from '../global-id.ts';
import { OutplanConnection, OutplanNode } from './outplan.node.ts';

builder.queryFields((t) => ({
  outplan: t.prismaField({
    type: OutplanNode,
    nullable: true,
    authScopes: { member: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => {
      const id = uuidOf(args.id, 'Outplan');
      if (!id) return null;
      return ctx.prisma.outplan.findFirst({ ...query, where: { id, customerId: ctx.viewer!.customerId } });
    },
  }),
  outplans: t.prismaConnection(
    {
      type: 'Outplan',
      cursor: 'createdAt_id',
      authScopes: { member: true },
      args: { includeDeleted: t.arg.boolean({ defaultValue: false }) },
      validate: pageArgs,
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.outplan.findMany({
          ...query,
          where: { customerId: ctx.viewer!.customerId, ...(args.includeDeleted ? {} : { deletedAt: null }) },
          orderBy: newestFirst,
        }),
      totalCount: (_parent, args, ctx) =>
        ctx.prisma.outplan.count({
          where: { customerId: ctx.viewer!.customerId, ...(args.includeDeleted ? {} : { deletedAt: null }) },
        }),
    },
    OutplanConnection,
  ),
}));
