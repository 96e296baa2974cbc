// The one way a change is written with its events: writeWithEvents. Its usual form runs the change in one
// transaction, where every event it emits is written to the outbox; its fast form is a single statement of
// data-modifying CTEs (the hot paths: a call's status change, a dialer round) that is atomic without a
// transaction. Either way the events are published only once the change has committed, and a change that
// does not commit publishes nothing.
import type { Prisma } from '../db/database.ts';
import { Prisma as P } from '../generated/prisma/client.ts';
import type { EventBus } from './bus.ts';
import type { DomainEvent, EntityType, EventKind } from './catalog.ts';
import { insertEvents, withEvents, writtenEventsJson, type Cte, type EventEntry, type VersionedRow } from './outbox.ts';

export interface Deps {
  prisma: Prisma;
  bus: EventBus;
}

export type Tx = P.TransactionClient;

export interface Emit {
  <E extends EntityType>(entityType: E, kind: EventKind<E>, row: VersionedRow): Promise<void>;
  /** Several events, of any rows, with one INSERT (bulk changes). */
  many(entries: EventEntry[]): Promise<void>;
  /**
   * A one-statement change (the fast form's `Statement`) run inside this transaction: its events are published
   * with the transaction's, after the commit. For a hot path that must share a transaction with another write
   * (an idempotency key, src/domain/idempotency.ts).
   */
  statement<X = never>(statement: Statement): Promise<StatementResult<X>>;
}

export type Work<T> = (tx: Tx, emit: Emit) => Promise<T>;

export interface WriteOptions {
  /** For long writes (a bulk import): how long the transaction may run; Prisma's default is 5 s. */
  timeoutMs?: number;
}

/** The fast form: one statement built of CTEs, and optionally one more value it selects (`select`, read back as `extra`). */
export interface Statement {
  ctes: Cte[];
  select?: P.Sql;
}

export interface StatementResult<X> {
  /** The events the statement wrote; empty when it changed nothing (a lost race). */
  events: DomainEvent[];
  extra: X | null;
}

/** A work function's failed Result (domain/errors.ts): the transaction rolls back and it is returned as it is. */
interface Failure {
  ok: false;
  errors: unknown[];
}

function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && (value as Failure).ok === false && Array.isArray((value as Failure).errors);
}

class RolledBack extends Error {
  constructor(readonly failure: Failure) {
    super('the change was refused; rolled back');
  }
}

/**
 * Writes a change with its events. With `work`: runs it in one transaction; every event it emits is written to
 * the outbox in that transaction and published after the commit. A thrown error, or a returned failed Result
 * (userErrors), rolls the change and its events back together, so a refused input never leaves a partial write.
 * With a `Statement`: runs that one statement (withEvents) and publishes the events it wrote.
 */
export function writeWithEvents<T>(deps: Deps, work: Work<T>, options?: WriteOptions): Promise<T>;
export function writeWithEvents<X = never>(deps: Deps, statement: Statement): Promise<StatementResult<X>>;
export function writeWithEvents<T>(deps: Deps, change: Work<T> | Statement, options: WriteOptions = {}): Promise<unknown> {
  return typeof change === 'function' ? inTransaction(deps, change, options) : inOneStatement(deps, change);
}

async function inTransaction<T>(deps: Deps, work: Work<T>, options: WriteOptions): Promise<T> {
  const pending: DomainEvent[] = [];
  let result: T;
  try {
    result = await deps.prisma.$transaction(
      async (tx) => {
        pending.length = 0; // a retried transaction starts over
        const emit = (async (entityType, kind, row) => {
          pending.push(...(await insertEvents(tx, [{ entityType, kind, row } as EventEntry])));
        }) as Emit;
        emit.many = async (entries) => {
          pending.push(...(await insertEvents(tx, entries)));
        };
        emit.statement = (async (statement: Statement) => {
          const row = await runStatement(tx, statement);
          pending.push(...row.events);
          return row;
        }) as Emit['statement'];
        const value = await work(tx, emit);
        if (isFailure(value)) throw new RolledBack(value);
        return value;
      },
      options.timeoutMs ? { timeout: options.timeoutMs, maxWait: 10_000 } : undefined,
    );
  } catch (err) {
    if (err instanceof RolledBack) return err.failure as T;
    throw err;
  }
  deps.bus.publish(pending);
  return result;
}

/** The SQL the fast form sends for `statement`: its CTEs, the outbox INSERT, and the events (and extra) read back. */
export function statementSql(statement: Statement): P.Sql {
  return P.sql`${withEvents(statement.ctes)} SELECT ${writtenEventsJson} AS events, ${statement.select ?? P.sql`NULL`} AS extra`;
}

async function runStatement<X>(client: Prisma | Tx, statement: Statement): Promise<StatementResult<X>> {
  const [row] = await client.$queryRaw<{ events: DomainEvent[]; extra: X | null }[]>(statementSql(statement));
  return row;
}

async function inOneStatement<X>(deps: Deps, statement: Statement): Promise<StatementResult<X>> {
  const row = await runStatement<X>(deps.prisma, statement);
  deps.bus.publish(row.events);
  return row;
}
