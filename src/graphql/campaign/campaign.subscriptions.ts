import { builder } from '../builder.ts';
import { NO_ROW_ID, uuidOf } from '../global-id.ts';
import type { Campaign } from '../../generated/prisma/client.ts';
import type { DeliveredEvent } from '../../events/bus.ts';
import { campaignProgressStream } from '../../events/campaign-progress-stream.ts';
import { CampaignNode } from './campaign.node.ts';

builder.subscriptionFields((t) => ({
  campaignStatusChanged: t.field({
    type: CampaignNode,
    description: 'Every change of a campaign\'s status (one campaign, or all of the caller\'s), in order, resolved from the event snapshot.',
    authScopes: { member: true },
    args: { campaignId: t.arg.id() },
    subscribe: (_root, args, ctx) => {
      const id = args.campaignId ? (uuidOf(args.campaignId, 'Campaign') ?? NO_ROW_ID) : null;
      return ctx.events.subscribe<Campaign>('Campaign', ctx.viewer!.customerId, (e) => e.kind === 'STATUS' && (!id || e.entityId === id));
    },
    resolve: (event) => (event as DeliveredEvent<Campaign>).row,
  }),
  campaignProgressChanged: t.field({
    type: CampaignNode,
    description:
      'Progress of one campaign, or of all the caller\'s campaigns: the campaign as it is now, at most four times a second per ' +
      'campaign; the last change is always delivered.',
    authScopes: { member: true },
    args: { campaignId: t.arg.id() },
    subscribe: (_root, args, ctx) =>
      campaignProgressStream({
        prisma: ctx.prisma, events: ctx.events, customerId: ctx.viewer!.customerId,
        campaignId: args.campaignId ? (uuidOf(args.campaignId, 'Campaign') ?? NO_ROW_ID) : null,
      }),
    resolve: (campaign) => campaign as Campaign,
  }),
}));
