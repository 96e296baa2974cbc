// The guarded change of one row, the shape most mutations share: one UPDATE that applies only while the
// row is the customer's, live and in a state that allows the change (the guard is part of the statement, so
// a concurrent writer such as the dialer cannot slip in between a check and the write), version +1, and its
// event. When nothing matched, the caller's explainMiss says why (missing, deleted, or the state).
import type { EventKind, EventRows } from '../events/catalog.ts';
import type { Emit, Tx } from '../events/write.ts';
import { fail, notFound, ok, type Result, type UserError } from './errors.ts';

/** The Prisma delegate of each row type changed this way. */
const DELEGATES = { Outplan: 'outplan', Outdial: 'outdial', OutdialTarget: 'outdialTarget', CampaignCall: 'campaignCall', Call: 'call' } as const;

type Changeable = keyof typeof DELEGATES;

export interface RowChange<E extends Changeable> {
  entityType: E;
  /** UPDATED, or DELETED for a soft delete (which also sets deletedAt). */
  kind: Extract<EventKind<E>, 'UPDATED' | 'DELETED'>;
  id: string;
  /** The caller's customer; undefined only for a row the caller already holds (a call the controller drives). */
  customerId?: string;
  /** Conditions on the row's state besides id, customer and not deleted. */
  guard?: Record<string, unknown>;
  data?: Record<string, unknown>;
  /** Why nothing matched. */
  explainMiss(): Promise<UserError>;
}

interface Delegate<Row> {
  updateManyAndReturn(args: { where: object; data: object }): Promise<Row[]>;
}

export async function changeRow<E extends Changeable>(tx: Tx, emit: Emit, change: RowChange<E>): Promise<Result<EventRows[E]>> {
  const now = new Date();
  const delegate = tx[DELEGATES[change.entityType]] as unknown as Delegate<EventRows[E]>;
  const [row] = await delegate.updateManyAndReturn({
    where: { id: change.id, ...(change.customerId ? { customerId: change.customerId } : {}), deletedAt: null, ...change.guard },
    data: { ...change.data, updatedAt: now, ...(change.kind === 'DELETED' ? { deletedAt: now } : {}), version: { increment: 1 } },
  });
  if (!row) return fail(await change.explainMiss());
  await emit(change.entityType, change.kind, row);
  return ok(row);
}

export function deletedError(what: string): UserError {
  return { field: ['input', 'id'], message: `${what} is deleted; deleted rows cannot be changed.`, code: 'INVALID_STATE' };
}

/**
 * Why a change of (id, customerId) with no state guard matched no row: missing (or another customer's, which
 * answers the same) or deleted.
 */
export async function explainMissingOrDeleted(tx: Tx, entityType: 'Outdial' | 'Outplan', id: string, customerId: string): Promise<UserError> {
  const delegate = tx[DELEGATES[entityType]] as unknown as { findFirst(a: object): Promise<{ deletedAt: Date | null } | null> };
  const found = await delegate.findFirst({ where: { id, customerId }, select: { deletedAt: true } });
  return found?.deletedAt ? deletedError(entityType) : notFound(['input', 'id'], entityType);
}
