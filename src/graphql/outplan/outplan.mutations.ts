import { builder } from '../builder.ts';
import { DeleteInput, entityMutations } from '../common/mutation.ts';
import { uuidOf, withRowId } from '../global-id.ts';
import { createOutplan, deleteOutplan, updateOutplan, updateOutplanDialInfo } from '../../domain/outplan.ts';
import { OutplanNode } from './outplan.node.ts';
import { OutplanCreateInput, OutplanUpdateDialInfoInput, OutplanUpdateInput } from './outplan.inputs.ts';
import { OutplanUpdateOutcomeRulesInput } from './outcome-rules.ts';
import { updateOutplanOutcomeRules } from '../../domain/outcome-rules.ts';

const outplanMutation = entityMutations('OutplanPayload', 'outplan', OutplanNode);

builder.mutationFields((t) => ({
  outplanCreate: outplanMutation(t, OutplanCreateInput, (input, ctx) => createOutplan(ctx, ctx.viewer.customerId, input)),
  outplanUpdate: outplanMutation(t, OutplanUpdateInput, (input, ctx) => updateOutplan(ctx, ctx.viewer.customerId, withRowId(input, 'Outplan'))),
  outplanUpdateDialInfo: outplanMutation(
    t, OutplanUpdateDialInfoInput, (input, ctx) => updateOutplanDialInfo(ctx, ctx.viewer.customerId, withRowId(input, 'Outplan')),
    { description: 'PUT /outplans/{id}/dial_info: source, dialTimeout, tryInterval and maxTryCounts, all replaced. A RUN campaign using the outplan dials with the new values from its next attempt; a change that would leave a RUN campaign without a TEL or SIP source (its caller id) is refused with INVALID_STATE naming the campaign: stop it first.' },
  ),
  outplanUpdateOutcomeRules: outplanMutation(
    t, OutplanUpdateOutcomeRulesInput, (input, ctx) => updateOutplanOutcomeRules(ctx, ctx.viewer.customerId, withRowId(input, 'Outplan')),
    {
      description: 'What an attempt that no person answered leads to, per outcome (RETRY, NEXT_DESTINATION, STOP_TARGET), all rules replaced; ' +
        'and the machine detection (omitted: unchanged). A running campaign applies the rules to attempts that end after the change.',
    },
  ),
  outplanDelete: outplanMutation(
    t, DeleteInput, (input, ctx) => deleteOutplan(ctx, ctx.viewer.customerId, uuidOf(input.id, 'Outplan')),
    { description: 'DELETE /outplans/{id}: a soft delete. Refused while a live campaign uses the outplan: INVALID_STATE while it runs (stop it first), CONFLICT when it is stopped (give it another outplan or delete it first); the message names the campaigns.' },
  ),
}));
