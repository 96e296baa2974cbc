// The first hour: `npm start`/`npm test` run scripts/prepare.ts, which regenerates the Prisma client only when its
// stamp differs (and builds the dashboard only when its sources changed), saying so; the server's start-up log
// says what it does and where it really listens. Prepare runs in a temporary copy of the project (its own
// src/generated and dashboard/, the worktree's node_modules), so the worktree's own client is never touched.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardSourceHash, prismaSourceHash } from '../scripts/prepare.ts';
import { TEST_ADMIN } from './helpers/app.ts';

// Always the embedded database, whatever DATABASE_URL says: the embedded pass of `npm test` runs these, and the
// PostgreSQL + Redis pass (DATABASE_URL set) would only repeat them.
const ON_POSTGRES_PASS = Boolean(process.env.DATABASE_URL);

const ROOT = path.resolve(import.meta.dirname, '..');
let copy: string;

beforeAll(() => {
  copy = mkdtempSync(path.join(tmpdir(), 'dialgraph-first-start-'));
  for (const file of ['package.json', 'package-lock.json', 'prisma.config.ts', 'prisma/schema.prisma', 'scripts/prepare.ts', 'schema.graphql']) {
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    copyFileSync(path.join(ROOT, file), path.join(copy, file));
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
});
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** Runs prepare in the copy: its exit status and its own lines (`prepare: ...`). */
function prepare(): { status: number | null; lines: string[]; output: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/prepare.ts'], { cwd: copy, encoding: 'utf8', timeout: 120_000 });
  const output = `${result.stdout}${result.stderr}`;
  return { status: result.status, lines: output.split('\n').filter((l) => l.startsWith('prepare: ')), output };
}

const generatedClient = () => path.join(copy, 'src/generated/prisma/client.ts');
const stamp = () => readFileSync(path.join(copy, 'src/generated/.source-hash'), 'utf8').trim();

describe.skipIf(ON_POSTGRES_PASS)('scripts/prepare.ts', () => {
  it('generates the Prisma client without a stamp, does nothing the next time, and regenerates when the stamp differs', { timeout: 240_000 }, () => {
    const first = prepare();
    expect(first.status, first.output).toBe(0);
    expect(first.lines[0]).toMatch(/^prepare: generating the Prisma client/);
    expect(first.lines[1]).toMatch(/^prepare: Prisma client generated in \d+\.\d s$/);
    expect(existsSync(generatedClient())).toBe(true);
    expect(stamp()).toBe(prismaSourceHash(copy));

    const written = statSync(generatedClient()).mtimeMs;
    const second = prepare();
    expect(second.status, second.output).toBe(0);
    expect(second.lines).toEqual(['prepare: Prisma client is up to date']);
    expect(statSync(generatedClient()).mtimeMs).toBe(written);

    // What a changed schema or another Prisma version does to the hash.
    writeFileSync(path.join(copy, 'src/generated/.source-hash'), 'made by another schema\n');
    const third = prepare();
    expect(third.status, third.output).toBe(0);
    expect(third.lines[0]).toMatch(/^prepare: generating the Prisma client/);
    expect(statSync(generatedClient()).mtimeMs).toBeGreaterThan(written);
    expect(stamp()).toBe(prismaSourceHash(copy));
  });

  it('hashes the schema and the Prisma version into the stamp', () => {
    const before = prismaSourceHash(copy);
    const schema = path.join(copy, 'prisma/schema.prisma');
    const text = readFileSync(schema, 'utf8');
    writeFileSync(schema, `${text}\n// a change\n`);
    try {
      expect(prismaSourceHash(copy)).not.toBe(before);
    } finally {
      writeFileSync(schema, text);
    }
    expect(prismaSourceHash(copy)).toBe(before);
  });

  it('builds the dashboard when its sources change, not when only its output does, and stamps only a build that succeeded', { timeout: 120_000 }, () => {
    const pkgFile = path.join(copy, 'package.json');
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
    // A stand-in build: counts its runs and writes dist/index.html.
    pkg.scripts['dashboard:build'] = `node -e "const fs=require('fs');fs.mkdirSync('dashboard/dist',{recursive:true});fs.writeFileSync('dashboard/dist/index.html','ok');fs.appendFileSync('builds','x')"`;
    writeFileSync(pkgFile, JSON.stringify(pkg, null, 2));
    const builds = () => (existsSync(path.join(copy, 'builds')) ? readFileSync(path.join(copy, 'builds'), 'utf8').length : 0);

    // No dashboard/ in this checkout: nothing about it.
    expect(prepare().lines.some((l) => l.includes('dashboard'))).toBe(false);

    mkdirSync(path.join(copy, 'dashboard/src'), { recursive: true });
    writeFileSync(path.join(copy, 'dashboard/vite.config.ts'), 'export default {};\n');
    writeFileSync(path.join(copy, 'dashboard/src/main.ts'), 'console.log(1);\n');
    const first = prepare();
    expect(first.status, first.output).toBe(0);
    expect(first.lines).toContain('prepare: building the dashboard (dashboard/, schema.graphql or package-lock.json changed) ...');
    expect(builds()).toBe(1);
    expect(readFileSync(path.join(copy, 'dashboard/dist/.source-hash'), 'utf8').trim()).toBe(dashboardSourceHash(copy));

    writeFileSync(path.join(copy, 'dashboard/dist/extra.js'), 'output only');
    expect(prepare().lines).toContain('prepare: dashboard is up to date');
    expect(builds()).toBe(1);

    writeFileSync(path.join(copy, 'dashboard/src/main.ts'), 'console.log(2);\n');
    prepare();
    expect(builds()).toBe(2);
    writeFileSync(path.join(copy, 'schema.graphql'), `${readFileSync(path.join(copy, 'schema.graphql'), 'utf8')}\n`);
    prepare();
    expect(builds()).toBe(3);

    // A failed build leaves no stamp: the next prepare tries again.
    pkg.scripts['dashboard:build'] = 'node -e "process.exit(3)"';
    writeFileSync(pkgFile, JSON.stringify(pkg, null, 2));
    writeFileSync(path.join(copy, 'dashboard/src/main.ts'), 'console.log(3);\n');
    const failed = prepare();
    expect(failed.status).toBe(1);
    expect(failed.output).toContain('prepare: npm run dashboard:build failed');
    expect(readFileSync(path.join(copy, 'dashboard/dist/.source-hash'), 'utf8').trim()).not.toBe(dashboardSourceHash(copy));
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

type LogEntry = { msg: string; url?: string; network?: string; dashboard?: string };

/**
 * `npm start`'s entry point with this HOST, started in `cwd`; its log entries up to the dashboard line (or 2 s
 * after the listening line, when none comes), then it is stopped.
 */
async function startUpLog(host: string, cwd = ROOT): Promise<{ port: number; entries: LogEntry[] }> {
  const port = await freePort();
  // Absolute paths: the entry point and tsx must not depend on the working directory.
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(ROOT, 'src/index.ts')], {
    cwd,
    env: {
      ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', HOST: host, PORT: String(port), DATABASE_URL: '', REDIS_URL: '', DATA_DIR: 'memory://',
      ADMIN_USERNAME: TEST_ADMIN.username, ADMIN_PASSWORD: TEST_ADMIN.password, JWT_SECRET: 'dialgraph-test-secret-0123456789',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const entries = await new Promise<LogEntry[]>((resolve, reject) => {
      let out = '';
      let lines: LogEntry[] = [];
      let grace: NodeJS.Timeout | undefined;
      const timer = setTimeout(() => reject(new Error(`no listening line in 60 s: ${out}`)), 60_000);
      const done = () => {
        clearTimeout(timer);
        clearTimeout(grace);
        resolve(lines);
      };
      child.stderr!.on('data', (d) => (out += d));
      child.stdout!.on('data', (d) => {
        out += d;
        lines = out.split('\n').filter((l) => l.startsWith('{') && l.endsWith('}')).map((l) => JSON.parse(l));
        if (lines.some((e) => /^dashboard at /.test(e.msg))) done();
        else if (!grace && lines.some((e) => /listening/.test(e.msg))) grace = setTimeout(done, 2_000);
      });
      child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
    });
    return { port, entries };
  } finally {
    child.kill('SIGKILL');
  }
}

describe.skipIf(ON_POSTGRES_PASS)('the start-up log', () => {
  it('says it migrates, then where it listens: the bound address, not localhost', { timeout: 90_000 }, async () => {
    const { port, entries } = await startUpLog('127.0.0.1');
    const messages = entries.map((e) => e.msg);
    const migrating = messages.findIndex((m) => /^opening the embedded database in memory:\/\/ and applying its migrations/.test(m));
    const ready = messages.findIndex((m) => /^database ready: applied \d+ migrations$/.test(m));
    const listening = entries.findIndex((e) => /listening/.test(e.msg));
    expect(migrating).toBeGreaterThanOrEqual(0);
    expect(ready).toBeGreaterThan(migrating);
    expect(listening).toBeGreaterThan(ready);
    expect(entries[listening].msg).toContain(`dialgraph listening on http://127.0.0.1:${port}/graphql`);
    expect(entries[listening].url).toBe(`http://127.0.0.1:${port}/graphql`);
    expect(messages.join('\n')).not.toContain('localhost');
    // Then the dashboard's link, on the same real address.
    const dashboard = entries.findIndex((e) => /^dashboard at /.test(e.msg));
    expect(dashboard).toBeGreaterThan(listening);
    expect(entries[dashboard].msg).toBe(`dashboard at http://127.0.0.1:${port}/dashboard`);
    expect(entries[dashboard].dashboard).toBe(`http://127.0.0.1:${port}/dashboard`);
  });

  it('bound to every interface (0.0.0.0), names 127.0.0.1 for this machine and the hostname for the others; started from another directory, still links the dashboard', { timeout: 90_000 }, async () => {
    // The working directory is not the project: the dashboard is found beside the code.
    const { port, entries } = await startUpLog('0.0.0.0', tmpdir());
    const line = entries.find((e) => /listening/.test(e.msg))!;
    expect(line.url).toBe(`http://127.0.0.1:${port}/graphql`);
    expect(line.network).toBe(`http://${hostname()}:${port}/graphql`);
    expect(line.msg).toContain(`from other machines http://${hostname()}:${port}/graphql`);
    expect(line.msg).not.toContain('0.0.0.0');
    expect(entries.find((e) => /^dashboard at /.test(e.msg))?.msg).toBe(`dashboard at http://127.0.0.1:${port}/dashboard`);
  });
});
