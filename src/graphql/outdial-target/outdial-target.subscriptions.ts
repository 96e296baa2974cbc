import { builder } from '../builder.ts';
import { idOf, NO_ROW_ID, optionalIdArg } from '../global-id.ts';
import { OutdialTargetNode } from './outdial-target.node.ts';
import { replayFrom, SINCE_DESCRIPTION } from '../common/replay.ts';
import { followCampaignOutdial, withCleanup } from '../../domain/campaign-outdial.ts';

builder.subscriptionField('outdialTargetStatusChanged', (t) =>
  t.withAuth({ member: true }).field({
    type: OutdialTargetNode,
    description:
      'Every change of a target\'s status or try counts (the dialer\'s attempts and their outcomes, resets), in version order, ' +
      'resolved from the event snapshot. Scoped to one outdial, or to a campaign: the targets of the outdial it holds at each ' +
      'change (it follows the campaign to another outdial).',
    args: { outdialId: t.arg.id(idOf('Outdial')), campaignId: t.arg.id(idOf('Campaign')), since: t.arg({ type: 'DateTime', description: SINCE_DESCRIPTION }) },
    subscribe: async (_root, args, ctx) => {
      const customerId = ctx.viewer.customerId;
      const replay = replayFrom(args.since, ctx);
      const outdialId = optionalIdArg(args.outdialId, 'Outdial', 'outdialTargetStatusChanged(outdialId:)');
      // Another customer's campaign, or one without an outdial, streams nothing (like a missing row).
      const campaignId = optionalIdArg(args.campaignId, 'Campaign', 'outdialTargetStatusChanged(campaignId:)');
      const campaign = args.campaignId ? await followCampaignOutdial(ctx, customerId, campaignId) : null;
      const events = ctx.bus.subscribe('OutdialTarget', customerId, (e) =>
        e.kind === 'STATUS' &&
        (!outdialId || e.row.outdialId === outdialId) &&
        (!campaign || (campaign.current() !== null && e.row.outdialId === campaign.current())),
        replay,
      );
      return campaign ? withCleanup(events, () => campaign.close()) : events;
    },
    resolve: (event) => event.row,
  }),
);
