import { builder } from '../builder.ts';
import { uuidOf } from '../global-id.ts';
import { CampaignCallNode } from './campaign-call.node.ts';

builder.queryFields((t) => ({
  campaignCall: t.prismaField({
    type: CampaignCallNode,
    nullable: true,
    authScopes: { member: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => {
      const id = uuidOf(args.id, 'CampaignCall');
      if (!id) return null;
      // Deleted campaign calls stay readable by id (A1).
      return ctx.prisma.campaignCall.findFirst({ ...query, where: { id, customerId: ctx.viewer!.customerId } });
    },
  }),
}));
