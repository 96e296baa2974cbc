// Do-not-call lists (issue 13): a customer's lists of addresses never to dial, checked by the dialer round at
// dial time (src/dialer/round-statement.ts) for the campaigns they are bound to (./dnc-binding.ts). Entries are
// normalised (./dnc-address.ts); adding one already listed or removing one absent is counted, not an error.
// Every change validates first and writes nothing when anything is refused.
//
// Delete is a soft delete, like every other row of the API: the list's deletedAt is set and it is unbound from
// every campaign in the same transaction, so it suppresses nothing from the next round on and reads as not found;
// its entries stay (deleting a million rows would hold the transaction for seconds).
// Locks: a change of entries locks its list row (FOR UPDATE) first, so entryCount stays exact under concurrent
// changes; the list row is the only lock these take, besides the rows they write.
import type { DncList } from '../generated/prisma/client.ts';
import type { Deps, Tx } from '../events/write.ts';
import { fail, notFound, ok, Problems, type Result } from './errors.ts';
import { checkLength, checkName, MAX_DETAIL } from './limits.ts';
import { normalizeDncAddress } from './dnc-address.ts';
import { MAX_DNC_ENTRIES_PER_CALL } from './fixed-limits.ts';

export { MAX_DNC_ENTRIES_PER_CALL } from './fixed-limits.ts';
/** Bulk writes of 10,000 rows need more than Prisma's default 5 s on a busy embedded database. */
const ENTRIES_TIMEOUT_MS = 60_000;

export interface DncListCreateInput {
  name: string;
  detail?: string | null;
}

export interface DncListUpdateInput {
  id: string | null;
  name?: string | null;
  detail?: string | null;
}

export interface DncEntriesInput {
  dncListId: string | null;
  addresses: readonly string[];
  reason?: string | null;
}

export interface DncEntriesChange {
  dncList: DncList;
  added: number;
  removed: number;
}

const listNotFound = (field: string) => notFound(['input', field], 'DNC list');

export async function createDncList(deps: Deps, customerId: string, input: DncListCreateInput): Promise<Result<DncList>> {
  const problems = new Problems();
  const name = checkName(input.name, ['name'], problems);
  const detail = checkLength(input.detail ?? '', MAX_DETAIL, 'detail', ['detail'], problems);
  if (problems.any) return fail(...problems.list);
  return ok(await deps.prisma.dncList.create({ data: { customerId, name, detail } }));
}

export async function updateDncList(deps: Deps, customerId: string, input: DncListUpdateInput): Promise<Result<DncList>> {
  const problems = new Problems();
  const data: { name?: string; detail?: string } = {};
  // Omitted keeps the value; name cannot be cleared, detail cleared by null becomes "".
  if (input.name !== undefined) data.name = checkName(input.name ?? '', ['name'], problems);
  if (input.detail !== undefined) data.detail = checkLength(input.detail ?? '', MAX_DETAIL, 'detail', ['detail'], problems);
  if (problems.any) return fail(...problems.list);
  if (!input.id) return fail(listNotFound('id'));
  const { count } = await deps.prisma.dncList.updateMany({ where: { id: input.id, customerId, deletedAt: null }, data: { ...data, updatedAt: new Date() } });
  if (count === 0) return fail(listNotFound('id'));
  return ok(await deps.prisma.dncList.findUniqueOrThrow({ where: { id: input.id } }));
}

/** Soft delete, unbinding the list from every campaign in the same transaction (see the top of this file). */
export async function deleteDncList(deps: Deps, customerId: string, id: string | null): Promise<Result<DncList>> {
  if (!id) return fail(listNotFound('id'));
  return deps.prisma.$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.dncList.updateMany({ where: { id, customerId, deletedAt: null }, data: { deletedAt: now, updatedAt: now } });
    if (count === 0) return fail<DncList>(listNotFound('id'));
    await tx.campaignDncList.deleteMany({ where: { dncListId: id } });
    return ok(await tx.dncList.findUniqueOrThrow({ where: { id } }));
  });
}

/** The caller's live list, locked for a change of its entries; null when missing, another customer's or deleted. */
async function lockList(tx: Tx, customerId: string, id: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM dnc_list WHERE id = ${id}::uuid AND customer_id = ${customerId}::uuid AND deleted_at IS NULL FOR UPDATE`;
  return rows.length > 0;
}

/** Normalised, deduplicated addresses; problems at ["input", "addresses", i]. */
export function checkDncAddresses(addresses: readonly string[], problems: Problems): string[] {
  if (addresses.length > MAX_DNC_ENTRIES_PER_CALL) {
    problems.add(['addresses'], `at most ${MAX_DNC_ENTRIES_PER_CALL.toLocaleString('en-US')} addresses per call (got ${addresses.length.toLocaleString('en-US')}); split them.`);
    return [];
  }
  const normalised = new Set<string>();
  addresses.forEach((raw, i) => {
    const read = normalizeDncAddress(raw);
    if ('error' in read) problems.add(['addresses', i], read.error);
    else normalised.add(read.address);
  });
  return [...normalised];
}

/**
 * Writes entries (address, reason) to a list, in one transaction with its entryCount: `add` inserts the absent
 * ones, otherwise the listed ones are deleted. Entries are distinct addresses.
 */
export async function changeEntries(
  deps: Deps, customerId: string, dncListId: string | null, entries: { addresses: string[]; reasons: string[] }, add: boolean,
): Promise<Result<DncEntriesChange>> {
  if (!dncListId) return fail(listNotFound('dncListId'));
  return deps.prisma.$transaction(async (tx) => {
    if (!(await lockList(tx, customerId, dncListId))) return fail<DncEntriesChange>(listNotFound('dncListId'));
    const now = new Date();
    const changed = add
      ? await tx.$executeRaw`
          INSERT INTO dnc_entry (dnc_list_id, address, reason, created_at)
          SELECT ${dncListId}::uuid, e.address, e.reason, ${now} FROM unnest(${entries.addresses}::text[], ${entries.reasons}::text[]) AS e(address, reason)
          ON CONFLICT (dnc_list_id, address) DO NOTHING`
      : await tx.$executeRaw`DELETE FROM dnc_entry WHERE dnc_list_id = ${dncListId}::uuid AND address = ANY(${entries.addresses}::text[])`;
    const dncList = await tx.dncList.update({
      where: { id: dncListId },
      data: { entryCount: { increment: add ? changed : -changed }, ...(changed > 0 ? { updatedAt: now } : {}) },
    });
    return ok({ dncList, added: add ? changed : 0, removed: add ? 0 : changed });
  }, { timeout: ENTRIES_TIMEOUT_MS });
}

/** dncEntriesAdd: up to 10,000 addresses, each normalised; already listed ones are not added again. */
export async function addDncEntries(deps: Deps, customerId: string, input: DncEntriesInput): Promise<Result<DncEntriesChange>> {
  const problems = new Problems();
  const addresses = checkDncAddresses(input.addresses, problems);
  const reason = checkLength(input.reason ?? '', MAX_DETAIL, 'reason', ['reason'], problems);
  if (problems.any) return fail(...problems.list);
  return changeEntries(deps, customerId, input.dncListId, { addresses, reasons: addresses.map(() => reason) }, true);
}

/** dncEntriesRemove: the same addresses (normalised the same way); absent ones are not an error. */
export async function removeDncEntries(deps: Deps, customerId: string, input: DncEntriesInput): Promise<Result<DncEntriesChange>> {
  const problems = new Problems();
  const addresses = checkDncAddresses(input.addresses, problems);
  // Unused here, but refused alike: the same input type must not be accepted by one mutation and refused by the other.
  checkLength(input.reason ?? '', MAX_DETAIL, 'reason', ['reason'], problems);
  if (problems.any) return fail(...problems.list);
  return changeEntries(deps, customerId, input.dncListId, { addresses, reasons: [] }, false);
}
