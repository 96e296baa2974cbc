// Idempotency keys (issue 16): callCreate, outdialTargetsCreate, outdialTargetsImportCsv and campaignUpdateStatus
// take an optional `idempotencyKey`. Per customer, for 24 hours, the key stands for one request (the operation
// and its input): a replay of it does nothing again and answers the first result, the same key with another
// request is a CONFLICT userError.
//
// The key row is written first thing in the change's own transaction (INSERT ... ON CONFLICT), so a change can
// never commit without its key nor a key without its change, and a concurrent duplicate waits on the primary key
// until the first commits (then finds its result) or rolls back (then does the change itself). A refused attempt
// (userErrors) rolls its key back with everything else: nothing happened, so the key stays free.
//
// Hand-written: the libraries for this (express-idempotency and the like) are HTTP middlewares that store a whole
// response outside the change's transaction; here the key must share the transaction and the result must be the
// domain's (ids, counts), read again on a replay so that any selection set works.
import { createHash } from 'node:crypto';
import { Prisma as P } from '../generated/prisma/client.ts';
import type { Prisma } from '../db/database.ts';
import { writeWithEvents, type Deps, type Tx, type Work, type WriteOptions } from '../events/write.ts';
import { fail, ok, type Problems, type Result } from './errors.ts';
import { IDEMPOTENCY_KEY_LIFETIME_MS, MAX_IDEMPOTENCY_KEY_LENGTH } from './fixed-limits.ts';

// How long a key is kept (an older one counts as unused, and is pruned) and its length: fixed limits.
export { MAX_IDEMPOTENCY_KEY_LENGTH } from './fixed-limits.ts';
/** Printable ASCII, as the IETF Idempotency-Key header's string: any UUID or ULID fits. */
const KEY_PATTERN = /^[\x20-\x7e]+$/;
const KEY_FIELD = ['input', 'idempotencyKey'];

export type IdempotentOperation = 'callCreate' | 'outdialTargetsCreate' | 'outdialTargetsImportCsv' | 'campaignUpdateStatus';

/** One request under a key: whose, which key, and what it asks (operation and input, as a hash). */
export interface IdempotentRequest {
  customerId: string;
  key: string;
  operation: IdempotentOperation;
  requestHash: string;
}

export interface Keyed {
  idempotencyKey?: string | null;
}

/**
 * Sorted keys, so the same input hashes the same whichever order its object was built in. (safe-stable-stringify
 * does this too, but is only a dependency of pino's here; this is the whole of what is needed.)
 */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v);
}

/**
 * The request of a mutation's `input` (null without a key). A key that is empty, longer than 255 characters or
 * not printable ASCII is a problem at ["input", "idempotencyKey"].
 */
export function idempotentRequest(customerId: string, operation: IdempotentOperation, input: Keyed, problems: Problems): IdempotentRequest | null {
  const { idempotencyKey: key, ...rest } = input;
  if (key === undefined || key === null) return null;
  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    problems.add(['idempotencyKey'], `idempotencyKey must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters (got ${key.length}); a UUID is a good key.`);
    return null;
  }
  if (!KEY_PATTERN.test(key)) {
    problems.add(['idempotencyKey'], 'idempotencyKey may only contain printable ASCII characters (space to ~); a UUID is a good key.');
    return null;
  }
  const requestHash = createHash('sha256').update(operation).update('\n').update(canonicalJson(rest)).digest('hex');
  return { customerId, key, operation, requestHash };
}

/** What a change records under its key, and how a replay reads it back as the change's value now. */
export interface ResultRecord<T> {
  record(value: T): P.InputJsonValue;
  load(recorded: P.JsonValue): Promise<T>;
}

export interface Once<T> {
  value: T;
  /** True: a replay; nothing was done again (leave out the change's after-commit effects too). */
  replayed: boolean;
}

interface KeyRow {
  operation: string;
  request_hash: string;
  result: P.JsonValue;
  created_at: Date;
}

/**
 * Claims the key in `tx` (its first statement): inserts it, or takes over a row older than the lifetime. A
 * duplicate in flight makes this wait until it commits or rolls back. Returns null when claimed, else the row
 * that holds the key.
 */
async function claim(tx: Tx, request: IdempotentRequest): Promise<KeyRow | null> {
  const claimed = await tx.$queryRaw<{ key: string }[]>`
    INSERT INTO idempotency_key (customer_id, key, operation, request_hash)
    VALUES (${request.customerId}::uuid, ${request.key}, ${request.operation}, ${request.requestHash})
    ON CONFLICT (customer_id, key) DO UPDATE
      SET operation = EXCLUDED.operation, request_hash = EXCLUDED.request_hash, result = NULL, created_at = now()
      WHERE idempotency_key.created_at <= now() - ${IDEMPOTENCY_KEY_LIFETIME_MS} * interval '1 millisecond'
    RETURNING key`;
  if (claimed.length > 0) return null;
  const [held] = await tx.$queryRaw<KeyRow[]>`
    SELECT operation, request_hash, result, created_at FROM idempotency_key
    WHERE customer_id = ${request.customerId}::uuid AND key = ${request.key}`;
  return held;
}

function conflict(request: IdempotentRequest, held: KeyRow) {
  const other = held.operation === request.operation ? 'other input' : `another mutation (${held.operation})`;
  return fail({
    field: KEY_FIELD,
    code: 'CONFLICT' as const,
    message: `this idempotencyKey was first used at ${held.created_at.toISOString()} for ${other}; ` +
      'send a new key for a new request (a key is kept 24 hours).',
  });
}

/**
 * Runs `work` (one transaction, writeWithEvents) once per request: with a key, the key is claimed first in that
 * transaction and the work's value recorded under it at its end. A replay answers the recorded value, loaded now,
 * without running the work; the key held by another request is a CONFLICT; a failed Result records nothing.
 */
export async function writeOnce<T>(
  deps: Deps, request: IdempotentRequest | null, recorded: ResultRecord<T>, work: Work<Result<T>>, options?: WriteOptions,
): Promise<Result<Once<T>>> {
  if (!request) {
    const result = await writeWithEvents(deps, work, options);
    return result.ok ? ok({ value: result.value, replayed: false }) : result;
  }
  const outcome = await writeWithEvents(deps, async (tx, emit): Promise<Result<{ done: T } | { held: KeyRow }>> => {
    const held = await claim(tx, request);
    if (held) return ok({ held });
    const result = await work(tx, emit);
    if (!result.ok) return result;
    await tx.$executeRaw`
      UPDATE idempotency_key SET result = ${JSON.stringify(recorded.record(result.value))}::jsonb
      WHERE customer_id = ${request.customerId}::uuid AND key = ${request.key}`;
    return ok({ done: result.value });
  }, options);
  if (!outcome.ok) return outcome;
  if ('done' in outcome.value) return ok({ value: outcome.value.done, replayed: false });
  const { held } = outcome.value;
  if (held.request_hash !== request.requestHash) return conflict(request, held);
  return ok({ value: await recorded.load(held.result), replayed: true });
}

/** Deletes the keys past their lifetime (run with the heartbeat; the created_at index makes it cheap). */
export async function pruneIdempotencyKeys(prisma: Prisma): Promise<number> {
  return prisma.$executeRaw`
    DELETE FROM idempotency_key WHERE created_at <= now() - ${IDEMPOTENCY_KEY_LIFETIME_MS} * interval '1 millisecond'`;
}
