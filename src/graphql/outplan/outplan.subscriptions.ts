import { builder } from '../builder.ts';
import { uuidOf } from '../global-id.ts';
import type { Outplan } from '../../generated/prisma/client.ts';
import type { DeliveredEvent } from '../../events/bus.ts';
import { OutplanNode } from './outplan.node.ts';

builder.subscriptionField('outplanChanged', (t) =>
  t.field({
    type: OutplanNode,
    description: 'Every change of an outplan (one, or all of the caller\'s), resolved from the event snapshot, in version order.',
    authScopes: { member: true },
    args: { outplanId: t.arg.id() },
    subscribe: (_root, args, ctx) => {
      const id = args.outplanId ? (uuidOf(args.outplanId, 'Outplan') ?? 'none') : null;
      return ctx.events.subscribe<Outplan>('Outplan', ctx.viewer!.customerId, id ? (e) => e.entityId === id : undefined);
    },
    resolve: (event) => (event as DeliveredEvent<Outplan>).row,
  }),
);
