// What the HTTP benchmarks share: a throwaway database on DATABASE_URL's server, servers started as child
// processes (each its own PGAPPNAME, so its PostgreSQL backends can be found), wrk runs, and CPU time read from
// /proc for a server process together with its backends.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { getMetricsFromIterator, type PromMetric } from 'prom2javascript';
import { migratePostgres } from '../src/db/database.ts';

export const BASE_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
/** Clock ticks per second of /proc/<pid>/stat (getconf CLK_TCK; 100 on Linux x86-64). */
const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim() || 100);

export async function admin<T>(url: string, run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

/** A migrated database of its own on DATABASE_URL's server; drop() removes it. */
export async function throwawayDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  await admin(BASE_URL, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(BASE_URL);
  url.pathname = `/${name}`;
  await migratePostgres(url.toString());
  return { url: url.toString(), drop: () => admin(BASE_URL, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}) };
}

export interface ChildServer {
  name: string;
  process: ChildProcess;
  url: string;
  /** PGAPPNAME of its database connections. */
  appName: string;
  stop(): Promise<void>;
}

/**
 * The benches send one customer's operations as fast as a server answers, far beyond RATE_LIMIT_COST's default:
 * the rate limit stays on (its charge is part of what production runs), with a budget no bench reaches.
 */
export const BENCH_RATE_LIMIT_COST = String(1e15);

/** Starts `command args` with `env`, and waits until `port` answers HTTP (any status). */
export async function startServer(name: string, command: string, args: string[], env: Record<string, string>, port: number, urlPath = '/graphql', cwd?: string): Promise<ChildServer> {
  const appName = `bench-${name}`;
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, RATE_LIMIT_COST: BENCH_RATE_LIMIT_COST, ...env, PORT: String(port), PGAPPNAME: appName },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output = (output + d).slice(-4000)));
  child.stderr!.on('data', (d) => (output = (output + d).slice(-4000)));
  const url = `http://127.0.0.1:${port}${urlPath}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`${name} did not start:\n${output}`);
    const up = await fetch(url, { method: 'GET' }).then(() => true, () => false);
    if (up) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  // A server that dies on its own mid-bench says why (its last output), instead of only failing the next request.
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping && signal !== 'SIGKILL') console.error(`${name} exited by itself (${code ?? signal}):\n${output}`);
  });
  return {
    name, process: child, url, appName,
    stop: async () => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return; // gone already (a SIGKILL)
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** utime + stime of a process, in ms; 0 when it is gone. */
function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
  } catch {
    return 0;
  }
}

/** The server process's CPU and its PostgreSQL backends' (by application_name), in ms, as a running total. */
export async function cpuOf(server: ChildServer): Promise<{ server: number; postgres: number; backends: Map<number, number> }> {
  const pids = await admin(BASE_URL, (c) => c.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [server.appName]));
  const backends = new Map(pids.rows.map((r) => [r.pid, cpuMsOf(r.pid)]));
  return { server: cpuMsOf(server.process.pid!), postgres: [...backends.values()].reduce((a, b) => a + b, 0), backends };
}

/** CPU spent between two readings; backends that appeared meanwhile count from zero. */
export function cpuBetween(before: Awaited<ReturnType<typeof cpuOf>>, after: Awaited<ReturnType<typeof cpuOf>>): { server: number; postgres: number } {
  let postgres = 0;
  for (const [pid, ms] of after.backends) postgres += ms - (before.backends.get(pid) ?? 0);
  return { server: after.server - before.server, postgres };
}

export interface WrkResult {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** wrk's own report. */
  output: string;
}

function ms(value: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim());
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] === 'us' ? n / 1000 : m[2] === 'ms' ? n : m[2] === 's' ? n * 1000 : n * 60_000;
}

/**
 * wrk with a POST body and headers: requests, req/s, p50/p99 (ms), non-2xx and socket errors. `lua` is appended
 * to the script (a `request` function there picks each request's body itself: bench/mixed.ts).
 */
export function wrk(
  url: string, body: string, headers: Record<string, string>,
  { connections, seconds, threads = 2, lua = '' }: { connections: number; seconds: number; threads?: number; lua?: string },
): WrkResult {
  if (!existsSync('/usr/bin/wrk')) throw new Error('wrk is not installed: apt-get install wrk');
  const script = path.join(tmpdir(), `wrk-${randomBytes(4).toString('hex')}.lua`);
  const lines = [
    'wrk.method = "POST"',
    `wrk.body = ${JSON.stringify(body)}`,
    ...Object.entries(headers).map(([k, v]) => `wrk.headers[${JSON.stringify(k)}] = ${JSON.stringify(v)}`),
    lua,
  ];
  writeFileSync(script, lines.join('\n'));
  const run = spawnSync('wrk', ['-t', String(threads), '-c', String(connections), '-d', `${seconds}s`, '--latency', '-s', script, url], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`wrk failed: ${run.stderr}`);
  const out = run.stdout;
  const requests = Number(/(\d+) requests in ([\d.]+)(s|m)/.exec(out)?.[1]);
  const elapsed = /(\d+) requests in ([\d.]+)(ms|s|m)/.exec(out)!;
  const secondsTaken = ms(`${elapsed[2]}${elapsed[3]}`) / 1000;
  const percentile = (p: string) => ms(new RegExp(`^\\s+${p}%\\s+(\\S+)`, 'm').exec(out)?.[1] ?? 'NaN');
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = non2xx + (socketErrors ? socketErrors.slice(1).reduce((a, b) => a + Number(b), 0) : 0);
  return { requests, seconds: secondsTaken, rps: requests / secondsTaken, p50: percentile('50'), p99: percentile('99'), errors, output: out };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function machine(): string {
  const cores = spawnSync('nproc').stdout?.toString().trim();
  return `${cores} cores, Node ${process.version}`;
}

/** POSTs a GraphQL request body (query, variables) as JSON; the parsed answer. */
export async function post(url: string, body: unknown, token?: string): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return res.json();
}

/** Runs a mutation (or any operation) and returns data[field]; throws on errors or userErrors. */
export async function mutate(url: string, token: string | undefined, query: string, variables: Record<string, unknown>, field: string): Promise<any> {
  const res = await post(url, { query, variables }, token);
  const payload = res.data?.[field];
  if (res.errors || payload?.userErrors?.length) throw new Error(`${field}: ${JSON.stringify(res.errors ?? payload.userErrors)}`);
  return payload;
}

/** The row id in a global id (base64url of "Type:uuid"). */
export const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];

/** The campaign page a dashboard loads (bench:list's second shape, and part of bench:mixed). */
export const CAMPAIGN_PAGE = `query CampaignPage($id: ID!) {
  campaign(id: $id) {
    id name status maxConcurrentCalls
    progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent }
    outdial { id name targets(first: 20) { totalCount nodes { id name status destinations { index tryCount address { type target } }
      campaignCalls(first: 1) { nodes { id status result tryCount createdAt } } } } }
  }
}`;

/** A /metrics page, parsed (README "Metrics"). */
export interface Scrape {
  families: Map<string, PromMetric>;
  /** The value of `name`'s first sample whose labels include `labels` (a histogram's: its count); 0 when there is none. */
  value(name: string, labels?: Record<string, string>): number;
  /** The sum of `name`'s samples whose labels include `labels`. */
  sum(name: string, labels?: Record<string, string>): number;
  /** The label sets of `name`'s samples. */
  labels(name: string): Record<string, string>[];
}

/** GETs the /metrics of the server whose GraphQL URL is `url` (`?gc=1` with `gc`), and parses it as Prometheus text. */
export async function scrapeMetrics(url: string, { token, gc = false }: { token?: string; gc?: boolean } = {}): Promise<Scrape> {
  const res = await fetch(new URL(gc ? '/metrics?gc=1' : '/metrics', url), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`/metrics answered ${res.status}: ${text}`);
  // prom2javascript rejects a line it cannot parse, so a scrape is also a check of the format; but it knows no NaN
  // (valid: an event-loop statistic with no sample since the previous scrape), so those samples are left out.
  const lines = text.split('\n').filter((line) => !/^[^#].* NaN$/.test(line));
  const families = new Map(Object.entries(await getMetricsFromIterator(lines[Symbol.iterator]())));
  type AnySample = { labels: Record<string, string>; value?: number; count?: number };
  const samples = (name: string) => (families.get(name)?.data ?? []) as AnySample[];
  const matching = (name: string, labels: Record<string, string>) =>
    samples(name).filter((s) => Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  const numberOf = (s: AnySample) => Number(s.value ?? s.count);
  return {
    families,
    value: (name, labels = {}) => {
      const [sample] = matching(name, labels);
      return sample ? numberOf(sample) : 0;
    },
    sum: (name, labels = {}) => matching(name, labels).reduce((total, s) => total + numberOf(s), 0),
    labels: (name) => samples(name).map((s) => s.labels),
  };
}
