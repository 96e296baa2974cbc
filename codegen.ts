import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the tests, generated from the committed schema.graphql.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/**/*.ts', '!test/gql/**'],
  ignoreNoDocuments: true,
  // Only graphql(`...`) calls are typed documents; plain strings marked /* GraphQL */ stay untyped.
  pluckConfig: { globalGqlIdentifierName: ['graphql'], gqlMagicComment: 'typed-graphql' },
  generates: {
    'test/gql/': {
      preset: 'client',
      config: {
        emitLegacyCommonJSImports: false, useTypeImports: true, enumsAsTypes: true,
        // As they travel in JSON: UUIDs and ISO-8601 instants are strings.
        scalars: { UUID: 'string', DateTime: 'string', JSON: 'unknown' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
