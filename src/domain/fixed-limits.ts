// The fixed limits (issue 16): the ones the API's contract states, in schema.graphql's descriptions ("at most 100
// ids", "up to 10,000 targets", "kept 24 hours") and in its userErrors. They are not settings: a client written
// against one dialgraph must not be refused by another, nor find a description false. README "Fixed limits" lists
// each with its reason. The operational limits (what one instance can afford) are settings, in ../config.ts.
// It imports nothing: the domain and the GraphQL layer (page sizes) read it.

/** A name (outdial, target, campaign, ...), after trimming. */
export const MAX_NAME = 255;
/** A detail (description) text. */
export const MAX_DETAIL = 2000;
/** A target's or outdial's data (JSON), serialised. */
export const MAX_DATA = 64 * 1024;
/** The longest address target of each type, checked before any pattern: EMAIL 254 (RFC 5321's path limit), SIP 256
 *  after the `sip:` (no RFC limit; proxies commonly stop near there), TEL 32 (15 digits with + and room for spaces,
 *  dashes and parentheses), UUIDs 36. */
export const MAX_ADDRESS_TARGET = { TEL: 32, SIP: 256, EMAIL: 254, AGENT: 36, EXTENSION: 36, CONFERENCE: 36, LINE: 36 } as const;
/** A connection's page when neither first nor last is given. */
export const DEFAULT_PAGE_SIZE = 20;
/** The largest page (first/last), and the most ids nodes(ids:) takes. */
export const MAX_PAGE_SIZE = 100;
/** Targets of one outdialTargetsCreate or outdialTargetsImportCsv. */
export const MAX_TARGETS_PER_CALL = 10_000;
/** Addresses of one dncEntriesAdd/dncEntriesRemove, entries of one do-not-call CSV import. */
export const MAX_DNC_ENTRIES_PER_CALL = 10_000;
/** How long an idempotency key is kept: a replay within it answers the first result. */
export const IDEMPOTENCY_KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** An idempotency key's length (printable ASCII). */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;
