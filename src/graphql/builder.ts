// Schema builder setup only: plugins, options, root types and scalars. Domain types live in their own
// folders and are assembled by ./schema.ts. Every root field needs a signed-in caller (the root types'
// authScopes); the few public ones (login, viewer) say so with skipTypeScopes.
import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ValidationPlugin from '@pothos/plugin-validation';
import ComplexityPlugin from '@pothos/plugin-complexity';
import LazyCursorsPlugin from './lazy-cursors.ts';
import { GraphQLError, isObjectType, type GraphQLResolveInfo } from 'graphql';
import { JSONResolver, LocalDateResolver, LocalTimeResolver, UUIDResolver } from 'graphql-scalars';
import type PrismaTypes from '../generated/pothos-types.ts';
import { getDatamodel } from '../generated/pothos-types.ts';
import type { Context, MemberContext } from '../context.ts';
import { tokenRefusalMessage } from '../domain/token-refusal.ts';
import { decodeGlobalId, encodeGlobalId } from './global-id.ts';
import { DateTimeScalar } from './common/date-time.ts';
import { connectionComplexity, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, nodeIdsArgs, nodeIdsComplexity } from './common/pagination.ts';

function isNodeType(info: GraphQLResolveInfo, typename: string): boolean {
  const type = info.schema.getType(typename);
  return isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node');
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    UUID: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
    LocalDate: { Input: string; Output: string };
    LocalTime: { Input: string; Output: string };
    ID: { Input: string; Output: string };
  };
  AuthScopes: { member: boolean; admin: boolean; superadmin: boolean };
  // Fields behind these scopes (t.withAuth) see a non-null viewer.
  AuthContexts: { member: MemberContext; admin: MemberContext; superadmin: MemberContext };
  Connection: { totalCount: number | (() => number | Promise<number>) };
}>({
  // ScopeAuth first so it wraps every other plugin's resolvers; LazyCursors last, so its wrapper is the innermost.
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin, ComplexityPlugin, LazyCursorsPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authorizeOnSubscribe: true,
    // member: any signed-in role (domain operations); admin: users and access keys; superadmin: customers.
    authScopes: (ctx) => ({
      member: ctx.viewer !== null,
      admin: ctx.viewer?.role === 'ADMIN' || ctx.viewer?.role === 'SUPERADMIN',
      superadmin: ctx.viewer?.role === 'SUPERADMIN',
    }),
    unauthorizedError: (_parent, context) =>
      context.viewer === null
        ? new GraphQLError(tokenRefusalMessage(context.tokenRefusal ?? { refused: 'missing' }), { extensions: { code: 'UNAUTHENTICATED' } })
        : new GraphQLError('Your role does not allow this operation.', { extensions: { code: 'FORBIDDEN' } }),
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    // Connection types are named by hand (OutdialConnection, ...) and carry totalCount.
    // Cost: a connection field multiplies its selection by its page size; its edges and nodes lists then count
    // once (the rows are already counted), instead of the default list multiplier.
    defaultConnectionFieldOptions: { complexity: connectionComplexity },
    edgesFieldOptions: { nullable: false, complexity: { field: 1, multiplier: 1 } },
    nodeFieldOptions: { nullable: false },
    nodesOnConnection: { complexity: { field: 1, multiplier: 1 } },
    // A well-formed id of a type that is not a node answers like a missing row, not an error.
    nodeQueryOptions: {
      resolve: (_root, { id }, _ctx, info, resolveNode) => (isNodeType(info, id.typename) ? resolveNode(id) : null),
    },
    nodesQueryOptions: {
      description: `The nodes with these ids, in their order (at most ${MAX_PAGE_SIZE} ids); null for an id that names nothing you can see.`,
      validate: nodeIdsArgs,
      complexity: nodeIdsComplexity,
      resolve: async (_root, args, _ctx, info, resolveNodes) => {
        const { ids } = args;
        const known = ids.filter((id) => isNodeType(info, id.typename));
        // plugin-relay 4.8's resolveNodes ignores the ids it is given and resolves args.ids, all of them (a bare UUID
        // or a malformed id then failed the whole list): give it the known ones there.
        (args as { ids: typeof ids }).ids = known;
        const found = known.length > 0 ? await resolveNodes(known) : [];
        return ids.map((id) => (known.includes(id) ? found[known.indexOf(id)] : null));
      },
    },
  },
  validation: {
    validationError: (failure) =>
      new GraphQLError(failure.issues.map((i) => i.message).join('; '), { extensions: { code: 'BAD_USER_INPUT' } }),
  },
  // The cost of each field; the limits are settings, checked before execution (./request-limits.ts). Lists that
  // are not connections (destinations, actions, ...) are short and count 10 times.
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
  },
});

builder.addScalarType('DateTime', DateTimeScalar);
builder.addScalarType('UUID', UUIDResolver);
builder.addScalarType('JSON', JSONResolver);
builder.addScalarType('LocalDate', LocalDateResolver, { description: 'A calendar date without a zone, YYYY-MM-DD (RFC 3339 full-date).' });
builder.addScalarType('LocalTime', LocalTimeResolver, { description: 'A time of day without a zone, HH:MM, HH:MM:SS or HH:MM:SS.sss (24-hour).' });

// Every connection carries totalCount (the contract's convention); the prisma plugin computes it only
// when the field is selected.
builder.globalConnectionField('totalCount', (t) =>
  t.int({
    nullable: false,
    resolve: (parent) => (typeof parent.totalCount === 'function' ? parent.totalCount() : parent.totalCount),
  }),
);

const signedIn = { member: true } as const;
builder.queryType({ authScopes: signedIn });
builder.mutationType({ authScopes: signedIn });
builder.subscriptionType({ authScopes: signedIn });
