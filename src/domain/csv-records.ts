// Reading an import's CSV (targets, do-not-call entries): the records with the line each starts on, the header
// lower-cased, and the two refusals every import shares: a CSV that cannot be read, and an empty one. Problems go
// under ["csv", "line n"], as each import names its lines.
import { parse } from 'csv-parse/sync';
import type { Problems } from './errors.ts';

export interface CsvRecords {
  /** The header row's names, lower-cased. */
  header: string[];
  headerLine: number;
  /** The records after the header, each with the line it starts on. */
  rows: { record: string[]; line: number }[];
}

/** First line of a record (csv-parse reports the line it ends on; quoted fields may span lines). */
export function firstLine(endLine: number, raw: string): number {
  const body = raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '');
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

/** The CSV's records, or null when it cannot be read or is empty (`emptyMessage` says what to start it with). */
export function readCsvRecords(csv: string, problems: Problems, emptyMessage: string): CsvRecords | null {
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    records = parse(csv, { info: true, raw: true, bom: true, trim: true, skip_empty_lines: true, relax_column_count: true }) as never;
  } catch (err) {
    const e = err as { lines?: number; message: string };
    const line = e.lines ?? 1;
    problems.add(['csv', `line ${line}`], `line ${line}: the CSV cannot be read: ${e.message}`);
    return null;
  }
  if (records.length === 0) {
    problems.add(['csv'], emptyMessage);
    return null;
  }
  return {
    header: records[0].record.map((h) => h.toLowerCase()),
    headerLine: firstLine(records[0].info.lines, records[0].raw),
    rows: records.slice(1).map(({ record, info, raw }) => ({ record, line: firstLine(info.lines, raw) })),
  };
}
