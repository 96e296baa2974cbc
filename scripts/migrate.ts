// npm run db:migrate: applies pending migrations to DATABASE_URL, or to the embedded database in DATA_DIR.
import { loadConfig } from '../src/config.ts';
import { migratePostgres, openDatabase } from '../src/db/database.ts';

const config = loadConfig();
if (config.DATABASE_URL) {
  const applied = await migratePostgres(config.DATABASE_URL);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'nothing to apply');
} else {
  const db = await openDatabase({ dataDir: config.DATA_DIR });
  await db.close();
  console.log(`embedded database in ${config.DATA_DIR} is up to date`);
}
