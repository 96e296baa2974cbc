// campaignUpdateDialingRules (issue 13): calling windows, restricted dates and the default time zone, the
// do-not-call lists, the contact limit and calls per second, validated and stored; the dialer's round enforces them
// (./calling-hours.ts, ./dnc-binding.ts, ./contact-limit.ts, ./call-pacing.ts). Omitted fields are unchanged, null
// clears.
import type { Campaign, Prisma as PrismaNamespace } from '../generated/prisma/client.ts';
import type { Deps } from '../events/write.ts';
import { changeCampaign, noChecks, type CampaignData } from './campaign.ts';
import {
  checkCallingWindows, checkRestrictedDates, checkTimeZone, DEFAULT_TIME_ZONE, type CallingWindowInput,
} from './calling-hours.ts';
import { fail, ok, Problems, type Result } from './errors.ts';
import { setCampaignDncLists } from './dnc-binding.ts';

export const CONTACT_LIMIT_MAX_ATTEMPTS = 1_000;
export const CONTACT_LIMIT_MAX_DAYS = 365;
export const MAX_CALLS_PER_SECOND = 1_000;

export interface DialingRulesInput {
  id: string | null;
  callingWindows?: readonly CallingWindowInput[] | null;
  restrictedDates?: readonly string[] | null;
  defaultTimeZone?: string | null;
  contactLimit?: { maxAttempts: number; periodDays: number } | null;
  maxCallsPerSecond?: number | null;
  /** Row UUIDs of the lists to check (null: a malformed id, not found); [] or null unbinds every list. */
  dncListIds?: readonly (string | null)[] | null;
}

function checkContactLimit(limit: { maxAttempts: number; periodDays: number }, problems: Problems): void {
  if (!Number.isInteger(limit.maxAttempts) || limit.maxAttempts < 1 || limit.maxAttempts > CONTACT_LIMIT_MAX_ATTEMPTS) {
    problems.add(['contactLimit', 'maxAttempts'], `maxAttempts is how many calls one address may get in the period, 1 to ${CONTACT_LIMIT_MAX_ATTEMPTS.toLocaleString('en-US')} (got ${limit.maxAttempts}); for no limit, set contactLimit to null.`);
  }
  if (!Number.isInteger(limit.periodDays) || limit.periodDays < 1 || limit.periodDays > CONTACT_LIMIT_MAX_DAYS) {
    problems.add(['contactLimit', 'periodDays'], `periodDays is the length of the period in days, 1 to ${CONTACT_LIMIT_MAX_DAYS} (got ${limit.periodDays}).`);
  }
}

function checkCallsPerSecond(value: number, problems: Problems): void {
  if (!Number.isFinite(value) || value <= 0 || value > MAX_CALLS_PER_SECOND) {
    problems.add(['maxCallsPerSecond'], `maxCallsPerSecond is more than 0 and at most ${MAX_CALLS_PER_SECOND.toLocaleString('en-US')} (got ${value}); for no limit, set it to null.`);
  }
}

/** Allowed in any status: a running campaign's next round applies the new rules. */
export async function updateCampaignDialingRules(deps: Deps, customerId: string, input: DialingRulesInput): Promise<Result<Campaign>> {
  const problems = new Problems();
  const data: CampaignData = {};
  if (input.callingWindows !== undefined) {
    data.callingWindows = checkCallingWindows(input.callingWindows ?? [], problems) as unknown as PrismaNamespace.InputJsonValue;
  }
  if (input.restrictedDates !== undefined) data.restrictedDates = checkRestrictedDates(input.restrictedDates ?? [], problems);
  if (input.defaultTimeZone !== undefined) {
    data.defaultTimeZone = input.defaultTimeZone === null ? DEFAULT_TIME_ZONE : checkTimeZone(input.defaultTimeZone, ['defaultTimeZone'], problems);
  }
  if (input.contactLimit !== undefined) {
    if (input.contactLimit) checkContactLimit(input.contactLimit, problems);
    data.contactLimitMaxAttempts = input.contactLimit?.maxAttempts ?? null;
    data.contactLimitPeriodDays = input.contactLimit?.periodDays ?? null;
  }
  if (input.maxCallsPerSecond !== undefined) {
    if (input.maxCallsPerSecond !== null) checkCallsPerSecond(input.maxCallsPerSecond, problems);
    data.maxCallsPerSecond = input.maxCallsPerSecond;
  }
  if (problems.any) return fail(...problems.list);
  if (input.dncListIds === undefined) return changeCampaign(deps, customerId, input.id, 'UPDATED', noChecks(data));
  // The lists are bound in the campaign's own transaction, with the campaign locked (docs/architecture.md, "Locks").
  return changeCampaign(deps, customerId, input.id, 'UPDATED', async (tx, campaign) => {
    const errors = await setCampaignDncLists(tx, customerId, campaign.id, input.dncListIds ?? []);
    return errors.length > 0 ? fail(...errors) : ok(data);
  });
}
