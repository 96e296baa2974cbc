// A mixed dashboard/operator load on PostgreSQL (DATABASE_URL's server, a throwaway database): 55% queries (the
// outdials list page, a campaign page with progress, node lookups, the outplans list) and 45% mutations
// (outdialCreate/Update, outdialTargetCreate/Update, outplanUpdate, campaignUpdate), picked at random by weight
// for every request by a wrk script, 20 connections. dialgraph runs as a child process (production, no dialer)
// on 1,000 outdials x 20 targets (bench/list-page/seed.sql) and 20 campaigns, each with its outplan and two
// finished attempts per target. Every body is sent once first and must answer without errors or userErrors
// (a refused mutation measures nothing). Then the mix, then queries alone and mutations alone with the same
// connections: one process's CPU cannot be split by request kind, so CPU per request (server + its PostgreSQL
// backends, from /proc) is read per class from those phases. Prints one table and exits.
//   npm run bench:mixed      (BENCH_SECONDS=15 for the mix, BENCH_CLASS_SECONDS=8 per class, BENCH_CONNECTIONS=20)
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { admin, CAMPAIGN_PAGE, cpuBetween, cpuOf, machine, post, startServer, throwawayDatabase, wrk, type ChildServer } from './harness.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CLASS_SECONDS = Number(process.env.BENCH_CLASS_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const HERE = path.dirname(new URL(import.meta.url).pathname);
const ADMIN = { username: 'bench', password: 'bench-password-0123' };
const CAMPAIGNS = 20;

type Class = 'query' | 'mutation';
interface Kind {
  name: string;
  class: Class;
  /** Share of the mix, in percent. */
  weight: number;
  /** Request bodies; each request of this kind takes the next one. */
  bodies: string[];
}

const gid = (type: string, uuid: string) => Buffer.from(`${type}:${uuid}`).toString('base64url');
const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const PAYLOAD = '{ id version } userErrors { field message }';


/** 20 campaigns on the newest outdials, each with its own outplan and two finished attempts per target. */
async function seedCampaigns(url: string, customerId: string): Promise<void> {
  await admin(url, (c) => c.query(`
    WITH o AS (SELECT id, row_number() OVER (ORDER BY created_at DESC, id DESC) AS n FROM outdial WHERE customer_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2),
    p AS (INSERT INTO outplan (id, customer_id, name, source, dial_timeout, try_interval, max_try_counts)
          SELECT gen_random_uuid(), $1, 'bench outplan ' || n, '{"type":"TEL","target":"+15550100000"}', 30000, 0, '{2,1,0,0,0}' FROM o RETURNING id, name),
    c AS (INSERT INTO campaign (id, customer_id, name, outplan_id, outdial_id)
          SELECT gen_random_uuid(), $1, 'bench campaign ' || o.n, p.id, o.id FROM o JOIN p ON p.name = 'bench outplan ' || o.n RETURNING id, outplan_id, outdial_id)
    INSERT INTO campaign_call (id, customer_id, campaign_id, outdial_target_id, outplan_id, outdial_id, destination, destination_index, try_count, status, result, created_at)
    SELECT gen_random_uuid(), t.customer_id, c.id, t.id, c.outplan_id, t.outdial_id, t.destination_0, 0, k, 'DONE', 'FAIL', t.created_at + (k || ' seconds')::interval
    FROM c JOIN outdial_target t ON t.outdial_id = c.outdial_id, generate_series(1, 2) k`, [customerId, CAMPAIGNS]));
  // The mix sends each outdialTargetCreate body again and again: the seeded outdials allow duplicate targets, as
  // outdials did before the choice existed (a new one refuses them, which would answer every repeat with a CONFLICT).
  await admin(url, (c) => c.query(`UPDATE outdial SET duplicate_targets = 'ALLOW' WHERE customer_id = $1`, [customerId]));
  await admin(url, (c) => c.query('ANALYZE'));
}

/** The mix: what a dashboard reads and what operators change, with ids from the seeded rows. */
async function kinds(url: string): Promise<Kind[]> {
  const ids = (sql: string) => admin(url, async (c) => (await c.query<{ id: string }>(sql)).rows.map((r) => r.id));
  const campaigns = await ids('SELECT id FROM campaign ORDER BY name');
  const outplans = await ids('SELECT id FROM outplan ORDER BY name');
  // Outdials and targets no campaign holds (an untouched target is editable: IDLE, never dialed).
  const outdials = await ids('SELECT id FROM outdial o WHERE NOT EXISTS (SELECT 1 FROM campaign c WHERE c.outdial_id = o.id) ORDER BY created_at LIMIT 50');
  const targets = await ids(`SELECT t.id FROM outdial_target t WHERE t.try_count_0 = 0 AND t.outdial_id IN (SELECT id FROM outdial ORDER BY created_at LIMIT 100) ORDER BY t.id LIMIT 200`);
  // bench:list's page, kept to the seeded outdials: the mix's outdialCreate adds newer (empty) ones, which would
  // otherwise push the seeded ones off the first page and make the page ever cheaper.
  const page = (JSON.parse(readFileSync(path.join(HERE, 'list-page/q-dialgraph.json'), 'utf8')) as { query: string }).query
    .replace('outdials(first: 50)', 'outdials(first: 50, filter: {name: "outdial-"})');
  if (!page.includes('filter:')) throw new Error('bench/list-page/q-dialgraph.json no longer has outdials(first: 50)');
  const chunks = Array.from({ length: 10 }, (_, i) => targets.slice(i * 20, i * 20 + 20).map((t) => gid('OutdialTarget', t)));
  const many = <T>(list: T[], f: (item: T, i: number) => string) => list.map(f);
  return [
    { name: 'outdials page (50 x 10 targets)', class: 'query', weight: 15, bodies: [body(page)] },
    { name: 'campaign page (progress, 20 targets, last attempt)', class: 'query', weight: 15, bodies: many(campaigns, (id) => body(CAMPAIGN_PAGE, { id: gid('Campaign', id) })) },
    { name: 'nodes(ids:) of 20 targets', class: 'query', weight: 10, bodies: many(chunks, (chunk) => body('query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on OutdialTarget { name status version } } }', { ids: chunk })) },
    { name: 'outplans(first: 20)', class: 'query', weight: 10, bodies: [body('{ outplans(first: 20) { totalCount nodes { id name dialTimeout tryInterval maxTryCounts source { type target } } } }')] },
    { name: 'outdial(id) with targetStats', class: 'query', weight: 5, bodies: many(outdials, (id) => body('query O($id: ID!) { outdial(id: $id) { id name version targetStats { total idle progressing done } } }', { id: gid('Outdial', id) })) },
    { name: 'outdialUpdate', class: 'mutation', weight: 10, bodies: many(outdials, (id, i) => body(`mutation U($input: OutdialUpdateInput!) { outdialUpdate(input: $input) { outdial ${PAYLOAD} } }`, { input: { id: gid('Outdial', id), detail: `bench edit ${i}` } })) },
    {
      name: 'outdialTargetCreate', class: 'mutation', weight: 10,
      bodies: many(outdials, (id, i) => body(`mutation C($input: OutdialTargetCreateInput!) { outdialTargetCreate(input: $input) { outdialTarget ${PAYLOAD} } }`, {
        input: { outdialId: gid('Outdial', id), name: `bench target ${i}`, destinations: [{ type: 'TEL', target: `+1555${String(7_000_000 + i)}` }, { type: 'SIP', target: `bench${i}@example.com` }] },
      })),
    },
    { name: 'outdialTargetUpdate', class: 'mutation', weight: 5, bodies: many(targets, (id, i) => body(`mutation T($input: OutdialTargetUpdateInput!) { outdialTargetUpdate(input: $input) { outdialTarget ${PAYLOAD} } }`, { input: { id: gid('OutdialTarget', id), name: `edited ${i}` } })) },
    { name: 'outdialCreate', class: 'mutation', weight: 5, bodies: many(Array.from({ length: 20 }, (_, i) => i), (i) => body(`mutation N($input: OutdialCreateInput!) { outdialCreate(input: $input) { outdial ${PAYLOAD} } }`, { input: { name: `bench list ${i}`, detail: 'created under load' } })) },
    { name: 'outplanUpdate', class: 'mutation', weight: 5, bodies: many(outplans, (id, i) => body(`mutation P($input: OutplanUpdateInput!) { outplanUpdate(input: $input) { outplan ${PAYLOAD} } }`, { input: { id: gid('Outplan', id), detail: `bench plan ${i}` } })) },
    { name: 'campaignUpdate', class: 'mutation', weight: 10, bodies: many(campaigns, (id, i) => body(`mutation K($input: CampaignUpdateInput!) { campaignUpdate(input: $input) { campaign ${PAYLOAD} } }`, { input: { id: gid('Campaign', id), detail: `bench campaign ${i}`, maxConcurrentCalls: 5 + (i % 5) } })) },
  ];
}

/** Every body once: no GraphQL error, no userError. */
async function verify(server: ChildServer, token: string, all: Kind[]): Promise<void> {
  for (const kind of all) {
    for (const b of kind.bodies) {
      const res = await post(server.url, JSON.parse(b), token);
      const refused = JSON.stringify(res).includes('"userErrors":[{');
      if (res.errors || !res.data || refused) throw new Error(`${kind.name} answered with errors: ${JSON.stringify(res).slice(0, 500)}`);
    }
  }
  console.log(`every body answered without errors: ${all.reduce((n, k) => n + k.bodies.length, 0)} bodies of ${all.length} kinds`);
}

/** The outdials page's answer, in bytes: the same before and after the load, or the load measured another page. */
async function pageBytes(server: ChildServer, token: string, all: Kind[]): Promise<number> {
  return JSON.stringify(await post(server.url, JSON.parse(all[0].bodies[0]), token)).length;
}

/** A file of request bodies, one a line, each kind in proportion to its weight; the wrk script picks lines at random. */
function bodiesFile(all: Kind[]): string {
  const total = all.reduce((n, k) => n + k.weight, 0);
  const lines = all.flatMap((k) => Array.from({ length: Math.round((k.weight / total) * 1000) }, (_, i) => k.bodies[i % k.bodies.length]));
  const file = path.join(tmpdir(), `mixed-${randomBytes(4).toString('hex')}.txt`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

/**
 * The wrk script's part: a random body per request, and counts of the responses that carry errors or userErrors
 * and of all responses. Each wrk thread runs its own Lua state, so done() (in the main one) reads the threads'
 * counters through thread:get.
 */
const pickLua = (file: string) => `
local bodies = {}
for line in io.lines(${JSON.stringify(file)}) do bodies[#bodies + 1] = line end
local threads = {}
setup = function(thread) threads[#threads + 1] = thread end
init = function() refused = 0 answered = 0 math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16)) end
request = function() return wrk.format(nil, nil, nil, bodies[math.random(#bodies)]) end
response = function(status, headers, body)
  answered = answered + 1
  if status ~= 200 or string.find(body, '"errors":[', 1, true) or string.find(body, '"userErrors":[{', 1, true) then refused = refused + 1 end
end
done = function()
  local r, a = 0, 0
  for _, t in ipairs(threads) do r = r + t:get("refused") a = a + t:get("answered") end
  io.write("refused responses: " .. r .. "\\nanswered responses: " .. a .. "\\n")
end`;

interface Phase {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  serverCpu: number;
  postgresCpu: number;
}

async function phase(server: ChildServer, file: string, headers: Record<string, string>, seconds: number): Promise<Phase> {
  const before = await cpuOf(server);
  const run = wrk(server.url, '', headers, { connections: CONNECTIONS, seconds, threads: 1, lua: pickLua(file) });
  const after = await cpuOf(server);
  const refused = Number(/refused responses: (\d+)/.exec(run.output)?.[1] ?? NaN);
  const answered = Number(/answered responses: (\d+)/.exec(run.output)?.[1] ?? NaN);
  // answered: the counters are read (a script that counted nothing would pass any response).
  if (run.errors > 0 || refused !== 0 || !(answered > 0)) throw new Error(`${run.errors} HTTP/socket errors, ${refused} responses with errors under load:\n${run.output}`);
  const cpu = cpuBetween(before, after);
  return { rps: run.rps, p50: run.p50, p99: run.p99, requests: run.requests, serverCpu: cpu.server / run.requests, postgresCpu: cpu.postgres / run.requests };
}

function row(name: string, p: Phase): string {
  return `| ${name} | ${p.rps.toFixed(0)} | ${p.p50.toFixed(0)} | ${p.p99.toFixed(0)} | ${(p.serverCpu + p.postgresCpu).toFixed(1)} (${p.serverCpu.toFixed(1)} + ${p.postgresCpu.toFixed(1)}) |`;
}

async function main() {
  if (process.platform !== 'linux') throw new Error('bench:mixed reads CPU time from /proc: Linux only');
  if (!spawnSync('psql', ['--version']).stdout) throw new Error('psql is needed to seed (apt-get install postgresql-client)');
  const database = await throwawayDatabase('dialgraph_bench_mixed');
  const files: string[] = [];
  let server: ChildServer | undefined;
  try {
    server = await startServer('dialgraph-mixed', process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      DATABASE_URL: database.url, NODE_ENV: 'production', LOG_LEVEL: 'silent', DIALER_ENABLED: 'false',
      JWT_SECRET: 'dialgraph-bench-secret-0123456789', ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password,
    }, 47121);
    const token: string = (await post(server.url, { query: 'mutation($i: LoginInput!) { login(input: $i) { token } }', variables: { i: ADMIN } })).data.login.token;
    const customerId = await admin(database.url, async (c) => (await c.query<{ id: string }>("SELECT id FROM customer WHERE name = 'default'")).rows[0].id);
    execFileSync('psql', ['-q', '-v', `cid=${customerId}`, '-f', path.join(HERE, 'list-page/seed.sql'), database.url], { stdio: ['ignore', 'ignore', 'inherit'] });
    await seedCampaigns(database.url, customerId);
    const all = await kinds(database.url);
    await verify(server, token, all);
    const bytesBefore = await pageBytes(server, token, all);

    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
    const mix = bodiesFile(all);
    const queries = bodiesFile(all.filter((k) => k.class === 'query'));
    const mutations = bodiesFile(all.filter((k) => k.class === 'mutation'));
    files.push(mix, queries, mutations);
    await phase(server, mix, headers, 3); // warm-up: JIT, pools, compiled operations
    const mixed = await phase(server, mix, headers, SECONDS);
    const queryPhase = await phase(server, queries, headers, CLASS_SECONDS);
    const mutationPhase = await phase(server, mutations, headers, CLASS_SECONDS);
    const bytesAfter = await pageBytes(server, token, all);
    if (bytesAfter !== bytesBefore) throw new Error(`the outdials page changed under load: ${bytesBefore} -> ${bytesAfter} bytes`);

    const share = (c: Class) => all.filter((k) => k.class === c).reduce((n, k) => n + k.weight, 0);
    console.log(`\nMixed load, ${machine()}, PostgreSQL from DATABASE_URL, wrk -t 1 -c ${CONNECTIONS}: ${share('query')}% queries, ${share('mutation')}% mutations`);
    for (const k of all) console.log(`  ${String(k.weight).padStart(2)}%  ${k.class.padEnd(8)}  ${k.name}`);
    console.log('\n| phase | req/s | p50 ms | p99 ms | CPU ms/request (server + PostgreSQL) |\n|---|---|---|---|---|');
    console.log(row(`the mix (${SECONDS} s)`, mixed));
    console.log(row(`queries alone (${CLASS_SECONDS} s)`, queryPhase));
    console.log(row(`mutations alone (${CLASS_SECONDS} s)`, mutationPhase));
    console.log(`\nThe issue's starting point: 68 req/s, p99 925 ms (20 clients, 55% queries, 45% mutations, CPU-bound). Now: ${mixed.rps.toFixed(0)} req/s, p99 ${mixed.p99.toFixed(0)} ms.`);
  } finally {
    await server?.stop();
    await database.drop();
    for (const f of files) rmSync(f, { force: true });
  }
}

await main();
