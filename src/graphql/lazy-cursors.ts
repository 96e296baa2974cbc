// Cursors of nested connections encoded only when a client reads them. plugin-prisma's relatedConnection encodes a
// cursor for every row of every nested page as it builds the page (wrapConnectionResult), although most documents
// ask none: the list page's 500 targets cost 500 cursors, about 5% of its CPU. Written by hand because plugin-prisma
// has no option for it: a field that says `extensions: lazyCursors([...])` gets, when its parent already holds the
// relation's rows (plugin-prisma's loaded path), the same connection with cursors as getters of the same encoding
// (formatPrismaCursor). Any other case, such as a parent loaded without the relation, goes through plugin-prisma unchanged.
// The plugin is the last in builder.ts, so its wrapper is the innermost one: plugin-prisma's own wrapper, which
// loads a parent that lacks the relation, and the auth and validation plugins run around it as before.
import SchemaBuilder, {
  BasePlugin, getConnectionPageSize, PothosValidationError, validateConnectionArguments,
  type PothosOutputFieldConfig, type SchemaTypes,
} from '@pothos/core';
import { formatPrismaCursor } from '@pothos/plugin-prisma';
import type { GraphQLFieldResolver } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './common/pagination.ts';

const EXTENSION = 'lazyCursorFields';

/** The extension of a relatedConnection whose cursor is the unique index of `fields` (its `cursor` option). */
export const lazyCursors = (fields: string[]) => ({ [EXTENSION]: fields });

type Row = Record<string, unknown>;

interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  before?: string | null;
  after?: string | null;
}

/** An edge whose cursor is encoded when read, once. */
class LazyEdge {
  #cursor: string | undefined;
  constructor(readonly connection: LazyConnection, readonly node: Row, private readonly fields: string[]) {}
  get cursor(): string {
    return (this.#cursor ??= formatPrismaCursor(this.node, this.fields));
  }
}

class LazyPageInfo {
  constructor(private readonly edges: LazyEdge[], readonly hasPreviousPage: boolean, readonly hasNextPage: boolean) {}
  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }
  get endCursor(): string | null {
    return this.edges[this.edges.length - 1]?.cursor ?? null;
  }
}

interface LazyConnection {
  parent: unknown;
  args: ConnectionArgs;
  totalCount: number | undefined;
  edges: LazyEdge[];
  pageInfo: LazyPageInfo;
}

/** The rows a page asks for, plus one to tell whether there is another page; negative backwards (plugin-prisma's prismaCursorConnectionQuery). */
function pageTake(args: ConnectionArgs): number {
  validateConnectionArguments(args);
  const { before, after, first, last } = args;
  if (before && after) throw new PothosValidationError('Arguments "before" and "after" are not supported at the same time');
  if (before != null && first != null) throw new PothosValidationError('Arguments "before" and "first" are not supported at the same time');
  if (after != null && last != null) throw new PothosValidationError('Arguments "after" and "last" are not supported at the same time');
  const { limit } = getConnectionPageSize({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE });
  return before != null || last != null ? -limit : limit;
}

/** plugin-prisma's wrapConnectionResult, with lazy cursors. */
function lazyConnection(parent: unknown, rows: Row[], args: ConnectionArgs, totalCount: number | undefined, fields: string[]): LazyConnection {
  const take = pageTake(args);
  const gotFullResults = rows.length === Math.abs(take);
  const backward = args.before != null || args.last != null;
  const hasNextPage = args.before != null ? true : args.last != null ? false : gotFullResults;
  const hasPreviousPage = args.after != null ? true : backward ? gotFullResults : false;
  const nodes = gotFullResults ? rows.slice(take < 0 ? 1 : 0, take < 0 ? rows.length : -1) : rows;
  const connection = { parent, args, totalCount } as LazyConnection;
  connection.edges = nodes.map((node) => new LazyEdge(connection, node, fields));
  connection.pageInfo = new LazyPageInfo(connection.edges, hasPreviousPage, hasNextPage);
  return connection;
}

class LazyCursorsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: GraphQLFieldResolver<unknown, Types['Context'], object>, fieldConfig: PothosOutputFieldConfig<Types>) {
    const fields = fieldConfig.extensions?.[EXTENSION] as string[] | undefined;
    const relation = (fieldConfig.extensions?.pothosPrismaRelationField as { name: string } | undefined)?.name;
    if (!fields || !relation) return resolver;
    return (parent: unknown, args: object, context: Types['Context'], info: Parameters<typeof resolver>[3]) => {
      const row = parent as Row & { _count?: Record<string, number> };
      const rows = row[relation];
      if (!Array.isArray(rows) || rows.some((r) => r == null)) return resolver(parent, args, context, info);
      return lazyConnection(parent, rows as Row[], args, row._count?.[relation], fields);
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      lazyCursors: LazyCursorsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin('lazyCursors', LazyCursorsPlugin);

export default 'lazyCursors' as const;
