// The encoding of Relay global ids, base64url("Type:uuid"), below the GraphQL layer: the webhook payloads
// (src/webhooks/payload.ts) carry the same ids as the API. src/graphql/global-id.ts decodes and checks them.
export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`).toString('base64url');
}
