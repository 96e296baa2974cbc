import { builder } from '../builder.ts';
import { DeleteInput, UserErrorRef, toPayload } from '../common/user-error.ts';
import { uuidOf } from '../global-id.ts';
import type { Call } from '../../generated/prisma/client.ts';
import type { UserError } from '../../domain/errors.ts';
import { CallNode } from './call.node.ts';
import { CallCreateInput, CallHangupInput } from './call.inputs.ts';

const CallPayload = builder.objectRef<{ call: Call | null; userErrors: UserError[] }>('CallPayload').implement({
  fields: (t) => ({
    call: t.field({ type: CallNode, nullable: true, resolve: (p) => p.call }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

const CallCreatePayload = builder.objectRef<{ calls: Call[] | null; userErrors: UserError[] }>('CallCreatePayload').implement({
  fields: (t) => ({
    calls: t.field({ type: [CallNode], description: 'One call per destination, in input order.', resolve: (p) => p.calls ?? [] }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

builder.mutationFields((t) => ({
  callCreate: t.field({
    type: CallCreatePayload,
    description: 'Places one call per destination; each runs the actions once answered.',
    authScopes: { member: true },
    args: { input: t.arg({ type: CallCreateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => toPayload('calls', await ctx.telephony.createCalls(ctx.viewer!.customerId, input)),
  }),
  callHangup: t.field({
    type: CallPayload,
    description: 'Starts a local hangup (CANCELING before answer, TERMINATING after); HANGUP follows. A call already ending is returned unchanged.',
    authScopes: { member: true },
    args: { input: t.arg({ type: CallHangupInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload('call', await ctx.telephony.hangupCall(ctx.viewer!.customerId, uuidOf(input.id, 'Call'))),
  }),
  callDelete: t.field({
    type: CallPayload,
    description: 'Hangs the call up if it is live, then soft-deletes it.',
    authScopes: { member: true },
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload('call', await ctx.telephony.deleteCall(ctx.viewer!.customerId, uuidOf(input.id, 'Call'))),
  }),
}));
