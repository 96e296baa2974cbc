// Relay global ids: base64("Type:uuid"). Anything malformed decodes to a type no node has, so `node(id:)`
// and typed lookups answer exactly like a missing row (null / NOT_FOUND) instead of erroring.
// The one place that decides what an id argument means (issue 17): a typed reference (`outdial(id:)`, a
// mutation's `id` or `outdialId`, a filter's or subscription's `campaignId`) takes the global id of its type
// or the bare row UUID users have from the REST API; `node(id:)`/`nodes(ids:)` take global ids only (the
// builder's decodeGlobalID). A global id of another node type is told apart (wrongTypeMessage), since the
// caller surely meant something else; a UUID of another type's row cannot be told apart: it is not found.
import { GraphQLError } from 'graphql';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export { encodeGlobalId } from '../domain/global-id.ts';

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  const typename = decoded.slice(0, sep);
  const id = decoded.slice(sep + 1);
  if (sep <= 0 || !UUID_RE.test(id) || !/^[A-Za-z]+$/.test(typename)) return { typename: '__Invalid', id: '' };
  return { typename, id: id.toLowerCase() };
}

/** The node types whose global ids a typed reference recognizes as "of another type" (a new node type goes here too). */
const NODE_TYPES = new Set(['Outdial', 'OutdialTarget', 'Outplan', 'Campaign', 'CampaignCall', 'Call', 'Customer', 'User', 'AccessKey', 'Webhook', 'WebhookDelivery', 'DncList']);

/** What a typed reference of `typename` reads in `value`: a row UUID, a global id of another node type, or nothing. */
export type TypedId = { uuid: string } | { otherType: string } | { malformed: true };

export function readTypedId(value: string, typename: string): TypedId {
  const bare = value.trim();
  if (UUID_RE.test(bare)) return { uuid: bare.toLowerCase() };
  const { typename: t, id } = decodeGlobalId(value);
  if (t === typename) return { uuid: id };
  return NODE_TYPES.has(t) ? { otherType: t } : { malformed: true };
}

/**
 * The row UUID a typed reference of `typename` names: its global id, or the bare UUID (any case, trimmed).
 * Null when it is malformed or a global id of another type.
 */
export function uuidOf(value: string | null | undefined, typename: string): string | null {
  if (!value) return null;
  const read = readTypedId(value, typename);
  return 'uuid' in read ? read.uuid : null;
}

const article = (typename: string) => (/^[AEIO]/.test(typename) ? 'an' : 'a');

/**
 * The type of the global id `value` when it is of another node type than `typename`, with the message that says
 * so; null otherwise (the right type, a UUID, or malformed). `where` is how the caller wrote the argument,
 * e.g. "outdial(id:)" or "outdialId".
 */
export function wrongTypeMessage(value: string | null | undefined, typename: string, where: string): string | null {
  if (!value) return null;
  const read = readTypedId(value, typename);
  if (!('otherType' in read)) return null;
  return `This is ${article(read.otherType)} ${read.otherType} id; ${where} takes ${article(typename)} ${typename} id or its UUID.`;
}

/** A query's or subscription's typed id argument read as a row UUID: a BAD_USER_INPUT when it is a global id of another type. */
export function typedIdArg(value: string, typename: string, where: string): string | null {
  const wrong = wrongTypeMessage(value, typename, where);
  if (wrong) throw new GraphQLError(wrong, { extensions: { code: 'BAD_USER_INPUT' } });
  return uuidOf(value, typename);
}

/**
 * An optional filter or subscription argument naming a row: null when omitted, the row UUID, or NO_ROW_ID when
 * malformed (it matches nothing); a global id of another type is a BAD_USER_INPUT.
 */
export function optionalIdArg(value: string | null | undefined, typename: string, where: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  return typedIdArg(value, typename, where) ?? NO_ROW_ID;
}

/** How the description of a typed id says what it takes. */
export function idDescription(typename: string, description?: string): string {
  const takes = `${article(typename)} ${typename} global id or UUID (another type's UUID is not found; another type's global id is refused, naming its type).`;
  const sentence = `${takes[0].toUpperCase()}${takes.slice(1)}`;
  return description ? `${description} ${sentence}` : sentence;
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

/** An input whose `id` names a row of `typename` (global id or UUID), with that id as the row UUID (null: malformed or of another type). */
export function withRowId<I extends { id: string }>(input: I, typename: string): Omit<I, 'id'> & { id: string | null } {
  return { ...input, id: uuidOf(input.id, typename) };
}

/** The extension of an id input field or argument that says which node type it names (read by inputMutation). */
export const ID_OF_EXTENSION = 'idOf';

/**
 * The options of an id field or argument that names a row of `typename`: `t.id(idOf('Outdial', { required: true }))`.
 * Its description says what it takes, and its extension lets inputMutation refuse a global id of another type.
 */
export function idOf<const O extends { description?: string; required?: boolean }>(
  typename: string, options: O = {} as O,
): Omit<O, 'description'> & { description: string; extensions: Record<string, string> } {
  return { ...options, description: idDescription(typename, options.description), extensions: { [ID_OF_EXTENSION]: typename } };
}
