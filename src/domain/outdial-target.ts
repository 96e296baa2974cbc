// Outdial targets: one contact with 1 to 5 destinations, dialed in slot order (domain.md A1-A3, Part B §1.3).
// Every row carries customerId; every change bumps version and writes an OutdialTarget event in the same
// transaction. A bulk import writes one Outdial event for the whole call instead (./outdial-target-bulk.ts).
import { Prisma as PrismaNamespace, type OutdialTarget } from '../generated/prisma/client.ts';
import { writeWithEvents, type Deps, type Tx } from '../events/write.ts';
import { normalizeAddress, type Address } from './address.ts';
import { fail, notFound, ok, Problems, type Result, type UserError } from './errors.ts';
import { checkLength, checkName, MAX_DATA, MAX_DETAIL } from './limits.ts';
import { changeRow, deletedError } from './row-change.ts';
import { SLOTS } from './attempt-rules.ts';
import { checkTimeZone } from './calling-hours.ts';
import { timeZonesOfDestinations } from './number-time-zones.ts';
import { dedupeKeyOf, existingDuplicate, isDedupeViolation, outdialPolicy, racedDuplicate, targetsWithKeys } from './duplicate-targets.ts';

export interface TargetInput {
  name: string;
  detail?: string | null;
  data?: string | null;
  destinations: Address[];
  /** IANA zone of its calling hours; omitted or null: derived from its TEL numbers. */
  timeZone?: string | null;
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
  /** Omitted: unchanged; null: derived from its TEL numbers again. */
  timeZone?: string | null;
}

/** The five destination columns; unused slots are SQL NULL (slots in use are contiguous from 0). */
export type DestinationColumns = Record<`destination${0 | 1 | 2 | 3 | 4}`, PrismaNamespace.InputJsonValue | typeof PrismaNamespace.DbNull>;

export function checkDestinations(destinations: Address[], field: (string | number)[], problems: Problems): DestinationColumns {
  if (destinations.length === 0) problems.add(field, 'a target needs at least one destination (TEL or SIP).');
  if (destinations.length > SLOTS) {
    problems.add(field, `a target has at most ${SLOTS} destinations (got ${destinations.length}); split the extra numbers into another target.`);
  }
  // Spelled out, with no closure per call: a bulk import runs this for 10,000 rows.
  const columns: DestinationColumns = {
    destination0: slotColumn(destinations, 0, field, problems), destination1: slotColumn(destinations, 1, field, problems),
    destination2: slotColumn(destinations, 2, field, problems), destination3: slotColumn(destinations, 3, field, problems),
    destination4: slotColumn(destinations, 4, field, problems),
  };
  if (destinations.length > 1) checkNoRepeatedDestination(columns, field, problems);
  return columns;
}

/** A slot that repeats an earlier one (compared normalised: "+1 555 123" and "+1555123" are one number) would be dialed twice. */
function checkNoRepeatedDestination(columns: DestinationColumns, field: (string | number)[], problems: Problems): void {
  const seen: string[] = [];
  for (let i = 0; i < SLOTS; i++) {
    const column = columns[`destination${i as 0 | 1 | 2 | 3 | 4}`];
    if (column === PrismaNamespace.DbNull) continue;
    const address = column as unknown as Address;
    const key = `${address.type}:${address.target}`;
    const first = seen.indexOf(key);
    if (first >= 0) {
      problems.add([...field, i], `destination ${i} repeats destination ${first} (${address.target}): each destination of a target must be a different address.`);
    }
    seen[i] = key;
  }
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
    ...targetTimeZones(input.timeZone, addressesOf(d), prefix.length ? [...prefix, 'timeZone'] : TIME_ZONE, problems),
  };
}

const TIME_ZONE = ['timeZone'];

/**
 * time_zone and time_zones of a target: the given zone (validated), else the zones of its TEL numbers, stored
 * with the row so the dialer's round filters on them in SQL (src/domain/calling-hours.ts).
 */
export function targetTimeZones(
  given: string | null | undefined, addresses: (Address | null)[], field: (string | number)[], problems: Problems,
): { timeZone: string | null; timeZones: string[] } {
  if (given !== undefined && given !== null) {
    const zone = checkTimeZone(given, field, problems);
    return { timeZone: zone, timeZones: [zone] };
  }
  return { timeZone: null, timeZones: timeZonesOfDestinations(addresses) };
}

/** The addresses of destination columns (validated ones, or a row's JSON); null for unused slots. */
export function addressesOf(columns: Record<keyof DestinationColumns, unknown>): (Address | null)[] {
  return [columns.destination0, columns.destination1, columns.destination2, columns.destination3, columns.destination4]
    .map((column) => (column === PrismaNamespace.DbNull || column === null ? null : (column as Address)));
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
export async function liveOutdial(tx: Tx, customerId: string, outdialId: string | null, field: string[]): Promise<UserError | null> {
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
  return refusingRacedDuplicates(() => writeWithEvents(deps, async (tx, emit) => {
    const problem = await liveOutdial(tx, customerId, input.outdialId, ['input', 'outdialId']);
    if (problem) return fail<OutdialTarget>(problem);
    const dedupeKey = await checkedDedupeKey(tx, customerId, input.outdialId!, data.destination0, null);
    if (typeof dedupeKey === 'object' && dedupeKey) return fail<OutdialTarget>(dedupeKey);
    const row = await tx.outdialTarget.create({ data: { ...data, dedupeKey, customerId, outdialId: input.outdialId! } });
    await emit('OutdialTarget', 'CREATED', row);
    return ok(row);
  }));
}

/** Where a single target's duplicate is reported: its first destination. */
const FIRST_DESTINATION = ['input', 'destinations', '0'];

/**
 * The dedupe key a single create or update writes (null while the outdial allows duplicates), or the CONFLICT
 * when another live target has that first destination. SKIP refuses too: a single target has nothing to skip to.
 * The outdial's row is held FOR SHARE, so a policy change cannot interleave.
 */
async function checkedDedupeKey(
  tx: Tx, customerId: string, outdialId: string, destination0: DestinationColumns['destination0'], targetId: string | null,
): Promise<string | null | UserError> {
  const policy = await outdialPolicy(tx, customerId, outdialId);
  const key = dedupeKeyOf(destination0);
  if (policy === null || policy === 'ALLOW' || key === null) return null;
  const existing = (await targetsWithKeys(tx, outdialId, [key], targetId)).get(key);
  return existing ? existingDuplicate(FIRST_DESTINATION, key, existing) : key;
}

/** A unique-index refusal from a racing writer becomes the CONFLICT userError (the transaction rolled back). */
async function refusingRacedDuplicates<T>(write: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await write();
  } catch (err) {
    if (isDedupeViolation(err)) return fail(racedDuplicate(FIRST_DESTINATION));
    throw err;
  }
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
  if (input.timeZone !== undefined && input.timeZone !== null) checkTimeZone(input.timeZone, ['timeZone'], problems);
  if (problems.any) return fail(...problems.list);
  if (!input.id) return fail(notFound(['input', 'id'], 'OutdialTarget'));
  const id = input.id;
  const destinationsChange = data.destination0 !== undefined;
  // The state guard is part of the UPDATE, so a dialer claiming the target concurrently cannot interleave.
  return refusingRacedDuplicates(() => writeWithEvents(deps, async (tx, emit) => {
    let changes: Record<string, unknown> = data;
    if (input.timeZone !== undefined || input.destinations) {
      // The zones follow the given zone, else the numbers: the row's for what this update leaves unchanged.
      const current = await tx.outdialTarget.findFirst({ where: { id, customerId } });
      if (current) {
        const given = input.timeZone === undefined ? current.timeZone : input.timeZone;
        const addresses = addressesOf(input.destinations ? (data as DestinationColumns) : current);
        Object.assign(data, targetTimeZones(given, addresses, ['timeZone'], new Problems()));
        if (destinationsChange && current.deletedAt === null) {
          const dedupeKey = await checkedDedupeKey(tx, customerId, current.outdialId, data.destination0!, id);
          if (typeof dedupeKey === 'object' && dedupeKey) return fail<OutdialTarget>(dedupeKey);
          changes = { ...data, dedupeKey };
        }
      }
    }
    return changeRow(tx, emit, { entityType: 'OutdialTarget', kind: 'UPDATED', id, customerId, guard: untouched, data: changes, explainMiss: () => explainTargetMiss(tx, id, customerId, 'changed') });
  }));
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
  return writeWithEvents(deps, (tx, emit) =>
    changeRow(tx, emit, {
      entityType: 'OutdialTarget', kind: 'DELETED', id, customerId, guard: { status: { not: 'PROGRESSING' } },
      explainMiss: () => explainTargetMiss(tx, id, customerId, 'deleted'),
    }),
  );
}

export type ValidatedTarget = ReturnType<typeof checkTarget>;
