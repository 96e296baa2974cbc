import { builder } from '../builder.ts';
import { idOf, typedIdArg } from '../global-id.ts';
import { customerOf, newestFirstConnection } from '../common/own-rows.ts';
import { DncListConnection, DncListNode } from './dnc-list.node.ts';

builder.queryFields((t) => ({
  dncList: t.prismaField({
    type: DncListNode,
    nullable: true,
    description: 'One of your do-not-call lists; null when it is missing, deleted or not yours.',
    args: { id: t.arg.id(idOf('DncList', { required: true })) },
    resolve: (query, _root, args, ctx) => {
      const id = typedIdArg(args.id, 'DncList', 'dncList(id:)');
      return id ? ctx.prisma.dncList.findFirst({ ...query, where: { id, customerId: customerOf(ctx), deletedAt: null } }) : null;
    },
  }),
  dncLists: t.prismaConnection(
    {
      type: 'DncList',
      description: 'Your do-not-call lists (not deleted), newest first.',
      ...newestFirstConnection('dncList', (_args: object, customerId) => ({ customerId, deletedAt: null })),
    },
    DncListConnection,
  ),
}));
