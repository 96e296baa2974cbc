import { builder } from '../builder.ts';
import { idOf, NO_ROW_ID, optionalIdArg } from '../global-id.ts';
import { OutdialTargetNode } from './outdial-target.node.ts';
import { replayFrom, SINCE_DESCRIPTION } from '../common/replay.ts';

builder.subscriptionField('outdialTargetStatusChanged', (t) =>
  t.withAuth({ member: true }).field({
    type: OutdialTargetNode,
    description:
      'Every change of a target\'s status or try counts (the dialer\'s attempts and their outcomes, resets), in version order, ' +
      'resolved from the event snapshot. Scoped to one outdial, or to the outdial the campaign holds when the subscription starts.',
    args: { outdialId: t.arg.id(idOf('Outdial')), campaignId: t.arg.id(idOf('Campaign')), since: t.arg({ type: 'DateTime', description: SINCE_DESCRIPTION }) },
    subscribe: async (_root, args, ctx) => {
      const customerId = ctx.viewer.customerId;
      const replay = replayFrom(args.since, ctx);
      const outdialId = optionalIdArg(args.outdialId, 'Outdial', 'outdialTargetStatusChanged(outdialId:)');
      let campaignOutdialId: string | null = null;
      if (args.campaignId) {
        // Another customer's campaign, or one without an outdial, streams nothing (like a missing row).
        const id = optionalIdArg(args.campaignId, 'Campaign', 'outdialTargetStatusChanged(campaignId:)');
        const campaign = id && id !== NO_ROW_ID ? await ctx.prisma.campaign.findFirst({ where: { id, customerId }, select: { outdialId: true } }) : null;
        campaignOutdialId = campaign?.outdialId ?? NO_ROW_ID;
      }
      return ctx.bus.subscribe('OutdialTarget', customerId, (e) =>
        e.kind === 'STATUS' &&
        (!outdialId || e.row.outdialId === outdialId) &&
        (!campaignOutdialId || e.row.outdialId === campaignOutdialId),
        replay,
      );
    },
    resolve: (event) => event.row,
  }),
);
