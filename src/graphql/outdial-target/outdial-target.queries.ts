import { builder } from '../builder.ts';
import { uuidOf } from '../global-id.ts';
import { OutdialTargetNode } from './outdial-target.node.ts';

builder.queryFields((t) => ({
  outdialTarget: t.prismaField({
    type: OutdialTargetNode,
    nullable: true,
    authScopes: { member: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => {
      const id = uuidOf(args.id, 'OutdialTarget');
      if (!id) return null;
      return ctx.prisma.outdialTarget.findFirst({ ...query, where: { id, customerId: ctx.viewer!.customerId } });
    },
  }),
}));
