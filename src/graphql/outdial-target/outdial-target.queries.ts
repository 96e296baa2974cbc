import { builder } from '../builder.ts';
import { idOf } from '../global-id.ts';
import { ownRowById } from '../common/own-rows.ts';
import { OutdialTargetNode } from './outdial-target.node.ts';

builder.queryFields((t) => ({
  outdialTarget: t.prismaField({
    type: OutdialTargetNode, nullable: true, args: { id: t.arg.id(idOf('OutdialTarget', { required: true })) }, resolve: ownRowById('outdialTarget', 'OutdialTarget'),
  }),
}));
