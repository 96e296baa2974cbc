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
}

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
      const model = modelShape(modelName);
      let where: string;
      try {
        where = new Translator(params).where(model, args.where ?? {}, 'c');
      } catch (err) {
        if (err instanceof Unsupported) return undefined;
        throw err;
      }
      const [result] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "${model.table}" c WHERE ${where}`, params.values);
      return result.n;
    },
  };
}

/** The SQL and parameters findMany would send (tests and benchmarks look at it); undefined when not translatable. */
export function findManySql(modelName: string, args: Args): { sql: string; values: unknown[] } | undefined {
  const params = new Params();
  try {
    return { sql: new Translator(params).rows(modelShape(modelName), args), values: params.values };
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}
