// What `npm start`, `npm test` and the benches need built before they run (their `pre` scripts), built only when
// its sources changed since the last build, with a line saying what it does:
// - the Prisma client (src/generated/), when prisma/schema.prisma or the installed Prisma differ from the stamp
//   src/generated/.source-hash (`npm run generate` writes it: `prisma generate` itself cannot tell whether its
//   output is current, and took most of every start);
// - the dashboard (dashboard/dist/), when dashboard/vite.config.ts exists and dashboard/** (but dist), schema.graphql or
//   package-lock.json differ from dashboard/dist/.source-hash (`npm run dashboard:build`, then the stamp).
// Usage: tsx scripts/prepare.ts            (from the project root; the root is the working directory)
//        tsx scripts/prepare.ts --stamp    (records the Prisma client as current; the end of `npm run generate`)
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PRISMA_STAMP = 'src/generated/.source-hash';
/** A file of the generated client: a stamp without it (the folder was deleted by hand) is not believed. */
const PRISMA_OUTPUT = 'src/generated/prisma/client.ts';
const DASHBOARD_STAMP = 'dashboard/dist/.source-hash';

const say = (line: string) => process.stdout.write(`prepare: ${line}\n`);

function sha256(parts: Iterable<string | Buffer>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

function installedVersion(root: string, name: string): string {
  const file = path.join(root, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'not installed';
}

/** The schema and the installed Prisma (the CLI that generates and the runtime the client is generated for). */
export function prismaSourceHash(root: string): string {
  return sha256([
    readFileSync(path.join(root, 'prisma/schema.prisma')),
    `prisma@${installedVersion(root, 'prisma')}`,
    `@prisma/client@${installedVersion(root, '@prisma/client')}`,
  ]);
}

/** Every file under `dir` (relative to root, sorted), but those under the `skip` folders. */
function filesUnder(root: string, dir: string, skip: Set<string>): string[] {
  const out: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) {
        if (!skip.has(child)) walk(child);
      } else if (entry.isFile()) out.push(child);
    }
  };
  walk(dir);
  return out.sort();
}

/** dashboard/** (not its build output or its own node_modules), the schema it is typed against and the lock file. */
export function dashboardSourceHash(root: string): string {
  const files = [...filesUnder(root, 'dashboard', new Set(['dashboard/dist', 'dashboard/node_modules'])), 'schema.graphql', 'package-lock.json'];
  return sha256(files.flatMap((file) => [file, existsSync(path.join(root, file)) ? readFileSync(path.join(root, file)) : 'absent']));
}

const readStamp = (root: string, file: string) => (existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), 'utf8').trim() : undefined);

function writeStamp(root: string, file: string, hash: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), `${hash}\n`);
}

function npmRun(root: string, script: string): void {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run ${script} failed (exit ${result.status ?? result.signal})`);
}

export function stampPrismaClient(root: string): void {
  writeStamp(root, PRISMA_STAMP, prismaSourceHash(root));
}

/** What prepare did: each step `built` or `current` (or `absent`: no dashboard in this checkout). */
export interface Prepared {
  prisma: 'built' | 'current';
  dashboard: 'built' | 'current' | 'absent';
}

export function prepare(root: string): Prepared {
  const done: Prepared = { prisma: 'current', dashboard: 'absent' };
  const started = performance.now();
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

  if (readStamp(root, PRISMA_STAMP) === prismaSourceHash(root) && existsSync(path.join(root, PRISMA_OUTPUT))) {
    say('Prisma client is up to date');
  } else {
    say('generating the Prisma client (prisma/schema.prisma or the Prisma version changed) ...');
    npmRun(root, 'generate'); // prisma generate, then --stamp
    if (readStamp(root, PRISMA_STAMP) !== prismaSourceHash(root)) stampPrismaClient(root);
    done.prisma = 'built';
    say(`Prisma client generated in ${seconds()}`);
  }

  if (existsSync(path.join(root, 'dashboard/vite.config.ts'))) {
    const hash = dashboardSourceHash(root);
    if (readStamp(root, DASHBOARD_STAMP) === hash) {
      done.dashboard = 'current';
      say('dashboard is up to date');
    } else {
      say('building the dashboard (dashboard/, schema.graphql or package-lock.json changed) ...');
      npmRun(root, 'dashboard:build');
      writeStamp(root, DASHBOARD_STAMP, hash); // only after a build that succeeded
      done.dashboard = 'built';
      say(`dashboard built in ${seconds()}`);
    }
  }
  return done;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const root = process.cwd();
  try {
    if (process.argv.includes('--stamp')) stampPrismaClient(root);
    else prepare(root);
  } catch (err) {
    process.stderr.write(`prepare: ${(err as Error).message}\n`);
    process.exit(1);
  }
}
