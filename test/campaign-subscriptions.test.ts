// Live campaign dashboards end to end, through the public API only: campaignStatusChanged, the coalesced
// campaignProgressChanged (a few deliveries per second, the last change always delivered),
// outdialTargetStatusChanged scoped to a campaign over SSE, and callStatusChanged scoped to a campaign.
import { describe, expect, it } from 'vitest';
import { print } from 'graphql';
import type { ResultOf, TypedDocumentNode } from '@graphql-typed-document-node/core';
import { collect, sseSubscribe, useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';
import { PROGRESS_WINDOW_MS } from '../src/domain/campaign-progress-stream.ts';

// 50x: ringing 20 to 60 ms, a busy line 6 ms.
const SCALE = 50;
const t = useTestApp({ SIMULATOR_TIME_SCALE: String(SCALE), DIALER_POLL_MS: '500' });

const OUTPLAN_CREATE = graphql(`
  mutation OutplanCreateForCampaignSubscriptionsTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }
`);
const OUTDIAL_CREATE = graphql(`
  mutation OutdialCreateForCampaignSubscriptionsTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }
`);
const TARGETS_CREATE = graphql(`
  mutation OutdialTargetsCreateForCampaignSubscriptionsTest($i: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $i) { createdCount userErrors { message } } }
`);
const CAMPAIGN_CREATE = graphql(`
  mutation CampaignCreateForCampaignSubscriptionsTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }
`);
const RUN = graphql(`
  mutation CampaignRunForCampaignSubscriptionsTest($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { status } userErrors { message } } }
`);
const STATUS_CHANGED = graphql(`
  subscription CampaignStatusChangedForCampaignSubscriptionsTest($id: ID) { campaignStatusChanged(campaignId: $id) { id status version } }
`);
const PROGRESS_CHANGED = graphql(`
  subscription CampaignProgressChangedForCampaignSubscriptionsTest($id: ID) {
    campaignProgressChanged(campaignId: $id) { id status
      progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent } }
  }
`);
const TARGET_STATUS_CHANGED = graphql(`
  subscription OutdialTargetStatusChangedForCampaignSubscriptionsTest($id: ID) {
    outdialTargetStatusChanged(campaignId: $id) { uuid status version outdial { id } destinations { tryCount } }
  }
`);
const CALL_STATUS_CHANGED = graphql(`
  subscription CallStatusChangedForCampaignSubscriptionsTest($id: ID) { callStatusChanged(campaignId: $id) { uuid status campaignCall { campaign { id } } } }
`);

/** Sends `doc`: no errors and no userErrors in its payload `field`, which is returned. */
async function ok<R, V, K extends keyof R>(doc: TypedDocumentNode<R, V>, variables: NoInfer<V>, field: K): Promise<R[K]> {
  const res = await t.gql(doc, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const payload = res.data![field] as { userErrors: unknown[] };
  expect(payload.userErrors, JSON.stringify(payload.userErrors)).toEqual([]);
  return res.data![field];
}

/** A STOP campaign over a new outplan and outdial with `numbers` as one-destination targets; returns global ids. */
async function campaignWith(name: string, numbers: string[], maxTryCounts = [2]) {
  const outplan = (await ok(OUTPLAN_CREATE, {
    i: { name, source: { type: 'TEL', target: '+15550100000' }, dialTimeout: 10_000, tryInterval: 1_000, maxTryCounts },
  }, 'outplanCreate')).outplan!;
  const outdial = (await ok(OUTDIAL_CREATE, { i: { name } }, 'outdialCreate')).outdial!;
  await ok(TARGETS_CREATE, {
    i: { outdialId: outdial.id, targets: numbers.map((n, k) => ({ name: `${name} ${k}`, destinations: [{ type: 'TEL' as const, target: n }] })) },
  }, 'outdialTargetsCreate');
  const campaign = (await ok(CAMPAIGN_CREATE, {
    i: { name, outplanId: outplan.id, outdialId: outdial.id, maxConcurrentCalls: 5, actions: [{ talk: { text: 'Hello.', language: 'en-US' } }] },
  }, 'campaignCreate')).campaign!;
  return { campaignId: campaign.id, outdialId: outdial.id };
}

const run = (id: string) => ok(RUN, { id }, 'campaignUpdateStatus');

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
    const sub = collect<ResultOf<typeof STATUS_CHANGED>>(client, print(STATUS_CHANGED), { id: campaignId }, 2, 30_000);
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
    const received: { at: number; campaign: ResultOf<typeof PROGRESS_CHANGED>['campaignProgressChanged'] }[] = [];
    let finished!: () => void;
    const done = new Promise<void>((r) => (finished = r));
    const unsubscribe = client.subscribe<ResultOf<typeof PROGRESS_CHANGED>>(
      { query: print(PROGRESS_CHANGED), variables: { id: campaignId } },
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
    const stream = await sseSubscribe<ResultOf<typeof TARGET_STATUS_CHANGED>['outdialTargetStatusChanged']>(
      t.url, t.token, print(TARGET_STATUS_CHANGED), { id: mine.campaignId },
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
      const byTarget = groupBy(seen, (s) => s.uuid);
      expect(byTarget.size).toBe(3);
      for (const changes of byTarget.values()) {
        expect(changes.map((c) => [c.status, c.destinations[0].tryCount])).toEqual([['PROGRESSING', 1], ['DONE', 1]]);
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
    const sub = collect<ResultOf<typeof CALL_STATUS_CHANGED>>(client, print(CALL_STATUS_CHANGED), { id: mine.campaignId }, 8, 30_000);
    await sub.started;
    await new Promise((r) => setTimeout(r, 100));
    await run(other.campaignId);
    await run(mine.campaignId);
    const events = (await sub.done).map((e) => e.callStatusChanged);
    expect(events.every((e) => e.campaignCall!.campaign.id === mine.campaignId)).toBe(true);
    for (const calls of groupBy(events, (e) => e.uuid).values()) {
      expect(calls.map((c) => c.status)).toEqual(['DIALING', 'RINGING', 'PROGRESSING', 'HANGUP']);
    }
  });
});

const RESOURCE_INFO = graphql(`
  mutation CampaignResourceInfoForCampaignSubscriptionsTest($id: ID!, $outdialId: ID) {
    campaignUpdateResourceInfo(input: {id: $id, outdialId: $outdialId}) { campaign { id } userErrors { message } }
  }
`);

describe('subscriptions scoped to a campaign follow it to another outdial (issue 15)', () => {
  it('campaignProgressChanged and outdialTargetStatusChanged see the targets of the outdial the campaign holds now', async () => {
    const { campaignId, outdialId: before } = await campaignWith('follow', numbers('7', 3, 0));
    const after = (await ok(OUTDIAL_CREATE, { i: { name: 'follow next' } }, 'outdialCreate')).outdial!;
    await ok(TARGETS_CREATE, {
      i: { outdialId: after.id, targets: numbers('8', 2, 0).map((n, k) => ({ name: `next ${k}`, destinations: [{ type: 'TEL' as const, target: n }] })) },
    }, 'outdialTargetsCreate');
    const client = t.wsClient();
    // Subscribed while the campaign still holds `before`.
    const targets = collect<ResultOf<typeof TARGET_STATUS_CHANGED>>(client, print(TARGET_STATUS_CHANGED), { id: campaignId }, 4, 30_000);
    const progress: ResultOf<typeof PROGRESS_CHANGED>['campaignProgressChanged'][] = [];
    const stopProgress = client.subscribe<ResultOf<typeof PROGRESS_CHANGED>>(
      { query: print(PROGRESS_CHANGED), variables: { id: campaignId } },
      { next: (r) => void progress.push(r.data!.campaignProgressChanged), error: () => {}, complete: () => {} },
    );
    await targets.started;
    await new Promise((r) => setTimeout(r, 200));
    await ok(RESOURCE_INFO, { id: campaignId, outdialId: after.id }, 'campaignUpdateResourceInfo');
    // The old outdial's targets change too (a reset): the campaign no longer holds them, so nothing of them arrives.
    await t.gql('mutation($id: ID!) { outdialTargetsReset(input: {outdialId: $id}) { userErrors { message } } }', { id: before });
    await run(campaignId);
    const events = (await targets.done).map((e) => e.outdialTargetStatusChanged);
    expect(events.every((e) => e.outdial.id === after.id), JSON.stringify(events)).toBe(true);
    const deadline = Date.now() + 10_000;
    while (!(progress.at(-1)?.status === 'STOP' && progress.at(-1)?.progress.percent === 100) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    stopProgress();
    expect(progress.at(-1)?.progress).toMatchObject({ targetsTotal: 2, targetsAnswered: 2, attempts: 2, percent: 100 });
  });
});
