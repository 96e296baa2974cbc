import { builder } from '../builder.ts';
import { idOf, optionalIdArg } from '../global-id.ts';
import { campaignProgressStream } from '../../domain/campaign-progress-stream.ts';
import { CampaignNode } from './campaign.node.ts';
import { replayFrom, SINCE_DESCRIPTION } from '../common/replay.ts';

builder.subscriptionFields((t) => {
  const member = t.withAuth({ member: true });
  return {
    campaignStatusChanged: member.field({
      type: CampaignNode,
      description: 'Every change of a campaign\'s status (one campaign, or all of the caller\'s), in order, resolved from the event snapshot.',
      args: { campaignId: t.arg.id(idOf('Campaign')), since: t.arg({ type: 'DateTime', description: SINCE_DESCRIPTION }) },
      subscribe: (_root, args, ctx) => {
        const id = optionalIdArg(args.campaignId, 'Campaign', 'campaignStatusChanged(campaignId:)');
        return ctx.bus.subscribe('Campaign', ctx.viewer.customerId, (e) => e.kind === 'STATUS' && (!id || e.entityId === id), replayFrom(args.since, ctx));
      },
      resolve: (event) => event.row,
    }),
    campaignProgressChanged: member.field({
      type: CampaignNode,
      description:
        'Progress of one campaign, or of all the caller\'s campaigns: the campaign as it is now, at most four times a second per ' +
        'campaign; the last change is always delivered.',
      args: { campaignId: t.arg.id(idOf('Campaign')), since: t.arg({ type: 'DateTime', description: SINCE_DESCRIPTION }) },
      subscribe: (_root, args, ctx) =>
        campaignProgressStream({
          prisma: ctx.prisma, bus: ctx.bus, customerId: ctx.viewer.customerId,
          campaignId: optionalIdArg(args.campaignId, 'Campaign', 'campaignProgressChanged(campaignId:)'),
          ...replayFrom(args.since, ctx),
        }),
      resolve: (campaign) => campaign,
    }),
  };
});
