// The DateTime scalar serialises to Date#toISOString's exact string, by hand where that is faster
// (src/graphql/common/date-time.ts): the formatter must agree with toISOString on every date, and the scalar must
// keep graphql-scalars' conversions and refusals.
import { describe, expect, it } from 'vitest';
import { DateTimeScalar, isoString } from '../src/graphql/common/date-time.ts';

/** Deterministic milliseconds in [0, max): the same dates on every run. */
function* spread(count: number, max: number) {
  let x = 7;
  for (let i = 0; i < count; i++) {
    x = (x * 48271) % 2147483647;
    yield Math.floor((x / 2147483647) * max);
  }
}

const YEAR_10000 = Date.UTC(10000, 0, 1);

describe('isoString', () => {
  it('equals toISOString at the edges of days, months, leap years and centuries', () => {
    const edges = [
      0, 1, 999, 1000, 59_999, 86_399_999, 86_400_000,
      Date.UTC(1972, 1, 29), Date.UTC(1999, 11, 31, 23, 59, 59, 999), Date.UTC(2000, 1, 29, 12), Date.UTC(2000, 2, 1),
      Date.UTC(2100, 1, 28, 23, 59, 59, 999), Date.UTC(2100, 2, 1), Date.UTC(2400, 1, 29), Date.UTC(2026, 11, 2, 1, 5, 37, 42),
      YEAR_10000 - 1,
    ];
    for (const ms of edges) expect(isoString(new Date(ms)), String(ms)).toBe(new Date(ms).toISOString());
  });

  it('equals toISOString on 200,000 dates spread over 1970 to 9999, and every day of 2024 to 2027', () => {
    const wrong: string[] = [];
    for (const ms of spread(200_000, YEAR_10000)) if (isoString(new Date(ms)) !== new Date(ms).toISOString()) wrong.push(new Date(ms).toISOString());
    for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 86_400_000 + 3_601_001) {
      if (isoString(new Date(ms)) !== new Date(ms).toISOString()) wrong.push(new Date(ms).toISOString());
    }
    expect(wrong).toEqual([]);
  });

  it('hands dates before 1970 and from the year 10000 on to toISOString (signed and six-digit years)', () => {
    for (const ms of [-1, -86_400_001, Date.UTC(1, 0, 1), Date.UTC(-1, 5, 6), YEAR_10000, 8.64e15]) {
      expect(isoString(new Date(ms))).toBe(new Date(ms).toISOString());
    }
    expect(isoString(new Date(YEAR_10000))).toBe('+010000-01-01T00:00:00.000Z');
  });
});

describe('the DateTime scalar', () => {
  it('serialises a Date, an RFC 3339 string and a Unix timestamp to the same UTC string', () => {
    const at = new Date('2026-12-02T01:05:37.042Z');
    expect(DateTimeScalar.serialize(at)).toBe('2026-12-02T01:05:37.042Z');
    expect(DateTimeScalar.serialize('2026-12-02T02:05:37.042+01:00')).toBe('2026-12-02T01:05:37.042Z');
    expect(DateTimeScalar.serialize(at.getTime())).toBe('2026-12-02T01:05:37.042Z');
  });

  it('still refuses what graphql-scalars refuses', () => {
    expect(() => DateTimeScalar.serialize(new Date(Number.NaN))).toThrow(/invalid Date/);
    expect(() => DateTimeScalar.serialize('yesterday')).toThrow(/invalid date-time-string/);
    expect(() => DateTimeScalar.serialize(true)).toThrow(/non string, non numeric or non Date/);
  });

  it('parses input as graphql-scalars does: a Date', () => {
    expect(DateTimeScalar.parseValue('2026-12-02T01:05:37Z')).toEqual(new Date('2026-12-02T01:05:37Z'));
  });
});
