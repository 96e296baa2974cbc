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
