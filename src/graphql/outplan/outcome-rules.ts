// Outplan.outcomeRules / machineDetection and the types of outplanUpdateOutcomeRules (issue 13). The mutation is in
// ./outplan.mutations.ts with the other outplan mutations (they share OutplanPayload); the fields in ./outplan.node.ts.
import { builder } from '../builder.ts';
import { idOf } from '../global-id.ts';
import { readsColumns } from '../common/columns.ts';
import { AttemptOutcome, MachineDetection, type Outplan } from '../../generated/prisma/client.ts';
import { OUTCOME_ACTIONS, type OutcomeAction } from '../../domain/attempt-rules.ts';
import { outcomeRulesOf } from '../../domain/outcome-rules.ts';

export const AttemptOutcomeEnum = builder.enumType(AttemptOutcome, {
  name: 'AttemptOutcome',
  description: 'How an attempt that no person answered ended.',
  values: {
    BUSY: {},
    NO_ANSWER: { description: 'Rang out: rejected after ringing, or not picked up before the dial timeout.' },
    FAILED: { description: 'Any other end before answer (a network failure, a lost leg).' },
    DECLINED: { description: 'The callee declined the call (SIP 603 Decline).' },
    MACHINE: { description: 'An answering machine picked up.' },
  },
});

export const OutcomeActionEnum = builder.enumType('OutcomeAction', {
  values: {
    RETRY: { description: 'Try the same destination again (within its budget), after retryInterval.' },
    NEXT_DESTINATION: { description: 'Give up this destination and go on with the next one that has tries left.' },
    STOP_TARGET: { description: 'End the target: DONE with result STOPPED.' },
  } as const satisfies Record<(typeof OUTCOME_ACTIONS)[number], { description: string }>,
});

export const MachineDetectionEnum = builder.enumType(MachineDetection, {
  name: 'MachineDetection',
  values: {
    OFF: { description: 'No detection: a machine counts as answered.' },
    HANGUP: { description: 'Hang up on a machine; the outcome rule for MACHINE decides what follows.' },
    LEAVE_MESSAGE: { description: 'Play the campaign\'s actions to the machine (a voicemail drop); the target is DONE with result VOICEMAIL.' },
  },
});

interface OutcomeRuleShape {
  outcome: AttemptOutcome;
  action: OutcomeAction;
  retryInterval: number | null;
}

const OutcomeRuleRef = builder.objectRef<OutcomeRuleShape>('OutcomeRule').implement({
  fields: (t) => ({
    outcome: t.field({ type: AttemptOutcomeEnum, resolve: (r) => r.outcome }),
    action: t.field({ type: OutcomeActionEnum, resolve: (r) => r.action }),
    retryInterval: t.exposeInt('retryInterval', { nullable: true, description: 'Milliseconds; null: the outplan\'s tryInterval.' }),
  }),
});

export const OutcomeRuleInput = builder.inputType('OutcomeRuleInput', {
  fields: (t) => ({
    outcome: t.field({ type: AttemptOutcomeEnum, required: true }),
    action: t.field({ type: OutcomeActionEnum, required: true }),
    retryInterval: t.int({ description: 'Milliseconds, 0 or 1,000 to 86,400,000, only with RETRY; omitted or null: the outplan\'s tryInterval.' }),
  }),
});

export const OutplanUpdateOutcomeRulesInput = builder.inputType('OutplanUpdateOutcomeRulesInput', {
  description: 'Replaces all outcome rules; machineDetection omitted: unchanged.',
  fields: (t) => ({
    id: t.id(idOf('Outplan', { required: true })),
    rules: t.field({ type: [OutcomeRuleInput], required: true, description: 'At most one rule per outcome; [] removes every rule.' }),
    machineDetection: t.field({ type: MachineDetectionEnum }),
  }),
});

/** Outplan.outcomeRules (declared in ./outplan.node.ts). */
export const outcomeRulesField = {
  type: [OutcomeRuleRef] as [typeof OutcomeRuleRef],
  description: 'One rule per outcome; outcomes without a rule RETRY after tryInterval.',
  ...readsColumns('outcomeRules'),
  resolve: (o: Outplan): OutcomeRuleShape[] => outcomeRulesOf(o.outcomeRules),
};
