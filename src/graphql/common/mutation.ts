// The shapes every mutation shares: a payload with the changed entity (or null) and its userErrors, the
// input of the delete mutations, and the mutation field itself (input -> domain change -> payload), so a
// module's mutations read as a table of the REST actions they mirror. Every mutation's input is checked for NUL
// characters and for ids of the wrong type here, before its resolver: one place, so a new mutation cannot forget it.
import type { FieldMap, InputObjectRef, ObjectRef } from '@pothos/core';
import { getNamedType, isInputObjectType, type GraphQLResolveInfo } from 'graphql';
import { ID_OF_EXTENSION, wrongTypeMessage } from '../global-id.ts';
import { builder } from '../builder.ts';
import { UserErrorRef } from './user-error.ts';
import type { MemberContext } from '../../context.ts';
import { Problems, type Result, type UserError } from '../../domain/errors.ts';
import { checkNoNulCharacters } from '../../domain/limits.ts';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type MutationFields = PothosSchemaTypes.MutationFieldBuilder<Types, Types['Root']>;

/** A payload type, and its value when the input is refused before its resolver runs. */
export type PayloadRef<Shape extends { userErrors: UserError[] }> = ObjectRef<Types, Shape> & { refused(userErrors: UserError[]): Shape };

/**
 * A payload object: `fields`, then userErrors (a payload with userErrors changed nothing). `rejected` is the
 * payload's other fields when nothing changed (null entities, zero counts).
 */
export function payloadType<Shape extends { userErrors: UserError[] }>(
  name: string,
  options: {
    description?: string; userErrorsDescription?: string; fields: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>) => FieldMap;
    rejected: Omit<Shape, 'userErrors'>;
  },
): PayloadRef<Shape> {
  const ref = builder.objectRef<Shape>(name).implement({
    description: options.description,
    fields: (t) => ({
      ...options.fields(t),
      userErrors: t.field({ type: [UserErrorRef], description: options.userErrorsDescription, resolve: (p) => p.userErrors }),
    }),
  });
  return Object.assign(ref, { refused: (userErrors: UserError[]) => ({ ...options.rejected, userErrors }) as Shape });
}

/** The NUL characters anywhere in a mutation's input, as userErrors under ["input", ...] (empty: none). */
export function nulCharacterErrors(input: unknown): UserError[] {
  const problems = new Problems([]);
  checkNoNulCharacters(input, ['input'], problems);
  return problems.list;
}

/**
 * The ids of a mutation's input that are global ids of another node type than their field names (its idOf
 * extension; `input.id` of an entity mutation names `rowType`), as userErrors on their paths. Top-level fields
 * only: no input nests an id. Graphql-js keeps field extensions on the schema, so the field declares its type once.
 */
function wrongTypeIdErrors(input: unknown, info: GraphQLResolveInfo, rowType: string | undefined): UserError[] {
  const arg = info.parentType.getFields()[info.fieldName]?.args.find((a) => a.name === 'input');
  const type = arg && getNamedType(arg.type);
  if (!type || !isInputObjectType(type) || typeof input !== 'object' || input === null) return [];
  const errors: UserError[] = [];
  for (const field of Object.values(type.getFields())) {
    const typename = (field.extensions[ID_OF_EXTENSION] as string | undefined) ?? (field.name === 'id' ? rowType : undefined);
    if (!typename) continue;
    const value = (input as Record<string, unknown>)[field.name];
    // A list of ids (dncListIds) is checked item by item, each error on its index like the domain's NOT_FOUND.
    const items: [string[], unknown][] = Array.isArray(value)
      ? value.map((item, i) => [['input', field.name, String(i)], item])
      : [[['input', field.name], value]];
    for (const [path, item] of items) {
      const message = typeof item === 'string' ? wrongTypeMessage(item, typename, field.name) : null;
      if (message) errors.push({ field: path, message, code: 'INVALID' });
    }
  }
  return errors;
}

export type EntityPayload<K extends string, T> = { [P in K]: T | null } & { userErrors: UserError[] };

/** A result as `<key>` (null when refused) and userErrors. */
export function toPayload<K extends string, T>(key: K, result: Result<T>): EntityPayload<K, T> {
  return (result.ok ? { [key]: result.value, userErrors: [] } : { [key]: null, userErrors: result.errors }) as EntityPayload<K, T>;
}

export interface MutationOptions {
  description?: string;
  /** Who may: any signed-in role (default), an ADMIN, or a SUPERADMIN. */
  scope?: 'member' | 'admin' | 'superadmin';
  /** The node type `input.id` names when its field does not say (DeleteInput is shared): set by entityMutations. */
  rowType?: string;
}

/** A mutation that takes `input: <Input>!` and answers `payload`, as `resolve` makes it for the signed-in caller. */
export function inputMutation<Shape extends { userErrors: UserError[] }, Input>(
  t: MutationFields, payload: PayloadRef<Shape>, input: InputObjectRef<Types, Input>,
  resolve: (input: Input, ctx: MemberContext) => Promise<Shape>, options: MutationOptions = {},
) {
  return t.withAuth({ [options.scope ?? 'member']: true } as { member: true }).field({
    type: payload,
    description: options.description,
    args: { input: t.arg({ type: input, required: true }) },
    // Cast: Pothos cannot resolve its argument and result types for a generic Input and Shape; the refs check them.
    resolve: ((_root: unknown, args: { input: Input }, ctx: MemberContext, info: GraphQLResolveInfo) => {
      const nul = nulCharacterErrors(args.input);
      const refused = nul.length > 0 ? nul : wrongTypeIdErrors(args.input, info, options.rowType);
      return refused.length > 0 ? payload.refused(refused) : resolve(args.input, ctx);
    }) as never,
  });
}

/**
 * `<Name>Payload { <key>: <Node>, userErrors }`, and the maker of the mutations that answer with it: each takes
 * `input: <Input>!`, runs `change` for the signed-in caller, and answers its Result as the payload.
 */
export function entityMutations<K extends string, T>(name: string, key: K, node: ObjectRef<Types, T, unknown>) {
  const payload = payloadType<EntityPayload<K, T>>(name, {
    // `as never`: Pothos cannot resolve its result type for a generic T; the node's own type checks the value.
    fields: (t) => ({ [key]: t.field({ type: node, nullable: true, resolve: (p) => p[key] as never }) }),
    rejected: { [key]: null } as Omit<EntityPayload<K, T>, 'userErrors'>,
  });
  const mutation = <Input>(
    t: MutationFields, input: InputObjectRef<Types, Input>, change: (input: Input, ctx: MemberContext) => Promise<Result<T>>, options?: MutationOptions,
  ) => inputMutation(t, payload, input, async (i, ctx) => toPayload(key, await change(i, ctx)), { rowType: node.name, ...options });
  return Object.assign(mutation, { payload });
}

export const DeleteInput = builder.inputType('DeleteInput', {
  fields: (t) => ({
    id: t.id({
      required: true,
      description:
        "The global id or UUID of a row of the mutation's type (another type's UUID is not found; another type's global id is refused, naming its type).",
    }),
  }),
});
