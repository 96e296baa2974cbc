// outplanUpdateOutcomeRules (issue 13): what an attempt that no person answered leads to, per outcome, and the
// outplan's machine detection. Validated here; the dialer applies the rules in SQL when a call ends
// (./attempt-progress.ts, with ./attempt-rules-sql.ts) and copies the detection to each call it places.
import type { Outplan, Prisma as PrismaNamespace } from '../generated/prisma/client.ts';
import type { AttemptOutcome, MachineDetection } from '../generated/prisma/enums.ts';
import type { Deps } from '../events/write.ts';
import { changeCampaignResource } from './campaign-binding.ts';
import { ATTEMPT_OUTCOMES, type OutcomeAction, type OutcomeRule, type OutcomeRules } from './attempt-rules.ts';
import { fail, Problems, type Result } from './errors.ts';
import { checkMilliseconds, TRY_INTERVAL_MAX, TRY_INTERVAL_MIN } from './outplan.ts';

export interface OutcomeRuleInput {
  outcome: AttemptOutcome;
  action: OutcomeAction;
  retryInterval?: number | null;
}

export interface OutcomeRulesInput {
  id: string | null;
  rules: readonly OutcomeRuleInput[];
  /** Omitted or null: unchanged (the field is non-null on the outplan). */
  machineDetection?: MachineDetection | null;
}

/** The rules as stored (outplan.outcome_rules): one key per outcome with a rule. */
export function checkOutcomeRules(rules: readonly OutcomeRuleInput[], problems: Problems): OutcomeRules {
  const stored: OutcomeRules = {};
  if (rules.length > ATTEMPT_OUTCOMES.length) {
    problems.add(['rules'], `At most one rule per outcome, ${ATTEMPT_OUTCOMES.length} in all (${ATTEMPT_OUTCOMES.join(', ')}); got ${rules.length}.`);
    return stored;
  }
  rules.forEach((rule, i) => {
    if (stored[rule.outcome]) {
      problems.add(['rules', i, 'outcome'], `At most one rule per outcome: ${rule.outcome} already has one (rules[${rules.findIndex((r) => r.outcome === rule.outcome)}]); remove one of them.`);
      return;
    }
    const retryInterval = rule.retryInterval ?? null;
    if (retryInterval !== null && rule.action !== 'RETRY') {
      problems.add(['rules', i, 'retryInterval'], `retryInterval goes only with action RETRY (this rule is ${rule.action}); leave it out.`);
    } else if (retryInterval !== null) {
      checkMilliseconds('retryInterval', retryInterval, TRY_INTERVAL_MIN, TRY_INTERVAL_MAX, problems, true, ['rules', i, 'retryInterval']);
    }
    stored[rule.outcome] = { action: rule.action, retryInterval };
  });
  return stored;
}

/** The outplan's rules in the order of ATTEMPT_OUTCOMES (Outplan.outcomeRules). */
export function outcomeRulesOf(json: unknown): (OutcomeRule & { outcome: AttemptOutcome })[] {
  const stored = (json ?? {}) as OutcomeRules;
  return ATTEMPT_OUTCOMES.flatMap((outcome) => {
    const rule = stored[outcome];
    return rule ? [{ outcome, action: rule.action, retryInterval: rule.retryInterval ?? null }] : [];
  });
}

/**
 * Replaces every rule (machineDetection omitted: unchanged). A RUN campaign using the outplan applies the rules
 * to each attempt that ends after the change (the hangup reads the outplan as it is then), and the detection to
 * each call it places after it.
 */
export async function updateOutplanOutcomeRules(deps: Deps, customerId: string, input: OutcomeRulesInput): Promise<Result<Outplan>> {
  const problems = new Problems();
  const rules = checkOutcomeRules(input.rules, problems);
  if (problems.any) return fail(...problems.list);
  const data: { outcomeRules: PrismaNamespace.InputJsonValue; machineDetection?: MachineDetection } = {
    outcomeRules: rules as unknown as PrismaNamespace.InputJsonValue,
  };
  if (input.machineDetection) data.machineDetection = input.machineDetection;
  return changeCampaignResource(deps, customerId, 'Outplan', input.id, data, 'UPDATED');
}
