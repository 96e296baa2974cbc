// Outdial targets: one contact with 1 to 5 destinations, dialed in slot order (domain.md A1-A3, Part B §1.3).
// Every row carries customerId; every change bumps version and writes an OutdialTarget event in the same
// transaction. A bulk import writes one Outdial event for the whole call instead (see importTargets).
import { Prisma as PrismaNamespace, type OutdialTarget } from '../generated/prisma/client.ts';
import { writeWithEvents, type Deps, type Tx } from '../events/write.ts';
import { recordEvent, type DomainEvent, type VersionedRow } from '../events/outbox.ts';
import { normalizeAddress, type Address } from './address.ts';
import { fail, notFound, ok, Problems, type Result, type UserError } from './errors.ts';
import { checkLength, checkName, MAX_DATA, MAX_DETAIL } from './limits.ts';
import { deletedError, explainMiss } from './outdial.ts';
import { SLOT_COUNT } from './outplan.ts';

export const MAX_TARGETS_PER_CALL = 10_000;

export interface TargetInput {
  name: string;
  detail?: string | null;
  data?: string | null;
  destinations: Address[];
}

export interface OutdialTargetCreateInput extends TargetInput {
  outdialId: string | null;
}

export interface OutdialTargetUpdateInput {
  id: string | null;
  name?: string | null;
  detail?: string | null;
  data?: string | null;
  destinations?: Address[] | null;
}

/** The five destination columns; unused slots are SQL NULL (slots in use are contiguous from 0). */
type DestinationColumns = Record<`destination${0 | 1 | 2 | 3 | 4}`, PrismaNamespace.InputJsonValue | typeof PrismaNamespace.DbNull>;

export function checkDestinations(destinations: Address[], field: (string | number)[], problems: Problems): DestinationColumns {
  if (destinations.length === 0) problems.add(field, 'a target needs at least one destination (TEL or SIP).');
  if (destinations.length > SLOT_COUNT) {
    problems.add(field, `a target has at most ${SLOT_COUNT} destinations (got ${destinations.length}); split the extra numbers into another target.`);
  }
  // Spelled out, with no closure per call: a bulk import runs this for 10,000 rows.
  return {
    destination0: slotColumn(destinations, 0, field, problems), destination1: slotColumn(destinations, 1, field, problems),
    destination2: slotColumn(destinations, 2, field, problems), destination3: slotColumn(destinations, 3, field, problems),
    destination4: slotColumn(destinations, 4, field, problems),
  };
}

/** The column of slot `i`: its normalised address, or SQL NULL when unused (or refused, which is reported). */
function slotColumn(destinations: Address[], i: number, field: (string | number)[], problems: Problems): DestinationColumns['destination0'] {
  if (i >= destinations.length) return PrismaNamespace.DbNull;
  return (normalizeAddress(destinations[i], [...field, i], problems, true) as PrismaNamespace.InputJsonValue | null) ?? PrismaNamespace.DbNull;
}

/** Validates one target; problems are recorded under `prefix` (e.g. ["targets", 7]). */
export function checkTarget(input: TargetInput, prefix: (string | number)[], problems: Problems) {
  const { name, detail, data } = checkTargetText(input, prefix, problems);
  const d = checkDestinations(input.destinations, prefix.length ? [...prefix, 'destinations'] : DESTINATIONS, problems);
  return {
    name, detail, data,
    destination0: d.destination0, destination1: d.destination1, destination2: d.destination2, destination3: d.destination3, destination4: d.destination4,
  };
}

/** Field paths of an unprefixed target (shared: Problems.add copies them). */
const DESTINATIONS = ['destinations'];
const TEXT_FIELDS = { name: ['name'], detail: ['detail'], data: ['data'] };

/** name, detail and data of a target. */
export function checkTargetText(input: Omit<TargetInput, 'destinations'>, prefix: (string | number)[], problems: Problems) {
  return {
    name: checkName(input.name, textField(prefix, 'name'), problems),
    detail: checkLength(input.detail ?? '', MAX_DETAIL, 'detail', textField(prefix, 'detail'), problems),
    data: checkLength(input.data ?? '', MAX_DATA, 'data', textField(prefix, 'data'), problems),
  };
}

function textField(prefix: (string | number)[], key: keyof typeof TEXT_FIELDS): (string | number)[] {
  return prefix.length ? [...prefix, key] : TEXT_FIELDS[key];
}

/** The outdial targets are added to: the caller's, and not deleted. */
async function liveOutdial(tx: Tx, customerId: string, outdialId: string | null, field: string[]): Promise<UserError | null> {
  if (!outdialId) return notFound(field, 'Outdial');
  const outdial = await tx.outdial.findFirst({ where: { id: outdialId, customerId }, select: { deletedAt: true } });
  if (!outdial) return notFound(field, 'Outdial');
  if (outdial.deletedAt) return { field, message: 'Outdial is deleted; targets cannot be added to it.', code: 'INVALID_STATE' };
  return null;
}

export async function createOutdialTarget(deps: Deps, customerId: string, input: OutdialTargetCreateInput): Promise<Result<OutdialTarget>> {
  const problems = new Problems();
  const data = checkTarget(input, [], problems);
  if (problems.any) return fail(...problems.list);
  return writeWithEvents(deps, async (tx, emit) => {
    const problem = await liveOutdial(tx, customerId, input.outdialId, ['input', 'outdialId']);
    if (problem) return fail<OutdialTarget>(problem);
    const row = await tx.outdialTarget.create({ data: { ...data, customerId, outdialId: input.outdialId! } });
    await emit('OutdialTarget', 'CREATED', row);
    return ok(row);
  });
}

/** Edits are allowed only before the dialer touched the target: IDLE, never attempted, no tries counted. */
const untouched = {
  status: 'IDLE', lastAttemptAt: null, tryCount0: 0, tryCount1: 0, tryCount2: 0, tryCount3: 0, tryCount4: 0,
} as const;

export async function updateOutdialTarget(deps: Deps, customerId: string, input: OutdialTargetUpdateInput): Promise<Result<OutdialTarget>> {
  const problems = new Problems();
  const data: Partial<ReturnType<typeof checkTarget>> = {};
  if (input.name !== undefined) data.name = checkName(input.name ?? '', ['name'], problems);
  if (input.detail !== undefined) data.detail = checkLength(input.detail ?? '', MAX_DETAIL, 'detail', ['detail'], problems);
  if (input.data !== undefined) data.data = checkLength(input.data ?? '', MAX_DATA, 'data', ['data'], problems);
  if (input.destinations === null) problems.add(['destinations'], 'destinations cannot be cleared: a target needs 1 to 5; omit the field to keep them.');
  else if (input.destinations !== undefined) Object.assign(data, checkDestinations(input.destinations, ['destinations'], problems));
  if (problems.any) return fail(...problems.list);
  if (!input.id) return fail(notFound(['input', 'id'], 'OutdialTarget'));
  const id = input.id;
  return writeWithEvents(deps, async (tx, emit) => {
    // The state guard is part of the UPDATE, so a dialer claiming the target concurrently cannot interleave.
    const { count } = await tx.outdialTarget.updateMany({
      where: { id, customerId, deletedAt: null, ...untouched },
      data: { ...data, updatedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) return fail<OutdialTarget>(await explainTargetMiss(tx, id, customerId, 'changed'));
    const row = await tx.outdialTarget.findUniqueOrThrow({ where: { id } });
    await emit('OutdialTarget', 'UPDATED', row);
    return ok(row);
  });
}

async function explainTargetMiss(tx: Tx, id: string, customerId: string, verb: 'changed' | 'deleted'): Promise<UserError> {
  const row = await tx.outdialTarget.findFirst({ where: { id, customerId } });
  if (!row) return notFound(['input', 'id'], 'OutdialTarget');
  if (row.deletedAt) return verb === 'deleted' ? { ...deletedError('OutdialTarget'), message: 'OutdialTarget is already deleted.' } : deletedError('OutdialTarget');
  if (row.status === 'PROGRESSING') {
    return { field: ['input', 'id'], message: `OutdialTarget is being dialed (PROGRESSING) and cannot be ${verb}; try again when the call has ended.`, code: 'INVALID_STATE' };
  }
  return {
    field: ['input', 'id'],
    message: `OutdialTarget has already been dialed (status ${row.status}) and cannot be changed; delete it and create a new target instead.`,
    code: 'INVALID_STATE',
  };
}

/** Soft delete; a target that is being dialed (PROGRESSING) cannot be deleted. */
export async function deleteOutdialTarget(deps: Deps, customerId: string, id: string | null): Promise<Result<OutdialTarget>> {
  if (!id) return fail(notFound(['input', 'id'], 'OutdialTarget'));
  return writeWithEvents(deps, async (tx, emit) => {
    const now = new Date();
    const { count } = await tx.outdialTarget.updateMany({
      where: { id, customerId, deletedAt: null, status: { not: 'PROGRESSING' } },
      data: { deletedAt: now, updatedAt: now, version: { increment: 1 } },
    });
    if (count === 0) return fail<OutdialTarget>(await explainTargetMiss(tx, id, customerId, 'deleted'));
    const row = await tx.outdialTarget.findUniqueOrThrow({ where: { id } });
    await emit('OutdialTarget', 'DELETED', row);
    return ok(row);
  });
}

export type ValidatedTarget = ReturnType<typeof checkTarget>;

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

/** Thrown inside the import's transaction to roll it back and answer with these userErrors. */
class Rejected extends Error {
  constructor(readonly result: Result<number>) {
    super('bulk import rejected');
  }
}

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
 * first status change (v2) without waiting for v1 (EventBus.loadRows). 10,000 target events doubled the writes.
 */
async function importTargets(
  deps: Deps, customerId: string, outdialId: string | null, count: number, problems: Problems,
  validate: (from: number, to: number) => ValidatedTarget[],
): Promise<Result<number>> {
  const field = ['input', 'outdialId'];
  let event: DomainEvent | undefined;
  try {
    const result = await deps.prisma.$transaction(
      async (tx) => {
        event = undefined; // a retried transaction starts over
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
        if (problems.any) throw new Rejected(fail(...problems.list));
        if (!outdial) return fail<number>((await liveOutdial(tx, customerId, outdialId, field)) ?? notFound(field, 'Outdial'));
        const snapshotRow: VersionedRow & { createdCount: number } = { ...outdial, createdCount: count };
        event = await recordEvent(tx, 'Outdial', 'TARGETS_CREATED', snapshotRow);
        return ok(count);
      },
      // 10,000 rows take seconds on the embedded database; Prisma's default is 5 s.
      { timeout: 120_000, maxWait: 10_000 },
    );
    if (event) deps.events.publish([event]);
    return result;
  } catch (err) {
    if (err instanceof Rejected) return err.result;
    throw err;
  }
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
