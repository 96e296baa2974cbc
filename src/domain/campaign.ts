// Campaigns (domain.md A2, A3, Part B §1.6, §3.3): create, the update routes of the REST API, and delete.
// Input is validated before anything is read or written; references are checked inside the write's
// transaction, under the customer's binding lock (./campaign-binding.ts), so a rejected input writes nothing
// and two concurrent changes cannot both pass a check that only one of them may pass. Status (RUN/STOP) lives
// in ./campaign-status.ts.
import type { Campaign, CampaignEndHandle, CampaignType, Prisma as PrismaNamespace } from '../generated/prisma/client.ts';
import type { Deps, Tx } from '../events/write.ts';
import { normalizeActions, type ActionInput } from './action.ts';
import {
  bindingWrite, campaignStateError, checkOutdialToBind, findOutplanToUse, isActive, lockBindings, touchOutdial,
} from './campaign-binding.ts';
import { isDialableSource } from './campaign-dialable.ts';
import { lockCampaign } from './campaign-status.ts';
import { fail, notFound, ok, Problems, type Result, type UserError } from './errors.ts';
import { checkLength, checkName, MAX_DETAIL } from './limits.ts';
import { deletedError } from './row-change.ts';

export const SERVICE_LEVEL_MAX = 100;
export const MAX_CONCURRENT_CALLS_MAX = 1_000;
/** The contract's defaults for campaignCreate. */
export const CAMPAIGN_DEFAULTS = { type: 'CALL', endHandle: 'STOP', serviceLevel: 0, maxConcurrentCalls: 10 } as const;

/** Campaign references are row UUIDs; null or omitted means none (create) / see each update. */
export interface CampaignRefs {
  outplanId?: string | null;
  outdialId?: string | null;
  nextCampaignId?: string | null;
}

export interface CampaignCreateInput extends CampaignRefs {
  name: string;
  detail?: string | null;
  type?: CampaignType | null;
  endHandle?: CampaignEndHandle | null;
  serviceLevel?: number | null;
  maxConcurrentCalls?: number | null;
  actions?: ActionInput[] | null;
}

/** Omitted keeps; null clears detail (to ""); name, endHandle, serviceLevel and maxConcurrentCalls cannot be cleared. */
export interface CampaignUpdateInput {
  id: string | null;
  name?: string | null;
  detail?: string | null;
  endHandle?: CampaignEndHandle | null;
  serviceLevel?: number | null;
  maxConcurrentCalls?: number | null;
}

/** Omitted keeps, null clears. */
export interface CampaignUpdateResourceInfoInput extends CampaignRefs {
  id: string | null;
}

/** The columns a campaign change may write. */
export type CampaignData = Partial<Pick<Campaign, 'name' | 'detail' | 'endHandle' | 'serviceLevel' | 'maxConcurrentCalls' | 'outplanId' | 'outdialId' | 'nextCampaignId'
  | 'restrictedDates' | 'defaultTimeZone' | 'contactLimitMaxAttempts' | 'contactLimitPeriodDays' | 'maxCallsPerSecond'>> & {
  actions?: PrismaNamespace.InputJsonValue;
  callingWindows?: PrismaNamespace.InputJsonValue;
};

function checkServiceLevel(value: number, problems: Problems): number {
  if (!Number.isInteger(value) || value < 0 || value > SERVICE_LEVEL_MAX) {
    problems.add(['serviceLevel'], `serviceLevel is a percentage, 0 to ${SERVICE_LEVEL_MAX} (got ${value}).`);
  }
  return value;
}

function checkMaxConcurrentCalls(value: number, problems: Problems): number {
  if (!Number.isInteger(value) || value < 1) {
    problems.add(['maxConcurrentCalls'], `maxConcurrentCalls is how many attempts may be in flight at once, 1 to ${MAX_CONCURRENT_CALLS_MAX.toLocaleString('en-US')} (got ${value}); to pause dialing, stop the campaign with campaignUpdateStatus STOP instead.`);
  } else if (value > MAX_CONCURRENT_CALLS_MAX) {
    problems.add(['maxConcurrentCalls'], `maxConcurrentCalls is at most ${MAX_CONCURRENT_CALLS_MAX.toLocaleString('en-US')} attempts in flight per campaign (got ${value}); for more, split the targets over several campaigns.`);
  }
  return value;
}

/** A field that cannot be cleared: null is refused with how to keep it. */
function notNull<T>(value: T | null, field: string, problems: Problems): value is T {
  if (value !== null) return true;
  problems.add([field], `${field} cannot be cleared; omit it to keep the current value.`);
  return false;
}

/**
 * The references of `refs` that change (`campaign` null: a campaign being created), checked against the rules
 * of A2 and A3. Returns every problem found.
 */
async function checkRefs(tx: Tx, customerId: string, campaign: Campaign | null, refs: CampaignRefs): Promise<UserError[]> {
  const errors: UserError[] = [];
  const changes = (key: keyof CampaignRefs) => refs[key] !== undefined && refs[key] !== (campaign?.[key] ?? null);
  const running = campaign !== null && isActive(campaign.status);

  if (changes('outplanId')) {
    const field = ['input', 'outplanId'];
    if (refs.outplanId === null) {
      // Stopping needs no outplan, but a RUN campaign without one could not dial its next attempt.
      if (running) errors.push(campaignStateError(campaign, field, 'its outplan cannot be cleared'));
    } else {
      const found = await findOutplanToUse(tx, customerId, refs.outplanId!, field);
      if ('error' in found) errors.push(found.error);
      else if (running && !isDialableSource(found.source)) {
        errors.push({ field, message: 'a running campaign needs an outplan with a TEL or SIP source (the caller id); set one with outplanUpdateDialInfo first.', code: 'INVALID_STATE' });
      }
      // Otherwise allowed while running: the dialer reads the outplan for each attempt.
    }
  }

  if (changes('outdialId')) {
    const field = ['input', 'outdialId'];
    if (running) {
      // The attempts in flight belong to the current outdial's targets; switching lists mid-run would orphan them.
      errors.push(campaignStateError(campaign, field, refs.outdialId === null ? 'its outdial cannot be cleared' : 'its outdial cannot be changed'));
    } else if (refs.outdialId !== null) {
      const problem = await checkOutdialToBind(tx, customerId, refs.outdialId!, campaign?.id ?? null, field);
      if (problem) errors.push(problem);
    }
  }

  if (changes('nextCampaignId') && refs.nextCampaignId !== null) {
    const problem = await checkNextCampaign(tx, customerId, campaign, refs.nextCampaignId!);
    if (problem) errors.push(problem);
  }
  return errors;
}

/** The next campaign: the customer's, live, not the campaign itself, and not leading back to it. */
async function checkNextCampaign(tx: Tx, customerId: string, campaign: Campaign | null, nextId: string): Promise<UserError | null> {
  const field = ['input', 'nextCampaignId'];
  if (campaign && nextId === campaign.id) return { field, message: 'a campaign cannot be its own next campaign.', code: 'INVALID' };
  const next = await tx.campaign.findFirst({ where: { id: nextId, customerId }, select: { deletedAt: true } });
  if (!next) return notFound(field, 'Campaign');
  if (next.deletedAt) return { field, message: 'Campaign is deleted; it cannot be a next campaign.', code: 'NOT_FOUND' };
  if (!campaign) return null; // a new campaign has no predecessor yet, so no chain can lead back to it
  // Follows the chain from the proposed next campaign; it loops if it reaches this campaign.
  const chain = await tx.$queryRaw<{ id: string; name: string }[]>`
    WITH RECURSIVE chain(id, name, next_id, depth) AS (
      SELECT id, name, next_campaign_id, 1 FROM campaign WHERE id = ${nextId}::uuid AND customer_id = ${customerId}::uuid
      UNION ALL
      SELECT c.id, c.name, c.next_campaign_id, chain.depth + 1 FROM campaign c JOIN chain ON c.id = chain.next_id
      WHERE chain.id <> ${campaign.id}::uuid AND chain.depth < 10000
    )
    SELECT id, name FROM chain ORDER BY depth`;
  const back = chain.findIndex((c) => c.id === campaign.id);
  if (back < 0) return null;
  const path = [campaign.name, ...chain.slice(0, back + 1).map((c) => c.name)].map((n) => `"${n}"`).join(' -> ');
  return { field, message: `this next campaign would make the chain loop (${path}); a chain of campaigns cannot lead back to itself.`, code: 'INVALID' };
}

export async function createCampaign(deps: Deps, customerId: string, input: CampaignCreateInput): Promise<Result<Campaign>> {
  const problems = new Problems();
  const name = checkName(input.name, ['name'], problems);
  const detail = checkLength(input.detail ?? '', MAX_DETAIL, 'detail', ['detail'], problems);
  const type = input.type ?? CAMPAIGN_DEFAULTS.type;
  if (type === 'FLOW') problems.add(['type'], 'dialgraph runs CALL campaigns: type FLOW (an activeflow per target, without a call) is not supported.');
  const serviceLevel = checkServiceLevel(input.serviceLevel ?? CAMPAIGN_DEFAULTS.serviceLevel, problems);
  const maxConcurrentCalls = checkMaxConcurrentCalls(input.maxConcurrentCalls ?? CAMPAIGN_DEFAULTS.maxConcurrentCalls, problems);
  const actions = normalizeActions(input.actions ?? [], ['actions'], problems);
  if (problems.any) return fail(...problems.list);
  const refs = { outplanId: input.outplanId ?? null, outdialId: input.outdialId ?? null, nextCampaignId: input.nextCampaignId ?? null };
  return bindingWrite(deps, ['input', 'outdialId'], async (tx, emit) => {
    await lockBindings(tx, customerId);
    const errors = await checkRefs(tx, customerId, null, refs);
    if (errors.length > 0) return fail<Campaign>(...errors);
    const row = await tx.campaign.create({
      data: {
        customerId, name, detail, type, endHandle: input.endHandle ?? CAMPAIGN_DEFAULTS.endHandle, serviceLevel, maxConcurrentCalls,
        actions: actions as unknown as PrismaNamespace.InputJsonValue, ...refs,
      },
    });
    await emit('Campaign', 'CREATED', row);
    if (row.outdialId) await touchOutdial(tx, emit, row.outdialId);
    return ok(row);
  });
}

/**
 * Locks a live campaign of the customer, lets `plan` check it and say what to write, then writes that with
 * version +1 and a Campaign event; outdials whose campaign changed get Outdial UPDATED.
 */
export async function changeCampaign(
  deps: Deps, customerId: string, id: string | null, kind: 'UPDATED' | 'DELETED',
  plan: (tx: Tx, campaign: Campaign) => Promise<Result<CampaignData>>,
): Promise<Result<Campaign>> {
  if (!id) return fail(notFound(['input', 'id'], 'Campaign'));
  return bindingWrite(deps, ['input', 'outdialId'], async (tx, emit) => {
    await lockBindings(tx, customerId);
    // The dialer's lock: a round in progress finishes first, and the next one sees this change.
    const campaign = await lockCampaign(tx, id, customerId);
    if (!campaign) return fail<Campaign>(notFound(['input', 'id'], 'Campaign'));
    if (campaign.deletedAt) return fail<Campaign>(kind === 'DELETED' ? { ...deletedError('Campaign'), message: 'Campaign is already deleted.' } : deletedError('Campaign'));
    const planned = await plan(tx, campaign);
    if (!planned.ok) return planned;
    const data = planned.value;
    const now = new Date();
    const row = await tx.campaign.update({
      where: { id },
      data: { ...data, updatedAt: now, ...(kind === 'DELETED' ? { deletedAt: now } : {}), version: { increment: 1 } },
    });
    await emit('Campaign', kind, row);
    if (data.outdialId !== undefined && data.outdialId !== campaign.outdialId) {
      for (const outdialId of [campaign.outdialId, data.outdialId]) if (outdialId) await touchOutdial(tx, emit, outdialId);
    }
    return ok(row);
  });
}

export const noChecks = (data: CampaignData) => async (): Promise<Result<CampaignData>> => ok(data);

/** PUT /campaigns/{id}: name, detail, endHandle, serviceLevel, maxConcurrentCalls (allowed in any status). */
export async function updateCampaign(deps: Deps, customerId: string, input: CampaignUpdateInput): Promise<Result<Campaign>> {
  const problems = new Problems();
  const data: CampaignData = {};
  if (input.name !== undefined) data.name = checkName(input.name ?? '', ['name'], problems);
  if (input.detail !== undefined) data.detail = checkLength(input.detail ?? '', MAX_DETAIL, 'detail', ['detail'], problems);
  if (input.endHandle !== undefined && notNull(input.endHandle, 'endHandle', problems)) data.endHandle = input.endHandle;
  if (input.serviceLevel !== undefined && notNull(input.serviceLevel, 'serviceLevel', problems)) data.serviceLevel = checkServiceLevel(input.serviceLevel, problems);
  if (input.maxConcurrentCalls !== undefined && notNull(input.maxConcurrentCalls, 'maxConcurrentCalls', problems)) {
    data.maxConcurrentCalls = checkMaxConcurrentCalls(input.maxConcurrentCalls, problems);
  }
  if (problems.any) return fail(...problems.list);
  return changeCampaign(deps, customerId, input.id, 'UPDATED', noChecks(data));
}

export async function updateCampaignServiceLevel(deps: Deps, customerId: string, input: { id: string | null; serviceLevel: number }): Promise<Result<Campaign>> {
  const problems = new Problems();
  const serviceLevel = checkServiceLevel(input.serviceLevel, problems);
  if (problems.any) return fail(...problems.list);
  return changeCampaign(deps, customerId, input.id, 'UPDATED', noChecks({ serviceLevel }));
}

/** Replaces the actions run on each answered call; attempts already placed keep the actions they started with. */
export async function updateCampaignActions(deps: Deps, customerId: string, input: { id: string | null; actions: ActionInput[] }): Promise<Result<Campaign>> {
  const problems = new Problems();
  const actions = normalizeActions(input.actions, ['actions'], problems);
  if (problems.any) return fail(...problems.list);
  return changeCampaign(deps, customerId, input.id, 'UPDATED', noChecks({ actions: actions as unknown as PrismaNamespace.InputJsonValue }));
}

/**
 * PUT /campaigns/{id}/resource_info: outplan, outdial and next campaign; omitted keeps, null clears. A running
 * campaign may switch to another dialable outplan (the next attempt uses it), but keeps its outdial.
 */
export async function updateCampaignResourceInfo(deps: Deps, customerId: string, input: CampaignUpdateResourceInfoInput): Promise<Result<Campaign>> {
  const refs: CampaignRefs = { outplanId: input.outplanId, outdialId: input.outdialId, nextCampaignId: input.nextCampaignId };
  return changeCampaign(deps, customerId, input.id, 'UPDATED', async (tx, campaign) => {
    const errors = await checkRefs(tx, customerId, campaign, refs);
    if (errors.length > 0) return fail(...errors);
    return ok(Object.fromEntries(Object.entries(refs).filter(([, v]) => v !== undefined)) as CampaignData);
  });
}

/** PUT /campaigns/{id}/next_campaign_id: null (or omitted, as in REST) unchains. */
export async function updateCampaignNextCampaign(deps: Deps, customerId: string, input: { id: string | null; nextCampaignId?: string | null }): Promise<Result<Campaign>> {
  const nextCampaignId = input.nextCampaignId ?? null;
  return changeCampaign(deps, customerId, input.id, 'UPDATED', async (tx, campaign) => {
    const errors = await checkRefs(tx, customerId, campaign, { nextCampaignId });
    return errors.length > 0 ? fail(...errors) : ok({ nextCampaignId });
  });
}

/**
 * Soft delete, only when STOP (A3). The deleted campaign releases its outdial (outdialId set to null), so the
 * list can be bound to another campaign; its outplan, next campaign and campaign calls stay as they were.
 */
export async function deleteCampaign(deps: Deps, customerId: string, id: string | null): Promise<Result<Campaign>> {
  return changeCampaign(deps, customerId, id, 'DELETED', async (_tx, campaign) => {
    if (campaign.status !== 'STOP') {
      return fail({
        field: ['input', 'id'],
        message: `Campaign is ${campaign.status}; only a stopped campaign can be deleted: stop it (campaignUpdateStatus STOP) and wait for STOP.`,
        code: 'INVALID_STATE',
      });
    }
    return ok({ outdialId: null });
  });
}
