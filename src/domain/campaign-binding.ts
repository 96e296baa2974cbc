// How campaigns hold their outdials and outplans (domain.md A2, A3). One key binds an outdial to a campaign:
// campaign.outdial_id (unique); Outdial.campaign is derived from it, and campaignCreate,
// campaignUpdateResourceInfo, outdialCreate and outdialUpdateCampaign all write that same key.
//
// Locking. Every write that changes a binding, deletes a row a campaign may use, or takes an outplan's caller
// id away first takes one advisory lock per customer, so these checks ("is the outdial held?", "would the chain
// loop?", "does a campaign use it?", "would a running campaign lose its caller id?") and the writes that follow
// cannot interleave with one another. Against the dialer and campaignUpdateStatus, which lock only campaign
// rows, the campaign rows involved are locked too (lockCampaign, lockCampaignsUsing). The one lock order of the
// whole program (docs/architecture.md, "Locks"): this advisory lock, then campaign rows (in id order when
// several), then outdial/outplan rows, then targets; a transaction that holds a campaign never waits for
// another campaign (the dialer's settle takes a next campaign with SKIP LOCKED).
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

/** A live campaign of the customer that uses an outdial or outplan, as locked by lockCampaignsUsing. */
export interface CampaignUsing {
  id: string;
  name: string;
  status: CampaignStatus;
}

/**
 * Locks the customer's live campaigns that use the outdial or outplan `id`, in id order (the lock order,
 * docs/architecture.md), so a concurrent campaignUpdateStatus RUN or dialer round either finishes before (and is
 * seen here) or runs after this transaction (and sees its change).
 */
export async function lockCampaignsUsing(tx: Tx, customerId: string, what: 'Outdial' | 'Outplan', id: string): Promise<CampaignUsing[]> {
  const column = PrismaNamespace.raw(what === 'Outdial' ? 'outdial_id' : 'outplan_id');
  return tx.$queryRaw<CampaignUsing[]>`
    SELECT id, name, status FROM campaign
    WHERE ${column} = ${id}::uuid AND customer_id = ${customerId}::uuid AND deleted_at IS NULL
    ORDER BY id FOR UPDATE`;
}

/** The campaigns for a person: by name (they were locked in id order). */
const named = (campaigns: CampaignUsing[]) => campaigns.map((c) => `"${c.name}" (${c.status})`).sort().join(', ');

/**
 * Why an outdial or outplan cannot be deleted: a RUN or STOPPING campaign uses it (A3, INVALID_STATE: stop it
 * first), or a stopped one does (CONFLICT: the campaign would point at a deleted row, and RUN could never start
 * it; point it elsewhere or delete it first). Null when no live campaign uses it.
 */
export function deleteRefusal(what: 'Outdial' | 'Outplan', users: CampaignUsing[]): UserError | null {
  const active = users.filter((c) => isActive(c.status));
  if (active.length > 0) {
    return {
      field: ['input', 'id'],
      message: `${what} is used by running campaign ${named(active)}; stop the campaign (campaignUpdateStatus STOP) and wait for STOP before deleting it.`,
      code: 'INVALID_STATE',
    };
  }
  if (users.length === 0) return null;
  const release = what === 'Outplan'
    ? 'give them another outplan (campaignUpdateResourceInfo) or delete them (campaignDelete) first'
    : 'unbind it (outdialUpdateCampaign with campaignId null) or delete the campaign (campaignDelete) first';
  return {
    field: ['input', 'id'],
    message: `${what} is used by campaign ${named(users)}; a campaign cannot point at a deleted ${what.toLowerCase()}: ${release}.`,
    code: 'CONFLICT',
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

/** Decides, with the campaigns that use the row locked, whether an update of it may go ahead. */
export type UsersCheck = (users: CampaignUsing[]) => UserError | null;

/**
 * Changes a live outdial or outplan of the customer (version +1, its event); NOT_FOUND / INVALID_STATE
 * otherwise. Deleting one, or an update with `usersCheck` (one that can change how campaigns dial), first takes
 * the binding lock and locks the campaigns that use the row (lockCampaignsUsing), then checks them: a delete is
 * refused while any live campaign uses the row (deleteRefusal), an update when `usersCheck` says so. Lock order
 * (docs/architecture.md): binding lock, campaigns in id order, then the outdial/outplan row.
 */
export async function changeCampaignResource<E extends 'Outdial' | 'Outplan'>(
  deps: Deps, customerId: string, entityType: E, id: string | null, data: Record<string, unknown>, kind: 'UPDATED' | 'DELETED',
  usersCheck?: UsersCheck,
): Promise<Result<EventRows[E]>> {
  if (!id) return fail(notFound(['input', 'id'], entityType));
  const explainMiss = (tx: Tx) => explainMissingOrDeleted(tx, entityType, id, customerId);
  return writeWithEvents(deps, async (tx, emit) => {
    if (kind === 'DELETED' || usersCheck) {
      // A missing or deleted row answers as such, whoever still points at it.
      if (!(await isLive(tx, entityType, id, customerId))) return fail<EventRows[E]>(await explainMiss(tx));
      await lockBindings(tx, customerId);
      const users = await lockCampaignsUsing(tx, customerId, entityType, id);
      const refused = kind === 'DELETED' ? deleteRefusal(entityType, users) : usersCheck!(users);
      if (refused) return fail<EventRows[E]>(refused);
    }
    // Both types report UPDATED and DELETED; TypeScript cannot see that through the generic E.
    const change = { entityType, kind: kind as Extract<EventKind<E>, 'UPDATED' | 'DELETED'>, id, customerId, data };
    return changeRow(tx, emit, { ...change, explainMiss: () => explainMiss(tx) });
  });
}

async function isLive(tx: Tx, entityType: 'Outdial' | 'Outplan', id: string, customerId: string): Promise<boolean> {
  const where = { id, customerId, deletedAt: null };
  const found = entityType === 'Outdial'
    ? await tx.outdial.findFirst({ where, select: { id: true } })
    : await tx.outplan.findFirst({ where, select: { id: true } });
  return found !== null;
}
