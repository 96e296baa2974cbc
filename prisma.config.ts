import { defineConfig } from 'prisma/config';

// Prisma 7's CLI insists on its native schema engine even for commands that never run it; that binary
// is downloaded from Prisma's own host, which these machines cannot reach. `generate`, `validate` and
// `format` only check that the file exists, so point them at any existing file. Migrations are applied
// by src/db/migrate.ts and authored by scripts/db-diff.ts (Prisma's wasm engine) instead.
const noEngineCommands = ['generate', 'validate', 'format'];
if (noEngineCommands.some((c) => process.argv.includes(c)) && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = 'prisma/schema.prisma';
}

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' },
});
