// Live campaign dashboards end to end, through the public API only: campaignStatusChanged, the coalesced
// campaignProgressChanged (a few deliveries per second, the last change always delivered),
// outdialTargetStatusChanged scoped to a campaign over SSE, and callStatusChanged scoped to a campaign.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';
import { collect, sseSubscribe, startTestApp, type TestApp } from './helpers/app.ts';
import { PROGRESS_WINDOW_MS } from '../src/domain/campaign-progress-stream.ts';

// 50x: ringing 20 to 60 ms, a busy line 6 ms.
const SCALE = 50;
let database: TestDatabase;
let t: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  t = await startTestApp(database, { SIMULATOR_TIME_SCALE: String(SCALE), DIALER_POLL_MS: '500' });
});
afterAll(async () => {
  await t?.stop();
  await database?.drop();
});

async function ok<T = any>(query: string, variables: Record<string, unknown>, field: string): Promise<T> {
  const res = await t.gql(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  expect(res.data[field].userErrors, JSON.stringify(res.data[field].userErrors)).toEqual([]);
  return res.data[field];
}

/** A STOP campaign over a new outplan and outdial with `numbers` as one-destination targets; returns global ids. */
async function campaignWith(name: string, numbers: string[], maxTryCounts = [2]) {
  const outplan = (await ok('mutation($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }', {
    i: { name, source: { type: 'TEL', target: '+15550100000' }, dialTimeout: 10_000, tryInterval: 1_000, maxTryCounts },
  }, 'outplanCreate')).outplan;
  const outdial = (await ok('mutation($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }', { i: { name } }, 'outdialCreate')).outdial;
  await ok('mutation($i: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $i) { createdCount userErrors { message } } }', {
    i: { outdialId: outdial.id, targets: numbers.map((n, k) => ({ name: `${name} ${k}`, destinations: [{ type: 'TEL', target: n }] })) },
  }, 'outdialTargetsCreate');
  const campaign = (await ok('mutation($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }', {
    i: { name, outplanId: outplan.id, outdialId: outdial.id, maxConcurrentCalls: 5, actions: [{ talk: { text: 'Hello.', language: 'en-US' } }] },
  }, 'campaignCreate')).campaign;
  return { campaignId: campaign.id as string, outdialId: outdial.id as string };
}

const run = (id: string) => ok('mutation($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { status } userErrors { message } } }', { id }, 'campaignUpdateStatus');

/** `count` (< 100) TEL numbers of 10 digits after +1; every `busyEvery`th one (none with 0) is scripted busy (0001). */
const numbers = (prefix: string, count: number, busyEvery = 3) =>
  Array.from({ length: count }, (_, i) => `+1555${prefix}${String(i).padStart(2, '0')}${busyEvery > 0 && i % busyEvery === 0 ? '0001' : '7777'}`);

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

describe('campaignStatusChanged', () => {
  it('streams RUN, then STOP when the list is done, as versions of the campaign', async () => {
    const { campaignId } = await campaignWith('status', numbers('1', 4));
    const client = t.wsClient();
    const sub = collect<{ campaignStatusChanged: { id: string; status: string; version: number } }>(
      client, 'subscription($id: ID) { campaignStatusChanged(campaignId: $id) { id status version } }', { id: campaignId }, 2, 30_000,
    );
    await sub.started;
    await new Promise((r) => setTimeout(r, 100));
    await run(campaignId);
    const events = (await sub.done).map((e) => e.campaignStatusChanged);
    expect(events.map((e) => e.status)).toEqual(['RUN', 'STOP']);
    expect(events.every((e) => e.id === campaignId)).toBe(true);
    expect(events[1].version).toBeGreaterThan(events[0].version);
  });
});

describe('campaignProgressChanged', () => {
  it('coalesces to a few deliveries per second and always delivers the final state', async () => {
    const { campaignId } = await campaignWith('progress', numbers('2', 30));
    const client = t.wsClient();
    const received: { at: number; campaign: any }[] = [];
    let finished!: () => void;
    const done = new Promise<void>((r) => (finished = r));
    const unsubscribe = client.subscribe<{ campaignProgressChanged: any }>(
      {
        query: `subscription($id: ID) { campaignProgressChanged(campaignId: $id) { id status
          progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent } } }`,
        variables: { id: campaignId },
      },
      {
        next: (r) => {
          const campaign = r.data!.campaignProgressChanged;
          received.push({ at: Date.now(), campaign });
          if (campaign.status === 'STOP' && campaign.progress.percent === 100) finished();
        },
        error: (e) => {
          throw e;
        },
        complete: () => {},
      },
    );
    await new Promise((r) => setTimeout(r, 200));
    const ranAt = Date.now();
    await run(campaignId);
    await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error(`no final state: ${JSON.stringify(received.at(-1))}`)), 30_000))]);
    await new Promise((r) => setTimeout(r, 2 * PROGRESS_WINDOW_MS));
    unsubscribe();

    // The final state, exactly: nothing idle, nothing in flight, every target answered or exhausted.
    const last = received.at(-1)!.campaign;
    expect(last.progress).toEqual({
      targetsTotal: 30, targetsIdle: 0, targetsProgressing: 0, targetsAnswered: 20, targetsExhausted: 10,
      attempts: 40, callsInFlight: 0, percent: 100,
    });
    // Coalesced: at most one delivery per window while it ran (counted, since a busy socket may bunch their
    // arrival), far fewer than the ~150 changes behind them.
    const elapsed = received.at(-1)!.at - ranAt;
    expect(received.length).toBeLessThanOrEqual(Math.ceil(elapsed / PROGRESS_WINDOW_MS) + 1);
    expect(received.length).toBeGreaterThanOrEqual(2);
    expect(received.length).toBeLessThan(40);
    // And it moved: some delivery showed work in flight.
    expect(received.some((r) => r.campaign.progress.callsInFlight > 0 || r.campaign.progress.targetsProgressing > 0)).toBe(true);
  });
});

describe('outdialTargetStatusChanged over SSE, scoped to a campaign', () => {
  it('streams every status change of the campaign\'s targets and nothing of another campaign', async () => {
    const mine = await campaignWith('sse-mine', numbers('3', 3, 0));
    const other = await campaignWith('sse-other', numbers('4', 3, 0));
    const stream = await sseSubscribe<any>(
      t.url, t.token,
      'subscription($id: ID) { outdialTargetStatusChanged(campaignId: $id) { uuid status version outdial { id } destinations { tryCount } } }',
      { id: mine.campaignId },
    );
    expect(stream.status).toBe(200);
    const seen = stream.seen;
    try {
      await new Promise((r) => setTimeout(r, 200));
      await run(other.campaignId);
      await run(mine.campaignId);
      // Three answered targets: PROGRESSING (try 1), then DONE.
      const deadline = Date.now() + 20_000;
      while (seen.length < 6 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 300));
      expect(seen).toHaveLength(6);
      expect(seen.every((s) => s.outdial.id === mine.outdialId)).toBe(true);
      const byTarget = groupBy(seen, (s: any) => s.uuid);
      expect(byTarget.size).toBe(3);
      for (const changes of byTarget.values()) {
        expect(changes.map((c: any) => [c.status, c.destinations[0].tryCount])).toEqual([['PROGRESSING', 1], ['DONE', 1]]);
        expect(changes[1].version).toBe(changes[0].version + 1);
      }
    } finally {
      await stream.close();
    }
  });
});

describe('callStatusChanged scoped to a campaign', () => {
  it('streams the statuses of that campaign\'s calls only', async () => {
    const mine = await campaignWith('calls-mine', numbers('5', 2, 0));
    const other = await campaignWith('calls-other', numbers('6', 2, 0));
    const client = t.wsClient();
    // Two answered calls: DIALING, RINGING, PROGRESSING, HANGUP each.
    const sub = collect<{ callStatusChanged: { uuid: string; status: string; campaignCall: { campaign: { id: string } } } }>(
      client, 'subscription($id: ID) { callStatusChanged(campaignId: $id) { uuid status campaignCall { campaign { id } } } }', { id: mine.campaignId }, 8, 30_000,
    );
    await sub.started;
    await new Promise((r) => setTimeout(r, 100));
    await run(other.campaignId);
    await run(mine.campaignId);
    const events = (await sub.done).map((e) => e.callStatusChanged);
    expect(events.every((e) => e.campaignCall.campaign.id === mine.campaignId)).toBe(true);
    for (const calls of groupBy(events, (e) => e.uuid).values()) {
      expect(calls.map((c) => c.status)).toEqual(['DIALING', 'RINGING', 'PROGRESSING', 'HANGUP']);
    }
  });
});
