// Subscription fan-out, dialgraph side by side with bare Yoga + graphql-ws (bench/subscriptions-peer/server.mjs):
// N subscribers of campaignStatusChanged on one campaign, each on its own socket, in client processes of
// BENCH_PER_WORKER sockets each (./subscriptions-clients.ts). dialgraph's events are real status changes
// (campaignUpdateStatus RUN / STOP: the transaction, the outbox, the bus); the peer's come from Yoga's pubsub on a
// POST. Both get the same events at the same rate; latency = receive time - send time (one clock), matched by
// the campaign version. Then, sockets still open, the idle CPU (BENCH_IDLE_WINDOWS windows back to back, each
// holding a few AUTH_RECHECK_MS re-checks and a keep-alive ping of every socket; the quietest one, see
// ./subscriptions-run.ts), and RSS. Every run starts a fresh server. PostgreSQL from DATABASE_URL's server (a throwaway database); Redis when
// REDIS_URL is set. Prints one table per mode and the goals, and exits.
//   npm run bench:subscriptions
//   env: BENCH_SUBSCRIBERS=1000,5000,10000  BENCH_MODES=ws,sse (also: sse-stream)  BENCH_SSE_SUBSCRIBERS=1000
//        BENCH_EVENTS=20  BENCH_GAP_MS=100  BENCH_PER_WORKER=2500  BENCH_WINDOW=100  BENCH_USERS=10
//        BENCH_AUTH_RECHECK_MS=10000  BENCH_IDLE_SECONDS=30 (0: skip)  BENCH_IDLE_WINDOWS=2  BENCH_PROFILE=dir (dialgraph's .cpuprofile)
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { admin, machine, mutate, startServer, throwawayDatabase, type ChildServer } from './harness.ts';
import { IDLE_WINDOWS, runSubscribers, type RunResult, type Sent } from './subscriptions-run.ts';
import type { Mode } from './subscriptions-clients.ts';

const list = (value: string | undefined, fallback: string) => (value ?? fallback).split(',').map((s) => s.trim()).filter(Boolean);
const SIZES = list(process.env.BENCH_SUBSCRIBERS, '1000,5000,10000').map(Number);
const MODES = list(process.env.BENCH_MODES, 'ws,sse') as Mode[];
const SSE_SIZES = list(process.env.BENCH_SSE_SUBSCRIBERS, '1000').map(Number);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 20);
const GAP_MS = Number(process.env.BENCH_GAP_MS ?? 100);
const PER_WORKER = Number(process.env.BENCH_PER_WORKER ?? 2500);
const WINDOW = Number(process.env.BENCH_WINDOW ?? 100);
const USERS = Number(process.env.BENCH_USERS ?? 10);
const RECHECK_MS = Number(process.env.BENCH_AUTH_RECHECK_MS ?? 10_000);
const IDLE_MS = Number(process.env.BENCH_IDLE_SECONDS ?? 30) * 1000;
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_SECONDS ?? 1800) * 1000;
const HERE = path.dirname(new URL(import.meta.url).pathname);
const ADMIN = { username: 'bench', password: 'bench-password-0123' };
const SECRET = 'dialgraph-bench-secret-0123456789';
const QUERY = 'subscription CampaignStatus($id: ID) { campaignStatusChanged(campaignId: $id) { id status version updatedAt } }';

/** Open files a server (and a client process) needs; the soft limit is raised to it for each child. */
function checkOpenFiles(): { server: number; client: number } {
  const need = { server: Math.max(...SIZES, ...SSE_SIZES) + 1024, client: Math.min(PER_WORKER, Math.max(...SIZES)) + 512 };
  const hard = spawnSync('sh', ['-c', 'ulimit -Hn']).stdout.toString().trim();
  const limit = hard === 'unlimited' ? Infinity : Number(hard);
  if (limit < need.server) {
    console.error(`bench:subscriptions: the hard open-file limit (ulimit -Hn) is ${hard}; ${Math.max(...SIZES)} subscribers need at least ${need.server}` +
      ' per server process. Raise it (ulimit -Hn / LimitNOFILE / /etc/security/limits.conf) or lower BENCH_SUBSCRIBERS.');
    process.exit(2);
  }
  return need;
}

/** Users to subscribe as (MANAGERs of the default customer), a runnable campaign, and the admin's token. */
async function seed(url: string) {
  const adminToken: string = (await mutate(url, undefined, 'mutation($i: LoginInput!) { login(input: $i) { token userErrors { message } } }', { i: ADMIN }, 'login')).token;
  const tokens: string[] = [];
  for (let i = 0; i < USERS; i++) {
    const user = { username: `watcher-${i}`, password: 'watcher-password-0123' };
    await mutate(url, adminToken, 'mutation($i: UserCreateInput!) { userCreate(input: $i) { user { id } userErrors { message } } }', { i: { ...user, role: 'MANAGER' } }, 'userCreate');
    tokens.push((await mutate(url, undefined, 'mutation($i: LoginInput!) { login(input: $i) { token userErrors { message } } }', { i: user }, 'login')).token);
  }
  const outplan = await mutate(url, adminToken, 'mutation($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }',
    { i: { name: 'bench', source: { type: 'TEL', target: '+15550100000' }, dialTimeout: 30_000, tryInterval: 0, maxTryCounts: [1] } }, 'outplanCreate');
  const outdial = await mutate(url, adminToken, 'mutation($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }', { i: { name: 'bench' } }, 'outdialCreate');
  const campaign = await mutate(url, adminToken, 'mutation($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }',
    { i: { name: 'bench', outplanId: outplan.outplan.id, outdialId: outdial.outdial.id } }, 'campaignCreate');
  return { adminToken, tokens, campaignId: campaign.campaign.id as string };
}

const STATUS = 'mutation($id: ID!, $s: CampaignStatusChange!) { campaignUpdateStatus(input: {id: $id, status: $s}) { campaign { status version } userErrors { message } } }';

interface Side {
  name: 'dialgraph' | 'bare Yoga';
  start(): Promise<ChildServer>;
  publisher(server: ChildServer): () => Promise<Sent>;
}

function row(name: string, r: RunResult): string {
  const idle = r.idle ? `${(r.idle.server + r.idle.postgres).toFixed(0)} (${r.idle.server.toFixed(0)} + ${r.idle.postgres.toFixed(0)}); windows ${r.idle.windows.map((w) => w.toFixed(0)).join(', ')}` : '-';
  const offered = Math.round((r.subscribers * 1000) / GAP_MS).toLocaleString('en-US');
  return `| ${r.subscribers.toLocaleString('en-US')} (${offered}/s offered) | ${name} | ${(r.connectMs / 1000).toFixed(1)} | ${(r.subscribedMs / 1000).toFixed(1)} | ${r.perSecond.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.lost}${r.failed ? ` (${r.failed} not connected)` : ''}${r.duplicates ? `, ${r.duplicates} dup` : ''}${r.outOfOrder ? `, ${r.outOfOrder} out of order` : ''} | ${(r.cpuPerThousand.server + r.cpuPerThousand.postgres).toFixed(0)} | ${idle} | ${r.rssStartMiB.toFixed(0)} / ${r.rssPeakMiB.toFixed(0)} |`;
}

function goals(ours: RunResult, yoga: RunResult): string[] {
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const rate = ours.perSecond / yoga.perSecond;
  const p99 = ours.p99 / yoga.p99;
  const connect = ours.connectMs / yoga.connectMs;
  const lines = [
    `deliveries/s ${rate.toFixed(2)}x bare Yoga (goal >= 1.0x) ${mark(rate >= 1)}`,
    `p99 ${p99.toFixed(2)}x (goal <= 1.2x) ${mark(p99 <= 1.2)}`,
    `connect all ${connect.toFixed(2)}x (goal <= 1.5x) ${mark(connect <= 1.5)}`,
  ];
  if (ours.idle) lines.push(`idle CPU ${(ours.idle.server + ours.idle.postgres).toFixed(0)} ms/s incl. PostgreSQL (goal <= 40) ${mark(ours.idle.server + ours.idle.postgres <= 40)}; bare Yoga ${yoga.idle!.server.toFixed(0)} ms/s`);
  lines.push(`peak RSS ${ours.rssPeakMiB.toFixed(0)} MiB (goal <= 1024) ${mark(ours.rssPeakMiB <= 1024)}`, `lost ${ours.lost} (goal 0) ${mark(ours.lost === 0 && ours.failed === 0)}`);
  return lines.map((l) => `- ${ours.subscribers.toLocaleString('en-US')}: ${l}`);
}

async function main() {
  if (process.platform !== 'linux') throw new Error('bench:subscriptions reads CPU and RSS from /proc: Linux only');
  const files = checkOpenFiles();
  const database = await throwawayDatabase('dialgraph_bench_subs');
  const running: ChildServer[] = [];
  const stopAll = async () => {
    for (const s of running.splice(0)) await s.stop();
  };
  const timer = setTimeout(() => {
    console.error(`bench:subscriptions: still running after ${TIMEOUT_MS / 1000} s; stopping`);
    void stopAll().finally(() => database.drop().finally(() => process.exit(1)));
  }, TIMEOUT_MS);
  timer.unref();
  try {
    const profile = process.env.BENCH_PROFILE ? `--cpu-prof --cpu-prof-dir=${process.env.BENCH_PROFILE}` : '';
    const env = {
      DATABASE_URL: database.url, NODE_ENV: 'production', LOG_LEVEL: 'silent', DIALER_ENABLED: 'false', JWT_SECRET: SECRET,
      ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password, AUTH_RECHECK_MS: String(RECHECK_MS),
      // Every subscriber is of the default customer: lift the per-customer socket limit (1,000) above the largest run.
      WS_MAX_CONNECTIONS_PER_CUSTOMER: String(Math.max(...SIZES, ...SSE_SIZES) + WINDOW),
    };
    const node = (args: string) => ['-c', `ulimit -n ${files.server} && exec "${process.execPath}" ${args}`];
    const startDialgraph = async () => {
      const s = await startServer('dialgraph', 'sh', node(`${profile} --import tsx src/index.ts`), env, 47201);
      running.push(s);
      return s;
    };
    const startPeer = async () => {
      const s = await startServer('yoga', 'sh', node(`"${path.join(HERE, 'subscriptions-peer/server.mjs')}"`), {}, 47202);
      running.push(s);
      return s;
    };
    const first = await startDialgraph();
    const { adminToken, tokens, campaignId } = await seed(first.url);
    await stopAll();
    let status: 'RUN' | 'STOP' = 'STOP';
    let peerVersion = 0;
    const sides: Side[] = [
      {
        name: 'dialgraph', start: startDialgraph,
        publisher: (server) => async () => {
          status = status === 'RUN' ? 'STOP' : 'RUN';
          const sentAt = Date.now();
          const { campaign } = await mutate(server.url, adminToken, STATUS, { id: campaignId, s: status }, 'campaignUpdateStatus');
          if (campaign.status !== status) throw new Error(`campaign is ${campaign.status}, expected ${status}`);
          return { version: campaign.version, sentAt };
        },
      },
      {
        name: 'bare Yoga', start: startPeer,
        publisher: (server) => async () => {
          const version = ++peerVersion;
          const sentAt = Date.now();
          const res = await fetch(server.url.replace(/\/graphql$/, '/publish'), { method: 'POST', body: JSON.stringify({ id: campaignId, status: version % 2 ? 'RUN' : 'STOP', version }) });
          if (!res.ok) throw new Error(`peer publish: HTTP ${res.status}`);
          return { version, sentAt };
        },
      },
    ];

    const results: Array<{ mode: Mode; size: number; ours: RunResult; yoga: RunResult }> = [];
    for (const mode of MODES) {
      for (const [i, size] of (mode === 'ws' ? SIZES : SSE_SIZES).entries()) {
        const byName = new Map<string, RunResult>();
        // Interleaved: which server goes first alternates with the size.
        for (const side of i % 2 ? [...sides].reverse() : sides) {
          const server = await side.start();
          await new Promise((r) => setTimeout(r, 1000));
          console.log(`${mode}, ${size} subscribers, ${side.name} ...`);
          const result = await runSubscribers({
            server, mode, subscribers: size, tokens, query: QUERY, variables: { id: campaignId }, publish: side.publisher(server),
            events: EVENTS, gapMs: GAP_MS, perWorker: PER_WORKER, window: WINDOW, openFiles: files.client, idleMs: mode === 'ws' ? IDLE_MS : 0,
          });
          if (result.firstError) console.log(`  ${side.name}: first error: ${result.firstError}`);
          byName.set(side.name, result);
          await stopAll();
        }
        results.push({ mode, size, ours: byName.get('dialgraph')!, yoga: byName.get('bare Yoga')! });
      }
    }
    report(results);
  } finally {
    clearTimeout(timer);
    await stopAll();
    await database.drop();
  }
}

function report(results: Array<{ mode: Mode; size: number; ours: RunResult; yoga: RunResult }>): void {
  console.log(`\ncampaignStatusChanged on one campaign shared by every subscriber, ${machine()}, clients in processes of ${PER_WORKER} sockets` +
    ` (${WINDOW} connecting at once each), ${EVENTS} events ${GAP_MS} ms apart after a warm-up, PostgreSQL from DATABASE_URL${process.env.REDIS_URL ? ', Redis' : ''}.` +
    `\ndialgraph runs with AUTH_RECHECK_MS=${RECHECK_MS} (default 30000) so each of the ${IDLE_WINDOWS} idle windows (${IDLE_MS / 1000} s) spans ${(IDLE_MS / RECHECK_MS).toFixed(1)} token re-checks, and a keep-alive ping of every socket (dialgraph's WS_KEEPALIVE_MS, default 30 s; the peer's graphql-ws default, 12 s).`);
  for (const mode of new Set(results.map((r) => r.mode))) {
    const label = mode === 'ws' ? 'graphql-ws' : mode === 'sse' ? 'SSE (Accept: text/event-stream on /graphql, one stream per subscriber)' : 'graphql-sse single connection mode (/graphql/stream)';
    console.log(`\n${label}\n\n| subscribers | server | connect all s | all subscribed s | deliveries/s | p50 ms | p99 ms | lost | CPU ms per 1k deliveries (incl. PostgreSQL) | idle CPU ms/s (server + PostgreSQL): the quietest window; every window | RSS start / peak MiB |`);
    console.log('|---|---|---|---|---|---|---|---|---|---|---|');
    for (const r of results.filter((x) => x.mode === mode)) console.log(`${row('dialgraph', r.ours)}\n${row('bare Yoga', r.yoga)}`);
    console.log(`\nGoals (${label}):`);
    for (const r of results.filter((x) => x.mode === mode)) console.log(goals(r.ours, r.yoga).join('\n'));
  }
}

await main();
