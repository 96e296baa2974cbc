// The cost of introspection (issue 16). plugin-complexity counts __schema and __type as fields of cost 1 with nothing
// under them (graphql-js's meta fields are no type's fields), so a full introspection cost 1 and the rate limit let
// it through nearly free. Here what they select is counted like any selection: each field 1, and each list of the
// introspection types (types, fields, args, ...) its selection times the schema's own average length of that list,
// computed once per schema. `__schema { types { fields { name } } }` then costs about the values its answer holds.
import {
  getNamedType, isAbstractType, isEnumType, isInputObjectType, isInterfaceType, isListType, isNonNullType, isObjectType,
  Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLNamedType, type GraphQLSchema, type SelectionSetNode,
} from 'graphql';

type Multipliers = ReadonlyMap<string, number>;

const cache = new WeakMap<GraphQLSchema, Multipliers>();

/** `<introspection type>.<list field>` -> the average length of that list in this schema. */
function multipliersOf(schema: GraphQLSchema): Multipliers {
  const known = cache.get(schema);
  if (known) return known;
  const types = Object.values(schema.getTypeMap());
  const directives = schema.getDirectives();
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const fieldLists = types.map((t) => (isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : []));
  const fieldCount = sum(fieldLists.map((f) => f.length));
  const perType = (count: (t: GraphQLNamedType) => number) => sum(types.map(count)) / types.length;
  const multipliers = new Map<string, number>([
    ['__Schema.types', types.length],
    ['__Schema.directives', directives.length],
    ['__Type.fields', fieldCount / types.length],
    ['__Type.interfaces', perType((t) => (isObjectType(t) || isInterfaceType(t) ? t.getInterfaces().length : 0))],
    ['__Type.possibleTypes', perType((t) => (isAbstractType(t) ? schema.getPossibleTypes(t).length : 0))],
    ['__Type.enumValues', perType((t) => (isEnumType(t) ? t.getValues().length : 0))],
    ['__Type.inputFields', perType((t) => (isInputObjectType(t) ? Object.keys(t.getFields()).length : 0))],
    ['__Field.args', fieldCount === 0 ? 0 : sum(fieldLists.flat().map((f) => f.args.length)) / fieldCount],
    ['__Directive.args', directives.length === 0 ? 0 : sum(directives.map((d) => d.args.length)) / directives.length],
  ]);
  cache.set(schema, multipliers);
  return multipliers;
}

/**
 * What the operation's __schema and __type fields select, which plugin-complexity leaves out (it counts each of
 * those fields 1): the sum over them of their selection's cost, each rounded up, so that two aliased copies of one
 * introspection cost twice one.
 */
export function introspectionCost(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): number {
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (operationName == null || d.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'query') return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const multipliers = multipliersOf(schema);
  // Each selection set's cost once per type (fragments spread twice in each of 24 levels are 2^23 spreads); a
  // fragment cycle (refused by validation, but the tests cost unvalidated documents) counts 0.
  const known = new Map<SelectionSetNode, Map<string, number>>();
  const memo = (set: SelectionSetNode, typeName: string, cost: (set: SelectionSetNode, typeName: string) => number): number => {
    const byType = known.get(set) ?? new Map<string, number>();
    known.set(set, byType);
    const cached = byType.get(typeName);
    if (cached !== undefined) return cached;
    byType.set(typeName, 0);
    const result = cost(set, typeName);
    byType.set(typeName, result);
    return result;
  };
  const inFragment = (name: string, visit: (set: SelectionSetNode, typeName: string) => number): number => {
    const fragment = fragments.get(name);
    return fragment ? memo(fragment.selectionSet, fragment.typeCondition.name.value, visit) : 0;
  };

  /** The cost of a selection on an introspection type: each field 1, a list's selection times its multiplier. */
  const selectionCost = (set: SelectionSetNode, typeName: string): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        cost += inFragment(selection.name.value, selectionCost);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += selectionCost(selection.selectionSet, selection.typeCondition?.name.value ?? typeName);
      } else {
        cost += 1;
        const type = schema.getType(typeName);
        const field = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[selection.name.value] : undefined;
        if (!field || !selection.selectionSet) continue;
        const wrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
        const times = isListType(wrapped) ? (multipliers.get(`${typeName}.${field.name}`) ?? 1) : 1;
        cost += times * selectionCost(selection.selectionSet, getNamedType(field.type).name);
      }
    }
    return cost;
  };

  /** The root's __schema and __type fields, through its fragments too (they exist on the query root only). */
  const rootCost = (set: SelectionSetNode): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) cost += inFragment(selection.name.value, rootCost);
      else if (selection.kind === Kind.INLINE_FRAGMENT) cost += rootCost(selection.selectionSet);
      else if (selection.selectionSet && (selection.name.value === '__schema' || selection.name.value === '__type')) {
        cost += Math.ceil(selectionCost(selection.selectionSet, selection.name.value === '__schema' ? '__Schema' : '__Type'));
      }
    }
    return cost;
  };
  return rootCost(operation.selectionSet);
}
