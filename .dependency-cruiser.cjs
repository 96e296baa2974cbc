// Layers point one way (docs/architecture.md): graphql -> domain -> events -> db, with dialer and telephony
// beside the domain (they use it; it never uses them). The files at the top of src/ compose the app and may
// use everything; nothing below them uses them, except the Context type (context.ts) that graphql is built on
// and the leaf modules config.ts, logger.ts and root-span.ts. `npm run deps:check` (and test/architecture.test.ts) fail on a
// violation or on any import cycle.
const COMPOSITION = '^src/(index|server|services|http|ws|shared-subscriptions|database-unavailable|auth|bootstrap|request-scope|dashboard|http-export|metrics|graphql-metrics|tracing|graphql-tracing)\\.ts$';
const CONTEXT = '^src/context\\.ts$';

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'No import cycle, type-only imports included.', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'composition-on-top',
      comment: 'Only the composition files use the composition files.',
      severity: 'error',
      from: { path: '^src/(graphql|domain|events|db|dialer|telephony|webhooks)/' },
      to: { path: COMPOSITION },
    },
    {
      name: 'context-for-graphql-only',
      comment: 'The resolver Context belongs to the GraphQL layer.',
      severity: 'error',
      from: { path: '^src/(domain|events|db|dialer|telephony|webhooks)/' },
      to: { path: CONTEXT },
    },
    {
      name: 'graphql-on-domain',
      comment: 'Resolvers are thin: they call the domain (and the services on the context), not the dialer, telephony or SQL modules.',
      severity: 'error',
      from: { path: '^src/graphql/' },
      to: { path: '^src/(dialer|telephony|db|events|webhooks)/' },
    },
    {
      name: 'domain-below-graphql',
      comment: 'The domain knows nothing of GraphQL, the dialer or telephony.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/(graphql|dialer|telephony|webhooks)/' },
    },
    {
      name: 'dialer-beside-telephony',
      comment: 'The dialer and telephony meet only in services.ts (place and onCallEnded).',
      severity: 'error',
      from: { path: '^src/(dialer|telephony|webhooks)/' },
      to: { path: '^src/(graphql|dialer|telephony|webhooks)/', pathNot: '^src/$1/' },
    },
    {
      name: 'events-below-domain',
      comment: 'The outbox and the bus know rows and events, not rules.',
      severity: 'error',
      from: { path: '^src/events/' },
      to: { path: '^src/(graphql|domain|dialer|telephony|webhooks)/' },
    },
    {
      name: 'db-at-the-bottom',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/', pathNot: '^src/(db|generated)/' },
    },
    {
      name: 'leaf-modules',
      comment: 'config.ts, logger.ts and root-span.ts are used everywhere, so they use nothing of ours.',
      severity: 'error',
      from: { path: '^src/(config|logger|root-span)\\.ts$|^src/domain/fixed-limits\\.ts$' },
      to: { path: '^src/' },
    },
  ],
  options: {
    // TypeScript 7 has no JavaScript API for dependency-cruiser to parse with; swc parses TypeScript, type-only
    // imports included.
    parser: 'swc',
    tsPreCompilationDeps: true,
    includeOnly: '^src/',
    exclude: { path: '^src/generated/' },
  },
};
