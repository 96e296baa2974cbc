// examples/ cannot rot: each example runs as a child process against a test server, as a user would run it, and
// its output is checked against the server's rows; every GraphQL call of examples/rest-to-graphql.md is validated
// against schema.graphql and run, in the page's order, with the page's own variables.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { TEST_ADMIN, useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';

const root = path.resolve(import.meta.dirname, '..');
const t = useTestApp({ SIMULATOR_TIME_SCALE: '100' });

const OUTPLAN_CREATE = graphql(`
  mutation OutplanCreateForExamplesTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }
`);
const OUTDIAL_CREATE = graphql(`
  mutation OutdialCreateForExamplesTest($name: String!) { outdialCreate(input: { name: $name }) { outdial { id uuid } userErrors { message } } }
`);
const TARGETS_CREATE = graphql(`
  mutation TargetsCreateForExamplesTest($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }
`);
const CAMPAIGN_CREATE = graphql(`
  mutation CampaignCreateForExamplesTest($input: CampaignCreateInput!) { campaignCreate(input: $input) { campaign { id uuid } userErrors { message } } }
`);
const TARGETS_OF = graphql(`
  query TargetsOfForExamplesTest($id: ID!) { outdial(id: $id) { targets(first: 100) { nodes { uuid } } } }
`);
const ALL_OUTDIALS = graphql(`
  query AllOutdialsForExamplesTest { outdials(first: 100) { totalCount nodes { uuid name } } }
`);

/** A campaign (in STOP) over a new outdial of `count` targets that answer on the first try. */
async function campaignOf(name: string, count: number) {
  const plan = await t.gql(OUTPLAN_CREATE, { input: { name, dialTimeout: 30_000, tryInterval: 0, maxTryCounts: [1], source: { type: 'TEL', target: '+15550100000' } } });
  const list = (await t.gql(OUTDIAL_CREATE, { name })).data!.outdialCreate.outdial!;
  const targets = Array.from({ length: count }, (_, i) => ({ name: `${name} ${i}`, destinations: [{ type: 'TEL' as const, target: `+1555010${i}777` }] }));
  expect((await t.gql(TARGETS_CREATE, { input: { outdialId: list.id, targets } })).data!.outdialTargetsCreate.createdCount).toBe(count);
  const campaign = await t.gql(CAMPAIGN_CREATE, {
    input: { name, outplanId: plan.data!.outplanCreate.outplan!.id, outdialId: list.id, actions: [{ talk: { text: 'Hello.', language: 'en-US' } }] },
  });
  expect(campaign.data!.campaignCreate.userErrors).toEqual([]);
  const targetUuids = (await t.gql(TARGETS_OF, { id: list.id })).data!.outdial!.targets.nodes.map((n) => n.uuid);
  return { campaign: campaign.data!.campaignCreate.campaign!, targetUuids };
}

/** Runs an example with `env` (the server and its credentials added); resolves with its exit code and output. */
function runExample(file: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'examples', file)], {
    cwd: root,
    env: { ...process.env, URL: t.url, USERNAME: TEST_ADMIN.username, PASSWORD: TEST_ADMIN.password, TIMEOUT_MS: '60000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

/** The changes an example printed ("change <uuid> <status> v<version> ..."), as "<uuid> <status> v<version>". */
const changesIn = (stdout: string) => [...stdout.matchAll(/^change (\S+) (\S+) v(\d+) /gm)].map((m) => `${m[1]} ${m[2]} v${m[3]}`);

/** Every target answers on its first try: PROGRESSING (v2), then DONE/ANSWERED (v3). */
const expectedChanges = (uuids: string[]) => uuids.flatMap((u) => [`${u} PROGRESSING v2`, `${u} DONE/ANSWERED v3`]).sort();

describe('examples/apollo-client.ts', () => {
  it('pages every outdial with fetchMore, then watches a campaign it starts, reconnecting once with since', async () => {
    const { campaign, targetUuids } = await campaignOf('apollo example', 3);
    for (let i = 0; i < 5; i++) await t.gql(OUTDIAL_CREATE, { name: `apollo page filler ${i}` });
    const all = (await t.gql(ALL_OUTDIALS)).data!.outdials;
    // By UUID: what a user copies from the REST API works as CAMPAIGN_ID.
    const run = await runExample('apollo-client.ts', { PAGE_SIZE: '3', CAMPAIGN_ID: campaign.uuid, RUN: '1', EVENTS: '6', RECONNECT_AFTER: '3' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const pages = Math.ceil(all.totalCount / 3);
    expect(run.stdout).toContain(`outdials: ${all.totalCount} of ${all.totalCount} in ${pages} pages, ${all.totalCount} distinct`);
    // The cache's merged list: every outdial once, newest first, as the server lists them.
    const listed = [...run.stdout.matchAll(/^outdial (\S+) (".*") /gm)].map((m) => ({ uuid: m[1], name: JSON.parse(m[2]) }));
    expect(listed).toEqual(all.nodes);
    expect(run.stdout).toMatch(/^reconnecting since /m);
    expect(changesIn(run.stdout).sort()).toEqual(expectedChanges(targetUuids));
    expect(run.stdout).toContain('done: 6 changes');
  });
});

describe('examples/graphql-sse.ts', () => {
  it.each(['distinct', 'single'])('watches a campaign over SSE (%s connections mode), reconnecting once with since', async (mode) => {
    const { campaign, targetUuids } = await campaignOf(`sse example ${mode}`, 3);
    const run = await runExample('graphql-sse.ts', { SSE_MODE: mode, CAMPAIGN_ID: campaign.id, RUN: '1', EVENTS: '6', RECONNECT_AFTER: '3' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`subscribed (${mode})`);
    expect(run.stdout).toMatch(/^reconnecting since /m);
    expect(changesIn(run.stdout).sort()).toEqual(expectedChanges(targetUuids));
    expect(run.stdout).toContain('done: 6 changes');
  });

  it('exits non-zero with a message a person can act on when it has no credentials', async () => {
    const run = await runExample('graphql-sse.ts', { USERNAME: '', PASSWORD: '', TOKEN: '', CAMPAIGN_ID: 'x' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('set TOKEN, or USERNAME and PASSWORD');
  });
});

// ---------------------------------------------------------------- examples/rest-to-graphql.md

const page = readFileSync(path.join(root, 'examples/rest-to-graphql.md'), 'utf8');
const bashBlocks = [...page.matchAll(/```bash\n([\s\S]*?)```/g)].map((m) => m[1]);

/** One `gql 'QUERY' 'VARIABLES'` of the page, and the variable its result is exported to, if any. */
interface PageCall {
  query: string;
  variables: string | undefined;
  exportAs: string | undefined;
  jqPath: string | undefined;
}

const CALL = /(?:export (\w+)=\$\()?gql '([^']*)'(?:\s+'([^']*)')?(?:\s*\|\s*jq -r ([^\s)]+)\))?/g;
const calls: PageCall[] = bashBlocks
  .filter((b) => /gql '/.test(b))
  .flatMap((b) => [...b.matchAll(CALL)].map((m) => ({ exportAs: m[1], query: m[2], variables: m[3], jqPath: m[4] })));

/** What jq -r PATH prints for the simple paths the page uses (.a.b[0].c). */
function jqRead(value: unknown, jqPath: string): string {
  let at = value;
  for (const [, key, index] of jqPath.matchAll(/\.(\w+)|\[(\d+)\]/g)) at = (at as Record<string, unknown>)[key ?? Number(index)];
  return String(at);
}

/** Every userErrors list in a response. */
function userErrorsIn(value: unknown): unknown[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'userErrors' ? [v] : userErrorsIn(v)));
}

/** The REST calls of the five seed tutorials (../shared/seeds), by verb and path with the ids elided. */
const SEED_CALLS = [
  'GET /outdials', 'GET /outdials/{id}', 'POST /outdials', 'POST /outdials/{id}/targets', 'GET /outdials/{id}/targets',
  'GET /outplans', 'GET /outplans/{id}', 'POST /outplans', 'PUT /outplans/{id}/dial_info', 'DELETE /outplans/{id}', 'PUT /outplans/{id}',
  'POST /calls', 'GET /calls', 'GET /calls/{id}',
  // Named by the prerequisites of the outdial and outplan tutorials.
  'POST /auth/login', 'GET /accesskeys',
];

describe('examples/rest-to-graphql.md', () => {
  it('shows the curl of every REST call of the seeds, each followed by its GraphQL call', () => {
    const rest = bashBlocks
      .map((b) => /--request (\w+) '[^']*\/v1\.0(\/[^?']*)/.exec(b))
      .filter((m) => m !== null)
      .map((m) => `${m[1]} ${m[2].replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}')}`);
    expect([...new Set(rest)].sort()).toEqual([...SEED_CALLS].sort());
    // Three of POST /calls (talk, play, talk + connect): 18 REST curls, and as many GraphQL calls.
    expect(rest).toHaveLength(18);
    expect(calls).toHaveLength(18);
    const order = bashBlocks.filter((b) => /api\.voipbin\.net|gql '/.test(b) && !/^gql\(\)/m.test(b)).map((b) => (/api\.voipbin\.net/.test(b) ? 'REST' : 'GraphQL'));
    expect(order).toEqual(Array.from({ length: 18 }, () => ['REST', 'GraphQL']).flat());
  });

  it('has only operations that validate against schema.graphql', () => {
    const schema = buildSchema(readFileSync(path.join(root, 'schema.graphql'), 'utf8'));
    for (const call of calls) expect(validate(schema, parse(call.query)).map((e) => e.message), call.query).toEqual([]);
  });

  it('runs every GraphQL call in order against a server: no error, no userError', async () => {
    const env: Record<string, string> = { ADMIN_USERNAME: TEST_ADMIN.username, ADMIN_PASSWORD: TEST_ADMIN.password };
    for (const call of calls) {
      // As envsubst does: $NAME from the environment (a name the page never set would be an empty string there).
      const variables = call.variables === undefined ? {} : JSON.parse(call.variables.replace(/\$(\w+)/g, (_, name: string) => {
        if (!(name in env)) throw new Error(`the page uses $${name} before it sets it`);
        return env[name];
      }));
      const res = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(env.TOKEN ? { authorization: `Bearer ${env.TOKEN}` } : {}) },
        body: JSON.stringify({ query: call.query, variables }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
      expect(body.errors, call.query).toBeUndefined();
      expect(body.data, call.query).toBeTruthy();
      for (const list of userErrorsIn(body.data)) expect(list, call.query).toEqual([]);
      if (call.exportAs) {
        env[call.exportAs] = jqRead(body, call.jqPath!);
        expect(env[call.exportAs], call.exportAs).not.toMatch(/^(null|undefined|)$/);
      }
    }
    expect(Object.keys(env).sort()).toEqual(['ADMIN_PASSWORD', 'ADMIN_USERNAME', 'CALL_ID', 'OUTDIAL_ID', 'OUTPLAN_ID', 'TOKEN']);
  });
});
