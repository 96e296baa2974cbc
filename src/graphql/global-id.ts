// Relay global ids: base64("Type:uuid"). Anything malformed decodes to a type no node has, so `node(id:)`
// and typed lookups answer exactly like a missing row (null / NOT_FOUND) instead of erroring.
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`).toString('base64url');
}

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  const typename = decoded.slice(0, sep);
  const id = decoded.slice(sep + 1);
  if (sep <= 0 || !UUID_RE.test(id) || !/^[A-Za-z]+$/.test(typename)) return { typename: '__Invalid', id: '' };
  return { typename, id: id.toLowerCase() };
}

/** The row UUID of a global id of `typename`, or null when it is malformed or of another type. */
export function uuidOf(globalId: string | null | undefined, typename: string): string | null {
  if (!globalId) return null;
  const { typename: t, id } = decodeGlobalId(globalId);
  return t === typename ? id : null;
}

/** A UUID no row ever has (ids are generated uuid v7): what a malformed reference id is looked up as. */
export const NO_ROW_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The `findUnique` of a node owned by a customer: scoped to the caller's customer, so another customer's id
 * (or any id, without a viewer) answers exactly like a missing row.
 */
export function ownRow(id: string, ctx: { viewer?: { customerId: string } | null }): { id: string; customerId: string } {
  return { id, customerId: ctx.viewer?.customerId ?? NO_ROW_ID };
}

/**
 * What every node of a customer's rows shares: its id is the row's id, and node(id:) finds only the caller's
 * rows (null otherwise, like a missing row).
 */
export const OWN_NODE = { id: { field: 'id' }, nullable: true, findUnique: ownRow } as const;

/** The `uuid` field of every node. */
export const UUID_FIELD = { type: 'UUID', description: 'The row UUID (what the REST API calls id).' } as const;

/**
 * An optional reference in an update input: omitted (undefined) keeps, null clears, and an id that is malformed
 * or of another type becomes an id no row has, so it answers NOT_FOUND like a missing row instead of clearing.
 */
export function refOf(globalId: string | null | undefined, typename: string): string | null | undefined {
  if (globalId === undefined || globalId === null) return globalId;
  return uuidOf(globalId, typename) ?? NO_ROW_ID;
}

/** An input whose `id` is a global id of `typename`, with that id as the row UUID (null: malformed or of another type). */
export function withRowId<I extends { id: string }>(input: I, typename: string): Omit<I, 'id'> & { id: string | null } {
  return { ...input, id: uuidOf(input.id, typename) };
}
