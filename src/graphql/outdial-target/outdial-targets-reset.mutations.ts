// outdialTargetsReset, beyond REST: in its own file so the outdial-target module's other files stay as they are.
import { builder } from '../builder.ts';
import { inputMutation, payloadType } from '../common/mutation.ts';
import { customerOf } from '../common/own-rows.ts';
import { idOf, uuidOf } from '../global-id.ts';
import { resetOutdialTargets } from '../../domain/outdial-target-reset.ts';
import type { UserError } from '../../domain/errors.ts';
import { OutdialNode } from '../outdial/outdial.node.ts';
import { OutdialTargetResultEnum } from './outdial-target.node.ts';

const OutdialTargetsResetInput = builder.inputType('OutdialTargetsResetInput', {
  fields: (t) => ({
    outdialId: t.id(idOf('Outdial', { required: true })),
    result: t.field({ type: OutdialTargetResultEnum, required: true, defaultValue: 'EXHAUSTED', description: 'Which DONE targets to reset.' }),
  }),
});

interface ResetPayload {
  outdialId: string | null;
  resetCount: number;
  userErrors: UserError[];
}

const OutdialTargetsResetPayload = payloadType<ResetPayload>('OutdialTargetsResetPayload', {
  fields: (t) => ({
    outdial: t.prismaField({
      type: OutdialNode,
      nullable: true,
      resolve: (query, p, _args, ctx) => (p.outdialId ? ctx.prisma.outdial.findFirst({ ...query, where: { id: p.outdialId, customerId: customerOf(ctx) } }) : null),
    }),
    resetCount: t.exposeInt('resetCount', { description: 'How many targets went back to IDLE.' }),
  }),
  rejected: { outdialId: null, resetCount: 0 },
});

builder.mutationFields((t) => ({
  outdialTargetsReset: inputMutation(
    t, OutdialTargetsResetPayload, OutdialTargetsResetInput,
    async (input, ctx) => {
      const outdialId = uuidOf(input.outdialId, 'Outdial');
      const result = await resetOutdialTargets(ctx, ctx.viewer.customerId, { outdialId, result: input.result });
      return result.ok ? { outdialId, resetCount: result.value, userErrors: [] } : { outdialId: null, resetCount: 0, userErrors: result.errors };
    },
    {
      description:
        'Puts the outdial\'s DONE targets with this result back to IDLE (no result, every try count 0), so a running campaign dials them again. ' +
        'lastAttemptAt and lastAttemptEndedAt stay, so the outplan\'s tryInterval still applies.',
    },
  ),
}));
