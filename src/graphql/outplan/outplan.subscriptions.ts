import { builder } from '../builder.ts';
import { idOf, optionalIdArg } from '../global-id.ts';
import { OutplanNode } from './outplan.node.ts';
import { replayFrom, SINCE_DESCRIPTION } from '../common/replay.ts';

builder.subscriptionField('outplanChanged', (t) =>
  t.withAuth({ member: true }).field({
    type: OutplanNode,
    description: 'Every change of an outplan (one, or all of the caller\'s), resolved from the event snapshot, in version order.',
    args: { outplanId: t.arg.id(idOf('Outplan')), since: t.arg({ type: 'DateTime', description: SINCE_DESCRIPTION }) },
    subscribe: (_root, args, ctx) => {
      const id = optionalIdArg(args.outplanId, 'Outplan', 'outplanChanged(outplanId:)');
      return ctx.bus.subscribe('Outplan', ctx.viewer.customerId, id ? (e) => e.entityId === id : undefined, replayFrom(args.since, ctx));
    },
    resolve: (event) => event.row,
  }),
);
