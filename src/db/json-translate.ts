// Prisma findMany arguments as one SQL statement whose rows are Prisma's rows (nested relations as json), for the
// subset of arguments ./json-reads.ts reads this way: select or include (nested relations, _count), where
// (equality, null, in, ranges, contains/startsWith/endsWith, a to-one relation's is/isNot, AND, OR), orderBy on
// scalars, take (negative too), skip and cursor as Prisma means them. Anything else throws Unsupported, and the
// reader leaves the read to Prisma.
import { modelShape, type ColumnOfField, type ModelShape, type RelationOfField } from './datamodel.ts';

export type Args = Record<string, unknown>;

/** Arguments outside the subset translated here. */
export class Unsupported extends Error {}

function unsupported(what: string): never {
  throw new Unsupported(what);
}

export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export interface Selection {
  scalars: ColumnOfField[];
  relations: Array<{ relation: RelationOfField; args: Args }>;
  counts: Array<{ relation: RelationOfField; where?: Args }>;
}

const isObject = (value: unknown): value is Args => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

function relationArgs(value: unknown): Args | null {
  if (value === true) return {};
  if (value === false || value === undefined) return null;
  return isObject(value) ? value : unsupported('relation selection');
}

export function selectionOf(model: ModelShape, args: Args): Selection {
  if (args.select && args.include) unsupported('select with include');
  if (args.omit || args.distinct || args.relationLoadStrategy) unsupported('omit, distinct or relationLoadStrategy');
  const selection: Selection = { scalars: [], relations: [], counts: [] };
  const chosen = isObject(args.select) ? args.select : null;
  if (!chosen) selection.scalars = model.scalars;
  const entries = Object.entries(chosen ?? (isObject(args.include) ? args.include : {}));
  for (const [key, value] of entries) {
    if (key === '_count') {
      const count = relationArgs(value);
      if (!count) continue;
      if (!isObject(count.select)) unsupported('_count without select');
      for (const [name, countValue] of Object.entries(count.select)) {
        const countArgs = relationArgs(countValue);
        if (!countArgs) continue;
        const relation = model.relations.get(name);
        if (!relation?.isList || Object.keys(countArgs).some((k) => k !== 'where')) unsupported(`_count of ${name}`);
        selection.counts.push({ relation, where: countArgs.where as Args | undefined });
      }
      continue;
    }
    const scalar = model.scalarsByField.get(key);
    if (scalar) {
      if (!chosen) unsupported(`include of scalar ${key}`);
      if (value === true) selection.scalars.push(scalar);
      else if (value !== false && value !== undefined) unsupported(`select of ${key}`);
      continue;
    }
    const relation = model.relations.get(key) ?? unsupported(`${model.name}.${key}`);
    const nested = relationArgs(value);
    if (nested) selection.relations.push({ relation, args: nested });
  }
  return selection;
}

/**
 * A field's value as a column: instants as epoch milliseconds (float8, which the driver and JSON both read as a
 * number; revived as Dates), BigInts as text.
 */
function valueSql(alias: string, column: ColumnOfField): string {
  const ref = `${alias}."${column.column}"`;
  if (column.type === 'DateTime') return `floor(extract(epoch FROM ${ref}) * 1000)::float8`;
  if (column.type === 'BigInt') return `${ref}::text`;
  if (column.type === 'Decimal' || column.type === 'Bytes') unsupported(`${column.type} column`);
  return ref;
}

export interface Column {
  sql: string;
  /** The field it is: the row json's key. */
  name: string;
}

const named = (c: Column) => `${c.sql} AS "${c.name}"`;

export class Translator {
  private aliases = 0;
  constructor(readonly params: Params) {}

  private alias(): string {
    return `j${this.aliases++}`;
  }

  /** The columns of the row `alias` of `model` with `selection`, each named after its field. */
  private rowColumns(model: ModelShape, selection: Selection, alias: string): Column[] {
    const columns: Column[] = selection.scalars.map((c) => ({ sql: valueSql(alias, c), name: c.field }));
    for (const { relation, args } of selection.relations) columns.push({ sql: this.relationSql(model, relation, args, alias), name: relation.field });
    if (selection.counts.length > 0) {
      const counts = selection.counts.map(({ relation, where }) => {
        const child = modelShape(relation.model);
        const c = this.alias();
        const conditions = [`${c}."${child.scalarsByField.get(relation.keyField)!.column}" = ${alias}.id`, ...(where ? [this.where(child, where, c)] : [])];
        return `'${relation.field}', (SELECT count(*)::int FROM "${child.table}" ${c} WHERE ${conditions.join(' AND ')})`;
      });
      // json_build_object takes at most 100 arguments.
      if (counts.length > 50) unsupported('_count of more than 50 relations');
      columns.push({ sql: `json_build_object(${counts.join(', ')})`, name: '_count' });
    }
    if (columns.length === 0) unsupported('a row with no field');
    return columns;
  }

  private relationSql(model: ModelShape, relation: RelationOfField, args: Args, parent: string): string {
    const child = modelShape(relation.model);
    if (relation.isList) {
      const key = child.scalarsByField.get(relation.keyField)!;
      const q = this.alias();
      // A record's json keeps the columns' names and order; json_agg takes the rows in the order the subquery
      // sorted them, which PostgreSQL's documentation gives as the way to order an aggregate's input.
      return `(SELECT coalesce(json_agg(${q}), '[]'::json) FROM (${this.rows(child, args, (a) => `${a}."${key.column}" = ${parent}.id`)}) ${q})`;
    }
    if (Object.keys(args).some((k) => k !== 'select' && k !== 'include')) unsupported('arguments on a to-one relation');
    const r = this.alias();
    const selection = selectionOf(child, args);
    const join = relation.side === 'from'
      ? `${r}.id = ${parent}."${model.scalarsByField.get(relation.keyField)!.column}"`
      : `${r}."${child.scalarsByField.get(relation.keyField)!.column}" = ${parent}.id LIMIT 1`;
    const q = this.alias();
    return `(SELECT row_to_json(${q}) FROM (SELECT ${this.rowColumns(child, selection, r).map(named).join(', ')} FROM "${child.table}" ${r} WHERE ${join}) ${q})`;
  }

  /**
   * A SELECT of the rows of `model` that `args` asks for, in their order, one column per field (relations as
   * json); `join` ties them to a parent row, `extra` columns ride along on every row. Rows, not one json array:
   * aggregating a page's rows into one value cost PostgreSQL more than the page's reads (bench/list.ts).
   */
  rows(model: ModelShape, args: Args, join?: (alias: string) => string, extra: Column[] = []): string {
    for (const key of Object.keys(args)) {
      if (!['select', 'include', 'where', 'orderBy', 'take', 'skip', 'cursor'].includes(key)) unsupported(`findMany argument ${key}`);
    }
    const a = this.alias();
    const selection = selectionOf(model, args);
    const order = orderOf(model, args.orderBy);
    const take = args.take === undefined ? undefined : Number(args.take);
    const skip = args.skip === undefined ? 0 : Number(args.skip);
    if ((take !== undefined && !Number.isInteger(take)) || !Number.isInteger(skip) || skip < 0) unsupported('take or skip');
    if (order.length === 0 && (take !== undefined || skip > 0 || args.cursor)) unsupported('pagination without orderBy');
    // A negative take reads backwards from the end (or from the cursor), and answers in the given order.
    const backwards = take !== undefined && take < 0;
    const conditions: string[] = [];
    if (join) conditions.push(join(a));
    if (args.where !== undefined) conditions.push(this.where(model, args.where, a));
    if (args.cursor !== undefined) conditions.push(this.cursor(model, args.cursor, order, backwards, a));
    const fields = [...this.rowColumns(model, selection, a), ...extra];
    const columns = fields.map(named);
    const read = order.map((o) => `${a}."${o.column.column}" ${o.desc !== backwards ? 'DESC' : 'ASC'}`);
    const limit = take === undefined ? '' : ` LIMIT ${Math.abs(take)}`;
    const offset = skip > 0 ? ` OFFSET ${skip}` : '';
    const from = `FROM "${model.table}" ${a}${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}${read.length ? ` ORDER BY ${read.join(', ')}` : ''}${limit}${offset}`;
    if (!backwards) return `SELECT ${columns.join(', ')} ${from}`;
    // Read backwards, then put the rows back in the asked order by sort keys that are not among the fields.
    const q = `${a}q`;
    const sortKeys = order.map((o, i) => `${a}."${o.column.column}" AS o${i}`);
    return `SELECT ${fields.map((f) => `${q}."${f.name}"`).join(', ')} FROM (SELECT ${columns.join(', ')}, ${sortKeys.join(', ')} ${from}) ${q} ORDER BY ${order.map((o, i) => `${q}.o${i} ${o.desc ? 'DESC' : 'ASC'}`).join(', ')}`;
  }

  /**
   * Prisma's cursor: the rows from the cursor's row on (inclusive) in the order read; no row when the cursor's row
   * does not exist. Only an order in one direction that ends with a unique key is translated.
   */
  private cursor(model: ModelShape, cursor: unknown, order: Order[], backwards: boolean, a: string): string {
    if (!isObject(cursor) || order.length === 0) unsupported('cursor');
    if (order.some((o) => o.desc !== order[0].desc) || order.at(-1)!.column.field !== 'id') unsupported('cursor with a mixed or non-unique order');
    const unique: Args = {};
    for (const [key, value] of Object.entries(cursor)) {
      if (model.scalarsByField.has(key)) unique[key] = value;
      else if (isObject(value) && key === Object.keys(value).join('_')) Object.assign(unique, value);
      else unsupported('cursor field');
    }
    const c = this.alias();
    const match = Object.entries(unique).map(([field, value]) => `${c}."${(model.scalarsByField.get(field) ?? unsupported('cursor field')).column}" = ${this.params.add(value)}`);
    const columns = order.map((o) => `"${o.column.column}"`);
    const op = order[0].desc !== backwards ? '<=' : '>=';
    return `(${columns.map((col) => `${a}.${col}`).join(', ')}) ${op} (SELECT ${columns.map((col) => `${c}.${col}`).join(', ')} FROM "${model.table}" ${c} WHERE ${match.join(' AND ')})`;
  }

  /** A where object as SQL on the row `a`. */
  where(model: ModelShape, where: unknown, a: string): string {
    if (!isObject(where)) unsupported('where');
    const parts: string[] = [];
    for (const [key, condition] of Object.entries(where)) {
      if (condition === undefined) continue;
      if (key === 'AND') {
        for (const w of Array.isArray(condition) ? condition : [condition]) parts.push(this.where(model, w, a));
      } else if (key === 'OR') {
        if (!Array.isArray(condition)) unsupported('OR');
        parts.push(condition.length === 0 ? 'false' : `(${condition.map((w) => this.where(model, w, a)).join(' OR ')})`);
      } else if (model.scalarsByField.has(key)) {
        parts.push(this.scalarCondition(`${a}."${model.scalarsByField.get(key)!.column}"`, model.scalarsByField.get(key)!, condition));
      } else if (model.relations.has(key)) {
        parts.push(this.relationCondition(model, model.relations.get(key)!, condition, a));
      } else {
        unsupported(`where ${key}`);
      }
    }
    return parts.length === 0 ? 'true' : parts.join(' AND ');
  }

  private scalarCondition(ref: string, column: ColumnOfField, condition: unknown): string {
    if (condition === null) return `${ref} IS NULL`;
    if (column.type === 'Json' || column.isList) unsupported('filter on a Json or list column');
    if (!isObject(condition)) return `${ref} = ${this.params.add(condition)}`;
    const parts: string[] = [];
    const mode = condition.mode;
    if (mode !== undefined && mode !== 'insensitive' && mode !== 'default') unsupported('mode');
    for (const [op, value] of Object.entries(condition)) {
      if (value === undefined || op === 'mode') continue;
      switch (op) {
        case 'equals':
          parts.push(value === null ? `${ref} IS NULL` : `${ref} = ${this.params.add(value)}`);
          break;
        case 'in':
          if (!Array.isArray(value)) unsupported('in');
          parts.push(value.length === 0 ? 'false' : `${ref} = ANY(${this.params.add(value)})`);
          break;
        case 'lt': case 'lte': case 'gt': case 'gte':
          if (value === null) unsupported(`${op} null`);
          parts.push(`${ref} ${{ lt: '<', lte: '<=', gt: '>', gte: '>=' }[op]} ${this.params.add(value)}`);
          break;
        case 'contains': case 'startsWith': case 'endsWith': {
          // As Prisma does: the value goes into the LIKE pattern as it is, so % and _ in it are wildcards (a caller
          // that means them literally escapes them, as src/domain/search.ts likeLiteral does).
          if (typeof value !== 'string') unsupported(op);
          const pattern = op === 'contains' ? `%${value}%` : op === 'startsWith' ? `${value}%` : `%${value}`;
          parts.push(`${ref} ${mode === 'insensitive' ? 'ILIKE' : 'LIKE'} ${this.params.add(pattern)}`);
          break;
        }
        default:
          unsupported(`filter ${op}`);
      }
    }
    return parts.length === 0 ? 'true' : parts.join(' AND ');
  }

  /** `relation: { is: {...} }` / `{ isNot }` on a to-one relation. */
  private relationCondition(model: ModelShape, relation: RelationOfField, condition: unknown, a: string): string {
    if (relation.isList || !isObject(condition)) unsupported('filter on a list relation');
    const keys = Object.keys(condition).filter((k) => condition[k] !== undefined);
    if (keys.length !== 1 || (keys[0] !== 'is' && keys[0] !== 'isNot')) unsupported('relation filter');
    const inner = condition[keys[0]];
    const child = modelShape(relation.model);
    const r = this.alias();
    const join = relation.side === 'from'
      ? `${r}.id = ${a}."${model.scalarsByField.get(relation.keyField)!.column}"`
      : `${r}."${child.scalarsByField.get(relation.keyField)!.column}" = ${a}.id`;
    const exists = `EXISTS (SELECT 1 FROM "${child.table}" ${r} WHERE ${join}${inner === null ? '' : ` AND ${this.where(child, inner, r)}`})`;
    const matches = inner === null ? `NOT ${exists}` : exists;
    return keys[0] === 'is' ? matches : `NOT (${matches})`;
  }
}

interface Order {
  column: ColumnOfField;
  desc: boolean;
}

function orderOf(model: ModelShape, orderBy: unknown): Order[] {
  if (orderBy === undefined) return [];
  return (Array.isArray(orderBy) ? orderBy : [orderBy]).flatMap((entry) => {
    if (!isObject(entry)) unsupported('orderBy');
    return Object.entries(entry).map(([field, direction]) => {
      const column = model.scalarsByField.get(field);
      if (!column || (direction !== 'asc' && direction !== 'desc')) unsupported(`orderBy ${field}`);
      return { column, desc: direction === 'desc' };
    });
  });
}

