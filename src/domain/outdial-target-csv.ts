// CSV import of outdial targets: a header row, then one target per record. Columns: name, detail, data,
// destination_0..destination_4 (each an E.164 number, TEL, or user@host, SIP), and optionally time_zone (IANA;
// empty: derived from the numbers). All or nothing, like the bulk mutation; every problem names its CSV line.
import type { Deps } from '../events/write.ts';
import type { Address } from './address.ts';
import { fail, Problems, type Result } from './errors.ts';
import { addressesOf, checkDestinations, checkTargetText, targetTimeZones, type ValidatedTarget } from './outdial-target.ts';
import { insertTargets, MAX_TARGETS_PER_CALL, type ImportCount } from './outdial-target-bulk.ts';
import type { RowPlace } from './duplicate-targets.ts';
import { idempotentRequest, type Keyed } from './idempotency.ts';
import { readCsvRecords } from './csv-records.ts';
import { excerpt } from './limits.ts';

const DESTINATION_COLUMNS = ['destination_0', 'destination_1', 'destination_2', 'destination_3', 'destination_4'] as const;
const COLUMNS = ['name', 'detail', 'data', ...DESTINATION_COLUMNS, 'time_zone'] as const;
type Column = (typeof COLUMNS)[number];

interface Row {
  line: number;
  values: Partial<Record<Column, string>>;
}

function parseCsv(csv: string, problems: Problems): Row[] {
  const read = readCsvRecords(csv, problems, `the CSV is empty: start with a header row (${COLUMNS.join(',')}), then one target per line.`);
  if (!read) return [];
  const { header, headerLine } = read;
  const seen = new Set<string>();
  for (const h of header) {
    if (!(COLUMNS as readonly string[]).includes(h)) {
      problems.add(['csv', `line ${headerLine}`, excerpt(h)], `line ${headerLine}: unknown column "${excerpt(h)}"; the columns are ${COLUMNS.join(', ')}.`);
    } else if (seen.has(h)) {
      problems.add(['csv', `line ${headerLine}`, h], `line ${headerLine}: column "${h}" appears twice in the header.`);
    }
    seen.add(h);
  }
  if (!seen.has('name')) problems.add(['csv', `line ${headerLine}`, 'name'], `line ${headerLine}: the header has no "name" column; every target needs a name.`);
  if (!DESTINATION_COLUMNS.some((c) => seen.has(c))) {
    problems.add(['csv', `line ${headerLine}`, 'destination_0'], `line ${headerLine}: the header has no destination column; add destination_0 (and up to destination_4).`);
  }
  if (problems.any) return [];
  const { rows } = read;
  if (rows.length === 0) problems.add(['csv'], 'the CSV has a header but no targets.');
  if (rows.length > MAX_TARGETS_PER_CALL) {
    problems.add(['csv'], `at most ${MAX_TARGETS_PER_CALL.toLocaleString('en-US')} targets per call (got ${rows.length.toLocaleString('en-US')}); split the file.`);
    return [];
  }
  return rows.map(({ record, line }) => {
    if (record.length !== header.length) {
      problems.add(['csv', `line ${line}`], `line ${line}: ${record.length} fields, but the header has ${header.length} columns.`);
    }
    return { line, values: Object.fromEntries(header.map((h, i) => [h, record[i] ?? ''])) as Row['values'] };
  });
}

/** TEL when it starts with +, SIP when it has @; null when a column was refused (already reported). */
function destinationsOf(row: Row, problems: Problems): Address[] | null {
  const at = (c: string) => ['csv', `line ${row.line}`, c];
  const destinations: Address[] = [];
  let gap: string | null = null;
  let refused = false;
  for (const column of DESTINATION_COLUMNS) {
    const value = row.values[column] ?? '';
    if (value === '') {
      gap ??= column;
      continue;
    }
    if (gap) {
      // Slots map 1:1 to columns, so a hole would silently move later numbers to another slot's budget.
      problems.add(at(column), `line ${row.line}: ${column} is set but ${gap} is empty; fill the destination columns in order from destination_0.`);
      gap = null;
      refused = true;
    }
    if (value.startsWith('+')) destinations.push({ type: 'TEL', target: value });
    else if (value.includes('@')) destinations.push({ type: 'SIP', target: value });
    else {
      problems.add(at(column), `line ${row.line}: ${column} "${value}" is neither an E.164 number (+15551234567) nor a SIP address (user@host).`);
      refused = true;
    }
  }
  return refused ? null : destinations;
}

/** Maps a problem path of the target rules (["destinations", 2, "target"]) to the CSV's terms (["csv", "line 7", "destination_2"]). */
function csvField(line: number, field: string[]): string[] {
  const [head, index] = field;
  const column = head === 'destinations' ? `destination_${index ?? 0}` : head === 'timeZone' ? 'time_zone' : head;
  return ['input', 'csv', `line ${line}`, column];
}

/** `lines`, when given, gets each validated row's first CSV line (duplicates are reported by line). */
export function checkCsv(csv: string, problems: Problems, lines?: number[]): ValidatedTarget[] {
  const rows = parseCsv(csv, problems);
  const validated: ValidatedTarget[] = [];
  for (const row of rows) {
    const rules = new Problems([]);
    const text = checkTargetText({ name: row.values.name ?? '', detail: row.values.detail, data: row.values.data }, [], rules);
    const destinations = destinationsOf(row, problems);
    const columns = destinations ? checkDestinations(destinations, ['destinations'], rules) : null;
    // An empty time_zone cell: derived from the row's numbers, as when the column is absent.
    const zones = targetTimeZones(row.values.time_zone || null, columns ? addressesOf(columns) : [], ['timeZone'], rules);
    for (const p of rules.list) problems.list.push({ ...p, field: csvField(row.line, p.field ?? []), message: `line ${row.line}: ${p.message}` });
    if (columns) {
      validated.push({ ...text, ...columns, ...zones });
      lines?.push(row.line);
    }
  }
  return validated;
}

/** The CSV import, once per idempotency key (./idempotency.ts): a replay inserts nothing and answers the first count. */
export async function importOutdialTargetsCsv(
  deps: Deps, customerId: string, input: { outdialId: string | null; csv: string } & Keyed,
): Promise<Result<ImportCount>> {
  const problems = new Problems();
  const lines: number[] = [];
  const rows = checkCsv(input.csv, problems, lines);
  const request = idempotentRequest(customerId, 'outdialTargetsImportCsv', input, problems);
  if (problems.any) return fail(...problems.list);
  return insertTargets(deps, customerId, input.outdialId, rows, request, csvPlace(lines));
}

/** A duplicate row of the CSV is reported at its line's destination_0 column. */
function csvPlace(lines: number[]): RowPlace {
  return {
    field: (i) => ['input', 'csv', `line ${lines[i]}`, 'destination_0'],
    where: (i) => `line ${lines[i]}: `,
    label: (i) => `line ${lines[i]}`,
  };
}
