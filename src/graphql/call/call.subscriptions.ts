import { builder } from '../builder.ts';
import { NO_ROW_ID, uuidOf } from '../global-id.ts';
import type { Call } from '../../generated/prisma/client.ts';
import type { DeliveredEvent } from '../../events/bus.ts';
import { CallNode } from './call.node.ts';

// CREATED carries the first status (DIALING); STATUS every later one. DELETED is not a status change.
const STATUS_KINDS = new Set(['CREATED', 'STATUS']);

builder.subscriptionField('callStatusChanged', (t) =>
  t.field({
    type: CallNode,
    description:
      'Every change of a call\'s status (one call, the calls of one campaign, or all of the caller\'s calls), in order, resolved from the event snapshot.',
    authScopes: { member: true },
    args: { callId: t.arg.id(), campaignId: t.arg.id() },
    subscribe: (_root, args, ctx) => {
      const id = args.callId ? (uuidOf(args.callId, 'Call') ?? NO_ROW_ID) : null;
      // The campaign is the call's own campaign_id; events are the caller's customer's only, so another customer's campaign matches nothing.
      const campaignId = args.campaignId ? (uuidOf(args.campaignId, 'Campaign') ?? NO_ROW_ID) : null;
      return ctx.events.subscribe<Call>('Call', ctx.viewer!.customerId, (e) =>
        STATUS_KINDS.has(e.kind) && (!id || e.entityId === id) && (!campaignId || e.row.campaignId === campaignId),
      );
    },
    resolve: (event) => (event as DeliveredEvent<Call>).row,
  }),
);
