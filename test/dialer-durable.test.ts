// The dialer's state lives in PostgreSQL (domain.md A3): a server killed with SIGKILL mid-campaign and a
// new one started finish the campaign without losing a target or dialing any slot beyond its budget; two
// instances on one PostgreSQL + Redis run one campaign with every attempt made exactly once, and a
// subscriber on one instance sees every target change, whichever instance caused it. Both campaigns have
// outcome rules (issue 13), which hold across the crash and across the instances. An operator's cancel still
// gives the try back when the calls' owner is killed before its provider confirmed the hangups.
import { afterAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { onPostgres, useTestDatabase } from './helpers/db.ts';
import { collect, login, TEST_ADMIN, type TestApp, twoTestApps } from './helpers/app.ts';
import { graphql } from './gql/index.ts';
import { childServers, signalAndWait } from './helpers/child-server.ts';
import { createCampaignRows, maxConcurrency, mixedTargets, orphanEnd, prescribed, prescribedWithRules, waitUntil, type CampaignRows } from './helpers/campaign.ts';
import { encodeGlobalId } from '../src/graphql/global-id.ts';

const onRedis = Boolean(process.env.REDIS_URL);
// Its own setup, not useTestApp(): the servers here are child processes (killed and restarted) and two
// instances on this one database, started inside the tests.
const file = useTestDatabase();

/** Every attempt of every target against the budgets: no slot beyond its budget, no try number twice, none lost. */
async function expectWithinBudget(rows: CampaignRows, maxTryCounts: number[]) {
  const targets = await file.db.prisma.outdialTarget.findMany({ where: { outdialId: rows.outdialId }, include: { campaignCalls: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } } });
  expect(targets).toHaveLength(rows.targetIds.length);
  for (const target of targets) {
    expect(target.status, target.name).toBe('DONE');
    const tryCounts = [target.tryCount0, target.tryCount1, target.tryCount2, target.tryCount3, target.tryCount4];
    for (let slot = 0; slot < 5; slot++) {
      const onSlot = target.campaignCalls.filter((a) => a.destinationIndex === slot).map((a) => a.tryCount);
      expect(onSlot.length, `${target.name} slot ${slot}`).toBeLessThanOrEqual(maxTryCounts[slot] ?? 0);
      // Try numbers 1..n, each once, in order; the target's counter says the same.
      expect(onSlot, `${target.name} slot ${slot}`).toEqual(onSlot.map((_, k) => k + 1));
      expect(tryCounts[slot], `${target.name} slot ${slot}`).toBe(onSlot.length);
    }
    const last = target.campaignCalls.at(-1);
    expect(target.campaignCalls.every((a) => a.status === 'DONE')).toBe(true);
    if (target.result === 'ANSWERED') expect(last?.result).toBe('SUCCESS');
    else expect(target.campaignCalls.every((a) => a.result === 'FAIL')).toBe(true);
  }
}

// Written here, independently of the implementation: FAILED and NO_ANSWER have no rule (retried).
const RULES = { BUSY: 'NEXT_DESTINATION', MACHINE: 'STOP_TARGET' } as const;

/** The rules as outplanUpdateOutcomeRules stores them (written directly, like the rest of the fixture). */
async function setRules(rows: CampaignRows): Promise<void> {
  await file.db.prisma.outplan.update({
    where: { id: rows.outplanId },
    data: { outcomeRules: { BUSY: { action: RULES.BUSY, retryInterval: null }, MACHINE: { action: RULES.MACHINE, retryInterval: null } } },
  });
}

/** No attempt after one whose outcome's rule is STOP_TARGET, none on a slot after a NEXT_DESTINATION gave it up. */
async function expectRulesHeld(rows: CampaignRows): Promise<number> {
  const targets = await file.db.prisma.outdialTarget.findMany({ where: { outdialId: rows.outdialId }, include: { campaignCalls: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } } });
  let applied = 0;
  for (const target of targets) {
    const attempts = target.campaignCalls;
    attempts.forEach((a, k) => {
      const rule = a.outcome ? RULES[a.outcome as keyof typeof RULES] : undefined;
      if (rule === 'STOP_TARGET') {
        expect(k, `${target.name}: nothing after a STOP_TARGET`).toBe(attempts.length - 1);
        expect(target.result).toBe('STOPPED');
        applied++;
      }
      if (rule === 'NEXT_DESTINATION') {
        expect(attempts.slice(k + 1).filter((b) => b.destinationIndex === a.destinationIndex), `${target.name}: slot ${a.destinationIndex} given up`).toEqual([]);
        applied++;
      }
    });
  }
  return applied;
}

describe.skipIf(!onPostgres)('a server killed with SIGKILL mid-campaign', () => {
  const MAX_TRY_COUNTS = [2, 1, 2, 1, 1];
  const servers = childServers();
  afterAll(() => servers.killAll());

  const startServer = async () =>
    (await servers.start({ DATABASE_URL: file.database.url, SIMULATOR_TIME_SCALE: '20', HEARTBEAT_MS: '200', INSTANCE_EXPIRY_MS: '1000', DIALER_POLL_MS: '200' })).child;

  it('resumes in a new process: the campaign completes, no target lost or left PROGRESSING, no slot beyond its budget', async () => {
    const first = await startServer(); // creates the default customer
    const rows = await createCampaignRows(file.db, {
      name: 'crash', targets: mixedTargets(80, 7), maxTryCounts: MAX_TRY_COUNTS, tryInterval: 2_000, dialTimeout: 5_000, maxConcurrentCalls: 8,
    });
    await setRules(rows);
    // Started as RUN in the database: the child's dialer finds it on its own.
    await file.db.prisma.campaign.update({ where: { id: rows.campaignId }, data: { status: 'RUN', version: { increment: 1 } } });
    await waitUntil(async () => (await file.db.prisma.outdialTarget.count({ where: { outdialId: rows.outdialId, status: 'DONE' } })) >= 20, 60_000, '20 targets done');
    await waitUntil(async () => (await file.db.prisma.call.count({ where: { campaignId: rows.campaignId, status: { not: 'HANGUP' } } })) >= 3, 30_000, 'calls in flight');
    await signalAndWait(first, 'SIGKILL');
    const orphans = await file.db.prisma.call.findMany({ where: { campaignId: rows.campaignId, status: { not: 'HANGUP' } } });
    expect(orphans.length).toBeGreaterThan(0);
    const firstOwner = orphans[0].ownerId;

    const second = await startServer();
    await waitUntil(async () => (await file.db.prisma.campaign.findUniqueOrThrow({ where: { id: rows.campaignId } })).status === 'STOP', 90_000, 'the campaign to finish');

    await expectWithinBudget(rows, MAX_TRY_COUNTS);
    expect(await expectRulesHeld(rows)).toBeGreaterThan(10);
    expect(await file.db.prisma.call.count({ where: { campaignId: rows.campaignId, status: { not: 'HANGUP' } } })).toBe(0);
    // The killed instance's calls were ended by the new one: FAILED if never answered, NORMAL if answered (A4), a
    // hangup it had requested (an AMD caught mid-teardown) as it asked.
    for (const orphan of await file.db.prisma.call.findMany({ where: { id: { in: orphans.map((o) => o.id) } } })) {
      expect(orphan.hangupBy).toBe('LOCAL');
      expect(orphan.hangupReason).toBe(orphanEnd(orphans.find((o) => o.id === orphan.id)!));
    }
    const owners = await file.db.prisma.call.groupBy({ by: ['ownerId'], where: { campaignId: rows.campaignId }, _count: true });
    expect(owners.map((o) => o.ownerId)).toContain(firstOwner);
    expect(owners.length).toBe(2); // the new process dialed the rest
    await signalAndWait(second, 'SIGTERM');
  });
});

const TARGET_STATUS_CHANGED = graphql(`
  subscription OutdialTargetStatusChangedForDialerDurableTest($id: ID!) { outdialTargetStatusChanged(outdialId: $id) { uuid version status } }
`);

describe.skipIf(!onPostgres || !onRedis)('two instances on one PostgreSQL and Redis', () => {
  const MAX_TRY_COUNTS = [2, 1, 3, 0, 1];
  const apps = twoTestApps();

  it('make every attempt exactly once, and a subscriber on B sees every target change, including those A caused', async () => {
    const env = { REDIS_URL: process.env.REDIS_URL!, SIMULATOR_TIME_SCALE: '50', DIALER_POLL_MS: '100', HEARTBEAT_MS: '500', INSTANCE_EXPIRY_MS: '5000' };
    const { a, b } = await apps.start(file.database, env);
    const targets = mixedTargets(60, 99);
    const rows = await createCampaignRows(file.db, { name: 'two', targets, maxTryCounts: MAX_TRY_COUNTS, tryInterval: 1_000, dialTimeout: 5_000, maxConcurrentCalls: 12 });
    await setRules(rows);

    // Every STATUS change of every target: one per attempt start and one per attempt end.
    const expectedEvents = targets.reduce((n, d) => n + 2 * prescribedWithRules(d, MAX_TRY_COUNTS, RULES).attempts.length, 0);
    const subscription = collect<ResultOf<typeof TARGET_STATUS_CHANGED>>(
      b.wsClient(),
      print(TARGET_STATUS_CHANGED),
      { id: encodeGlobalId('Outdial', rows.outdialId) },
      expectedEvents,
      60_000,
    );
    await subscription.started;
    await new Promise((r) => setTimeout(r, 150)); // connected; the subscribe message is handled right after
    await file.db.prisma.campaign.update({ where: { id: rows.campaignId }, data: { status: 'RUN', version: { increment: 1 } } });
    a.app.services.dialer.wake();
    b.app.services.dialer.wake();
    const events = await subscription.done;

    await waitUntil(async () => (await file.db.prisma.campaign.findUniqueOrThrow({ where: { id: rows.campaignId } })).status === 'STOP', 30_000, 'the campaign to finish');
    // Exactly the attempts the outplan and its rules prescribe: nothing dialed twice by the two instances, nothing skipped.
    const attempts = await file.db.prisma.campaignCall.findMany({ where: { campaignId: rows.campaignId }, include: { call: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    rows.targetIds.forEach((id, i) => {
      const want = prescribedWithRules(targets[i], MAX_TRY_COUNTS, RULES);
      expect(attempts.filter((x) => x.outdialTargetId === id).map((x) => ({ slot: x.destinationIndex, tryCount: x.tryCount, outcome: x.outcome }))).toEqual(want.attempts);
    });
    await expectWithinBudget(rows, MAX_TRY_COUNTS);
    expect(await expectRulesHeld(rows)).toBeGreaterThan(5);
    const byOwner = new Map<string, number>();
    for (const x of attempts) byOwner.set(x.call!.ownerId!, (byOwner.get(x.call!.ownerId!) ?? 0) + 1);
    expect([...byOwner.keys()].sort()).toEqual([a.app.services.telephony.instanceId, b.app.services.telephony.instanceId].sort());
    // Pacing holds across the instances: never more than maxConcurrentCalls live at once, both dialing.
    expect(maxConcurrency(attempts)).toBeLessThanOrEqual(12);

    // B delivered every target change in the outbox, A's included, each once, in version order per target.
    const outbox = await file.db.prisma.event.findMany({ where: { entityType: 'OutdialTarget', kind: 'STATUS', entityId: { in: rows.targetIds } } });
    const seen = events.map((e) => `${e.outdialTargetStatusChanged.uuid}:${e.outdialTargetStatusChanged.version}`);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(outbox.map((e) => `${e.entityId}:${e.version}`).sort());
    const lastVersion = new Map<string, number>();
    for (const e of events.map((x) => x.outdialTargetStatusChanged)) {
      expect(e.version).toBeGreaterThan(lastVersion.get(e.uuid) ?? 0);
      lastVersion.set(e.uuid, e.version);
    }
  });
});

const STOP_CAMPAIGN = graphql(`
  mutation CampaignUpdateStatusForDialerDurableTest($input: CampaignUpdateStatusInput!) {
    campaignUpdateStatus(input: $input) { campaign { status } userErrors { code message } }
  }
`);

describe.skipIf(!onPostgres || !onRedis)('an operator STOP on one instance, its calls on another', () => {
  const apps = twoTestApps();

  it('cancels the other instance\'s unanswered calls as CANCELED_BY_OPERATOR, gives the tries back, and the next RUN dials them within budget', async () => {
    const env = { REDIS_URL: process.env.REDIS_URL!, SIMULATOR_TIME_SCALE: '50', DIALER_POLL_MS: '100', HEARTBEAT_MS: '500', INSTANCE_EXPIRY_MS: '5000' };
    const { a, b } = await apps.start(file.database, env);
    const MAX_TRY_COUNTS = [1, 1];
    // Slot 0 rings until the dial timeout (10 minutes, 12 s scaled), slot 1 answers.
    const targets = Array.from({ length: 8 }, (_, i) => [`+1558${String(i).padStart(3, '0')}0004`, `+1558${String(i).padStart(3, '0')}7777`]);
    const rows = await createCampaignRows(file.db, { name: 'stop elsewhere', targets, maxTryCounts: MAX_TRY_COUNTS, dialTimeout: 600_000, maxConcurrentCalls: 4 });
    await file.db.prisma.campaign.update({ where: { id: rows.campaignId }, data: { status: 'RUN', version: { increment: 1 } } });
    a.app.services.dialer.wake();
    b.app.services.dialer.wake();
    await waitUntil(async () => (await file.db.prisma.call.count({ where: { campaignId: rows.campaignId, status: { in: ['DIALING', 'RINGING'] } } })) === 4, 20_000, '4 calls ringing');
    const ringing = await file.db.prisma.call.findMany({ where: { campaignId: rows.campaignId } });
    // STOP through the instance that owns fewer of the calls (none, usually): the owners hang their legs up.
    const owned = (app: TestApp) => ringing.filter((c) => c.ownerId === app.app.services.telephony.instanceId).length;
    const operator = owned(a) <= owned(b) ? a : b;
    expect(owned(operator)).toBeLessThan(4);
    const res = await operator.gql(STOP_CAMPAIGN, { input: { id: encodeGlobalId('Campaign', rows.campaignId), status: 'STOP', hangupActiveCalls: true } });
    expect(res.data!.campaignUpdateStatus).toEqual({ campaign: { status: 'STOPPING' }, userErrors: [] });
    await waitUntil(async () => (await file.db.prisma.campaign.findUniqueOrThrow({ where: { id: rows.campaignId } })).status === 'STOP', 20_000, 'STOP');

    const canceled = await file.db.prisma.campaignCall.findMany({ where: { campaignId: rows.campaignId }, include: { call: true, outdialTarget: true } });
    expect(canceled).toHaveLength(4);
    for (const x of canceled) {
      expect({ result: x.result, reason: x.call!.hangupReason, by: x.call!.hangupBy }).toEqual({ result: 'CANCELED_BY_OPERATOR', reason: 'CANCEL', by: 'LOCAL' });
      expect({ status: x.outdialTarget.status, tries: x.outdialTarget.tryCount0 }).toEqual({ status: 'IDLE', tries: 0 });
    }

    await file.db.prisma.outplan.update({ where: { id: rows.outplanId }, data: { dialTimeout: 30_000 } });
    await file.db.prisma.campaign.update({ where: { id: rows.campaignId }, data: { status: 'RUN', version: { increment: 1 } } });
    a.app.services.dialer.wake();
    b.app.services.dialer.wake();
    await waitUntil(async () => (await file.db.prisma.campaign.findUniqueOrThrow({ where: { id: rows.campaignId } })).status === 'STOP', 30_000, 'the campaign to finish');
    const attempts = await file.db.prisma.campaignCall.findMany({ where: { campaignId: rows.campaignId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    rows.targetIds.forEach((id, i) => {
      const counted = attempts.filter((x) => x.outdialTargetId === id && x.result !== 'CANCELED_BY_OPERATOR');
      expect(counted.map((x) => ({ slot: x.destinationIndex, tryCount: x.tryCount })), `target ${i}`).toEqual(prescribed(targets[i], MAX_TRY_COUNTS).attempts);
    });
    const finals = await file.db.prisma.outdialTarget.findMany({ where: { outdialId: rows.outdialId } });
    expect(finals.map((f) => `${f.status}/${f.result} ${f.tryCount0},${f.tryCount1}`)).toEqual(finals.map(() => 'DONE/ANSWERED 1,1'));
  });
});

describe.skipIf(!onPostgres)('an operator STOP whose calls\' owner is killed before its provider confirms the hangups', () => {
  const servers = childServers();
  afterAll(() => servers.killAll());
  const startServer = () =>
    servers.start({ DATABASE_URL: file.database.url, SIMULATOR_TIME_SCALE: '20', HEARTBEAT_MS: '200', INSTANCE_EXPIRY_MS: '1000', DIALER_POLL_MS: '200' });
  const campaignStatus = async (id: string) => (await file.db.prisma.campaign.findUniqueOrThrow({ where: { id } })).status;

  it('ends them as the operator asked: CANCELED_BY_OPERATOR, tries given back, dialed again within budget; a call with no request is still charged', async () => {
    const owner = await startServer();
    // Slot 0 rings until the dial timeout (10 minutes, 30 s scaled) and its provider takes 10 minutes (30 s scaled)
    // to confirm a hangup (teardown600); slot 1 answers.
    const stoppedTargets = Array.from({ length: 4 }, (_, i) => [`u${i}-teardown600-x0004@sip.example.com`, `+1557${String(i).padStart(3, '0')}7777`]);
    const stopped = await createCampaignRows(file.db, { name: 'stopped mid-hangup', targets: stoppedTargets, maxTryCounts: [1, 1], dialTimeout: 600_000, maxConcurrentCalls: 4 });
    // The control: rings as long, and nobody asks for its end.
    const left = await createCampaignRows(file.db, { name: 'left ringing', targets: [['+15560000004'], ['+15560010004']], maxTryCounts: [1], dialTimeout: 600_000, maxConcurrentCalls: 2 });
    for (const rows of [stopped, left]) await file.db.prisma.campaign.update({ where: { id: rows.campaignId }, data: { status: 'RUN', version: { increment: 1 } } });
    const campaignIds = [stopped.campaignId, left.campaignId];
    await waitUntil(async () => (await file.db.prisma.call.count({ where: { campaignId: { in: campaignIds }, status: 'RINGING' } })) === 6, 30_000, '6 calls ringing');

    const token = await login(owner.url, TEST_ADMIN.username, TEST_ADMIN.password);
    const res = await fetch(owner.url, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: print(STOP_CAMPAIGN), variables: { input: { id: encodeGlobalId('Campaign', stopped.campaignId), status: 'STOP', hangupActiveCalls: true } } }),
    });
    expect(((await res.json()) as { data: unknown }).data).toEqual({ campaignUpdateStatus: { campaign: { status: 'STOPPING' }, userErrors: [] } });
    await signalAndWait(owner.child, 'SIGKILL');
    // It died with the cancels requested and not confirmed, and the control calls still ringing.
    const atDeath = await file.db.prisma.call.findMany({ where: { campaignId: { in: campaignIds } } });
    expect(atDeath.filter((c) => c.campaignId === stopped.campaignId).map((c) => [c.status, c.hangupRequestedReason])).toEqual(stoppedTargets.map(() => ['CANCELING', 'CANCEL']));
    expect(atDeath.filter((c) => c.campaignId === left.campaignId).map((c) => [c.status, c.hangupRequestedReason])).toEqual([['RINGING', null], ['RINGING', null]]);

    const reconciler = await startServer();
    await waitUntil(async () => (await campaignStatus(stopped.campaignId)) === 'STOP' && (await campaignStatus(left.campaignId)) === 'STOP', 60_000, 'both campaigns to stop');
    const ended = await file.db.prisma.campaignCall.findMany({ where: { campaignId: { in: campaignIds } }, include: { call: true, outdialTarget: true } });
    expect(ended).toHaveLength(6);
    for (const x of ended) {
      // Placed by the killed instance; ended by the new one.
      expect(x.call!.ownerId).toBe(atDeath[0].ownerId);
      const seen = { result: x.result, reason: x.call!.hangupReason, by: x.call!.hangupBy, target: x.outdialTarget.status, tries: x.outdialTarget.tryCount0 };
      if (x.campaignId === stopped.campaignId) expect(seen).toEqual({ result: 'CANCELED_BY_OPERATOR', reason: 'CANCEL', by: 'LOCAL', target: 'IDLE', tries: 0 });
      else expect(seen).toEqual({ result: 'FAIL', reason: 'FAILED', by: 'LOCAL', target: 'DONE', tries: 1 });
    }

    // The next RUN dials the canceled targets again, within budget (slot 0 now gives up after 30 s, 1.5 s scaled).
    await file.db.prisma.outplan.update({ where: { id: stopped.outplanId }, data: { dialTimeout: 30_000 } });
    await file.db.prisma.campaign.update({ where: { id: stopped.campaignId }, data: { status: 'RUN', version: { increment: 1 } } });
    await waitUntil(async () => (await campaignStatus(stopped.campaignId)) === 'STOP', 60_000, 'the campaign to finish');
    const attempts = await file.db.prisma.campaignCall.findMany({ where: { campaignId: stopped.campaignId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    stopped.targetIds.forEach((id, i) => {
      const counted = attempts.filter((x) => x.outdialTargetId === id && x.result !== 'CANCELED_BY_OPERATOR');
      expect(counted.map((x) => ({ slot: x.destinationIndex, tryCount: x.tryCount })), `target ${i}`).toEqual(prescribed(stoppedTargets[i], [1, 1]).attempts);
    });
    const finals = await file.db.prisma.outdialTarget.findMany({ where: { outdialId: stopped.outdialId } });
    expect(finals.map((f) => `${f.status}/${f.result} ${f.tryCount0},${f.tryCount1}`)).toEqual(finals.map(() => 'DONE/ANSWERED 1,1'));
    await signalAndWait(reconciler.child, 'SIGTERM');
  });
});
