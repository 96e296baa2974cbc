import { builder } from '../builder.ts';
import { DeleteInput, entityMutations, inputMutation, payloadType, toPayload } from '../common/mutation.ts';
import { uuidOf } from '../global-id.ts';
import type { Call } from '../../generated/prisma/client.ts';
import type { UserError } from '../../domain/errors.ts';
import { CallNode } from './call.node.ts';
import { CallCreateInput, CallHangupInput } from './call.inputs.ts';

const callMutation = entityMutations('CallPayload', 'call', CallNode);

const CallCreatePayload = payloadType<{ calls: Call[] | null; userErrors: UserError[] }>('CallCreatePayload', {
  fields: (t) => ({
    calls: t.field({ type: [CallNode], description: 'One call per destination, in input order.', resolve: (p) => p.calls ?? [] }),
  }),
  rejected: { calls: null },
});

builder.mutationFields((t) => ({
  callCreate: inputMutation(
    t, CallCreatePayload, CallCreateInput, async (input, ctx) => toPayload('calls', await ctx.telephony.createCalls(ctx.viewer.customerId, input)),
    { description: 'Places one call per destination; each runs the actions once answered.' },
  ),
  callHangup: callMutation(
    t, CallHangupInput, (input, ctx) => ctx.telephony.hangupCall(ctx.viewer.customerId, uuidOf(input.id, 'Call')),
    { description: 'Starts a local hangup (CANCELING before answer, TERMINATING after); HANGUP follows. A call already ending is returned unchanged.' },
  ),
  callDelete: callMutation(
    t, DeleteInput, (input, ctx) => ctx.telephony.deleteCall(ctx.viewer.customerId, uuidOf(input.id, 'Call')),
    { description: 'Hangs the call up if it is live, then soft-deletes it.' },
  ),
}));
