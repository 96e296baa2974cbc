import { builder } from '../builder.ts';
import { idOf } from '../global-id.ts';
import { ownRowById } from '../common/own-rows.ts';
import { CampaignCallNode } from './campaign-call.node.ts';

builder.queryFields((t) => ({
  // Deleted campaign calls stay readable by id (A1).
  campaignCall: t.prismaField({
    type: CampaignCallNode, nullable: true, args: { id: t.arg.id(idOf('CampaignCall', { required: true })) }, resolve: ownRowById('campaignCall', 'CampaignCall'),
  }),
}));
