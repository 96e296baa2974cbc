import { builder } from '../builder.ts';
import { idOf } from '../global-id.ts';
import { liveUnless, newestFirstConnection, ownRowById } from '../common/own-rows.ts';
import { OutplanConnection, OutplanNode } from './outplan.node.ts';

builder.queryFields((t) => ({
  outplan: t.prismaField({ type: OutplanNode, nullable: true, args: { id: t.arg.id(idOf('Outplan', { required: true })) }, resolve: ownRowById('outplan', 'Outplan') }),
  outplans: t.prismaConnection(
    {
      type: 'Outplan',
      args: { includeDeleted: t.arg.boolean({ defaultValue: false }) },
      ...newestFirstConnection('outplan', (args: { includeDeleted?: boolean | null }, customerId) => ({ customerId, ...liveUnless(args.includeDeleted) })),
    },
    OutplanConnection,
  ),
}));
