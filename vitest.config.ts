import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 has no "exports" map: Node loads its CommonJS build for dependencies (Pothos, Yoga), while
  // Vite would pick the ESM build for our files. Two copies break instanceof checks; use Node's choice.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // Two cores: more workers only queue on the CPU (PGlite boots are CPU-bound).
    maxWorkers: 2,
    globalSetup: ['test/helpers/global-setup.ts'],
    hookTimeout: 120_000,
    testTimeout: 60_000,
    env: { NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
  },
});
