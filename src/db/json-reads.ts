// Reads rows exactly as Prisma's findMany returns them, for the arguments the API's lists and lookups use
// (select or include with nested relations and _count, where, orderBy, take/skip/cursor), in ONE statement whose
// rows PostgreSQL shapes (nested relations as json, parsed once). Prisma's own reads map every row and every nested relation in JavaScript, and
// on a 50 x 10 list page that mapping (and its garbage) was most of the request's CPU; here the database does
// it, with only the columns asked for. Arguments it does not translate answer `undefined`, and the caller asks
// Prisma instead, so nothing is ever read differently: test/json-reads.test.ts compares the two on many
// argument shapes. Written by hand: Prisma has no public way to hand back its relation JSON unmapped.
import type { DirectQuery } from './database.ts';
import { modelShape, type ModelShape } from './datamodel.ts';
import { Params, selectionOf, Translator, Unsupported, type Args } from './json-translate.ts';

export interface JsonReads {
  /** Rows of `model` (a Prisma model name) as findMany(args) returns them; undefined: not translatable, ask Prisma. */
  findMany(model: string, args: Args): Promise<unknown[] | undefined>;
  /** count({ where }) of `model`; undefined: not translatable. */
  count(model: string, args: { where?: Args }): Promise<number | undefined>;
  /**
   * A page of rows and the count of `countWhere` in one statement (a list with its totalCount: one round trip
   * fewer); undefined: not translatable. Each row also carries the count as `__count`.
   */
  findManyWithCount(model: string, args: Args, countWhere: Args): Promise<{ rows: unknown[]; count: number } | undefined>;
}

/** The extra column of findManyWithCount. */
const COUNT_COLUMN = '__count';

/** Dates and BigInts back from their JSON form, through the selection that produced the rows. */
function revive(model: ModelShape, args: Args, rows: Args[]): void {
  const selection = selectionOf(model, args);
  const dates = selection.scalars.filter((c) => c.type === 'DateTime').map((c) => c.field);
  const bigints = selection.scalars.filter((c) => c.type === 'BigInt').map((c) => c.field);
  for (const row of rows) {
    for (const field of dates) if (row[field] !== null) row[field] = new Date(row[field] as number);
    for (const field of bigints) if (row[field] !== null) row[field] = BigInt(row[field] as string);
  }
  for (const { relation, args: nested } of selection.relations) {
    const child = modelShape(relation.model);
    const children = rows.flatMap((row) => (relation.isList ? (row[relation.field] as Args[]) : row[relation.field] ? [row[relation.field] as Args] : []));
    if (children.length > 0) revive(child, nested, children);
  }
}

export function createJsonReads(query: DirectQuery): JsonReads {
  return {
    async findMany(modelName, args) {
      const statement = findManySql(modelName, args);
      if (!statement) return undefined;
      const rows = await query<Args>(statement.sql, statement.values);
      revive(modelShape(modelName), args, rows);
      return rows;
    },
    async count(modelName, args) {
      const params = new Params();
      const sql = translated(() => countSql(new Translator(params), modelShape(modelName), args.where ?? {}));
      if (!sql) return undefined;
      const [result] = await query<{ n: number }>(`SELECT ${sql} AS n`, params.values);
      return result.n;
    },
    async findManyWithCount(modelName, args, countWhere) {
      const model = modelShape(modelName);
      const params = new Params();
      const sql = translated(() => {
        const translator = new Translator(params);
        return translator.rows(model, args, undefined, [{ sql: countSql(translator, model, countWhere), name: COUNT_COLUMN }]);
      });
      if (!sql) return undefined;
      const rows = await query<Args>(sql, params.values);
      revive(model, args, rows);
      // An empty page has no row to carry the count (a cursor past the end, or no rows at all).
      const count = rows.length > 0 ? (rows[0][COUNT_COLUMN] as number) : await this.count(modelName, { where: countWhere });
      return count === undefined ? undefined : { rows, count };
    },
  };
}

/** count(*) of the rows of `model` that `where` selects, as a scalar subquery. */
function countSql(translator: Translator, model: ModelShape, where: Args): string {
  return `(SELECT count(*)::int FROM "${model.table}" c WHERE ${translator.where(model, where, 'c')})`;
}

/** The SQL `build` makes; undefined when it meets arguments outside the translated subset. */
function translated(build: () => string): string | undefined {
  try {
    return build();
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}

/** The SQL and parameters findMany would send (tests and benchmarks look at it); undefined when not translatable. */
export function findManySql(modelName: string, args: Args): { sql: string; values: unknown[] } | undefined {
  const params = new Params();
  const sql = translated(() => new Translator(params).rows(modelShape(modelName), args));
  return sql === undefined ? undefined : { sql, values: params.values };
}
