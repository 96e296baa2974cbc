// Calls (domain.md A4, Part B §1.8, §3.5): validation of callCreate, and every write of a call row. Each
// status change goes through applyCallChange: the machine (./call-status.ts) decides, and the row is
// updated only if its version is still the one the decision was made on (UPDATE ... WHERE version = v),
// so a hangup racing a provider event can never write an illegal state; the loser re-reads and re-decides.
import { Prisma as P, type Call } from '../generated/prisma/client.ts';
import type { CallHangupReason, CallStatus, CallType } from '../generated/prisma/enums.ts';
import { writeWithEvents, type Deps, type Emit, type Tx } from '../events/write.ts';
import { columnOf } from '../db/datamodel.ts';
import { rowJsonSql } from '../events/row-json.ts';
import { reviveSnapshot } from '../events/snapshot.ts';
import { normalizeAddress, type Address } from './address.ts';
import { normalizeActions, type Action, type ActionInput } from './action.ts';
import { fail, notFound, ok, Problems, type Result } from './errors.ts';
import { deletedError } from './row-change.ts';
import { LIVE_STATUSES, localHangupStatus, transition, type StatusChange, type StatusUpdate } from './call-status.ts';
import { attemptProgressCtes } from './attempt-progress.ts';
import { idempotentRequest, writeOnce, type Keyed, type Once } from './idempotency.ts';

/**
 * What drives a call (Part B §2.6, stored since the migration call_type): FLOW runs its own actions (every call
 * from callCreate or a campaign); CONNECT is a leg dialed by another call's CONNECT action and bridged to it.
 * CONFERENCE and SIP_SERVICE are VoIPbin's incoming types: nothing in dialgraph makes them.
 */
export const CALL_TYPES = ['FLOW', 'CONFERENCE', 'SIP_SERVICE', 'CONNECT'] as const satisfies readonly CallType[];

export const MAX_CALL_DESTINATIONS = 100;
/** A call not placed by a campaign rings at most this long (A4). */
export const DEFAULT_RING_TIMEOUT_MS = 30_000;
/** Optimistic retries of one status change before giving up (each retry means another writer just won). */
const MAX_ATTEMPTS = 10;

export interface CallCreateInput extends Keyed {
  source: Address;
  destinations: Address[];
  actions: ActionInput[];
}

export interface ValidCallCreate {
  source: Address;
  destinations: Address[];
  actions: Action[];
}

/** Validates callCreate: source and every destination TEL or SIP, 1..100 destinations, valid actions. */
export function validateCallCreate(input: CallCreateInput): Result<ValidCallCreate> {
  const problems = new Problems();
  const source = normalizeAddress(input.source, ['source'], problems, true);
  if (input.destinations.length === 0) problems.add(['destinations'], 'at least one destination is required.');
  if (input.destinations.length > MAX_CALL_DESTINATIONS) {
    problems.add(['destinations'], `at most ${MAX_CALL_DESTINATIONS} destinations per callCreate (got ${input.destinations.length}).`);
  }
  const destinations = input.destinations.map((d, i) => normalizeAddress(d, ['destinations', i], problems, true));
  const actions = normalizeActions(input.actions, ['actions'], problems);
  if (input.actions.length === 0) {
    problems.add(['actions'], 'a call needs at least one action (for example talk or play): with none it would hang up as soon as it is answered.');
  }
  if (problems.any) return fail(...problems.list);
  return ok({ source: source!, destinations: destinations as Address[], actions });
}

export interface NewCallOptions {
  customerId: string;
  /** The instance that will drive the calls. */
  ownerId: string;
  masterCallId?: string | null;
  /** FLOW unless given (a CONNECT action's legs are CONNECT). */
  type?: CallType;
  /** The campaign whose attempt (or whose attempt's CONNECT) placed the calls. */
  campaignId?: string | null;
  ringTimeoutMs?: number;
}

/** Inserts one DIALING call per destination, with its CREATED event, in one transaction. */
export async function insertCalls(deps: Deps, call: ValidCallCreate, options: NewCallOptions): Promise<Call[]> {
  return writeWithEvents(deps, (tx, emit) => insertCallRows(tx, emit, call, options));
}

async function insertCallRows(tx: Tx, emit: Emit, call: ValidCallCreate, options: NewCallOptions): Promise<Call[]> {
  const rows: Call[] = [];
  for (const destination of call.destinations) {
    const row = await tx.call.create({
      data: {
        customerId: options.customerId,
        source: call.source as unknown as P.InputJsonValue,
        destination: destination as unknown as P.InputJsonValue,
        actions: call.actions as unknown as P.InputJsonValue,
        masterCallId: options.masterCallId ?? null,
        type: options.type ?? 'FLOW',
        campaignId: options.campaignId ?? null,
        ownerId: options.ownerId,
        ringTimeoutMs: options.ringTimeoutMs ?? DEFAULT_RING_TIMEOUT_MS,
      },
    });
    await emit('Call', 'CREATED', row);
    rows.push(row);
  }
  return rows;
}

/**
 * callCreate: validates, then inserts the calls (insertCalls) once per idempotency key (./idempotency.ts). A
 * replay answers the calls the key's first request created, as they are now, and creates none; the caller
 * places the calls only when `replayed` is false.
 */
export async function createCallsOnce(
  deps: Deps, input: CallCreateInput, options: NewCallOptions,
): Promise<Result<Once<Call[]>>> {
  const problems = new Problems();
  const request = idempotentRequest(options.customerId, 'callCreate', input, problems);
  const valid = validateCallCreate(input);
  if (problems.any || !valid.ok) return fail(...(valid.ok ? [] : valid.errors), ...problems.list);
  return writeOnce(deps, request, {
    record: (calls) => ({ callIds: calls.map((c) => c.id) }),
    load: async (recorded) => {
      const ids = (recorded as { callIds: string[] }).callIds;
      const rows = await deps.prisma.call.findMany({ where: { id: { in: ids }, customerId: options.customerId } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
  }, async (tx, emit) => ok(await insertCallRows(tx, emit, valid.value, options)));
}

export type ChangeOutcome = { changed: true; call: Call } | { changed: false; call: Call | null; message?: string };

/**
 * Applies the change `decide` picks for the current row (null: none), through the status machine, as a
 * conditional update on the row's version; retried on a lost race, each time with a freshly read row.
 * `known` is the row as the caller last saw it (the telephony controller keeps its live calls' rows): deciding
 * on it saves a read, and if it is stale the version check fails and the row is read again.
 */
export async function applyCallChange(deps: Deps, callId: string, decide: (call: Call) => StatusChange | null, known?: Call | null): Promise<ChangeOutcome> {
  let current = known ?? null;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    current ??= await deps.prisma.call.findUnique({ where: { id: callId } });
    if (!current) return { changed: false, call: null, message: 'no such call' };
    const change = decide(current);
    if (!change) return { changed: false, call: current };
    const plan = transition(current, change);
    if (!plan.ok) {
      if (current === known) {
        current = null; // decided on a row that may be stale: decide again on the stored one
        continue;
      }
      return { changed: false, call: current, message: plan.message };
    }
    const written = await writeCallChange(deps, current, plan.update);
    if (written) return { changed: true, call: written };
    current = null;
  }
  return { changed: false, call: await deps.prisma.call.findUnique({ where: { id: callId } }), message: 'too many concurrent changes' };
}

/** The database type of each column a status change writes. */
const STATUS_UPDATE_TYPES: Record<keyof StatusUpdate, string> = {
  status: '"CallStatus"', ringingAt: 'timestamptz', progressingAt: 'timestamptz', hangupAt: 'timestamptz',
  hangupBy: '"CallHangupBy"', hangupReason: '"CallHangupReason"', hangupRequestedReason: '"CallHangupReason"',
};

/**
 * Writes `update` to the call if it is still at `current`'s version, with its event and, for a campaign's call,
 * its attempt's and target's changes and events (./attempt-progress.ts): one statement, no transaction.
 * Returns the new row, or null when another writer changed the call first.
 */
async function writeCallChange(deps: Deps, current: Call, update: StatusUpdate): Promise<Call | null> {
  const now = new Date();
  const after = { ...current, ...update, updatedAt: now, version: current.version + 1 } as Call;
  const columns = (Object.keys(update) as (keyof StatusUpdate)[])
    .filter((field) => update[field] !== undefined)
    .map((field) => P.sql`${P.raw(`"${columnOf(field)}"`)} = ${update[field]}::${P.raw(STATUS_UPDATE_TYPES[field])}`);
  const { events } = await writeWithEvents(deps, {
    ctes: [
      {
        name: 'call_row',
        events: { entityType: 'Call', kind: 'STATUS' },
        sql: P.sql`
          UPDATE "call" AS c SET ${P.join(columns, ', ')}, updated_at = ${now}::timestamptz, version = c.version + 1
          WHERE c.id = ${current.id}::uuid AND c.version = ${current.version}
          RETURNING c.customer_id, c.id, c.version, ${rowJsonSql('Call', 'c')} AS snap`,
      },
      ...attemptProgressCtes('call_row', after, now),
    ],
  });
  const own = events.find((e) => e.entityType === 'Call');
  return own ? reviveSnapshot('Call', own.snapshot) : null;
}

/**
 * Records that a machine answered a PROGRESSING call that plays on to it (machine detection LEAVE_MESSAGE): when its
 * hangup comes, its attempt's outcome is MACHINE and its target VOICEMAIL (./attempt-rules.ts). Written at once (the
 * row's version +1, a Call STATUS event), so a crash before the hangup loses nothing. Once only.
 */
export async function markMachineDetected(deps: Deps, callId: string): Promise<ChangeOutcome> {
  const now = new Date();
  const { events } = await writeWithEvents(deps, {
    ctes: [{
      name: 'call_row',
      events: { entityType: 'Call', kind: 'STATUS' },
      sql: P.sql`
        UPDATE "call" AS c SET machine_detected_at = ${now}::timestamptz, updated_at = ${now}::timestamptz, version = c.version + 1
        WHERE c.id = ${callId}::uuid AND c.status = 'PROGRESSING' AND c.machine_detected_at IS NULL
        RETURNING c.customer_id, c.id, c.version, ${rowJsonSql('Call', 'c')} AS snap`,
    }],
  });
  const own = events.find((e) => e.entityType === 'Call');
  if (own) return { changed: true, call: reviveSnapshot('Call', own.snapshot) };
  return { changed: false, call: await deps.prisma.call.findUnique({ where: { id: callId } }) };
}

/**
 * Moves a call to CANCELING (not answered yet: an operator's CANCEL) or TERMINATING (answered: ending with
 * `reasonIfAnswered`, else NORMAL), the requested end stored with it; a call already ending is left as it is.
 */
export function requestLocalHangup(deps: Deps, callId: string, known?: Call | null, reasonIfAnswered?: CallHangupReason): Promise<ChangeOutcome> {
  return applyCallChange(deps, callId, (call) => {
    const to = localHangupStatus(call.status);
    return to ? { to, reason: to === 'TERMINATING' ? reasonIfAnswered : undefined } : null;
  }, known);
}

export function findCall(deps: Deps, customerId: string, id: string | null): Promise<Call | null> {
  if (!id) return Promise.resolve(null);
  return deps.prisma.call.findFirst({ where: { id, customerId } });
}

/**
 * The caller's call `id`, not deleted: a deleted call is refused as every other deleted row is (deleting it again
 * too, so a client can tell a retry from a first delete).
 */
export async function findUndeletedCall(deps: Deps, customerId: string, id: string | null, verb: 'hung up' | 'deleted'): Promise<Result<Call>> {
  const call = await findCall(deps, customerId, id);
  if (!call) return fail(notFound(['input', 'id'], 'Call'));
  if (call.deletedAt) return fail(verb === 'deleted' ? { ...deletedError('Call'), message: 'Call is already deleted.' } : deletedError('Call'));
  return ok(call);
}

/** Soft-deletes a call (its hangup, if it was live, has been requested before). */
export async function softDeleteCall(deps: Deps, call: Call): Promise<Call> {
  if (call.deletedAt) return call;
  return writeWithEvents(deps, async (tx, emit) => {
    const now = new Date();
    const { count } = await tx.call.updateMany({
      where: { id: call.id, deletedAt: null },
      data: { deletedAt: now, updatedAt: now, version: { increment: 1 } },
    });
    const row = await tx.call.findUniqueOrThrow({ where: { id: call.id } });
    if (count > 0) await emit('Call', 'DELETED', row);
    return row;
  });
}

export function isLive(status: CallStatus): boolean {
  return (LIVE_STATUSES as readonly CallStatus[]).includes(status);
}
