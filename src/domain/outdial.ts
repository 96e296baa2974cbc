// Outdials: named lists of targets (domain.md A1-A2, Part B §1.2). Validation happens here, before any
// write, so a rejected input changes nothing. An outdial is bound to at most one campaign through the
// campaign's outdial key (./campaign-binding.ts); outdialCreate and outdialUpdateCampaign write that key.
import type { Campaign, Outdial, OutdialTargetStatus } from '../generated/prisma/client.ts';
import type { Prisma } from '../db/database.ts';
import type { Deps, Tx } from '../events/write.ts';
import {
  bindingWrite, campaignStateError, changeCampaignResource, heldError, isActive, lockBindings, setCampaignOutdial,
} from './campaign-binding.ts';
import { lockCampaign } from './campaign-status.ts';
import { fail, notFound, ok, Problems, type Result } from './errors.ts';
import { checkLength, checkName, MAX_DATA, MAX_DETAIL } from './limits.ts';
import { changeRow, deletedError, explainMissingOrDeleted } from './row-change.ts';
import { applyPolicy, type DuplicateTargetPolicy } from './duplicate-targets.ts';
import { writeWithEvents } from '../events/write.ts';

export interface OutdialCreateInput {
  name: string;
  detail?: string | null;
  data?: string | null;
  /** Binds the new outdial to this campaign (its outdial key), in the same transaction. */
  campaignId?: string | null;
  /** Duplicate targets (same first destination): REFUSE when omitted (./duplicate-targets.ts). */
  duplicateTargets?: DuplicateTargetPolicy | null;
}

export interface OutdialUpdateCampaignInput {
  id: string | null;
  /** null (or omitted) unbinds the outdial from the campaign that holds it. */
  campaignId?: string | null;
}

export interface OutdialUpdateInput {
  id: string | null;
  name?: string | null;
  detail?: string | null;
  /** Omitted (or null): unchanged. */
  duplicateTargets?: DuplicateTargetPolicy | null;
}

export interface OutdialUpdateDataInput {
  id: string | null;
  data: string;
}

export async function createOutdial(deps: Deps, customerId: string, input: OutdialCreateInput): Promise<Result<Outdial>> {
  const problems = new Problems();
  const name = checkName(input.name, ['name'], problems);
  const detail = checkLength(input.detail ?? '', MAX_DETAIL, 'detail', ['detail'], problems);
  const data = checkLength(input.data ?? '', MAX_DATA, 'data', ['data'], problems);
  if (problems.any) return fail(...problems.list);
  return bindingWrite(deps, ['input', 'campaignId'], async (tx, emit) => {
    let campaign: Campaign | null = null;
    if (input.campaignId) {
      await lockBindings(tx, customerId);
      const found = await bindableCampaign(tx, customerId, input.campaignId, 'its outdial cannot be changed');
      if (!found.ok) return found;
      campaign = found.value;
    }
    const created = await tx.outdial.create({ data: { customerId, name, detail, data, duplicateTargets: input.duplicateTargets ?? 'REFUSE' } });
    await emit('Outdial', 'CREATED', created);
    // The campaign's previous outdial, if any, is released (one outdial per campaign).
    if (campaign) await setCampaignOutdial(tx, emit, campaign, created.id, created.id);
    return ok(created);
  });
}

/** A campaign of the customer whose outdial key may be written: live, and not RUN or STOPPING. Locked. */
async function bindableCampaign(tx: Tx, customerId: string, campaignId: string, change: string): Promise<Result<Campaign>> {
  const field = ['input', 'campaignId'];
  const campaign = await lockCampaign(tx, campaignId, customerId);
  if (!campaign) return fail(notFound(field, 'Campaign'));
  if (campaign.deletedAt) return fail({ field, message: 'Campaign is deleted; an outdial cannot be bound to it.', code: 'NOT_FOUND' });
  if (isActive(campaign.status)) return fail(campaignStateError(campaign, field, change));
  return ok(campaign);
}

/**
 * PUT /outdials/{id}/campaign_id: writes the campaign's outdial key. Binding an outdial that another campaign
 * holds is a CONFLICT; a campaign that already holds another outdial gets this one instead (the other is
 * released). null unbinds. A RUN or STOPPING campaign's outdial is never changed (INVALID_STATE).
 */
export async function updateOutdialCampaign(deps: Deps, customerId: string, input: OutdialUpdateCampaignInput): Promise<Result<Outdial>> {
  const id = input.id;
  if (!id) return fail(notFound(['input', 'id'], 'Outdial'));
  const campaignId = input.campaignId ?? null;
  const field = ['input', 'campaignId'];
  return bindingWrite(deps, ['input', 'campaignId'], async (tx, emit) => {
    await lockBindings(tx, customerId);
    const outdial = await tx.outdial.findFirst({ where: { id, customerId } });
    if (!outdial) return fail<Outdial>(notFound(['input', 'id'], 'Outdial'));
    if (outdial.deletedAt) return fail<Outdial>(deletedError('Outdial'));
    const holder = await tx.campaign.findUnique({ where: { outdialId: id }, select: { id: true, name: true } });
    if (holder?.id === campaignId || (!holder && !campaignId)) return ok(outdial); // already so: nothing changes
    if (campaignId === null) {
      const found = await bindableCampaign(tx, customerId, holder!.id, 'its outdial cannot be cleared');
      if (!found.ok) return fail<Outdial>(...found.errors);
      await setCampaignOutdial(tx, emit, found.value, null);
    } else {
      if (holder) return fail<Outdial>(heldError(field, holder));
      const found = await bindableCampaign(tx, customerId, campaignId, 'its outdial cannot be changed');
      if (!found.ok) return fail<Outdial>(...found.errors);
      await setCampaignOutdial(tx, emit, found.value, id);
    }
    return ok(await tx.outdial.findUniqueOrThrow({ where: { id } }));
  });
}

export async function updateOutdial(deps: Deps, customerId: string, input: OutdialUpdateInput): Promise<Result<Outdial>> {
  const problems = new Problems();
  const data: { name?: string; detail?: string } = {};
  // Omitted keeps the value; name cannot be cleared, detail cleared by null becomes "".
  if (input.name !== undefined) data.name = checkName(input.name ?? '', ['name'], problems);
  if (input.detail !== undefined) data.detail = checkLength(input.detail ?? '', MAX_DETAIL, 'detail', ['detail'], problems);
  if (problems.any) return fail(...problems.list);
  const policy = input.duplicateTargets;
  if (!policy) return changeCampaignResource(deps, customerId, 'Outdial', input.id, data, 'UPDATED');
  // A policy change: the outdial's UPDATE first (its row lock makes imports and target writes wait), then its targets' keys.
  const id = input.id;
  if (!id) return fail(notFound(['input', 'id'], 'Outdial'));
  return writeWithEvents(deps, async (tx, emit) => {
    const changed = await changeRow(tx, emit, {
      entityType: 'Outdial', kind: 'UPDATED', id, customerId, data: { ...data, duplicateTargets: policy },
      explainMiss: () => explainMissingOrDeleted(tx, 'Outdial', id, customerId),
    });
    if (!changed.ok) return changed;
    const refused = await applyPolicy(tx, id, policy);
    return refused ? fail<Outdial>(refused) : changed;
  });
}

export async function updateOutdialData(deps: Deps, customerId: string, input: OutdialUpdateDataInput): Promise<Result<Outdial>> {
  const problems = new Problems();
  const data = checkLength(input.data, MAX_DATA, 'data', ['data'], problems);
  if (problems.any) return fail(...problems.list);
  return changeCampaignResource(deps, customerId, 'Outdial', input.id, { data }, 'UPDATED');
}

/**
 * Soft delete; targets stay (nothing cascades, Part B §0.5). Refused while a campaign holds the outdial:
 * INVALID_STATE while it runs (A3), CONFLICT when it is stopped (unbind it or delete the campaign first), so no
 * campaign is left bound to a deleted outdial.
 */
export async function deleteOutdial(deps: Deps, customerId: string, id: string | null): Promise<Result<Outdial>> {
  return changeCampaignResource(deps, customerId, 'Outdial', id, {}, 'DELETED');
}

export interface TargetStats {
  total: number;
  idle: number;
  progressing: number;
  done: number;
}

/** Live (not deleted) target counts by status for several outdials, in one grouped query. */
export async function targetStatsByOutdial(prisma: Prisma, customerId: string, outdialIds: readonly string[]): Promise<TargetStats[]> {
  const groups = await prisma.outdialTarget.groupBy({
    by: ['outdialId', 'status'],
    where: { outdialId: { in: [...outdialIds] }, customerId, deletedAt: null },
    _count: { _all: true },
  });
  const byId = new Map<string, TargetStats>(outdialIds.map((id) => [id, { total: 0, idle: 0, progressing: 0, done: 0 }]));
  const key: Record<OutdialTargetStatus, 'idle' | 'progressing' | 'done'> = { IDLE: 'idle', PROGRESSING: 'progressing', DONE: 'done' };
  for (const g of groups) {
    const stats = byId.get(g.outdialId)!;
    stats[key[g.status]] += g._count._all;
    stats.total += g._count._all;
  }
  return outdialIds.map((id) => byId.get(id)!);
}
