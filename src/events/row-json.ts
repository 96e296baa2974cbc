// A row as its event snapshot, built in SQL: the JSON toSnapshot() makes of the Prisma row (field names,
// ISO-8601 UTC instants with milliseconds, JSON columns as they are), so a statement that changes rows can
// write their outbox events in the same statement. The hot paths (a call's status change, a dialer round) are
// one statement each this way, with no interactive transaction around them.
// Written by hand: Prisma has no raw-SQL form of its row mapping. Fields and columns come from ../db/datamodel.ts.
import { Prisma as P } from '../generated/prisma/client.ts';
import { columnsOf, type ColumnOfField } from '../db/datamodel.ts';

type Sql = P.Sql;

/** A timestamptz as toISOString() writes it (UTC, milliseconds, Z): the API's DateTime. */
export const isoInstantSql = (ref: string) => `to_char(${ref} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

function valueSql(alias: string, { column, type }: ColumnOfField): string {
  const ref = `${alias}."${column}"`;
  // toSnapshot writes Dates with toISOString() (milliseconds, Z) and BigInts as strings.
  if (type === 'DateTime') return isoInstantSql(ref);
  if (type === 'BigInt') return `${ref}::text`;
  return ref;
}

/** `jsonb_build_object(...)` of the row aliased `alias` of `model`: its snapshot. */
export function rowJsonSql(model: string, alias: string): Sql {
  const pairs = columnsOf(model).map((c) => `'${c.field}', ${valueSql(alias, c)}`);
  // jsonb_build_object takes at most 100 arguments; the widest model has 25 fields.
  return P.raw(`jsonb_build_object(${pairs.join(', ')})`);
}
