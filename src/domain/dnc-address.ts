// The one spelling of an address on a do-not-call list, so that "+1 (555) 123-4567" typed into a list matches the
// +15551234567 a target stores: a phone number as E.164, an e-mail address lower-case, a SIP address as its URI
// (sip:user@host, host lower-case; the user part is case-sensitive in SIP). Built on normalizeAddress (./address.ts),
// which stores targets the same way, so a list entry and a destination cannot be spelled apart.
// The dialer's SQL twin (dncKeysSql) names the entries that forbid one stored destination.
import { normalizeAddress } from './address.ts';
import { likeLiteral } from './search.ts';
import { Problems } from './errors.ts';

export const SIP_PREFIX = 'sip:';

/** Typed like a phone number: an optional tel:, then +, digits, spaces, dots, dashes and parentheses only. */
const PHONE_LIKE = /^(?:tel:)?\+?[\d\s().-]+$/i;

/**
 * The entry form of `raw`, or a message a person can act on. TEL needs its + and country code (a list is shared by
 * campaigns in several countries: a national number would be a guess); anything with @ and no sip: is an e-mail.
 */
export function normalizeDncAddress(raw: string): { address: string } | { error: string } {
  const text = raw.trim();
  const problems = new Problems([]);
  if (PHONE_LIKE.test(text) && /\d/.test(text)) {
    const stored = normalizeAddress({ type: 'TEL', target: text.replace(/^tel:/i, '') }, [], problems);
    return stored ? { address: stored.target } : { error: problems.list[0]!.message };
  }
  if (/^sip:/i.test(text)) {
    const stored = normalizeAddress({ type: 'SIP', target: text }, [], problems);
    return stored ? { address: `${SIP_PREFIX}${stored.target}` } : { error: `${problems.list[0]!.message} Write a SIP address as sip:user@host.` };
  }
  if (text.includes('@')) {
    const stored = normalizeAddress({ type: 'EMAIL', target: text }, [], problems);
    return stored ? { address: stored.target } : { error: problems.list[0]!.message };
  }
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return {
    error: `"${shown}" is not a phone number in E.164 (+15551234567, spaces and dashes allowed), an e-mail address (bob@example.com) or a SIP URI (sip:alice@example.com).`,
  };
}

/**
 * The entries that forbid dialing the stored destination JSON `destination` (an SQL expression, {type, target}):
 * its own form (a TEL's E.164, a SIP's sip: URI) and, for a SIP address, the e-mail of the same spelling (a
 * person who listed alice@example.com asked not to be contacted there by any means).
 */
export function dncKeysSql(destination: string): string {
  return `${addressKeySql(destination)}, lower(${destination}->>'target')`;
}

/**
 * The one spelling of the stored destination JSON `destination` (an SQL expression, {type, target}): a TEL's E.164,
 * a SIP's sip: URI, as a list entry spells it. The contact limit counts calls by it (./contact-limit.ts); its
 * index on call (migration 20261201192518_contact_limit) is built on exactly this expression.
 */
export function addressKeySql(destination: string): string {
  return `(CASE WHEN ${destination}->>'type' = 'SIP' THEN '${SIP_PREFIX}' || (${destination}->>'target') ELSE ${destination}->>'target' END)`;
}

/**
 * entries(search:) as a prefix of the normalised address: a phone number however typed (its digits with +), a
 * sip: URI as written (scheme lower-case), anything else lower-case. Null: blank, everything.
 */
export function dncSearchPrefix(raw: string | null | undefined): string | null {
  const text = (raw ?? '').trim();
  if (text === '') return null;
  if (PHONE_LIKE.test(text) && /\d/.test(text)) return `+${text.replace(/^tel:/i, '').replace(/\D/g, '')}`;
  if (/^sip:/i.test(text)) return `${SIP_PREFIX}${text.slice(SIP_PREFIX.length)}`;
  return text.toLowerCase();
}

/**
 * A Prisma filter for addresses starting with `prefix`: a range on the primary key (its order is the database's
 * collation, code points under C and C.UTF-8, where a range is exactly a prefix) narrowed by LIKE, so the scan
 * reads only the matching part of a million-entry list and a linguistic collation can only miss, never add.
 */
export function addressPrefixWhere(prefix: string): { gte: string; lt: string; startsWith: string } {
  return { gte: prefix, lt: `${prefix}\u{10FFFF}`, startsWith: likeLiteral(prefix) };
}
