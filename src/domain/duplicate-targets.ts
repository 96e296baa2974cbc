// Duplicate targets in one outdial: two live (not deleted) targets with the same first destination, compared
// normalised (type and target). Each outdial chooses (Outdial.duplicateTargets): REFUSE (the default) answers a
// CONFLICT naming the target or row already holding the number, SKIP leaves duplicates out of a bulk or CSV import
// (a single create or update refuses, like REFUSE: there is nothing else to do with one target), ALLOW checks
// nothing. The database backs the choice: while an outdial refuses or skips, each live target carries its
// dedupe_key ("TYPE:target" of destination 0) under a partial unique index, so racing writers cannot both insert
// one number; the checks here only find the line numbers and the names for the message.
import { Prisma as P, type DuplicateTargetPolicy } from '../generated/prisma/client.ts';
import type { Tx } from '../events/write.ts';
import type { Address } from './address.ts';
import { fail, ok, type Result, type UserError } from './errors.ts';

export type { DuplicateTargetPolicy };

/** The partial unique index of the migration 20261201171308_duplicate_targets. */
const DEDUPE_INDEX = 'outdial_target_outdial_id_dedupe_key_key';

/** The key of a validated destination 0 (normalised by checkDestinations), or null when it was refused. */
export function dedupeKeyOf(destination0: P.InputJsonValue | typeof P.DbNull): string | null {
  if (destination0 === P.DbNull) return null;
  const address = destination0 as unknown as Address;
  return `${address.type}:${address.target}`;
}

/** The same key in SQL, of the destination_0 JSON `column` (the statement computes it, so the import sends no more). */
export function dedupeKeySql(column: string): P.Sql {
  return P.raw(`((${column}) ->> 'type') || ':' || ((${column}) ->> 'target')`);
}

/** What to do instead, in every duplicate's message. */
const REMEDY = 'remove it or give it another number, or change the outdial\'s duplicateTargets (outdialUpdate): ALLOW accepts duplicates, SKIP leaves them out of imports.';

export interface ExistingTarget {
  id: string;
  name: string;
  key: string;
}

/** The live targets of the outdial whose key is one of `keys` (the outdial refuses or skips, so they carry keys). */
export async function targetsWithKeys(tx: Tx, outdialId: string, keys: string[], exceptId: string | null = null): Promise<Map<string, ExistingTarget>> {
  if (keys.length === 0) return new Map();
  const rows = await tx.$queryRaw<ExistingTarget[]>`
    SELECT id::text, name, dedupe_key AS key FROM outdial_target
    WHERE outdial_id = ${outdialId}::uuid AND deleted_at IS NULL AND dedupe_key IS NOT NULL AND dedupe_key = ANY(${keys}::text[])
      AND (${exceptId}::uuid IS NULL OR id <> ${exceptId}::uuid)`;
  return new Map(rows.map((r) => [r.key, r]));
}

/** `TEL:+1555…` as the user wrote the column: the address alone. */
const shown = (key: string) => key.slice(key.indexOf(':') + 1);

export function existingDuplicate(field: string[], key: string, existing: ExistingTarget, where = ''): UserError {
  return {
    field,
    message: `${where}${shown(key)} is already the first destination of target "${existing.name}" (${existing.id}) in this outdial, which refuses duplicate targets; ${REMEDY}`,
    code: 'CONFLICT',
  };
}

export function earlierDuplicate(field: string[], key: string, earlier: string, where = ''): UserError {
  return {
    field,
    message: `${where}${shown(key)} is already the first destination of ${earlier} of this import, and the outdial refuses duplicate targets; ${REMEDY}`,
    code: 'CONFLICT',
  };
}

/** A racing writer inserted the number between the check and the write (the unique index refused it). */
export function racedDuplicate(field: string[]): UserError {
  return {
    field,
    message: 'a target with the same first destination was added to this outdial at the same time, and the outdial refuses duplicate targets; nothing was written. Send it again to see which.',
    code: 'CONFLICT',
  };
}

/** A write refused by the dedupe index (Prisma's P2002 for its own writes; a raw statement reports SQLSTATE 23505). */
export function isDedupeViolation(err: unknown): boolean {
  if (!(err instanceof P.PrismaClientKnownRequestError)) return false;
  if (err.code !== 'P2002' && err.code !== 'P2010') return false;
  const text = `${err.message} ${JSON.stringify(err.meta ?? {})}`;
  return text.includes(DEDUPE_INDEX) || (err.code === 'P2002' && text.includes('dedupe_key'));
}

/** The policy of the caller's live outdial, its row held FOR SHARE (a policy change waits for this write, and this write for it). */
export async function outdialPolicy(tx: Tx, customerId: string, outdialId: string): Promise<DuplicateTargetPolicy | null> {
  const [row] = await tx.$queryRaw<{ policy: DuplicateTargetPolicy }[]>`
    SELECT duplicate_targets::text AS policy FROM outdial
    WHERE id = ${outdialId}::uuid AND customer_id = ${customerId}::uuid AND deleted_at IS NULL FOR SHARE`;
  return row?.policy ?? null;
}

/**
 * Applies a new policy to the outdial's live targets, its row already updated (so locked) by the caller: ALLOW
 * clears their keys; REFUSE or SKIP sets them, refused with a CONFLICT naming one duplicate pair when there is one.
 */
export async function applyPolicy(tx: Tx, outdialId: string, policy: DuplicateTargetPolicy): Promise<UserError | null> {
  if (policy === 'ALLOW') {
    await tx.$executeRaw`UPDATE outdial_target SET dedupe_key = NULL WHERE outdial_id = ${outdialId}::uuid AND dedupe_key IS NOT NULL`;
    return null;
  }
  const [pair] = await tx.$queryRaw<{ key: string; ids: string[]; names: string[] }[]>`
    SELECT key, (array_agg(id::text ORDER BY created_at, id))[1:2] AS ids, (array_agg(name ORDER BY created_at, id))[1:2] AS names
    FROM (SELECT id, name, created_at, ${dedupeKeySql('destination_0')} AS key
          FROM outdial_target WHERE outdial_id = ${outdialId}::uuid AND deleted_at IS NULL) AS t
    GROUP BY key HAVING count(*) > 1 LIMIT 1`;
  if (pair) {
    return {
      field: ['input', 'duplicateTargets'],
      message:
        `the outdial has duplicate targets: "${pair.names[0]}" (${pair.ids[0]}) and "${pair.names[1]}" (${pair.ids[1]}) both start with ${shown(pair.key)}; ` +
        `delete one of each pair (outdialTargetDelete) before choosing ${policy}.`,
      code: 'CONFLICT',
    };
  }
  await tx.$executeRaw`
    UPDATE outdial_target SET dedupe_key = ${dedupeKeySql('destination_0')}
    WHERE outdial_id = ${outdialId}::uuid AND deleted_at IS NULL AND dedupe_key IS NULL`;
  return null;
}

/** Where a row's duplicate is reported: the path of its first destination, a prefix for the message, and its name in others'. */
export interface RowPlace {
  field(i: number): string[];
  where(i: number): string;
  label(i: number): string;
}

/**
 * The rows an import writes under the outdial's policy, checked against each other and the
 * outdial's live targets: REFUSE answers every duplicate row's CONFLICT, SKIP leaves them out. Only read: the unique
 * index decides a race.
 */
export async function withoutDuplicates<Row extends { destination0: P.InputJsonValue | typeof P.DbNull }>(
  tx: Tx, outdialId: string, policy: DuplicateTargetPolicy, rows: Row[], place: RowPlace,
): Promise<Result<Row[]>> {
  const firstRow = new Map<string, number>();
  const keys: (string | null)[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const key = dedupeKeyOf(rows[i].destination0);
    keys[i] = key;
    if (key !== null && !firstRow.has(key)) firstRow.set(key, i);
  }
  const existing = await targetsWithKeys(tx, outdialId, [...firstRow.keys()]);
  if (existing.size === 0 && firstRow.size === rows.length) return ok(rows);
  const kept: Row[] = [];
  const problems: UserError[] = [];
  for (let i = 0; i < rows.length; i++) {
    const key = keys[i];
    const target = key === null ? undefined : existing.get(key);
    const earlier = key === null ? i : firstRow.get(key)!;
    if (!target && earlier === i) kept.push(rows[i]);
    else if (policy === 'REFUSE') {
      problems.push(target ? existingDuplicate(place.field(i), key!, target, place.where(i)) : earlierDuplicate(place.field(i), key!, place.label(earlier), place.where(i)));
    }
  }
  return problems.length ? fail(...problems) : ok(kept);
}
