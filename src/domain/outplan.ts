// Outplans: "how to dial" (domain.md A2, Part B §1.5). Validation here, at the edge, so a rejected
// input writes nothing.
import type { Outplan } from '../generated/prisma/client.ts';
import { Prisma as PrismaNamespace } from '../generated/prisma/client.ts';
import { changeCampaignResource, type CampaignUsing } from './campaign-binding.ts';
import { isDialableSource } from './campaign-dialable.ts';
import { writeWithEvents, type Deps } from '../events/write.ts';
import { normalizeAddress, type Address } from './address.ts';
import { fail, ok, Problems, type Result, type UserError } from './errors.ts';
import { checkLength, checkName, MAX_DETAIL } from './limits.ts';
import { SLOTS } from './attempt-rules.ts';

export const DIAL_TIMEOUT_MIN = 1_000;
export const DIAL_TIMEOUT_MAX = 600_000;
export const TRY_INTERVAL_MIN = 1_000;
export const TRY_INTERVAL_MAX = 86_400_000;
export const MAX_TRY_COUNT = 100;

export interface DialInfoInput {
  source?: Address | null;
  dialTimeout: number;
  tryInterval: number;
  maxTryCounts: number[];
}

export interface OutplanCreateInput extends DialInfoInput {
  name: string;
  detail?: string | null;
}

export interface OutplanUpdateInput {
  id: string | null;
  name?: string | null;
  detail?: string | null;
}

function seconds(ms: number): string {
  return `${ms / 1000} s`;
}

/**
 * A duration in milliseconds that looks like it was written in seconds gets the likely intended value. `path` is
 * where the field is in the input ([field] by default).
 */
export function checkMilliseconds(
  field: string, value: number, min: number, max: number, problems: Problems, allowZero = false, path: (string | number)[] = [field],
): void {
  if (allowZero && value === 0) return;
  if (value >= min && value <= max) return;
  if (value > 0 && value < min && value * 1000 >= min && value * 1000 <= max) {
    problems.add(path, `${field} is in milliseconds: ${value} is ${seconds(value)}; did you mean ${value * 1000}?`);
    return;
  }
  const range = `${allowZero ? '0 or ' : ''}${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')} ms`;
  problems.add(path, `${field} must be ${range} (got ${value}).`);
}

function checkDialInfo(input: DialInfoInput, problems: Problems): { source: Address | null; maxTryCounts: number[] } {
  checkMilliseconds('dialTimeout', input.dialTimeout, DIAL_TIMEOUT_MIN, DIAL_TIMEOUT_MAX, problems);
  checkMilliseconds('tryInterval', input.tryInterval, TRY_INTERVAL_MIN, TRY_INTERVAL_MAX, problems, true);
  if (input.maxTryCounts.length > SLOTS) {
    problems.add(['maxTryCounts'], `maxTryCounts has one entry per destination slot, at most ${SLOTS} (got ${input.maxTryCounts.length}).`);
  }
  input.maxTryCounts.forEach((n, i) => {
    if (n < 0 || n > MAX_TRY_COUNT) problems.add(['maxTryCounts', i], `each maxTryCounts entry is 0 to ${MAX_TRY_COUNT} attempts (got ${n}).`);
  });
  const maxTryCounts = [...input.maxTryCounts.slice(0, SLOTS), ...Array(SLOTS).fill(0)].slice(0, SLOTS);
  const source = input.source ? normalizeAddress(input.source, ['source'], problems) : null;
  return { source, maxTryCounts };
}

export async function createOutplan(deps: Deps, customerId: string, input: OutplanCreateInput): Promise<Result<Outplan>> {
  const problems = new Problems();
  const name = checkName(input.name, ['name'], problems);
  const detail = checkLength(input.detail ?? '', MAX_DETAIL, 'detail', ['detail'], problems);
  const { source, maxTryCounts } = checkDialInfo(input, problems);
  if (problems.any) return fail(...problems.list);
  const outplan = await writeWithEvents(deps, async (tx, emit) => {
    const row = await tx.outplan.create({
      data: {
        customerId, name, detail, source: (source ?? undefined) as PrismaNamespace.InputJsonValue | undefined,
        dialTimeout: input.dialTimeout, tryInterval: input.tryInterval, maxTryCounts,
      },
    });
    await emit('Outplan', 'CREATED', row);
    return row;
  });
  return ok(outplan);
}

export async function updateOutplan(deps: Deps, customerId: string, input: OutplanUpdateInput): Promise<Result<Outplan>> {
  const problems = new Problems();
  const data: { name?: string; detail?: string } = {};
  // Omitted keeps the value; name cannot be cleared, detail cleared by null becomes "".
  if (input.name !== undefined) data.name = checkName(input.name ?? '', ['name'], problems);
  if (input.detail !== undefined) data.detail = checkLength(input.detail ?? '', MAX_DETAIL, 'detail', ['detail'], problems);
  if (problems.any) return fail(...problems.list);
  return changeCampaignResource(deps, customerId, 'Outplan', input.id, data, 'UPDATED');
}

export interface OutplanUpdateDialInfoInput extends DialInfoInput {
  id: string | null;
}

/**
 * Replaces all dial fields (source, dialTimeout, tryInterval, maxTryCounts), validated like outplanCreate. A RUN
 * campaign dials with the outplan as it is at each attempt, so a change that keeps a TEL or SIP source applies
 * from its next attempt; one that would take the caller id away from a RUN campaign (no source, or one that cannot
 * dial) is refused with INVALID_STATE naming the campaign, instead of the dialer stopping it. Checked with the
 * campaigns that use the outplan locked, so a concurrent RUN either sees the new source or is seen here.
 */
export async function updateOutplanDialInfo(deps: Deps, customerId: string, input: OutplanUpdateDialInfoInput): Promise<Result<Outplan>> {
  const problems = new Problems();
  const { source, maxTryCounts } = checkDialInfo(input, problems);
  if (problems.any) return fail(...problems.list);
  const keepsCallerId = isDialableSource(source);
  return changeCampaignResource(deps, customerId, 'Outplan', input.id, {
    source: source ? (source as unknown as PrismaNamespace.InputJsonValue) : PrismaNamespace.DbNull,
    dialTimeout: input.dialTimeout, tryInterval: input.tryInterval, maxTryCounts,
  // Only a change that drops the caller id needs the campaigns locked and looked at; the others apply as they are.
  }, 'UPDATED', keepsCallerId ? undefined : callerIdRefusal);
}

/** A RUN campaign needs its outplan's caller id for its next attempt (STOPPING and STOP ones dial no more; RUN re-checks). */
function callerIdRefusal(users: CampaignUsing[]): UserError | null {
  const running = users.filter((c) => c.status === 'RUN');
  if (running.length === 0) return null;
  const names = running.map((c) => `"${c.name}"`).join(', ');
  return {
    field: ['input', 'source'],
    message: `Outplan is used by running campaign ${names}, which dials with its source (the caller id): keep a TEL or SIP source, or stop the campaign first (campaignUpdateStatus STOP).`,
    code: 'INVALID_STATE',
  };
}

/** Soft delete; refused while any live campaign uses the outplan (INVALID_STATE while it runs, else CONFLICT: ./campaign-binding.ts deleteRefusal). */
export async function deleteOutplan(deps: Deps, customerId: string, id: string | null): Promise<Result<Outplan>> {
  return changeCampaignResource(deps, customerId, 'Outplan', id, {}, 'DELETED');
}
