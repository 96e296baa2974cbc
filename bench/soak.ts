// Soak with faults: two instances on one PostgreSQL (a throwaway database on DATABASE_URL's server) and one
// redis-server this script starts on a spare port, a campaign dialing SOAK_TARGETS targets through the
// simulator, SOAK_SUBSCRIBERS graphql-ws subscribers of its targets' status split over both instances, and a
// mixed load of queries and mutations on both, for SOAK_SECONDS. Meanwhile, at fixed points: the redis-server
// is restarted at 25% (the pubsub reconnects; the outbox tail catches up), instance A's PostgreSQL connections are
// terminated at 10% for SOAK_FAULT_MS (every one it opens meanwhile too; requests and the engine retry), and A is
// SIGKILLed at 70% (its subscribers reconnect to B with `since` = the updatedAt of the last event they saw; B ends A's
// calls once A's heartbeat expires). Then it checks, from the database: every target DONE, no attempt over its
// slot's budget, no try twice, no call left live; that every subscriber saw every target's final version and
// every status event the outbox holds, each subscription's versions per target only going up; that the faults
// happened and were felt (connections terminated while the campaign ran; a DATABASE_UNAVAILABLE answer or a
// subscriber reconnect between the termination and the SIGKILL; every subscriber of A subscribed to B after it);
// that no outdialTargetCreate of the load was applied twice (rows vs answered creates, plus those A never
// answered); that no request failed (DATABASE_UNAVAILABLE is retried, as the error code tells clients to); and
// that each instance's heap stays flat: the V8 heap in use
// (nodejs_heap_size_used_bytes, from its /metrics after a full collection: the servers run with --expose-gc and
// METRICS_ALLOW_GC) grows by less than SOAK_HEAP_MAX_GROWTH (10%) after warm-up, A's from 15% until just before it
// is killed, B's from 80% (the failover settled) to the end. B's RSS is reported beside it. Prints one table,
// exits 1 if a check fails. Bounded: it gives up SOAK_DRAIN_SECONDS after the load stops.
//   npm run bench:soak      (SOAK_SECONDS=60 SOAK_TARGETS=300 SOAK_SUBSCRIBERS=20 SOAK_CONNECTIONS=8 SOAK_DRAIN_SECONDS=90
//                            SOAK_HEAP_MAX_GROWTH=0.1 SOAK_FAULT_MS=1000)
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { admin, machine, mutate, post, scrapeMetrics, startServer, throwawayDatabase, uuidOf, type ChildServer } from './harness.ts';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const TARGETS = Number(process.env.SOAK_TARGETS ?? 300);
const SUBSCRIBERS = Number(process.env.SOAK_SUBSCRIBERS ?? 20);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 8);
const DRAIN_SECONDS = Number(process.env.SOAK_DRAIN_SECONDS ?? 90);
const HEAP_MAX_GROWTH = Number(process.env.SOAK_HEAP_MAX_GROWTH ?? 0.1);
const FAULT_MS = Number(process.env.SOAK_FAULT_MS ?? 1000);
/**
 * Call time per target (s), measured: 60 targets at 6 calls at once took 9 s from the first attempt to the last
 * (about 1.8 attempts each: a fifth busy twice, a fifth unanswered twice, then answered; SIMULATOR_TIME_SCALE 10).
 * The campaign's concurrency is set from it so that the campaign runs until about 85% of the load and the faults
 * hit it mid-campaign (at 20 calls at once it was done before the first one). The termination at 10% always does
 * (checked); the SIGKILL at 70% mostly does, as the table reports: on a less busy machine the campaign is quicker.
 */
const CALL_SECONDS_PER_TARGET = 0.9;
const MAX_CONCURRENT = Number(process.env.SOAK_MAX_CONCURRENT ?? Math.max(1, Math.round((TARGETS * CALL_SECONDS_PER_TARGET) / (0.85 * SECONDS))));
const ADMIN = { username: 'soak', password: 'soak-password-0123' };
const BUDGET = [2, 1];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** A redis-server of our own (no persistence), restartable on the same port. */
async function redisServer() {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no', '--bind', '127.0.0.1'], { stdio: 'ignore' });
    for (const deadline = Date.now() + 10_000; ;) {
      const up = await new Promise<boolean>((resolve) => {
        const socket = new Socket();
        socket.once('connect', () => (socket.destroy(), resolve(true))).once('error', () => resolve(false)).connect(port, '127.0.0.1');
      });
      if (up) return;
      if (Date.now() > deadline) throw new Error('redis-server did not start');
      await sleep(50);
    }
  };
  const stop = async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, restart: async () => (await stop(), await start()), stop };
}

const TARGET_STATUS = 'subscription S($c: ID, $since: DateTime) { outdialTargetStatusChanged(campaignId: $c, since: $since) { id status version updatedAt } }';

/**
 * A subscriber that follows the live instances: on a lost socket it resubscribes elsewhere with `since`. It keeps
 * every (target, version) it saw, whether each subscription (session) saw each target's versions only go up (a
 * replay after a reconnect may repeat what an earlier session saw: versions tell them apart), and when it
 * subscribed where.
 */
function subscriber(urls: () => string[], token: string, campaignId: string, first: number, since: string) {
  const seen = new Map<string, number>();
  const events = new Set<string>();
  const sessions: Array<{ url: string; at: number }> = [];
  let outOfOrder = 0;
  let lastUpdatedAt = since;
  let client: Client | undefined;
  let closed = false;
  let reconnects = 0;
  let turn = first;
  const connect = () => {
    if (closed) return;
    const live = urls();
    const httpUrl = live[turn++ % live.length];
    const url = httpUrl.replace(/^http/, 'ws');
    const c = createClient({ url, webSocketImpl: WebSocket, connectionParams: { token }, retryAttempts: 0, lazy: false });
    client = c;
    sessions.push({ url: httpUrl, at: Date.now() });
    const versions = new Map<string, number>();
    let resubscribed = false;
    const again = () => {
      if (resubscribed || closed) return;
      resubscribed = true;
      reconnects++;
      void c.dispose();
      setTimeout(connect, 200);
    };
    c.on('closed', again);
    c.subscribe<{ outdialTargetStatusChanged: { id: string; status: string; version: number; updatedAt: string } }>(
      { query: TARGET_STATUS, variables: { c: campaignId, since: lastUpdatedAt } },
      {
        next: ({ data }) => {
          const t = data?.outdialTargetStatusChanged;
          if (!t) return;
          const id = uuidOf(t.id);
          if ((versions.get(id) ?? 0) >= t.version) outOfOrder++;
          versions.set(id, t.version);
          events.add(`${id}:${t.version}`);
          if ((seen.get(id) ?? 0) < t.version) seen.set(id, t.version);
          if (t.updatedAt > lastUpdatedAt) lastUpdatedAt = t.updatedAt;
        },
        error: again,
        complete: again,
      },
    );
  };
  connect();
  return {
    seen, events, sessions, outOfOrder: () => outOfOrder, reconnects: () => reconnects,
    /** Where it was subscribed at `at`. */
    urlAt: (at: number) => sessions.filter((s) => s.at <= at).at(-1)?.url,
    close: async () => ((closed = true), await client?.dispose()),
  };
}

interface LoadStats {
  requests: number;
  retried: number;
  /** Answers that were DATABASE_UNAVAILABLE only (then retried), with when they came. */
  unavailable: number[];
  errors: string[];
  /** outdialTargetCreate: answered with a target; sent and not answered (the instance was killed: applied or not). */
  creates: { ok: number; unanswered: number };
}

/** CONNECTIONS loops of random queries and mutations on the live instances, until stop(). */
function load(urls: () => string[], token: string, ids: { outdialId: string; outplanId: string; spareOutdialId: string }): { stats: LoadStats; stop: () => Promise<void> } {
  const stats: LoadStats = { requests: 0, retried: 0, unavailable: [], errors: [], creates: { ok: 0, unanswered: 0 } };
  let running = true;
  const bodies: Array<[string, Record<string, unknown>]> = [
    ['{ outdials(first: 20) { totalCount nodes { id name targets(first: 10) { nodes { id status } } } } }', {}],
    ['query($id: ID!) { outdial(id: $id) { targetStats { total idle progressing done } } }', { id: ids.outdialId }],
    ['{ campaigns(first: 5) { nodes { id status progress { attempts callsInFlight } } } }', {}],
    ['mutation($i: OutdialUpdateInput!) { outdialUpdate(input: $i) { outdial { version } userErrors { message } } }', { i: { id: ids.spareOutdialId, detail: 'soak' } }],
    ['mutation($i: OutplanUpdateInput!) { outplanUpdate(input: $i) { outplan { version } userErrors { message } } }', { i: { id: ids.outplanId, detail: 'soak' } }],
    ['mutation($i: OutdialTargetCreateInput!) { outdialTargetCreate(input: $i) { outdialTarget { id } userErrors { message } } }',
      { i: { outdialId: ids.spareOutdialId, name: 'soak', destinations: [{ type: 'TEL', target: '+15550109999' }] } }],
  ];
  const loops = Array.from({ length: CONNECTIONS }, async (_, n) => {
    for (let i = n; running; i++) {
      const [query, variables] = bodies[i % bodies.length];
      const create = query.includes('outdialTargetCreate');
      for (let attempt = 0; running; attempt++) {
        const live = urls();
        const url = live[(i + attempt) % live.length];
        let res: any;
        try {
          res = await post(url, { query, variables }, token);
        } catch {
          // The instance is gone (SIGKILL): the next live one.
          stats.retried++;
          if (create) stats.creates.unanswered++;
          await sleep(100);
          continue;
        }
        stats.requests++;
        const codes = (res.errors ?? []).map((e: any) => e.extensions?.code);
        if (codes.length && codes.every((c: string) => c === 'DATABASE_UNAVAILABLE') && attempt < 5) {
          stats.retried++;
          stats.unavailable.push(Date.now());
          await sleep(100 * 2 ** attempt);
          continue;
        }
        const userErrors = Object.values(res.data ?? {}).flatMap((p: any) => p?.userErrors ?? []);
        if (res.errors || userErrors.length) stats.errors.push(JSON.stringify(res.errors ?? userErrors).slice(0, 300));
        else if (create && res.data?.outdialTargetCreate?.outdialTarget) stats.creates.ok++;
        break;
      }
    }
  });
  return {
    stats,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** A server's heap in use, in MiB: in all, and in V8's old space and code space (where growth usually is). */
interface Heap {
  used: number;
  old: number;
  code: number;
}

/**
 * The heap in use of the server at `url`: the least of five readings, each right after a full collection
 * (/metrics?gc=1). A collection while requests are in flight still finds what they hold alive; the least of five
 * is the closest to what the process retains.
 */
async function heapOf(url: string): Promise<Heap> {
  let least: Heap | undefined;
  for (let i = 0; i < 5; i++) {
    if (i > 0) await sleep(200);
    const m = await scrapeMetrics(url, { gc: true });
    const mib = (name: string, labels?: Record<string, string>) => m.value(name, labels) / 2 ** 20;
    const heap = { used: mib('nodejs_heap_size_used_bytes'), old: mib('nodejs_heap_space_size_used_bytes', { space: 'old' }), code: mib('nodejs_heap_space_size_used_bytes', { space: 'code' }) };
    if (!least || heap.used < least.used) least = heap;
  }
  return least!;
}

const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

async function main() {
  const redis = await redisServer();
  const database = await throwawayDatabase('dialgraph_soak');
  const servers: ChildServer[] = [];
  const deadline = setTimeout(() => {
    console.error('bench:soak: out of time; stopping');
    for (const s of servers) s.process.kill('SIGKILL');
    void redis.stop().finally(() => process.exit(1));
  }, (SECONDS + DRAIN_SECONDS + 120) * 1000);
  deadline.unref();
  const checks: Array<[string, boolean, string]> = [];
  try {
    const env = {
      DATABASE_URL: database.url, REDIS_URL: redis.url, NODE_ENV: 'production', LOG_LEVEL: 'silent', JWT_SECRET: 'dialgraph-soak-secret-0123456789',
      ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password, SIMULATOR_TIME_SCALE: '10', HEARTBEAT_MS: '1000', INSTANCE_EXPIRY_MS: '4000',
      METRICS_ALLOW_GC: 'true',
    };
    // --expose-gc: /metrics?gc=1 collects before the heap is read (the heap check).
    const serverArgs = ['--expose-gc', '--import', 'tsx', 'src/index.ts'];
    const [a, b] = [await startServer('soak-a', process.execPath, serverArgs, env, await freePort()),
      await startServer('soak-b', process.execPath, serverArgs, env, await freePort())];
    servers.push(a, b);
    let live = [a.url, b.url];
    const urls = () => live;
    const token: string = (await mutate(a.url, undefined, 'mutation($i: LoginInput!) { login(input: $i) { token userErrors { message } } }', { i: ADMIN }, 'login')).token;

    const outplan = await mutate(a.url, token, 'mutation($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }',
      { i: { name: 'soak', source: { type: 'TEL', target: '+15550100000' }, dialTimeout: 30_000, tryInterval: 0, maxTryCounts: BUDGET } }, 'outplanCreate');
    const outdial = await mutate(a.url, token, 'mutation($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }', { i: { name: 'soak' } }, 'outdialCreate');
    const spare = await mutate(a.url, token, 'mutation($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }', { i: { name: 'soak spare', duplicateTargets: 'ALLOW' } }, 'outdialCreate'); // the load creates one target again and again
    // Scripts by the last four digits: 0001 busy, 0002 no answer, else answered.
    const scripts = ['0001', '0002', '1000', '1001', '1002'];
    const targets = Array.from({ length: TARGETS }, (_, i) => ({
      name: `soak ${i}`,
      // Each its own first number (the outdial refuses duplicate targets): past 1,000 the area code moves on.
      destinations: [{ type: 'TEL', target: `+1${555 + Math.floor(i / 1000)}${String(i % 1000).padStart(3, '0')}${scripts[i % scripts.length]}` }, { type: 'TEL', target: `+1556${String(i).padStart(7, '0')}` }],
    }));
    await mutate(a.url, token, 'mutation($i: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $i) { createdCount userErrors { message } } }',
      { i: { outdialId: outdial.outdial.id, targets } }, 'outdialTargetsCreate');
    const campaign = await mutate(a.url, token, 'mutation($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }',
      { i: { name: 'soak', outplanId: outplan.outplan.id, outdialId: outdial.outdial.id, maxConcurrentCalls: MAX_CONCURRENT, actions: [{ talk: { text: 'hello from the soak', language: 'en-US' } }] } }, 'campaignCreate');
    const campaignId: string = campaign.campaign.id;
    const campaignStatus = () => admin(database.url, async (c) => (await c.query<{ status: string }>('SELECT status::text AS status FROM campaign WHERE id = $1', [uuidOf(campaignId)])).rows[0].status);

    // From before RUN on: a subscription registered late still replays the campaign's first events.
    const beforeRun = new Date().toISOString();
    const subscribers = Array.from({ length: SUBSCRIBERS }, (_, i) => subscriber(urls, token, campaignId, i, beforeRun));
    await sleep(300); // connecting; what they miss meanwhile they replay (since: beforeRun)
    await mutate(a.url, token, 'mutation($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { status } userErrors { message } } }', { id: campaignId }, 'campaignUpdateStatus');
    const traffic = load(urls, token, { outdialId: outdial.outdial.id, outplanId: outplan.outplan.id, spareOutdialId: spare.outdial.id });

    const started = Date.now();
    const at = (fraction: number) => sleep(Math.max(0, started + fraction * SECONDS * 1000 - Date.now()));
    // The termination at 10%, before A's heap is first read: its one-time costs (the error paths' first run, the
    // pool's reconnects) are warm-up; the heap window then shows whether A keeps growing after it.
    await at(0.1);
    // For FAULT_MS, every connection A opens is terminated within 50 ms: queries in flight fail, not only idle
    // connections, so the retries (of reads, of the engine's call events) and DATABASE_UNAVAILABLE are exercised.
    const fault = { from: Date.now(), until: 0, terminated: 0, inFlight: 0, statusBefore: await campaignStatus(), statusAfter: '' };
    await admin(database.url, async (c) => {
      for (const until = Date.now() + FAULT_MS; Date.now() < until; await sleep(50)) {
        const { rows } = await c.query<{ active: boolean }>(
          "SELECT state <> 'idle' AS active FROM (SELECT state, pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = $1) x WHERE ok", [a.appName]);
        fault.terminated += rows.length;
        fault.inFlight += rows.filter((r) => r.active).length;
      }
    });
    fault.until = Date.now();
    fault.statusAfter = await campaignStatus();
    console.log(`${((Date.now() - started) / 1000).toFixed(0)} s: terminated ${fault.terminated} PostgreSQL connections of instance A over ${FAULT_MS} ms (${fault.inFlight} in a query or transaction)`);
    await at(0.15);
    const heapWarmA = await heapOf(a.url);
    await at(0.25);
    await redis.restart();
    // How the campaign stands at each fault: it must still run (see CALL_SECONDS_PER_TARGET).
    console.log(`${((Date.now() - started) / 1000).toFixed(0)} s: redis-server restarted (campaign ${await campaignStatus()})`);
    await at(0.69);
    const heapEndA = await heapOf(a.url);
    await at(0.7);
    live = [b.url];
    const killedAt = Date.now();
    const statusAtKill = await campaignStatus();
    a.process.kill('SIGKILL');
    console.log(`${((Date.now() - started) / 1000).toFixed(0)} s: instance A SIGKILLed (campaign ${statusAtKill})`);
    // B carries the whole load from here: its memory from the settled failover to the end must stay flat.
    await at(0.8);
    const rssWarm = rssMiB(b.process.pid!);
    const heapWarmB = await heapOf(b.url);
    await at(1);
    // Read under load, as the warm reading was.
    const heapEndB = await heapOf(b.url);
    await traffic.stop();
    const rssEnd = rssMiB(b.process.pid!);

    // Drain: the campaign finishes on B (A's calls ended by B's reconciliation), subscribers catch up.
    const finals = async () => admin(database.url, async (c) => (await c.query<{ id: string; status: string; version: number }>(
      'SELECT t.id, t.status::text AS status, t.version FROM outdial_target t WHERE t.outdial_id = $1', [uuidOf(outdial.outdial.id)])).rows);
    let rows = await finals();
    for (const until = Date.now() + DRAIN_SECONDS * 1000; Date.now() < until;) {
      rows = await finals();
      const liveCalls = await admin(database.url, async (c) => Number((await c.query("SELECT count(*) FROM call WHERE status <> 'HANGUP'")).rows[0].count));
      const caughtUp = subscribers.every((s) => rows.every((r) => (s.seen.get(r.id) ?? 0) >= r.version));
      if (rows.every((r) => r.status === 'DONE') && liveCalls === 0 && caughtUp) break;
      await sleep(500);
    }
    const overBudget = await admin(database.url, async (c) => Number((await c.query(
      `SELECT count(*) FROM (SELECT outdial_target_id, destination_index, max(try_count) AS tries FROM campaign_call WHERE campaign_id = $1
       GROUP BY 1, 2) x WHERE tries > ($2::int[])[destination_index + 1]`, [uuidOf(campaignId), BUDGET])).rows[0].count));
    const duplicateTries = await admin(database.url, async (c) => Number((await c.query(
      'SELECT count(*) FROM (SELECT 1 FROM campaign_call WHERE campaign_id = $1 GROUP BY outdial_target_id, destination_index, try_count HAVING count(*) > 1) x', [uuidOf(campaignId)])).rows[0].count));
    const liveCalls = await admin(database.url, async (c) => Number((await c.query("SELECT count(*) FROM call WHERE status <> 'HANGUP'")).rows[0].count));
    const attempts = await admin(database.url, async (c) => Number((await c.query('SELECT count(*) FROM campaign_call WHERE campaign_id = $1', [uuidOf(campaignId)])).rows[0].count));
    const ranFor = await admin(database.url, async (c) => Number((await c.query<{ s: number }>(
      'SELECT extract(epoch FROM max(coalesce(updated_at, created_at)) - min(created_at))::float AS s FROM campaign_call WHERE campaign_id = $1', [uuidOf(campaignId)])).rows[0].s));
    const missed = subscribers.map((s) => rows.filter((r) => (s.seen.get(r.id) ?? 0) < r.version).length);
    // Every status event of every target, from the outbox: each subscriber must have seen each one (0 lost), not
    // only each target's last version.
    const statusEvents = await admin(database.url, async (c) => (await c.query<{ id: string; version: number }>(
      "SELECT entity_id::text AS id, version FROM event WHERE entity_type = 'OutdialTarget' AND kind = 'STATUS' AND entity_id IN (SELECT id FROM outdial_target WHERE outdial_id = $1)",
      [uuidOf(outdial.outdial.id)])).rows);
    const lostEvents = subscribers.map((s) => statusEvents.filter((e) => !s.events.has(`${e.id}:${e.version}`)).length);
    const outOfOrder = subscribers.reduce((n, s) => n + s.outOfOrder(), 0);
    // The load's outdialTargetCreate: none applied twice. One sent to A as it was killed may have been applied
    // unanswered, and is then sent again to B: at most that many more rows than answered creates.
    const spareRows = await admin(database.url, async (c) => Number((await c.query('SELECT count(*) FROM outdial_target WHERE outdial_id = $1', [uuidOf(spare.outdial.id)])).rows[0].count));
    const { creates } = traffic.stats;
    const unavailableInFault = traffic.stats.unavailable.filter((at) => at >= fault.from && at < killedAt).length;
    const reconnectsInFault = subscribers.reduce((n, s) => n + s.sessions.filter((x, i) => i > 0 && x.at >= fault.from && x.at < killedAt).length, 0);
    const onA = subscribers.filter((s) => s.urlAt(killedAt) === a.url);
    const movedToB = onA.filter((s) => s.sessions.some((x) => x.at > killedAt && x.url === b.url));
    const growth = (rssEnd - rssWarm) / rssWarm;

    checks.push(
      ['every target DONE', rows.every((r) => r.status === 'DONE'), `${rows.filter((r) => r.status === 'DONE').length} of ${rows.length}`],
      ['no attempt over its slot\'s budget', overBudget === 0, `${overBudget} over, ${attempts} attempts, budgets [${BUDGET}]; first to last attempt ${ranFor.toFixed(1)} s of the load's ${SECONDS} s at ${MAX_CONCURRENT} calls at once`],
      ['no try made twice', duplicateTries === 0, `${duplicateTries}`],
      ['no call left live', liveCalls === 0, `${liveCalls}`],
      ['every subscriber saw every final state', missed.every((m) => m === 0),
        `targets missed per subscriber: max ${Math.max(...missed)}; reconnects ${subscribers.reduce((n, s) => n + s.reconnects(), 0)}`],
      ['no status event lost, versions only going up', lostEvents.every((n) => n === 0) && outOfOrder === 0,
        `${statusEvents.length} status events in the outbox; missed per subscriber: max ${Math.max(...lostEvents)}; out of order within a subscription: ${outOfOrder}`],
      ['A\'s connections terminated while the campaign ran', fault.terminated > 0 && fault.statusBefore === 'RUN' && fault.statusAfter === 'RUN',
        `${fault.terminated} terminated (${fault.inFlight} in a query or transaction), campaign ${fault.statusBefore} before, ${fault.statusAfter} after`],
      ['the termination was felt (DATABASE_UNAVAILABLE answered and retried, or a subscriber reconnected)', unavailableInFault + reconnectsInFault > 0,
        `${unavailableInFault} DATABASE_UNAVAILABLE answers, ${reconnectsInFault} subscriber reconnects between the termination and the SIGKILL`],
      ['A\'s subscribers reconnected to B after the SIGKILL', onA.length > 0 && movedToB.length === onA.length,
        `${movedToB.length} of ${onA.length}; the campaign was ${statusAtKill} at the SIGKILL`],
      ['no outdialTargetCreate applied twice', spareRows >= creates.ok && spareRows <= creates.ok + creates.unanswered,
        `${spareRows} rows, ${creates.ok} answered creates, ${creates.unanswered} sent and unanswered (instance killed)`],
      ['no request failed', traffic.stats.errors.length === 0,
        `${traffic.stats.requests} requests, ${traffic.stats.retried} retried (instance gone or DATABASE_UNAVAILABLE), ${traffic.stats.errors.length} failed${traffic.stats.errors[0] ? `: ${traffic.stats.errors[0]}` : ''}`],
      ...([['A', heapWarmA, heapEndA, '15% to 69%'], ['B', heapWarmB, heapEndB, '80% to the end']] as const).map(([name, warm, end, when]) => {
        const heapGrowth = (end.used - warm.used) / warm.used;
        const delta = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(1)}`;
        return [`heap of ${name} flat (< ${(HEAP_MAX_GROWTH * 100).toFixed(0)}% growth, ${when})`, heapGrowth < HEAP_MAX_GROWTH,
          `${warm.used.toFixed(1)} -> ${end.used.toFixed(1)} MiB (${(heapGrowth * 100).toFixed(1)}%; old space ${delta(end.old - warm.old)}, code ${delta(end.code - warm.code)}), least of 5 reads after a full GC`] as [string, boolean, string];
      }),
      // Reported, not judged: RSS also holds what V8 has not given back yet, and native memory.
      ['RSS of B from 80% to the end (reported)', true, `${rssWarm.toFixed(0)} -> ${rssEnd.toFixed(0)} MiB (${(growth * 100).toFixed(1)}%)`],
    );
    await Promise.all(subscribers.map((s) => s.close()));
  } finally {
    clearTimeout(deadline);
    for (const s of servers) await s.stop();
    await redis.stop();
    await database.drop();
  }
  console.log(`\nSoak: ${SECONDS} s, two instances on PostgreSQL + a redis-server of its own, ${TARGETS} targets, ${SUBSCRIBERS} subscribers, ${CONNECTIONS} load connections, ${machine()}\n`);
  console.log('| check | result | detail |\n|---|---|---|');
  for (const [name, ok, detail] of checks) console.log(`| ${name} | ${ok ? 'ok' : 'FAILED'} | ${detail} |`);
  process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
}

await main();
