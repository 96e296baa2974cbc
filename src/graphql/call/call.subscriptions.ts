import { builder } from '../builder.ts';
import { idOf, optionalIdArg } from '../global-id.ts';
import { CallNode } from './call.node.ts';
import { replayFrom, SINCE_DESCRIPTION } from '../common/replay.ts';

builder.subscriptionField('callStatusChanged', (t) =>
  t.withAuth({ member: true }).field({
    type: CallNode,
    description:
      'Every change of a call\'s status (one call, the calls of one campaign and their CONNECT legs, or all of the caller\'s calls), in order, resolved from the event snapshot.',
    args: { callId: t.arg.id(idOf('Call')), campaignId: t.arg.id(idOf('Campaign')), since: t.arg({ type: 'DateTime', description: SINCE_DESCRIPTION }) },
    subscribe: (_root, args, ctx) => {
      const id = optionalIdArg(args.callId, 'Call', 'callStatusChanged(callId:)');
      // The campaign is the call's own campaign_id; events are the caller's customer's only, so another customer's campaign matches nothing.
      const campaignId = optionalIdArg(args.campaignId, 'Campaign', 'callStatusChanged(campaignId:)');
      const replay = replayFrom(args.since, ctx);
      // CREATED carries the first status (DIALING); STATUS every later one. DELETED is not a status change.
      return ctx.bus.subscribe('Call', ctx.viewer.customerId, (e) =>
        (e.kind === 'CREATED' || e.kind === 'STATUS') && (!id || e.entityId === id) && (!campaignId || e.row.campaignId === campaignId),
        replay,
      );
    },
    resolve: (event) => event.row,
  }),
);
