// Only the columns a query's fields read. Pothos hands a list's resolver a Prisma `include` (every column of
// every row, nested relations too); from the operation's selection this narrows it to a `select` of the columns
// the selected fields need: an exposed field its own column, a relation its nested selection, a computed field
// the columns it declares (readsColumns). Where a selected field's needs are not known, that level keeps every
// column, so a resolver never finds a column missing. Written by hand: Pothos's own select mode does this too,
// but wraps every field of every row in a check that cost more CPU than the columns it saved.
import { getNamedType, isObjectType, Kind, type FieldNode, type GraphQLField, type GraphQLObjectType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

type Args = Record<string, unknown>;

const COLUMNS = 'dialgraphColumns';

/** The field options of a computed field that reads these columns of its row (spread into t.field). */
export function readsColumns(...columns: string[]) {
  return { extensions: { [COLUMNS]: columns } };
}

/** Read by every row: the node id, and the connection cursor (createdAt_id). */
const ALWAYS = ['id', 'createdAt'];

/** The fields selected in `selections`, by name (fragments followed; @skip/@include ignored, so a superset). */
function selectedFields(info: GraphQLResolveInfo, selections: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.set(selection.name.value, [...(fields.get(selection.name.value) ?? []), selection]);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (info.fragments[selection.name.value]) visit(info.fragments[selection.name.value].selectionSet);
    }
  };
  for (const set of selections) visit(set);
  return fields;
}

const subSelections = (nodes: readonly FieldNode[]) => nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));

/**
 * The row type a field returns and the selections made on its rows: the field's own selection, or for a
 * connection those of its `nodes` and `edges { node }`.
 */
function rowSelections(info: GraphQLResolveInfo, field: GraphQLField<unknown, unknown>, nodes: readonly FieldNode[]): { type: GraphQLObjectType; sets: SelectionSetNode[] } | null {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return null;
  const { nodes: nodesField, edges } = named.getFields();
  if (!nodesField && !edges) return { type: named, sets: subSelections(nodes) };
  const selected = selectedFields(info, subSelections(nodes));
  const sets = subSelections(selected.get('nodes') ?? []);
  for (const edge of selected.get('edges') ?? []) sets.push(...subSelections(selectedFields(info, subSelections([edge])).get('node') ?? []));
  const rowType = getNamedType((nodesField ?? edges).type);
  if (isObjectType(rowType) && !nodesField) return { type: getNamedType(rowType.getFields().node.type) as GraphQLObjectType, sets };
  return isObjectType(rowType) ? { type: rowType, sets } : null;
}

/**
 * `args` (Pothos's query for rows of `type`, with include) with a select of only what `sets` reads; unchanged
 * where any selected field's needs are unknown.
 */
function narrow(info: GraphQLResolveInfo, type: GraphQLObjectType, sets: SelectionSetNode[], args: Args): Args {
  if (args.select) return args;
  const include = (args.include ?? {}) as Args;
  const scalars = new Set(ALWAYS);
  const select: Args = {};
  for (const [name, nodes] of selectedFields(info, sets)) {
    const field = type.getFields()[name];
    if (!field) continue; // __typename
    const extensions = field.extensions as { pothosExposedField?: string; pothosPrismaRelationField?: { name: string }; [COLUMNS]?: string[] };
    if (extensions.pothosExposedField) scalars.add(extensions.pothosExposedField);
    else if (extensions[COLUMNS]) for (const c of extensions[COLUMNS]) scalars.add(c);
    else if (extensions.pothosPrismaRelationField) {
      const relation = extensions.pothosPrismaRelationField.name;
      const nested = include[relation];
      if (nested === undefined) continue; // loaded by its own query, from the row's id
      const inner = rowSelections(info, field, nodes);
      select[relation] = inner ? narrow(info, inner.type, inner.sets, nested === true ? {} : (nested as Args)) : nested;
    } else if (name !== 'id') {
      return args; // a field whose columns are not known: every column
    }
  }
  for (const [key, value] of Object.entries(include)) if (!(key in select)) select[key] = value; // _count, relations read elsewhere
  for (const column of scalars) select[column] = true;
  const { include: _, ...rest } = args;
  return { ...rest, select };
}

/** Whether the field being resolved selects `name` on its value (a connection's totalCount, say). */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return selectedFields(info, subSelections(info.fieldNodes)).has(name);
}

/** The rows' Prisma arguments of a list or lookup resolver, narrowed to the columns its selection reads. */
export function narrowToSelection(info: GraphQLResolveInfo, args: Args): Args {
  const field = info.parentType.getFields()[info.fieldName];
  const inner = rowSelections(info, field, info.fieldNodes);
  return inner ? narrow(info, inner.type, inner.sets, args) : args;
}
