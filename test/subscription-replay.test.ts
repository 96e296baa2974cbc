// A subscriber that reconnects passes `since` (the updatedAt of the last event it saw) and gets what happened
// meanwhile, in order, then the live events with no gap (src/events/bus.ts subscribe, src/graphql/common/replay.ts).
import { describe, expect, it } from 'vitest';
import { print } from 'graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { collect, login, sseSubscribe, useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';
import { createCampaignRows, runCampaign, SUFFIX } from './helpers/campaign.ts';
import { updateCampaignStatus } from '../src/domain/campaign-status.ts';

// 4x: the campaign case's calls and dialer rounds (DIALER_POLL_MS / 4) take a quarter of the time.
const t = useTestApp({ SIMULATOR_TIME_SCALE: '4' });

const OUTPLAN_CREATE = graphql(`
  mutation OutplanCreateForReplayTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }
`);
const OUTPLAN_UPDATE = graphql(`
  mutation OutplanUpdateForReplayTest($i: OutplanUpdateInput!) { outplanUpdate(input: $i) { outplan { version updatedAt } userErrors { message } } }
`);
const CUSTOMER_CREATE = graphql(`
  mutation CustomerCreateForReplayTest($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id } userErrors { message } } }
`);
const CHANGED = graphql(`
  subscription OutplanChangedForReplayTest($id: ID, $since: DateTime) { outplanChanged(outplanId: $id, since: $since) { id name version updatedAt } }
`);
type Changed = ResultOf<typeof CHANGED>;
const CALL_STATUS = graphql(`
  subscription CallStatusForReplayTest($c: ID, $since: DateTime) { callStatusChanged(campaignId: $c, since: $since) { uuid status version } }
`);
const CAMPAIGN_STATUS = graphql(`
  subscription CampaignStatusForReplayTest($c: ID, $since: DateTime) { campaignStatusChanged(campaignId: $c, since: $since) { uuid status version } }
`);
const TARGET_STATUS = graphql(`
  subscription TargetStatusForReplayTest($c: ID, $since: DateTime) { outdialTargetStatusChanged(campaignId: $c, since: $since) { uuid status version } }
`);
const OUTDIAL_CREATE = graphql(`
  mutation OutdialCreateForReplayTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }
`);
const CAMPAIGN_CREATE = graphql(`
  mutation CampaignCreateForReplayTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }
`);
const PROGRESS = graphql(`
  subscription CampaignProgressForReplayTest($id: ID, $since: DateTime) { campaignProgressChanged(campaignId: $id, since: $since) { id name progress { targetsTotal } } }
`);

async function outplan(name: string, token = t.token): Promise<string> {
  const res = await t.gql(OUTPLAN_CREATE, { i: { name, dialTimeout: 30_000, tryInterval: 0, maxTryCounts: [1] } }, { authorization: `Bearer ${token}` });
  return res.data!.outplanCreate.outplan!.id;
}

async function update(id: string, detail: string, token = t.token): Promise<{ version: number; updatedAt: string }> {
  const res = await t.gql(OUTPLAN_UPDATE, { i: { id, detail } }, { authorization: `Bearer ${token}` });
  expect(res.data?.outplanUpdate.userErrors, JSON.stringify(res)).toEqual([]);
  const { version, updatedAt } = res.data!.outplanUpdate.outplan!;
  return { version, updatedAt: updatedAt! };
}

/**
 * Moves the outbox events of these rows up to `beforeVersion` (all: Infinity) a minute back, their snapshot's
 * createdAt/updatedAt and created_at, as if they happened then: beyond the replay's 10 s overlap before any `since`
 * taken now.
 */
async function ageHistory(entityType: string, entityIds: string[], beforeVersion: number): Promise<void> {
  const shifted = (field: string) =>
    `CASE WHEN snapshot->>'${field}' IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('${field}', to_jsonb((snapshot->>'${field}')::timestamptz - interval '60 seconds')) END`;
  await t.db.prisma.$executeRawUnsafe(
    `UPDATE event SET created_at = created_at - interval '60 seconds', snapshot = snapshot || ${shifted('createdAt')} || ${shifted('updatedAt')}
     WHERE entity_type = $1 AND entity_id = ANY($2::uuid[]) AND version < $3`,
    entityType, entityIds, Number.isFinite(beforeVersion) ? beforeVersion : 2 ** 31 - 1);
}

/** The outbox's events of a type for these rows, in order: (row, status, version) as the subscription shows them, and each one's updatedAt. */
async function outboxOf(entityType: string, entityIds: string[], kinds: string[]) {
  const events = await t.db.prisma.event.findMany({ where: { entityType, entityId: { in: entityIds }, kind: { in: kinds } }, orderBy: { id: 'asc' } });
  return events.map((e) => {
    const row = e.snapshot as { status: string; updatedAt?: string | null; createdAt: string };
    return { uuid: e.entityId, status: row.status, version: e.version, updatedAt: row.updatedAt ?? row.createdAt };
  });
}

const versions = (events: Changed[]) => events.map((e) => e.outplanChanged!.version);

describe('subscriptions with since', () => {
  it('replay what happened while the subscriber was away, in order, then go on live', async () => {
    const id = await outplan('replay');
    const first = t.wsClient();
    const seen = collect<Changed>(first, print(CHANGED), { id }, 1);
    await seen.started;
    await new Promise((r) => setTimeout(r, 200));
    await update(id, 'seen');
    const [last] = await seen.done;
    await first.dispose();

    // Away: three changes nobody hears.
    for (const detail of ['missed 1', 'missed 2', 'missed 3']) await update(id, detail);

    const again = t.wsClient();
    // The replay starts REPLAY_OVERLAP_MS (10 s) before since, so it repeats the outplan's creation (v1) and the
    // last seen event; then the three missed, then one live.
    const replayed = collect<Changed>(again, print(CHANGED), { id, since: last.outplanChanged!.updatedAt }, 6);
    await replayed.started;
    const { version: live } = await (async () => {
      for (const deadline = Date.now() + 10_000; replayed.received.length < 5;) {
        if (Date.now() > deadline) throw new Error(`replay incomplete: ${JSON.stringify(replayed.received)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return update(id, 'live');
    })();
    const events = await replayed.done;
    const v = last.outplanChanged!.version;
    expect(v).toBe(2);
    expect(versions(events)).toEqual([1, v, v + 1, v + 2, v + 3, live]);
    await again.dispose();
  });

  it('gives a second subscriber of the same operation and since its own replay (a replay is never a shared stream)', async () => {
    const since = new Date().toISOString();
    const id = await outplan('replay shared');
    for (const detail of ['one', 'two', 'three']) await update(id, detail);
    // The same customer, role, operation and variables: subscribers that would share one stream without a since.
    const first = t.wsClient();
    const firstEvents = await collect<Changed>(first, print(CHANGED), { id, since }, 4).done;
    // The first subscriber's stream stays open while the second joins, after that stream has replayed everything.
    const open = collect<Changed>(first, print(CHANGED), { id, since }, 5);
    open.done.catch(() => {}); // never completes: it is ended by the dispose below
    await open.started;
    for (const deadline = Date.now() + 10_000; open.received.length < 4;) {
      if (Date.now() > deadline) throw new Error(`first replay incomplete: ${JSON.stringify(open.received)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const second = t.wsClient();
    const secondEvents = await collect<Changed>(second, print(CHANGED), { id, since }, 4).done;
    expect(versions(firstEvents)).toEqual([1, 2, 3, 4]);
    expect(versions(secondEvents)).toEqual([1, 2, 3, 4]);
    await first.dispose();
    await second.dispose();
  });

  it('campaignProgressChanged with since delivers the campaign at once when it changed since then', async () => {
    const before = new Date().toISOString();
    const outplanId = await outplan('replay progress');
    const outdial = await t.gql(OUTDIAL_CREATE, { i: { name: 'replay progress' } });
    const created = await t.gql(CAMPAIGN_CREATE, { i: { name: 'replay progress', outplanId, outdialId: outdial.data!.outdialCreate.outdial!.id } });
    const id = created.data!.campaignCreate.campaign!.id;
    const client = t.wsClient();
    // Nothing changes after subscribing: only the replay can deliver it.
    const [event] = await collect<ResultOf<typeof PROGRESS>>(client, print(PROGRESS), { id, since: before }, 1, 10_000).done;
    expect(event.campaignProgressChanged).toEqual({ id, name: 'replay progress', progress: { targetsTotal: 0 } });
    await client.dispose();
  });

  it('leaves no gap between the replay and the live events while changes keep coming', async () => {
    const id = await outplan('replay under writes');
    const before = new Date().toISOString();
    const writes = (async () => {
      const out: number[] = [];
      for (let i = 0; i < 30; i++) out.push((await update(id, `write ${i}`)).version);
      return out;
    })();
    // Subscribe while the writes run: part replay, part live (test/event-bus.test.ts pins the handover itself).
    await new Promise((r) => setTimeout(r, 150));
    const client = t.wsClient();
    const received: number[] = [];
    client.subscribe<Changed>({ query: print(CHANGED), variables: { id, since: before } }, {
      next: (r) => received.push(r.data!.outplanChanged!.version),
      error: () => {},
      complete: () => {},
    });
    const written = await writes;
    for (const deadline = Date.now() + 15_000; !received.includes(written.at(-1)!);) {
      if (Date.now() > deadline) throw new Error(`missing the last write: ${JSON.stringify(received)} of ${JSON.stringify(written)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    // Every version, each once, in order: the held live events the replay covered were left out. v1 (the
    // creation, just before `before`) is within the replay's overlap.
    expect(received).toEqual([1, ...written]);
    await client.dispose();
  });

  it('callStatusChanged, campaignStatusChanged and outdialTargetStatusChanged replay from since, skip what is older, then go on live', async () => {
    // One target: a busy number (one try), then a SIP callee that answers and talks 8 s (2 s here).
    const rows = await createCampaignRows(t.db, {
      targets: [[`+1555012${SUFFIX.BUSY}`, 'replay-answer0.4-talk8@sim.example.com']], maxTryCounts: [1, 1], name: 'replay statuses',
    });
    const deps = { prisma: t.db.prisma, bus: t.app.services.bus };
    const [targetId] = rows.targetIds;
    await runCampaign(deps, rows.customerId, rows.campaignId);
    const calls = () => t.db.prisma.call.findMany({ where: { campaignId: rows.campaignId }, orderBy: { createdAt: 'asc' } });
    for (const deadline = Date.now() + 10_000; (await calls())[1]?.status !== 'PROGRESSING';) {
      if (Date.now() > deadline) throw new Error(`the second call never answered: ${JSON.stringify(await calls())}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    // STOP with the second call in flight: STOPPING now, STOP once the call ends.
    const stopped = await updateCampaignStatus(deps, rows.customerId, { id: rows.campaignId, status: 'STOP' });
    expect(stopped.ok && stopped.value.status).toBe('STOPPING');

    // Before subscribing: per stream, older events aged beyond the overlap, then a since that replays the rest.
    const [busyCall, answeredCall] = await calls();
    await ageHistory('Call', [busyCall.id], Infinity);
    const campaignBefore = await outboxOf('Campaign', [rows.campaignId], ['STATUS']);
    await ageHistory('Campaign', [rows.campaignId], campaignBefore.at(-1)!.version);
    const targetBefore = await outboxOf('OutdialTarget', [targetId], ['STATUS']);
    expect(targetBefore.length).toBeGreaterThanOrEqual(2); // the busy attempt's, then the second slot's
    await ageHistory('OutdialTarget', [targetId], targetBefore.at(-1)!.version);
    const since = {
      call: (await outboxOf('Call', [answeredCall.id], ['CREATED']))[0].updatedAt,
      campaign: campaignBefore.at(-1)!.updatedAt,
      target: targetBefore.at(-1)!.updatedAt,
    };

    type Status = { uuid: string; status: string; version: number };
    const client = t.wsClient();
    const follow = (query: string, variables: Record<string, unknown>) => {
      const seen: Status[] = [];
      client.subscribe<Record<string, Status>>({ query, variables }, {
        next: (r) => seen.push(Object.values(r.data!)[0]), error: (err) => seen.push({ uuid: 'error', status: JSON.stringify(err), version: 0 }), complete: () => {},
      });
      return seen;
    };
    const received = {
      call: follow(print(CALL_STATUS), { c: rows.campaignId, since: since.call }),
      campaign: follow(print(CAMPAIGN_STATUS), { c: rows.campaignId, since: since.campaign }),
      target: follow(print(TARGET_STATUS), { c: rows.campaignId, since: since.target }),
    };
    const until = async (done: () => boolean, what: string) => {
      for (const deadline = Date.now() + 10_000; !done();) {
        if (Date.now() > deadline) throw new Error(`${what}: ${JSON.stringify(received)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    // The replays (registered before they read the outbox) arrive while the call still talks: the finals to come
    // can only arrive live.
    await until(() => received.call.length >= 3 && received.campaign.length >= 1 && received.target.length >= 1, 'replay incomplete');
    expect((await t.db.prisma.call.findUniqueOrThrow({ where: { id: answeredCall.id } })).status).toBe('PROGRESSING');
    await until(() => received.call.at(-1)?.status === 'HANGUP' && received.campaign.at(-1)?.status === 'STOP' && received.target.at(-1)?.status === 'DONE',
      'the finals never came');
    await new Promise((r) => setTimeout(r, 300)); // nothing after the finals either (no repeat)
    const strip = (events: Array<Status & { updatedAt: string }>) => events.map(({ uuid, status, version }) => ({ uuid, status, version }));
    // Each stream: every event from since on, in order, the replayed ones and then the live final; none older.
    expect(received.call).toEqual(strip(await outboxOf('Call', [answeredCall.id], ['CREATED', 'STATUS'])));
    expect(received.call.map((e) => e.status)).toEqual(['DIALING', 'RINGING', 'PROGRESSING', 'HANGUP']);
    expect(received.campaign).toEqual(strip((await outboxOf('Campaign', [rows.campaignId], ['STATUS'])).slice(campaignBefore.length - 1)));
    expect(received.campaign.map((e) => e.status)).toEqual(['STOPPING', 'STOP']);
    expect(received.target).toEqual(strip((await outboxOf('OutdialTarget', [targetId], ['STATUS'])).slice(targetBefore.length - 1)));
    expect(received.target.map((e) => e.status)).toEqual(['PROGRESSING', 'DONE']);
    await client.dispose();
  });

  it('over SSE too, and never another customer\'s events', async () => {
    const ours = await outplan('replay tenancy');
    const before = new Date().toISOString();
    await update(ours, 'ours 1');
    await update(ours, 'ours 2');
    await t.gql(CUSTOMER_CREATE, { i: { name: 'replay-other', username: 'replay-other-admin', password: 'replay-other-password' } });
    const other = await login(t.url, 'replay-other-admin', 'replay-other-password');
    const theirs = await outplan('theirs', other);
    await update(theirs, 'theirs 1', other);

    const mine = await sseSubscribe<Changed['outplanChanged']>(t.url, t.token, print(CHANGED), { since: before });
    const foreign = await sseSubscribe<Changed['outplanChanged']>(t.url, other, print(CHANGED), { since: before });
    // Ours: the creation too (within the replay's 10 s overlap), and so every outplan the tests above changed.
    const oursSeen = () => mine.seen.filter((e) => e!.id === ours).map((e) => e!.version);
    for (const deadline = Date.now() + 10_000; oursSeen().length < 3 || foreign.seen.length < 2;) {
      if (Date.now() > deadline) throw new Error(`replay over SSE incomplete: ${JSON.stringify({ mine: mine.seen, foreign: foreign.seen })}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(oursSeen()).toEqual([1, 2, 3]);
    expect(mine.seen.some((e) => e!.id === theirs)).toBe(false);
    // Theirs: their outplan's creation and its update, nothing of ours.
    expect(foreign.seen.map((e) => e!.id)).toEqual([theirs, theirs]);
    await mine.close();
    await foreign.close();
  });

  it('refuses a since older than the outbox keeps, saying so', async () => {
    const client = t.wsClient();
    const twoDaysAgo = new Date(Date.now() - 48 * 3_600_000).toISOString();
    const error = await new Promise<unknown>((resolve) => {
      client.subscribe({ query: print(CHANGED), variables: { since: twoDaysAgo } }, { next: (r) => resolve(r.errors), error: resolve, complete: () => resolve('completed') });
    });
    expect(error).toMatchObject([{ message: expect.stringMatching(/older than the outbox keeps events \(24 h/), extensions: { code: 'BAD_USER_INPUT' } }]);
    await client.dispose();
  });
});
