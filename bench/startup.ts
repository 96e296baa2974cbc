// Start-up time and memory: dialgraph on the embedded database and on PostgreSQL, next to the bare Yoga +
// graphql-ws peer of bench:subscriptions. For each: seconds until /graphql answers, RSS then, RSS after 100
// small authenticated queries, and RSS after GraphiQL's page was served once (its 9 MB module loads on demand).
// Every server is a fresh child process; each is started BENCH_STARTS times and the medians printed.
//   npm run bench:startup      (BENCH_STARTS=3)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { machine, median, post, startServer, throwawayDatabase } from './harness.ts';

const STARTS = Number(process.env.BENCH_STARTS ?? 3);
const HERE = path.dirname(new URL(import.meta.url).pathname);
const ADMIN = { username: 'bench', password: 'bench-password-0123' };

const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

interface Sample {
  seconds: number;
  atStart: number;
  afterQueries: number;
  afterGraphiql: number;
}

async function sample(name: string, command: string[], env: Record<string, string>, port: number, login: boolean): Promise<Sample> {
  const started = Date.now();
  const server = await startServer(name, command[0], command.slice(1), env, port);
  try {
    const seconds = (Date.now() - started) / 1000;
    const pid = server.process.pid!;
    const atStart = rssMiB(pid);
    const token = login ? (await post(server.url, { query: 'mutation($i: LoginInput!) { login(input: $i) { token } }', variables: { i: ADMIN } })).data.login.token : 'peer';
    const query = login ? '{ viewer { username } outplans(first: 5) { totalCount } }' : '{ ok }';
    for (let i = 0; i < 100; i++) {
      const res = await post(server.url, { query }, token);
      if (res.errors) throw new Error(`${name}: ${JSON.stringify(res.errors)}`);
    }
    const afterQueries = rssMiB(pid);
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    await page.text();
    return { seconds, atStart, afterQueries, afterGraphiql: rssMiB(pid) };
  } finally {
    await server.stop();
  }
}

async function main() {
  if (process.platform !== 'linux') throw new Error('bench:startup reads RSS from /proc: Linux only');
  const database = await throwawayDatabase('dialgraph_bench_startup');
  const dialgraph = [process.execPath, '--import', 'tsx', 'src/index.ts'];
  const common = { NODE_ENV: 'production', LOG_LEVEL: 'silent', DIALER_ENABLED: 'false', JWT_SECRET: 'dialgraph-bench-secret-0123456789', ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password };
  const rows: Array<[string, Sample[]]> = [['dialgraph, embedded database', []], ['dialgraph, PostgreSQL', []], ['bare Yoga + graphql-ws', []]];
  try {
    for (let i = 0; i < STARTS; i++) {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'dialgraph-startup-'));
      try {
        rows[0][1].push(await sample('embedded', dialgraph, { ...common, DATABASE_URL: '', REDIS_URL: '', DATA_DIR: dataDir }, 47301, true));
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
      rows[1][1].push(await sample('postgres', dialgraph, { ...common, DATABASE_URL: database.url }, 47302, true));
      rows[2][1].push(await sample('yoga', [process.execPath, path.join(HERE, 'subscriptions-peer/server.mjs')], {}, 47303, false));
    }
  } finally {
    await database.drop();
  }
  console.log(`\nStart-up, ${machine()}, medians of ${STARTS} starts (the embedded database's first start in a fresh DATA_DIR applies the migrations)\n`);
  console.log('| server | s until /graphql answers | RSS at start MiB | after 100 queries MiB | after GraphiQL served MiB |\n|---|---|---|---|---|');
  for (const [name, samples] of rows) {
    const m = (f: (s: Sample) => number) => median(samples.map(f));
    console.log(`| ${name} | ${m((s) => s.seconds).toFixed(1)} | ${m((s) => s.atStart).toFixed(0)} | ${m((s) => s.afterQueries).toFixed(0)} | ${m((s) => s.afterGraphiql).toFixed(0)} |`);
  }
}

await main();
