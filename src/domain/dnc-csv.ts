// CSV import of do-not-call entries: a header row, then one entry per record. Columns: address (required) and
// reason (optional; each row its own). All or nothing, like dncEntriesAdd; every problem names its CSV line, as
// the target import does (./outdial-target-csv.ts).
import type { Deps } from '../events/write.ts';
import { fail, Problems, type Result } from './errors.ts';
import { excerpt, MAX_DETAIL } from './limits.ts';
import { normalizeDncAddress } from './dnc-address.ts';
import { changeEntries, MAX_DNC_ENTRIES_PER_CALL, type DncEntriesChange } from './dnc.ts';
import { readCsvRecords } from './csv-records.ts';

const COLUMNS = ['address', 'reason'] as const;

/** The CSV's entries, normalised, the first spelling of an address winning; problems at ["input", "csv", "line n", column]. */
export function checkDncCsv(csv: string, problems: Problems): { addresses: string[]; reasons: string[] } {
  const entries = new Map<string, string>();
  const done = () => ({ addresses: [...entries.keys()], reasons: [...entries.values()] });
  const read = readCsvRecords(csv, problems, 'the CSV is empty: start with a header row (address,reason), then one address per line.');
  if (!read) return done();
  const { header, headerLine } = read;
  header.forEach((h, i) => {
    const shown = excerpt(h);
    if (!(COLUMNS as readonly string[]).includes(h)) problems.add(['csv', `line ${headerLine}`, shown], `line ${headerLine}: unknown column "${shown}"; the columns are address and reason.`);
    else if (header.indexOf(h) !== i) problems.add(['csv', `line ${headerLine}`, h], `line ${headerLine}: column "${h}" appears twice in the header.`);
  });
  if (!header.includes('address')) problems.add(['csv', `line ${headerLine}`, 'address'], `line ${headerLine}: the header has no "address" column.`);
  if (problems.any) return done();
  const { rows } = read;
  if (rows.length === 0) problems.add(['csv'], 'the CSV has a header but no addresses.');
  if (rows.length > MAX_DNC_ENTRIES_PER_CALL) {
    problems.add(['csv'], `at most ${MAX_DNC_ENTRIES_PER_CALL.toLocaleString('en-US')} entries per import (got ${rows.length.toLocaleString('en-US')}); split the file.`);
    return done();
  }
  const addressAt = header.indexOf('address');
  const reasonAt = header.indexOf('reason');
  for (const { record, line } of rows) {
    if (record.length !== header.length) {
      problems.add(['csv', `line ${line}`], `line ${line}: ${record.length} fields, but the header has ${header.length} columns.`);
      continue;
    }
    const read = normalizeDncAddress(record[addressAt] ?? '');
    const reason = reasonAt >= 0 ? (record[reasonAt] ?? '') : '';
    if ('error' in read) problems.add(['csv', `line ${line}`, 'address'], `line ${line}: ${read.error}`);
    if (reason.length > MAX_DETAIL) problems.add(['csv', `line ${line}`, 'reason'], `line ${line}: reason is at most ${MAX_DETAIL} characters (got ${reason.length}).`);
    if ('address' in read && !entries.has(read.address)) entries.set(read.address, reason);
  }
  return done();
}

export async function importDncEntriesCsv(deps: Deps, customerId: string, input: { dncListId: string | null; csv: string }): Promise<Result<DncEntriesChange>> {
  const problems = new Problems();
  const entries = checkDncCsv(input.csv, problems);
  if (problems.any) return fail(...problems.list);
  return changeEntries(deps, customerId, input.dncListId, entries, true);
}
