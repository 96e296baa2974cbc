// Writes the sorted SDL to schema.graphql; with --check, only compares and exits 1 when the committed
// file is stale (CI uses --check so the staleness check can fail).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSortedSchema } from '../src/graphql/schema.ts';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../schema.graphql');
const printed = printSortedSchema();
if (process.argv.includes('--check')) {
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (committed !== printed) {
    console.error('schema.graphql is stale: run `npm run schema:print` and commit the result.');
    process.exit(1);
  }
  console.log('schema.graphql is up to date');
} else {
  writeFileSync(target, printed);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
