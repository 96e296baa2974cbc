// Bulk import of outdial targets (outdialTargetsCreate, and the CSV import's rows): up to 10,000 targets
// validated and inserted all or nothing, with one event for the whole import.
import { Prisma as PrismaNamespace } from '../generated/prisma/client.ts';
import { writeWithEvents, type Deps, type Tx } from '../events/write.ts';
import type { VersionedRow } from '../events/outbox.ts';
import { fail, notFound, ok, Problems, type Result } from './errors.ts';
import { checkTarget, liveOutdial, type DestinationColumns, type TargetInput, type ValidatedTarget } from './outdial-target.ts';

export const MAX_TARGETS_PER_CALL = 10_000;

/** The size rule of a batch: 1 to 10,000 targets. */
function checkBatchSize(count: number, problems: Problems): boolean {
  if (count === 0) problems.add(['targets'], 'targets is empty: send 1 to 10,000 targets.');
  if (count > MAX_TARGETS_PER_CALL) {
    problems.add(['targets'], `at most ${MAX_TARGETS_PER_CALL.toLocaleString('en-US')} targets per call (got ${count.toLocaleString('en-US')}); split the import into several calls.`);
  }
  return !problems.any;
}

/**
 * Validates targets[from, to) of a batch: every row's problems are reported, each under ["input", "targets", row, ...].
 * Each row is checked unprefixed into one scratch list, and its problems (rare) are moved over under its index:
 * no per-row field paths are built for the rows that pass.
 */
export function checkTargets(targets: TargetInput[], problems: Problems, from = 0, to = targets.length): ValidatedTarget[] {
  const rowProblems = new Problems([]);
  const rows: ValidatedTarget[] = [];
  for (let i = from; i < to; i++) {
    rows.push(checkTarget(targets[i], [], rowProblems));
    if (rowProblems.any) {
      for (const p of rowProblems.list) problems.add(['targets', i, ...(p.field ?? [])], p.message, p.code);
      rowProblems.list.length = 0;
    }
  }
  return rows;
}

/** A validated target as a row of jsonb_to_recordset (unused destination slots are null). */
function jsonRow(r: ValidatedTarget) {
  return {
    name: r.name, detail: r.detail, data: r.data,
    d0: jsonSlot(r.destination0), d1: jsonSlot(r.destination1), d2: jsonSlot(r.destination2), d3: jsonSlot(r.destination3), d4: jsonSlot(r.destination4),
  };
}

function jsonSlot(value: DestinationColumns[keyof DestinationColumns]) {
  return value === PrismaNamespace.DbNull ? null : value;
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
 * One INSERT for a step of validated targets: the rows travel as one JSON parameter, expanded server-side.
 * Prisma's createMany spends ~0.4 s of CPU per 1,000 rows here, and text[] parameters cost more client-side
 * encoding than JSON.stringify.
 */
function insertStep(tx: Tx, customerId: string, outdialId: string, createdAt: Date, rows: ValidatedTarget[]) {
  return tx.$executeRaw`
    INSERT INTO outdial_target (id, customer_id, outdial_id, created_at, name, detail, data,
                                destination_0, destination_1, destination_2, destination_3, destination_4)
    SELECT gen_random_uuid(), ${customerId}::uuid, ${outdialId}::uuid, ${createdAt}::timestamptz, r.*
    FROM jsonb_to_recordset(${rowsJson(rows)}::jsonb)
      AS r(name text, detail text, data text, d0 jsonb, d1 jsonb, d2 jsonb, d3 jsonb, d4 jsonb)`;
}

/** Rows per step of a bulk import: a step is inserted while the next one is validated. */
const IMPORT_STEP = 1_000;

/**
 * Creates `count` targets, all or nothing, in one transaction. `validate(from, to)` checks targets [from, to)
 * and records their problems in `problems`; any problem rolls everything back and is answered as userErrors,
 * before the outdial's own problems, exactly as if the whole batch had been validated before writing.
 *
 * Validation is the import's larger cost (libphonenumber, ~30 µs a TEL number), so it runs step by step while
 * PostgreSQL inserts the previous step: the same work, overlapped instead of one after the other.
 *
 * ONE outbox event for the whole call: the outdial's TARGETS_CREATED (its version bumped; snapshot = the
 * outdial plus createdCount). Creating a target is not a status change (domain.md A5), so bulk-created targets
 * get no event of their own and start at version 1 with nothing in the outbox; the bus starts such a row at its
 * first status change (v2) without waiting for v1 (src/events/row-order.ts). 10,000 target events doubled the writes.
 */
function importTargets(
  deps: Deps, customerId: string, outdialId: string | null, count: number, problems: Problems,
  validate: (from: number, to: number) => ValidatedTarget[],
): Promise<Result<number>> {
  const field = ['input', 'outdialId'];
  return writeWithEvents(
    deps,
    async (tx, emit) => {
      // First, so the outdial stays locked against a concurrent delete until the targets are committed.
      const [outdial] = outdialId
        ? await tx.outdial.updateManyAndReturn({ where: { id: outdialId, customerId, deletedAt: null }, data: { version: { increment: 1 } } })
        : [];
      // Millisecond precision, like every row Prisma writes: connection cursors (createdAt_id) carry milliseconds.
      const createdAt = new Date();
      let inserting: Promise<unknown> | undefined;
      for (let from = 0; from < count; from += IMPORT_STEP) {
        const rows = validate(from, Math.min(from + IMPORT_STEP, count));
        await inserting; // the previous step
        inserting = undefined;
        if (outdial && !problems.any) {
          inserting = Promise.resolve(insertStep(tx, customerId, outdial.id, createdAt, rows));
          inserting.catch(() => {}); // awaited above or below; until then Node must not report it unhandled
          // Let the statement reach PostgreSQL before the next step's validation holds the thread.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      await inserting;
      if (problems.any) return fail<number>(...problems.list); // rolls back the steps already inserted
      if (!outdial) return fail<number>((await liveOutdial(tx, customerId, outdialId, field)) ?? notFound(field, 'Outdial'));
      const snapshotRow: VersionedRow & { createdCount: number } = { ...outdial, createdCount: count };
      await emit('Outdial', 'TARGETS_CREATED', snapshotRow);
      return ok(count);
    },
    // 10,000 rows take seconds on the embedded database; Prisma's default is 5 s.
    { timeoutMs: 120_000 },
  );
}

/** Inserts already validated targets (the CSV import), all or nothing; see importTargets. */
export function insertTargets(deps: Deps, customerId: string, outdialId: string | null, rows: ValidatedTarget[]): Promise<Result<number>> {
  return importTargets(deps, customerId, outdialId, rows.length, new Problems(), (from, to) => rows.slice(from, to));
}

export async function createOutdialTargets(deps: Deps, customerId: string, input: { outdialId: string | null; targets: TargetInput[] }): Promise<Result<number>> {
  const problems = new Problems();
  if (!checkBatchSize(input.targets.length, problems)) return fail(...problems.list);
  return importTargets(deps, customerId, input.outdialId, input.targets.length, problems, (from, to) => checkTargets(input.targets, problems, from, to));
}
