// Calling hours (issue 13): a campaign's weekly windows and restricted dates, judged in each target's own time
// zone(s). Validation of what campaignUpdateDialingRules stores, and the one SQL definition of "its window is
// open now" that the dialer's round (src/dialer/round-statement.ts) and the progress counts both use, so the
// count of targets waiting for their window is exactly the set the round skips.
//
// In SQL rather than JavaScript: the round filters the targets it scans by it, and PostgreSQL's time zone
// database (AT TIME ZONE, extract(isodow ...)) gets each zone's DST right for the instant judged.
import type { Problems } from './errors.ts';
import { excerpt } from './limits.ts';

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const MAX_CALLING_WINDOWS = 20;
export const MAX_RESTRICTED_DATES = 366;
export const DEFAULT_TIME_ZONE = 'UTC';

/** A window as stored (campaign.calling_windows): ISO weekdays (1 = Monday .. 7 = Sunday), times "HH:MM:SS[.fff]". */
export interface StoredWindow {
  days: number[];
  start: string;
  end: string;
}

export interface CallingWindowInput {
  days: readonly Weekday[];
  start: string;
  end: string;
}

/** A window as the API shows it. */
export function windowOf(stored: StoredWindow): CallingWindowInput {
  return { days: stored.days.map((d) => WEEKDAYS[d - 1]), start: stored.start, end: stored.end };
}

export function storedWindows(json: unknown): StoredWindow[] {
  return Array.isArray(json) ? (json as StoredWindow[]) : [];
}

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(\.\d{1,3})?)?$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "HH:MM" / "HH:MM:SS[.fff]" as "HH:MM:SS[.fff]"; null when it is not a local time. */
function normalTime(value: string): string | null {
  const m = LOCAL_TIME.exec(value);
  return m ? `${m[1]}:${m[2]}:${m[3] ?? '00'}${m[4] ?? ''}` : null;
}

/** Windows as stored: days deduplicated and sorted. An end at or before the start ends on the next day. */
export function checkCallingWindows(windows: readonly CallingWindowInput[], problems: Problems): StoredWindow[] {
  if (windows.length > MAX_CALLING_WINDOWS) {
    problems.add(['callingWindows'], `at most ${MAX_CALLING_WINDOWS} calling windows (got ${windows.length}); merge windows that cover the same days.`);
  }
  return windows.map((w, i) => {
    const days = [...new Set(w.days.map((d) => WEEKDAYS.indexOf(d) + 1))].sort((a, b) => a - b);
    if (days.length === 0) problems.add(['callingWindows', i, 'days'], 'a calling window needs at least one day (MONDAY to SUNDAY).');
    if (days.includes(0)) problems.add(['callingWindows', i, 'days'], `days are MONDAY to SUNDAY (got ${w.days.join(', ')}).`);
    const start = normalTime(w.start);
    const end = normalTime(w.end);
    if (start === null) problems.add(['callingWindows', i, 'start'], `start "${w.start}" is not a local time; write it as HH:MM (00:00 to 23:59).`);
    if (end === null) problems.add(['callingWindows', i, 'end'], `end "${w.end}" is not a local time; write it as HH:MM (00:00 to 23:59).`);
    return { days, start: start ?? w.start, end: end ?? w.end };
  });
}

/** Restricted dates as stored: valid calendar dates, deduplicated and sorted. */
export function checkRestrictedDates(dates: readonly string[], problems: Problems): string[] {
  const unique = [...new Set(dates)].sort();
  if (unique.length > MAX_RESTRICTED_DATES) {
    problems.add(['restrictedDates'], `at most ${MAX_RESTRICTED_DATES} restricted dates (got ${unique.length}); remove dates that have passed.`);
  }
  dates.forEach((date, i) => {
    const parsed = new Date(`${date}T00:00:00Z`);
    if (!LOCAL_DATE.test(date) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
      problems.add(['restrictedDates', i], `"${date}" is not a calendar date; write it as YYYY-MM-DD.`);
    }
  });
  return unique;
}

/** Region/City names (and UTC), the form both Intl and PostgreSQL know; offsets and abbreviations are refused. */
const ZONE_NAME = /^(?:UTC|[A-Za-z][A-Za-z_-]*(?:\/[A-Za-z0-9_+-]+){1,2})$/;

/**
 * The IANA zone named `name`, as Intl spells it ("america/new_york" -> "America/New_York"); null when it is not
 * one. Intl's own list (Intl.supportedValuesOf) leaves out UTC and the aliases, so a formatter probes the name.
 */
export function canonicalTimeZone(name: string): string | null {
  if (name.length > 64 || !ZONE_NAME.test(name)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function checkTimeZone(name: string, field: (string | number)[], problems: Problems): string {
  const zone = canonicalTimeZone(name);
  if (zone === null) {
    problems.add(field, `"${excerpt(name)}" is not an IANA time zone; use a name such as America/New_York, Europe/Berlin or UTC.`);
    return name;
  }
  return zone;
}

export interface CallingHoursSql {
  /** text[] of the zones judged (each must be open). */
  zones: string;
  /** jsonb array of StoredWindow. */
  windows: string;
  /** text[] of "YYYY-MM-DD". */
  restrictedDates: string;
  /** timestamptz: the instant judged. */
  at: string;
}

/** true when neither windows nor restricted dates are set: any time is open (lets a round skip the per-target check). */
export function anyTimeSql(windows: string, restrictedDates: string): string {
  return `(jsonb_array_length(${windows}) = 0 AND COALESCE(cardinality(${restrictedDates}), 0) = 0)`;
}

/**
 * SQL boolean: at `at`, every zone of `zones` is in a window (the local weekday listed, start <= local time < end;
 * a window whose end is at or before its start runs from start on a listed day to end on the next day) and
 * on no restricted local date. Empty windows: any time, restricted dates aside.
 */
export function callingHoursOpenSql({ zones, windows, restrictedDates, at }: CallingHoursSql): string {
  const dow = (local: string) => `extract(isodow FROM ${local})::int`;
  return `(${anyTimeSql(windows, restrictedDates)} OR NOT EXISTS (
      SELECT 1 FROM unnest(${zones}) AS z(zone) CROSS JOIN LATERAL (SELECT (${at}) AT TIME ZONE z.zone AS l) AS lt
      WHERE to_char(lt.l, 'YYYY-MM-DD') = ANY(COALESCE(${restrictedDates}, '{}'))
         OR (jsonb_array_length(${windows}) > 0 AND NOT EXISTS (
              SELECT 1 FROM jsonb_to_recordset(${windows}) AS w(days int[], start time, "end" time)
              WHERE CASE WHEN w.start < w."end" THEN ${dow('lt.l')} = ANY(w.days) AND lt.l::time >= w.start AND lt.l::time < w."end"
                         ELSE (${dow('lt.l')} = ANY(w.days) AND lt.l::time >= w.start)
                           OR (${dow("lt.l - interval '1 day'")} = ANY(w.days) AND lt.l::time < w."end") END))))`;
}

/**
 * SQL timestamptz: the first instant after `at` at which callingHoursOpenSql holds for `zones` (NULL: none within
 * the next 8 days, plus one per restricted date). The candidates are the only instants at which a closed set of
 * zones can open: each window's start and each local midnight (a restricted date's end), in each zone, each day;
 * each is judged by callingHoursOpenSql itself, so a DST gap or a midnight-crossing window is judged as the round
 * judges it. At most zones x days x (windows + 1) candidates.
 */
export function nextOpeningSql({ zones, windows, restrictedDates, at }: CallingHoursSql): string {
  const localDay = `(date_trunc('day', (${at}) AT TIME ZONE nz.zone) + nd.day * interval '1 day')`;
  return `(SELECT min(cand.at) FROM unnest(${zones}) AS nz(zone)
      CROSS JOIN generate_series(0, 7 + COALESCE(cardinality(${restrictedDates}), 0)) AS nd(day)
      CROSS JOIN LATERAL (
        SELECT (${localDay} + ws.start::interval) AT TIME ZONE nz.zone AS at FROM jsonb_to_recordset(${windows}) AS ws(start time)
        UNION ALL SELECT ${localDay} AT TIME ZONE nz.zone) AS cand
      WHERE cand.at > (${at}) AND ${callingHoursOpenSql({ zones, windows, restrictedDates, at: 'cand.at' })})`;
}

/** The zones of target `t`, else the default zone (an SQL text expression). */
export function targetZonesSql(target: string, defaultZone: string): string {
  return `(CASE WHEN COALESCE(cardinality(${target}.time_zones), 0) > 0 THEN ${target}.time_zones ELSE ARRAY[${defaultZone}]::text[] END)`;
}
