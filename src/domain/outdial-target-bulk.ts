// Bulk import of outdial targets (outdialTargetsCreate, and the CSV import's rows): up to 10,000 targets
// validated and inserted all or nothing, with one event for the whole import.
import { Prisma as P } from '../generated/prisma/client.ts';
import { v7 as uuidv7 } from 'uuid';
import { writeWithEvents, type Deps, type Statement, type StatementResult, type Tx } from '../events/write.ts';
import { rowJsonSql } from '../events/row-json.ts';
import { fail, notFound, ok, Problems, type Result } from './errors.ts';
import { idempotentRequest, writeOnce, type IdempotentRequest, type Keyed, type ResultRecord } from './idempotency.ts';
import { checkTarget, liveOutdial, type DestinationColumns, type TargetInput, type ValidatedTarget } from './outdial-target.ts';
import { dedupeKeySql, isDedupeViolation, racedDuplicate, withoutDuplicates, type RowPlace } from './duplicate-targets.ts';
import { MAX_TARGETS_PER_CALL } from './fixed-limits.ts';

export { MAX_TARGETS_PER_CALL } from './fixed-limits.ts';

/** The size rule of a batch: 1 to 10,000 targets. */
function checkBatchSize(count: number, problems: Problems): boolean {
  if (count === 0) problems.add(['targets'], 'targets is empty: send 1 to 10,000 targets.');
  if (count > MAX_TARGETS_PER_CALL) {
    problems.add(['targets'], `at most ${MAX_TARGETS_PER_CALL.toLocaleString('en-US')} targets per call (got ${count.toLocaleString('en-US')}); split the import into several calls.`);
  }
  return !problems.any;
}

/**
 * Validates a batch: every row's problems are reported, each under ["input", "targets", row, ...]. Each row is
 * checked unprefixed into one scratch list, and its problems (rare) are moved over under its index: no per-row
 * field paths are built for the rows that pass.
 */
export function checkTargets(targets: TargetInput[], problems: Problems): ValidatedTarget[] {
  const rowProblems = new Problems([]);
  const rows: ValidatedTarget[] = [];
  for (let i = 0; i < targets.length; i++) {
    rows.push(checkTarget(targets[i], [], rowProblems));
    if (rowProblems.any) {
      for (const p of rowProblems.list) problems.add(['targets', i, ...(p.field ?? [])], p.message, p.code);
      rowProblems.list.length = 0;
    }
  }
  return rows;
}

/**
 * A validated target as a row of json_to_recordset (unused destination slots are null). Its id is a UUIDv7 from
 * `uuid`, whose ids increase within a process even in one millisecond: every row of an import shares one
 * createdAt, and the ids keep them in the order they were sent (lists order by createdAt, then id).
 */
function jsonRow(r: ValidatedTarget) {
  return {
    id: uuidv7(), name: r.name, detail: r.detail, data: r.data,
    d0: jsonSlot(r.destination0), d1: jsonSlot(r.destination1), d2: jsonSlot(r.destination2), d3: jsonSlot(r.destination3), d4: jsonSlot(r.destination4),
    tz: r.timeZone, tzs: r.timeZones,
  };
}

function jsonSlot(value: DestinationColumns[keyof DestinationColumns]) {
  return value === P.DbNull ? null : value;
}

/**
 * Validated targets as one JSON array. JSON.stringify writes a lone surrogate as an escape, which PostgreSQL's
 * JSON parser refuses; every other write path (UTF-8 text parameters) stores it as U+FFFD, so do the same.
 * `\ud` in the text is rare: only then look precisely.
 */
function rowsJson(rows: ValidatedTarget[]): string {
  const json = JSON.stringify(rows.map(jsonRow));
  return json.includes('\\ud') ? JSON.stringify(rows.map(jsonRow), (_key, value: unknown) => (typeof value === 'string' ? toWellFormed(value) : value)) : json;
}

/** String.prototype.toWellFormed (Node 20; not in TypeScript's ES2023 lib). */
const toWellFormed = (value: string): string => (value as string & { toWellFormed(): string }).toWellFormed();

/**
 * The whole import as ONE statement, whatever its size, atomic without a transaction: the outdial's version
 * bump (which locks it against a concurrent delete until the targets are in), every target from one JSON
 * parameter expanded server-side, and the outbox event. The rows exist only if the outdial is the caller's
 * and not deleted (they are selected from the UPDATE's row). Prisma's createMany cost ~0.4 s of CPU per 1,000
 * rows, and one statement per step of rows made the statement count grow with the import.
 *
 * ONE outbox event for the whole call: the outdial's TARGETS_CREATED (its version bumped; snapshot = the
 * outdial plus createdCount). Creating a target is not a status change (domain.md A5), so bulk-created targets
 * get no event of their own and start at version 1 with nothing in the outbox; the bus starts such a row at its
 * first status change (v2) without waiting for v1 (src/events/row-order.ts). 10,000 target events doubled the writes.
 */
function importStatement(customerId: string, outdialId: string, rows: ValidatedTarget[], skip: boolean): Statement {
  // Millisecond precision, like every row Prisma writes: connection cursors (createdAt_id) carry milliseconds.
  const createdAt = new Date();
  // Each row's dedupe key, computed in SQL from destination 0 under the policy the UPDATE sees (./duplicate-targets.ts).
  const dedupeKey = P.sql`CASE WHEN o.duplicate_targets = 'ALLOW' THEN NULL ELSE ${dedupeKeySql('r.d0')} END`;
  const insert = P.sql`
          INSERT INTO outdial_target (id, customer_id, outdial_id, created_at, name, detail, data,
                                      destination_0, destination_1, destination_2, destination_3, destination_4, time_zone, time_zones, dedupe_key)
          SELECT r.id, o.customer_id, o.id, ${createdAt}::timestamptz, r.name, r.detail, r.data, r.d0, r.d1, r.d2, r.d3, r.d4, r.tz, r.tzs, ${dedupeKey}
          FROM outdial_row AS o, json_to_recordset(${rowsJson(rows)}::json)
            AS r(id uuid, name text, detail text, data text, d0 jsonb, d1 jsonb, d2 jsonb, d3 jsonb, d4 jsonb, tz text, tzs text[])`;
  const outdialRow = (snap: P.Sql) => P.sql`
          UPDATE outdial AS o SET version = o.version + 1
          WHERE o.id = ${outdialId}::uuid AND o.customer_id = ${customerId}::uuid AND o.deleted_at IS NULL
          RETURNING o.customer_id, o.id, o.version, o.duplicate_targets, ${snap} AS snap`;
  if (!skip) {
    // All or nothing: every row is inserted (a raced duplicate fails the whole statement), so the count is known.
    return {
      ctes: [
        { name: 'outdial_row', events: { entityType: 'Outdial', kind: 'TARGETS_CREATED' }, sql: outdialRow(P.sql`${rowJsonSql('Outdial', 'o')} || jsonb_build_object('createdCount', ${rows.length}::int)`) },
        { name: 'inserted', sql: insert },
      ],
    };
  }
  // SKIP: a number a racing import inserted first is left out (ON CONFLICT on the partial unique index); the
  // event and `extra` carry the count really inserted.
  return {
    ctes: [
      { name: 'outdial_row', sql: outdialRow(rowJsonSql('Outdial', 'o')) },
      {
        name: 'inserted',
        sql: P.sql`${insert}
          ON CONFLICT (outdial_id, dedupe_key) WHERE deleted_at IS NULL AND dedupe_key IS NOT NULL DO NOTHING RETURNING 1`,
      },
      {
        name: 'outdial_event',
        events: { entityType: 'Outdial', kind: 'TARGETS_CREATED' },
        sql: P.sql`SELECT o.customer_id, o.id, o.version, o.snap || jsonb_build_object('createdCount', (SELECT count(*) FROM inserted)::int) AS snap FROM outdial_row AS o`,
      },
    ],
    select: P.sql`(SELECT count(*)::int FROM inserted)`,
  };
}

/** How long a keyed import's transaction may run (the key shares it; see importTargets). */
const KEYED_IMPORT_TIMEOUT_MS = 120_000;

/** What an import did: the targets it created, and the duplicates it left out (SKIP). */
export interface ImportCount {
  createdCount: number;
  skippedCount: number;
}

/** What an import records under its idempotency key; a replay answers the counts (the payload reads the outdial now). */
const IMPORT_RECORD: ResultRecord<ImportCount> = {
  record: ({ createdCount, skippedCount }) => ({ createdCount, skippedCount }),
  load: async (recorded) => ({ skippedCount: 0, ...(recorded as { createdCount: number; skippedCount?: number }) }),
};

/** Where a bulk row's duplicate is reported: ["input", "targets", i, "destinations", "0"]. */
const BULK_PLACE: RowPlace = {
  field: (i) => ['input', 'targets', String(i), 'destinations', '0'],
  where: () => '',
  label: (i) => `row ${i}`,
};

/**
 * Inserts validated targets into the caller's live outdial, all or nothing (SKIP: all but the duplicates); a
 * missing or deleted outdial is a userError. The outdial's policy is read first (one short statement), then the
 * rows go in with importStatement alone; with a key, the same inside the transaction that claims the key first
 * (./idempotency.ts), so a replay inserts nothing and answers the first import's counts.
 */
async function importTargets(
  deps: Deps, customerId: string, outdialId: string | null, rows: ValidatedTarget[], request: IdempotentRequest | null, place: RowPlace,
): Promise<Result<ImportCount>> {
  const field = ['input', 'outdialId'];
  if (!outdialId) return fail(notFound(field, 'Outdial'));
  const refused = async (client: Tx) => fail((await liveOutdial(client, customerId, outdialId, field)) ?? notFound(field, 'Outdial'));
  const run = async (client: Tx, runStatement: (s: Statement) => Promise<StatementResult<number>>): Promise<Result<ImportCount>> => {
    const outdial = await client.outdial.findFirst({ where: { id: outdialId, customerId, deletedAt: null }, select: { duplicateTargets: true } });
    if (!outdial) return refused(client);
    const policy = outdial.duplicateTargets;
    const checked = policy === 'ALLOW' ? ok(rows) : await withoutDuplicates(client, outdialId, policy, rows, place);
    if (!checked.ok) return checked;
    const kept = checked.value;
    const skip = policy === 'SKIP';
    if (kept.length === 0) return ok({ createdCount: 0, skippedCount: rows.length });
    const { events, extra } = await runStatement(importStatement(customerId, outdialId, kept, skip));
    if (events.length === 0) return refused(client);
    const createdCount = skip ? extra! : kept.length;
    return ok({ createdCount, skippedCount: rows.length - createdCount });
  };
  try {
    if (!request) return await run(deps.prisma, (s) => writeWithEvents<number>(deps, s));
    const once = await writeOnce(deps, request, IMPORT_RECORD, (tx, emit) => run(tx, (s) => emit.statement<number>(s)), { timeoutMs: KEYED_IMPORT_TIMEOUT_MS });
    return once.ok ? ok(once.value.value) : once;
  } catch (err) {
    // REFUSE's check passed, but a racing writer inserted one of the numbers first: nothing was written.
    if (isDedupeViolation(err)) return fail(racedDuplicate(place.field(0).slice(0, 2)));
    throw err;
  }
}

/** Inserts already validated targets (the CSV import), all or nothing; see importTargets. */
export function insertTargets(
  deps: Deps, customerId: string, outdialId: string | null, rows: ValidatedTarget[], request: IdempotentRequest | null = null, place: RowPlace = BULK_PLACE,
): Promise<Result<ImportCount>> {
  return importTargets(deps, customerId, outdialId, rows, request, place);
}

/**
 * Validates the whole batch, then writes it (importStatement). Row problems come before the outdial's: a bad
 * batch into a missing outdial is answered with the rows' problems.
 */
export async function createOutdialTargets(
  deps: Deps, customerId: string, input: { outdialId: string | null; targets: TargetInput[] } & Keyed,
): Promise<Result<ImportCount>> {
  const keyProblems = new Problems();
  const request = idempotentRequest(customerId, 'outdialTargetsCreate', input, keyProblems);
  const problems = new Problems();
  if (!checkBatchSize(input.targets.length, problems)) return fail(...problems.list, ...keyProblems.list);
  const rows = checkTargets(input.targets, problems);
  if (problems.any || keyProblems.any) return fail(...problems.list, ...keyProblems.list);
  return importTargets(deps, customerId, input.outdialId, rows, request, BULK_PLACE);
}
