// Results export (issue 13): the rows of targets.csv (one per target of an outdial) and attempts.csv (one per
// campaign call of a campaign), read in keyset pages on (created_at, id) so a million rows never sit in memory,
// and the cells made safe for spreadsheets. The HTTP side (auth, streaming, backpressure) is src/http-export.ts.
//
// Keyset pages, not a server-side cursor (DECLARE ... CURSOR): a cursor needs one connection held in an open
// transaction for the whole download, which PGlite (one connection, shared by every request) cannot give, and
// which on PostgreSQL would pin a pool connection to a slow client. Each page is one indexed statement
// (outdial_target and campaign_call are indexed on (parent, created_at, id)); the export is therefore not one
// snapshot: a row changed meanwhile is exported as it is when its page is read.
import type { DirectQuery } from '../db/database.ts';
import { isoInstantSql } from '../events/row-json.ts';

/** One CSV column: its header and the SQL expression of its text (NULL: an empty cell). */
export interface ExportColumn {
  header: string;
  sql: string;
}

export type ExportKind = 'targets' | 'attempts';

/** A timestamptz as ISO 8601 in UTC with milliseconds, as the API's DateTime writes it. */
const iso = isoInstantSql;

const SLOTS = [0, 1, 2, 3, 4];

// One line per column: a column another change adds (CampaignCall.outcome) is one line here.
const TARGET_COLUMNS: ExportColumn[] = [
  { header: 'target_uuid', sql: 't.id::text' },
  { header: 'name', sql: 't.name' },
  { header: 'detail', sql: 't.detail' },
  { header: 'data', sql: 't.data' },
  { header: 'status', sql: 't.status::text' },
  { header: 'result', sql: 't.result::text' },
  // The zones its calling hours are judged in (given, or derived from its numbers; several when a number spans zones).
  { header: 'time_zones', sql: `array_to_string(t.time_zones, ' ')` },
  ...SLOTS.flatMap((i) => [
    { header: `destination_${i}_type`, sql: `t.destination_${i}->>'type'` },
    { header: `destination_${i}`, sql: `t.destination_${i}->>'target'` },
    { header: `try_count_${i}`, sql: `t.try_count_${i}::text` },
  ]),
  { header: 'last_attempt_at', sql: iso('t.last_attempt_at') },
  { header: 'last_attempt_ended_at', sql: iso('t.last_attempt_ended_at') },
  { header: 'created_at', sql: iso('t.created_at') },
  { header: 'updated_at', sql: iso('t.updated_at') },
];

const ATTEMPT_COLUMNS: ExportColumn[] = [
  { header: 'attempt_uuid', sql: 't.id::text' },
  { header: 'target_uuid', sql: 't.outdial_target_id::text' },
  { header: 'target_name', sql: 'target.name' },
  { header: 'destination_index', sql: 't.destination_index::text' },
  { header: 'destination_type', sql: `t.destination->>'type'` },
  { header: 'destination', sql: `t.destination->>'target'` },
  { header: 'try_count', sql: 't.try_count::text' },
  { header: 'status', sql: 't.status::text' },
  { header: 'result', sql: 't.result::text' },
  // How it ended when no person answered (CampaignCall.outcome): empty when a person answered.
  { header: 'outcome', sql: 't.outcome::text' },
  { header: 'call_uuid', sql: 't.call_id::text' },
  { header: 'call_status', sql: 'c.status::text' },
  { header: 'hangup_by', sql: 'c.hangup_by::text' },
  { header: 'hangup_reason', sql: 'c.hangup_reason::text' },
  { header: 'started_at', sql: iso('t.created_at') },
  { header: 'ringing_at', sql: iso('c.ringing_at') },
  { header: 'answered_at', sql: iso('c.progressing_at') },
  { header: 'hangup_at', sql: iso('c.hangup_at') },
  { header: 'updated_at', sql: iso('t.updated_at') },
];

interface ExportSource {
  columns: ExportColumn[];
  /** The parent row (outdial or campaign) that must exist in the caller's customer. */
  parentTable: string;
  /** The table of the rows, as `t`. */
  table: string;
  /** The joins the columns read besides `t`. */
  joins: string;
  /** The column of `t` naming the parent. */
  parentColumn: string;
}

const SOURCES: Record<ExportKind, ExportSource> = {
  targets: { columns: TARGET_COLUMNS, parentTable: 'outdial', table: 'outdial_target', joins: '', parentColumn: 'outdial_id' },
  attempts: {
    columns: ATTEMPT_COLUMNS,
    parentTable: 'campaign',
    table: 'campaign_call',
    joins: 'JOIN outdial_target target ON target.id = t.outdial_target_id LEFT JOIN call c ON c.id = t.call_id',
    parentColumn: 'campaign_id',
  },
};

export const exportHeaders = (kind: ExportKind): string[] => SOURCES[kind].columns.map((c) => c.header);

/** Rows per page: a page is a few MB of text, and the statement per page is noise beside its rows. */
export const EXPORT_PAGE_ROWS = 5_000;

/** Where the next page starts: the (created_at, id) of the last row sent, created_at at full precision. */
interface Cursor {
  at: string;
  id: string;
}

export interface ExportReader {
  /** Whether the parent (outdial or campaign) exists, not deleted, in this customer: otherwise the export is a 404. */
  exists(): Promise<boolean>;
  /** How many rows the export has now (for its charge; rows added while it runs are exported too). */
  count(): Promise<number>;
  /** The pages of cells in export order, each at most EXPORT_PAGE_ROWS rows; stops when the caller stops asking. */
  pages(pageRows?: number): AsyncGenerator<(string | null)[][]>;
}

/** Reads one export of one customer's outdial (targets) or campaign (attempts). `parentId` must be a UUID. */
export function exportReader(query: DirectQuery, kind: ExportKind, customerId: string, parentId: string): ExportReader {
  const source = SOURCES[kind];
  const scope = `t.${source.parentColumn} = $1::uuid AND t.customer_id = $2::uuid AND t.deleted_at IS NULL`;
  // The page's keys first, then its rows: without planner statistics (the embedded database never gathers any) the
  // page is found by sorting the parent's rows, and sorting keys instead of whole rows keeps that in memory.
  // With statistics (PostgreSQL's autovacuum) the keys come straight from the (parent, created_at, id) index.
  const page = (after: string) => `WITH page AS MATERIALIZED (
      SELECT t.id, t.created_at FROM ${source.table} t WHERE ${scope}${after} ORDER BY t.created_at, t.id LIMIT $3)
    SELECT ${source.columns.map((c, i) => `${c.sql} AS c${i}`).join(', ')}, t.created_at::text AS cursor_at, t.id::text AS cursor_id
    FROM page JOIN ${source.table} t ON t.id = page.id ${source.joins}
    ORDER BY page.created_at, page.id`;
  const first = page('');
  const next = page(' AND (t.created_at, t.id) > ($4::timestamptz, $5::uuid)');
  return {
    exists: async () =>
      (await query(`SELECT 1 FROM ${source.parentTable} WHERE id = $1::uuid AND customer_id = $2::uuid AND deleted_at IS NULL`, [parentId, customerId])).length > 0,
    count: async () => {
      const [row] = await query<{ n: string }>(`SELECT count(*)::text AS n FROM ${source.table} t WHERE ${scope}`, [parentId, customerId]);
      return Number(row.n);
    },
    async *pages(pageRows = EXPORT_PAGE_ROWS) {
      let cursor: Cursor | undefined;
      for (;;) {
        const rows = await query<Record<string, string | null>>(
          cursor ? next : first,
          cursor ? [parentId, customerId, pageRows, cursor.at, cursor.id] : [parentId, customerId, pageRows],
        );
        if (rows.length === 0) return;
        const last = rows[rows.length - 1];
        cursor = { at: last.cursor_at!, id: last.cursor_id! };
        yield rows.map((row) => source.columns.map((_, i) => safeCell(row[`c${i}`])));
        if (rows.length < pageRows) return;
      }
    },
  };
}

/** A number as a spreadsheet reads it: safe whatever its sign, since only digits follow. */
const PLAIN_NUMBER = /^[+-]?[0-9]+(\.[0-9]+)?$/;
/** What makes a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet shows as text: one that starts with = + - @, a tab or a carriage return gets a leading
 * apostrophe (OWASP's advice; the CSV writer quotes what needs quoting). A plain number, such as an E.164
 * destination (+15551234567), is left as it is: no formula can be made of a sign and digits, and the number
 * stays usable as it is stored. No library does this: csv-stringify quotes (RFC 4180) but does not escape formulas.
 */
export function safeCell(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}
