import type { CodegenConfig } from '@graphql-codegen/cli';

// As they travel in JSON: UUIDs and ISO-8601 instants are strings.
const clientPresetConfig = {
  emitLegacyCommonJSImports: false, useTypeImports: true, enumsAsTypes: true,
  scalars: { UUID: 'string', DateTime: 'string', JSON: 'unknown' },
};

// Typed documents generated from the committed schema.graphql: for the tests (test/gql) and for the dashboard
// (dashboard/src/generated), so `npm run codegen:check` fails when either is stale.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  // Only graphql(`...`) calls are typed documents; plain strings marked /* GraphQL */ stay untyped.
  pluckConfig: { globalGqlIdentifierName: ['graphql'], gqlMagicComment: 'typed-graphql' },
  generates: {
    'test/gql/': {
      documents: ['test/**/*.ts', '!test/gql/**'],
      preset: 'client',
      config: clientPresetConfig,
      presetConfig: { fragmentMasking: false },
    },
    'dashboard/src/generated/': {
      documents: ['dashboard/src/**/*.{ts,tsx}', '!dashboard/src/generated/**'],
      preset: 'client',
      config: clientPresetConfig,
      presetConfig: { fragmentMasking: false },
    },
    // Apollo's InMemoryCache needs the interfaces' implementations to match fragments on Node and Action.
    'dashboard/src/generated/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true },
    },
  },
};

export default config;
