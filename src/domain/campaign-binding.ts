// How campaigns hold their outdials and outplans (domain.md A2, A3). One key binds an outdial to a campaign:
// campaign.outdial_id (unique); Outdial.campaign is derived from it, and campaignCreate,
// campaignUpdateResourceInfo, outdialCreate and outdialUpdateCampaign all write that same key.
//
// Locking. Every write that changes a binding, or deletes a row a campaign may use, first takes one advisory
// lock per customer, so these checks ("is the outdial held?", "would the chain loop?", "is a running campaign
// using it?") and the writes that follow cannot interleave with one another. Against the dialer and
// campaignUpdateStatus, which lock only campaign rows, the campaign rows involved are locked too (lockCampaign).
import { Prisma as PrismaNamespace, type Campaign, type CampaignStatus, type Outdial } from '../generated/prisma/client.ts';
import { writeWithEvents, type Deps, type Emit, type Tx } from '../events/write.ts';
import { ACTIVE_CAMPAIGN_STATUSES } from './campaign-status.ts';
import type { EventKind, EventRows } from '../events/catalog.ts';
import { fail, notFound, type Result, type UserError } from './errors.ts';
import { changeRow, explainMissingOrDeleted } from './row-change.ts';

/** Serializes binding changes of one customer (released at commit or rollback). */
export async function lockBindings(tx: Tx, customerId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`dialgraph:campaign-bindings:${customerId}`}, 0))`;
}

/** RUN or STOPPING: the dialer is working on the campaign. */
export function isActive(status: CampaignStatus): boolean {
  return (ACTIVE_CAMPAIGN_STATUSES as readonly string[]).includes(status);
}

/**
 * Refuses deleting an outdial or outplan that a RUN or STOPPING campaign uses (A3). The campaigns using it are
 * locked first, so a concurrent campaignUpdateStatus RUN either finishes before (and is seen here) or runs
 * after the delete (and sees the row deleted).
 */
export async function refuseIfUsedByActiveCampaign(tx: Tx, customerId: string, what: 'Outdial' | 'Outplan', id: string): Promise<UserError | null> {
  const column = PrismaNamespace.raw(what === 'Outdial' ? 'outdial_id' : 'outplan_id');
  const users = await tx.$queryRaw<{ id: string; name: string; status: CampaignStatus }[]>`
    SELECT id, name, status FROM campaign
    WHERE ${column} = ${id}::uuid AND customer_id = ${customerId}::uuid AND deleted_at IS NULL
    ORDER BY id FOR UPDATE`;
  const active = users.filter((c) => isActive(c.status));
  if (active.length === 0) return null;
  const names = active.map((c) => `"${c.name}" (${c.status})`).join(', ');
  return {
    field: ['input', 'id'],
    message: `${what} is used by running campaign ${names}; stop the campaign (campaignUpdateStatus STOP) and wait for STOP before deleting it.`,
    code: 'INVALID_STATE',
  };
}

export function campaignStateError(campaign: Pick<Campaign, 'status'>, field: string[], change: string): UserError {
  return {
    field,
    message: `Campaign is ${campaign.status}: ${change} while it runs; stop it first (campaignUpdateStatus STOP) and wait for STOP.`,
    code: 'INVALID_STATE',
  };
}

export function heldError(field: string[], holder: Pick<Campaign, 'name'>): UserError {
  return {
    field,
    message: `Outdial is already bound to campaign "${holder.name}"; an outdial belongs to at most one campaign. Unbind it there first (outdialUpdateCampaign with campaignId null).`,
    code: 'CONFLICT',
  };
}

/**
 * An outdial `campaignId` may bind (null: a campaign being created): the customer's, live, and not held by
 * another campaign.
 */
export async function checkOutdialToBind(tx: Tx, customerId: string, outdialId: string, campaignId: string | null, field: string[]): Promise<UserError | null> {
  const outdial = await tx.outdial.findFirst({ where: { id: outdialId, customerId }, select: { deletedAt: true, campaign: { select: { id: true, name: true } } } });
  if (!outdial) return notFound(field, 'Outdial');
  if (outdial.deletedAt) return { field, message: 'Outdial is deleted; a campaign cannot use it.', code: 'NOT_FOUND' };
  if (outdial.campaign && outdial.campaign.id !== campaignId) return heldError(field, outdial.campaign);
  return null;
}

/** A live outplan of the customer; with its source, to tell whether it can dial. */
export async function findOutplanToUse(tx: Tx, customerId: string, outplanId: string, field: string[]): Promise<{ error: UserError } | { source: unknown }> {
  const outplan = await tx.outplan.findFirst({ where: { id: outplanId, customerId }, select: { deletedAt: true, source: true } });
  if (!outplan) return { error: notFound(field, 'Outplan') };
  if (outplan.deletedAt) return { error: { field, message: 'Outplan is deleted; a campaign cannot use it.', code: 'NOT_FOUND' } };
  return { source: outplan.source };
}

/** An outdial whose binding changed: its version goes up and subscribers hear Outdial UPDATED. */
export async function touchOutdial(tx: Tx, emit: Emit, id: string): Promise<Outdial> {
  const row = await tx.outdial.update({ where: { id }, data: { updatedAt: new Date(), version: { increment: 1 } } });
  await emit('Outdial', 'UPDATED', row);
  return row;
}

/** A write that lost a race for the unique outdial key (only possible around the advisory lock, e.g. a direct write). */
export function isOutdialKeyViolation(err: unknown): boolean {
  if (!(err instanceof PrismaNamespace.PrismaClientKnownRequestError) || err.code !== 'P2002') return false;
  // The driver's message names the violated constraint (the error message itself quotes the calling code).
  return JSON.stringify(err.meta ?? {}).includes('campaign_outdial_id_key');
}

export function raceConflict(field: string[]): UserError {
  return { field, message: 'Outdial was bound to another campaign at the same time; an outdial belongs to at most one campaign.', code: 'CONFLICT' };
}

/** Runs a binding write; a lost race for the unique outdial key becomes a CONFLICT on `field` instead of an error. */
export async function bindingWrite<T>(deps: Deps, field: string[], work: (tx: Tx, emit: Emit) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await writeWithEvents(deps, work);
  } catch (err) {
    if (isOutdialKeyViolation(err)) return fail(raceConflict(field));
    throw err;
  }
}

/**
 * Writes a campaign's outdial key (locked campaign): version +1 and Campaign UPDATED, and Outdial UPDATED for
 * each outdial whose campaign changed, except `created` (a new outdial whose CREATED event already shows it).
 */
export async function setCampaignOutdial(tx: Tx, emit: Emit, campaign: Campaign, outdialId: string | null, created?: string): Promise<Campaign> {
  const row = await tx.campaign.update({ where: { id: campaign.id }, data: { outdialId, updatedAt: new Date(), version: { increment: 1 } } });
  await emit('Campaign', 'UPDATED', row);
  for (const changed of new Set([campaign.outdialId, outdialId])) {
    if (changed && changed !== created) await touchOutdial(tx, emit, changed);
  }
  return row;
}

/**
 * Changes a live outdial or outplan of the customer (version +1, its event); NOT_FOUND / INVALID_STATE
 * otherwise. Deleting one is refused while a RUN or STOPPING campaign uses it (A3), under the binding lock.
 */
export async function changeCampaignResource<E extends 'Outdial' | 'Outplan'>(
  deps: Deps, customerId: string, entityType: E, id: string | null, data: Record<string, unknown>, kind: 'UPDATED' | 'DELETED',
): Promise<Result<EventRows[E]>> {
  if (!id) return fail(notFound(['input', 'id'], entityType));
  return writeWithEvents(deps, async (tx, emit) => {
    if (kind === 'DELETED') {
      await lockBindings(tx, customerId);
      const refused = await refuseIfUsedByActiveCampaign(tx, customerId, entityType, id);
      if (refused) return fail<EventRows[E]>(refused);
    }
    // Both types report UPDATED and DELETED; TypeScript cannot see that through the generic E.
    const change = { entityType, kind: kind as Extract<EventKind<E>, 'UPDATED' | 'DELETED'>, id, customerId, data };
    return changeRow(tx, emit, { ...change, explainMiss: () => explainMissingOrDeleted(tx, entityType, id, customerId) });
  });
}
