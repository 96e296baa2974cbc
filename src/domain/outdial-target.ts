// Outdial targets: one contact with 1 to 5 destinations, dialed in slot order (domain.md A1-A3, Part B §1.3).
// Every row carries customerId; every change bumps version and writes an OutdialTarget event in the same
// transaction.
import { Prisma as PrismaNamespace, type OutdialTarget } from '../generated/prisma/client.ts';
import { writeWithEvents, type Deps, type Tx } from '../events/write.ts';
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

const SLOTS = [0, 1, 2, 3, 4] as const;

export function checkDestinations(destinations: Address[], field: (string | number)[], problems: Problems): DestinationColumns {
  if (destinations.length === 0) problems.add(field, 'a target needs at least one destination (TEL or SIP).');
  if (destinations.length > SLOT_COUNT) {
    problems.add(field, `a target has at most ${SLOT_COUNT} destinations (got ${destinations.length}); split the extra numbers into another target.`);
  }
  const normalized = destinations.slice(0, SLOT_COUNT).map((d, i) => normalizeAddress(d, [...field, i], problems, true));
  return Object.fromEntries(
    SLOTS.map((slot) => [`destination${slot}`, normalized[slot] ?? PrismaNamespace.DbNull]),
  ) as DestinationColumns;
}

/** Validates one target; problems are recorded under `prefix` (e.g. ["targets", 7]). */
export function checkTarget(input: TargetInput, prefix: (string | number)[], problems: Problems) {
  return { ...checkTargetText(input, prefix, problems), ...checkDestinations(input.destinations, [...prefix, 'destinations'], problems) };
}

/** name, detail and data of a target. */
export function checkTargetText(input: Omit<TargetInput, 'destinations'>, prefix: (string | number)[], problems: Problems) {
  return {
    name: checkName(input.name, [...prefix, 'name'], problems),
    detail: checkLength(input.detail ?? '', MAX_DETAIL, 'detail', [...prefix, 'detail'], problems),
    data: checkLength(input.data ?? '', MAX_DATA, 'data', [...prefix, 'data'], problems),
  };
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

/** Validates a whole batch: every row's problems are reported, each under ["input", "targets", row, ...]. */
export function checkTargets(targets: TargetInput[], problems: Problems): ValidatedTarget[] {
  if (targets.length === 0) problems.add(['targets'], 'targets is empty: send 1 to 10,000 targets.');
  if (targets.length > MAX_TARGETS_PER_CALL) {
    problems.add(['targets'], `at most ${MAX_TARGETS_PER_CALL.toLocaleString('en-US')} targets per call (got ${targets.length.toLocaleString('en-US')}); split the import into several calls.`);
    return [];
  }
  return targets.map((t, i) => checkTarget(t, ['targets', i], problems));
}

/** Rows per INSERT statement in a bulk import (arrays are single parameters, so this is not bound by parameter limits). */
const BULK_CHUNK = 5_000;

/** The Address JSON of a destination column, or null for an unused slot. */
function slotJson(value: DestinationColumns[keyof DestinationColumns]): string | null {
  return value === PrismaNamespace.DbNull ? null : JSON.stringify(value);
}

/**
 * Inserts already validated targets, all or nothing, in one transaction: per chunk one statement that inserts
 * the targets (arrays unnested server-side) and their CREATED outbox events (snapshots built from the inserted
 * rows, in the shape toSnapshot gives). Prisma's createMany spends ~0.4 s of CPU per 1,000 rows here; this is
 * 10x faster and keeps the import within reach of a plain INSERT (bench/import.ts).
 *
 * The events are left to the outbox tail (delivered within EVENT_POLL_MS, in pages) rather than published
 * at once: publishing would mean reading 10,000 snapshots back from the database on the import's hot path.
 * (The bus itself takes such bursts: per-subscriber queues and batched transport messages.)
 */
export async function insertTargets(deps: Deps, customerId: string, outdialId: string | null, rows: ValidatedTarget[], field: string[]): Promise<Result<number>> {
  return deps.prisma.$transaction(
    async (tx) => {
      const problem = await liveOutdial(tx, customerId, outdialId, field);
      if (problem) return fail<number>(problem);
      // Millisecond precision, like every row Prisma writes: connection cursors (createdAt_id) carry milliseconds.
      const createdAt = new Date();
      for (let start = 0; start < rows.length; start += BULK_CHUNK) {
        const chunk = rows.slice(start, start + BULK_CHUNK);
        const text = (key: 'name' | 'detail' | 'data') => chunk.map((r) => r[key]);
        const slot = (i: 0 | 1 | 2 | 3 | 4) => chunk.map((r) => slotJson(r[`destination${i}`]));
        await tx.$executeRaw`
          WITH inserted AS (
            INSERT INTO outdial_target (id, customer_id, outdial_id, created_at, name, detail, data,
                                        destination_0, destination_1, destination_2, destination_3, destination_4)
            SELECT gen_random_uuid(), ${customerId}::uuid, ${outdialId}::uuid, ${createdAt}::timestamptz, u.*
            FROM unnest(${text('name')}::text[], ${text('detail')}::text[], ${text('data')}::text[],
                        ${slot(0)}::jsonb[], ${slot(1)}::jsonb[], ${slot(2)}::jsonb[], ${slot(3)}::jsonb[], ${slot(4)}::jsonb[]) AS u
            RETURNING *
          )
          INSERT INTO event (customer_id, entity_type, entity_id, version, kind, snapshot)
          SELECT customer_id, 'OutdialTarget', id, version, 'CREATED', jsonb_build_object(
            'id', id, 'customerId', customer_id, 'outdialId', outdial_id, 'name', name, 'detail', detail, 'data', data,
            'status', status, 'result', result, 'destination0', destination_0, 'destination1', destination_1,
            'destination2', destination_2, 'destination3', destination_3, 'destination4', destination_4,
            'tryCount0', try_count_0, 'tryCount1', try_count_1, 'tryCount2', try_count_2, 'tryCount3', try_count_3,
            'tryCount4', try_count_4, 'lastAttemptAt', NULL, 'lastAttemptEndedAt', NULL, 'version', version,
            'createdAt', to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'updatedAt', NULL, 'deletedAt', NULL)
          FROM inserted`;
      }
      return ok(rows.length);
    },
    // 10,000 rows with their events take seconds on the embedded database; Prisma's default is 5 s.
    { timeout: 120_000, maxWait: 10_000 },
  );
}

export async function createOutdialTargets(deps: Deps, customerId: string, input: { outdialId: string | null; targets: TargetInput[] }): Promise<Result<number>> {
  const problems = new Problems();
  const rows = checkTargets(input.targets, problems);
  if (problems.any) return fail(...problems.list);
  return insertTargets(deps, customerId, input.outdialId, rows, ['input', 'outdialId']);
}
