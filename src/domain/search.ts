// The `search` filter of the target and call lists: what a person types to find a contact. A phone number (or
// its start) finds every destination whose E.164 number starts with it, however it was typed ("+1 (555) 123",
// "1555123"); any text finds names that contain it (any case) and SIP/TEL destinations that start with it.
import type { Prisma as P } from '../generated/prisma/client.ts';

export const MAX_SEARCH = 100;

/** A search as LIKE patterns: a prefix of a stored destination target and a name substring (null: blank, matches all). */
export function parseSearch(raw: string | null | undefined): { destinationPrefix: string; name: string } | null {
  const text = (raw ?? '').trim();
  if (text === '') return null;
  // Typed like a phone number: the digits, as stored (E.164 with its +).
  const name = likeLiteral(text);
  if (/^\+?[\d\s().-]+$/.test(text) && /\d/.test(text)) return { destinationPrefix: `+${text.replace(/\D/g, '')}`, name };
  // A SIP address is matched without a sip: prefix.
  return { destinationPrefix: likeLiteral(text.replace(/^sip:/i, '')), name };
}

/**
 * Prisma passes `contains` and `string_starts_with` to (I)LIKE as they are: escape LIKE's wildcards and its
 * escape character, so "%" is a percent sign and not "anything" (test/list-search.test.ts pins it).
 */
export const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const SLOTS = ['destination0', 'destination1', 'destination2', 'destination3', 'destination4'] as const;

/** The targets a search finds: by name, or by any of their five destinations. */
export function targetSearchWhere(raw: string | null | undefined): P.OutdialTargetWhereInput {
  const search = parseSearch(raw);
  if (!search) return {};
  if (raw!.includes('\u0000')) return { OR: [] }; // no stored text holds one (PostgreSQL cannot store it): nothing matches
  return {
    OR: [
      { name: { contains: search.name, mode: 'insensitive' } },
      ...SLOTS.map((slot) => ({ [slot]: { path: ['target'], string_starts_with: search.destinationPrefix } })),
    ],
  };
}

/** The calls a search finds: by their destination. */
export function callSearchWhere(raw: string | null | undefined): P.CallWhereInput {
  const search = parseSearch(raw);
  if (!search) return {};
  if (raw!.includes('\u0000')) return { OR: [] };
  return { destination: { path: ['target'], string_starts_with: search.destinationPrefix } };
}
