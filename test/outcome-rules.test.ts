// Outcome rules and machine detection (issue 13), on a real server and database with the simulator: each attempt
// records its outcome; DECLINED + STOP_TARGET ends a target after one attempt; BUSY + NEXT_DESTINATION moves on
// though the slot had tries left and never dials it again; RETRY waits its own interval (time moved on in the
// database, not slept); machine detection OFF / HANGUP / LEAVE_MESSAGE; the mutation's validation and its paths.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.ts';
import { createCampaignRows, runCampaign, waitForCampaign, type CampaignRows } from './helpers/campaign.ts';
import { updateOutplanOutcomeRules, type OutcomeRuleInput } from '../src/domain/outcome-rules.ts';
import { attemptOutcome } from '../src/domain/attempt-rules.ts';
import { progressByCampaign } from '../src/domain/campaign-progress.ts';
import type { MachineDetection } from '../src/generated/prisma/enums.ts';
import type { Database } from '../src/db/database.ts';

const SCALE = 100;
const t = useTestApp({ SIMULATOR_TIME_SCALE: String(SCALE), DIALER_POLL_MS: '200' });
let db: Database;

beforeAll(async () => {
  db = await t.database.open();
});
const deps = () => ({ prisma: db.prisma, bus: t.app.services.bus });

async function setRules(rows: CampaignRows, rules: OutcomeRuleInput[], machineDetection?: MachineDetection): Promise<void> {
  const res = await updateOutplanOutcomeRules(deps(), rows.customerId, { id: rows.outplanId, rules, machineDetection });
  if (!res.ok) throw new Error(JSON.stringify(res.errors));
}

async function runToEnd(rows: CampaignRows): Promise<void> {
  await runCampaign(deps(), rows.customerId, rows.campaignId);
  await waitForCampaign(db, rows.campaignId, (c) => c.status === 'STOP', 60_000);
}

const attemptsOf = async (rows: CampaignRows, targetId: string) =>
  (await db.prisma.campaignCall.findMany({ where: { campaignId: rows.campaignId, outdialTargetId: targetId }, include: { call: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }))
    .map((a) => ({ slot: a.destinationIndex, tryCount: a.tryCount, result: a.result, outcome: a.outcome, reason: a.call?.hangupReason, by: a.call?.hangupBy }));
const targetOf = (id: string) => db.prisma.outdialTarget.findUniqueOrThrow({ where: { id } });

describe('attemptOutcome', () => {
  const call = (hangupReason: string, answered: boolean, machine = false) =>
    attemptOutcome({ hangupReason: hangupReason as never, progressingAt: answered ? new Date() : null, machineDetectedAt: machine ? new Date() : null });
  it('names how an unanswered attempt ended, and nothing for a person or an operator\'s cancel', () => {
    expect(call('BUSY', false)).toBe('BUSY');
    expect(call('NOANSWER', false)).toBe('NO_ANSWER');
    expect(call('DIALOUT', false)).toBe('NO_ANSWER');
    expect(call('DECLINED', false)).toBe('DECLINED');
    expect(call('FAILED', false)).toBe('FAILED');
    expect(call('AMD', true)).toBe('MACHINE');
    expect(call('NORMAL', true, true)).toBe('MACHINE'); // a message left on a machine
    expect(call('NORMAL', true)).toBeNull();
    expect(call('TIMEOUT', true)).toBeNull(); // a person, cut by the duration limit: retried as before
    expect(call('CANCEL', false)).toBeNull(); // CANCELED_BY_OPERATOR: not the callee's outcome
  });
});

describe('outcome rules in the dialer', () => {
  it('DECLINED + STOP_TARGET ends the target after one attempt (STOPPED, outcome DECLINED); a BUSY without a rule is retried as before', async () => {
    const rows = await createCampaignRows(db, {
      name: 'declined-stop', maxTryCounts: [3, 1],
      targets: [['+15553010006', '+15553017777'], ['+15553020001', '+15553027777']],
    });
    await setRules(rows, [{ outcome: 'DECLINED', action: 'STOP_TARGET' }]);
    await runToEnd(rows);
    const [declined, busy] = rows.targetIds;
    expect(await attemptsOf(rows, declined!)).toEqual([{ slot: 0, tryCount: 1, result: 'FAIL', outcome: 'DECLINED', reason: 'DECLINED', by: 'REMOTE' }]);
    expect(await targetOf(declined!)).toMatchObject({ status: 'DONE', result: 'STOPPED', tryCount0: 1, tryCount1: 0 });
    expect((await attemptsOf(rows, busy!)).map((a) => [a.slot, a.outcome])).toEqual([[0, 'BUSY'], [0, 'BUSY'], [0, 'BUSY'], [1, null]]);
    expect(await targetOf(busy!)).toMatchObject({ status: 'DONE', result: 'ANSWERED' });
    const [progress] = await progressByCampaign(db.prisma, rows.customerId, [rows.campaignId]);
    expect(progress).toMatchObject({ targetsStopped: 1, targetsAnswered: 1, targetsVoicemail: 0 });
  });

  it('BUSY + NEXT_DESTINATION moves on to slot 1 though slot 0 had tries left, and never dials slot 0 again', async () => {
    const rows = await createCampaignRows(db, {
      name: 'busy-next', maxTryCounts: [3, 2],
      // 0: busy, then answered on slot 1. 1: busy on both slots: each given up after one try, EXHAUSTED.
      targets: [['+15553030001', '+15553037777'], ['+15553040001', '+15553040001']],
    });
    await setRules(rows, [{ outcome: 'BUSY', action: 'NEXT_DESTINATION' }]);
    await runToEnd(rows);
    const [movedOn, bothBusy] = rows.targetIds;
    expect((await attemptsOf(rows, movedOn!)).map((a) => [a.slot, a.tryCount, a.outcome])).toEqual([[0, 1, 'BUSY'], [1, 1, null]]);
    expect(await targetOf(movedOn!)).toMatchObject({ status: 'DONE', result: 'ANSWERED', tryCount0: 1, tryCount1: 1, givenUpSlots: 1 });
    expect((await attemptsOf(rows, bothBusy!)).map((a) => [a.slot, a.tryCount])).toEqual([[0, 1], [1, 1]]);
    // Its try counts stay the tries made; both slots are given up.
    expect(await targetOf(bothBusy!)).toMatchObject({ status: 'DONE', result: 'EXHAUSTED', tryCount0: 1, tryCount1: 1, givenUpSlots: 3 });
  });

  it('RETRY with its own interval waits that long after the hangup (the outplan\'s tryInterval for the others)', async () => {
    const DAY = 86_400_000;
    const rows = await createCampaignRows(db, {
      name: 'retry-interval', maxTryCounts: [2], tryInterval: 1_000,
      targets: [['+15553050001'], ['+15553060002']],
    });
    await setRules(rows, [{ outcome: 'BUSY', action: 'RETRY', retryInterval: DAY }, { outcome: 'NO_ANSWER', action: 'RETRY' }]);
    await runCampaign(deps(), rows.customerId, rows.campaignId);
    const [busy, noAnswer] = rows.targetIds;
    // The NO_ANSWER target is retried after tryInterval and exhausted, while the BUSY one waits for its day.
    await expect.poll(async () => (await targetOf(noAnswer!)).status, { timeout: 30_000 }).toBe('DONE');
    await expect.poll(async () => (await targetOf(busy!)).lastAttemptEndedAt, { timeout: 30_000 }).not.toBeNull();
    const waiting = await targetOf(busy!);
    expect(waiting).toMatchObject({ status: 'IDLE', tryCount0: 1, retryWaitMs: DAY });
    expect(await attemptsOf(rows, busy!)).toHaveLength(1);
    expect((await db.prisma.campaign.findUniqueOrThrow({ where: { id: rows.campaignId } })).status).toBe('RUN');
    // Three more rounds later it still waits (the campaign keeps running for it) ...
    const roundsNow = async () => (await db.prisma.campaign.findUniqueOrThrow({ where: { id: rows.campaignId } })).dialRound;
    const rounds = await roundsNow();
    await expect.poll(roundsNow, { timeout: 30_000 }).toBeGreaterThan(rounds + 2);
    expect(await attemptsOf(rows, busy!)).toHaveLength(1);
    // ... until its day (scaled) has passed since the hangup: moved back in the database instead of waited for.
    await db.prisma.outdialTarget.update({ where: { id: busy! }, data: { lastAttemptEndedAt: new Date(waiting.lastAttemptEndedAt!.getTime() - DAY / SCALE) } });
    await waitForCampaign(db, rows.campaignId, (c) => c.status === 'STOP', 60_000);
    expect((await attemptsOf(rows, busy!)).map((a) => [a.tryCount, a.outcome])).toEqual([[1, 'BUSY'], [2, 'BUSY']]);
    expect((await attemptsOf(rows, noAnswer!)).map((a) => a.outcome)).toEqual(['NO_ANSWER', 'NO_ANSWER']);
  });
});

describe('machine detection', () => {
  const machine = (n: number) => `+1555307${n}0005`;
  // The actions end with a local hangup: a call that ends LOCAL with reason NORMAL played them to their end.
  const actions = [{ type: 'TALK' as const, text: 'Please call us back.', language: 'en-US' }, { type: 'HANGUP' as const, reason: 'NORMAL' as const }];

  it('OFF: a machine counts as answered (SUCCESS, ANSWERED, the actions play, no outcome)', async () => {
    const rows = await createCampaignRows(db, { name: 'amd-off', maxTryCounts: [2], targets: [[machine(1)]], actions });
    await setRules(rows, [{ outcome: 'MACHINE', action: 'STOP_TARGET' }], 'OFF');
    await runToEnd(rows);
    expect(await attemptsOf(rows, rows.targetIds[0]!)).toEqual([{ slot: 0, tryCount: 1, result: 'SUCCESS', outcome: null, reason: 'NORMAL', by: 'LOCAL' }]);
    expect(await targetOf(rows.targetIds[0]!)).toMatchObject({ status: 'DONE', result: 'ANSWERED' });
    const call = await db.prisma.call.findFirstOrThrow({ where: { campaignId: rows.campaignId } });
    expect({ detection: call.machineDetection, detectedAt: call.machineDetectedAt, answered: call.progressingAt !== null }).toEqual({ detection: 'OFF', detectedAt: null, answered: true });
  });

  it('HANGUP (the default): hung up as AMD, outcome MACHINE; the MACHINE rule decides (none: retried, STOP_TARGET: STOPPED)', async () => {
    const rows = await createCampaignRows(db, { name: 'amd-hangup', maxTryCounts: [2], targets: [[machine(2)]], actions });
    expect((await db.prisma.outplan.findUniqueOrThrow({ where: { id: rows.outplanId } })).machineDetection).toBe('HANGUP');
    await runToEnd(rows);
    expect((await attemptsOf(rows, rows.targetIds[0]!)).map((a) => [a.result, a.outcome, a.reason, a.by])).toEqual([['FAIL', 'MACHINE', 'AMD', 'LOCAL'], ['FAIL', 'MACHINE', 'AMD', 'LOCAL']]);
    expect(await targetOf(rows.targetIds[0]!)).toMatchObject({ status: 'DONE', result: 'EXHAUSTED' });

    const stopped = await createCampaignRows(db, { name: 'amd-hangup-stop', maxTryCounts: [2], targets: [[machine(3)]] });
    await setRules(stopped, [{ outcome: 'MACHINE', action: 'STOP_TARGET' }]);
    await runToEnd(stopped);
    expect((await attemptsOf(stopped, stopped.targetIds[0]!)).map((a) => a.outcome)).toEqual(['MACHINE']);
    expect(await targetOf(stopped.targetIds[0]!)).toMatchObject({ status: 'DONE', result: 'STOPPED' });
  });

  it('LEAVE_MESSAGE: the actions play to the machine, then the target is DONE/VOICEMAIL with outcome MACHINE', async () => {
    const rows = await createCampaignRows(db, { name: 'amd-message', maxTryCounts: [3], targets: [[machine(4)], ['+15553087777']], actions });
    await setRules(rows, [], 'LEAVE_MESSAGE');
    await runToEnd(rows);
    const [voicemail, person] = rows.targetIds;
    // The message played to its end (the actions' own HANGUP ended the call), then the target is done.
    expect(await attemptsOf(rows, voicemail!)).toEqual([{ slot: 0, tryCount: 1, result: 'SUCCESS', outcome: 'MACHINE', reason: 'NORMAL', by: 'LOCAL' }]);
    expect(await targetOf(voicemail!)).toMatchObject({ status: 'DONE', result: 'VOICEMAIL' });
    expect(await targetOf(person!)).toMatchObject({ status: 'DONE', result: 'ANSWERED' });
    const call = await db.prisma.call.findFirstOrThrow({ where: { campaignId: rows.campaignId, destination: { path: ['target'], equals: machine(4) } } });
    expect(call.machineDetection).toBe('LEAVE_MESSAGE');
    expect(call.machineDetectedAt).not.toBeNull();
    expect(call.machineDetectedAt!.getTime()).toBeLessThanOrEqual(call.hangupAt!.getTime());
    const [progress] = await progressByCampaign(db.prisma, rows.customerId, [rows.campaignId]);
    expect(progress).toMatchObject({ targetsVoicemail: 1, targetsAnswered: 1, targetsStopped: 0 });
  });
});

describe('outplanUpdateOutcomeRules', () => {
  const UPDATE = `mutation ($input: OutplanUpdateOutcomeRulesInput!) {
    outplanUpdateOutcomeRules(input: $input) { outplan { version machineDetection outcomeRules { outcome action retryInterval } } userErrors { field message code } }
  }`;
  const CREATE = `mutation { outplanCreate(input: {name: "rules", dialTimeout: 30000, tryInterval: 60000, maxTryCounts: [2]}) { outplan { id version } } }`;

  it('replaces every rule, in outcome order; machineDetection omitted is unchanged', async () => {
    const { id } = (await t.gql(CREATE)).data.outplanCreate.outplan;
    const first = await t.gql(UPDATE, { input: { id, machineDetection: 'LEAVE_MESSAGE', rules: [
      { outcome: 'MACHINE', action: 'STOP_TARGET' }, { outcome: 'BUSY', action: 'RETRY', retryInterval: 120_000 }, { outcome: 'NO_ANSWER', action: 'NEXT_DESTINATION' },
    ] } });
    expect(first.data.outplanUpdateOutcomeRules).toEqual({
      outplan: { version: 2, machineDetection: 'LEAVE_MESSAGE', outcomeRules: [
        { outcome: 'BUSY', action: 'RETRY', retryInterval: 120_000 },
        { outcome: 'NO_ANSWER', action: 'NEXT_DESTINATION', retryInterval: null },
        { outcome: 'MACHINE', action: 'STOP_TARGET', retryInterval: null },
      ] },
      userErrors: [],
    });
    const second = await t.gql(UPDATE, { input: { id, rules: [{ outcome: 'DECLINED', action: 'RETRY' }] } });
    expect(second.data.outplanUpdateOutcomeRules.outplan).toEqual({
      version: 3, machineDetection: 'LEAVE_MESSAGE', outcomeRules: [{ outcome: 'DECLINED', action: 'RETRY', retryInterval: null }],
    });
  });

  it('refuses a second rule for an outcome, a retryInterval without RETRY and one out of range, at their paths, writing nothing', async () => {
    const { id } = (await t.gql(CREATE)).data.outplanCreate.outplan;
    const res = await t.gql(UPDATE, { input: { id, machineDetection: 'OFF', rules: [
      { outcome: 'BUSY', action: 'RETRY', retryInterval: 30 },
      { outcome: 'BUSY', action: 'STOP_TARGET' },
      { outcome: 'DECLINED', action: 'STOP_TARGET', retryInterval: 60_000 },
      { outcome: 'FAILED', action: 'RETRY', retryInterval: 100_000_000 },
    ] } });
    const { outplan, userErrors } = res.data.outplanUpdateOutcomeRules;
    expect(outplan).toBeNull();
    expect(userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code])).toEqual([
      ['input.rules.0.retryInterval', 'INVALID'],
      ['input.rules.1.outcome', 'INVALID'],
      ['input.rules.2.retryInterval', 'INVALID'],
      ['input.rules.3.retryInterval', 'INVALID'],
    ]);
    expect(userErrors[0].message).toMatch(/milliseconds: 30 is 0\.03 s; did you mean 30000\?/);
    expect(userErrors[1].message).toMatch(/BUSY already has one \(rules\[0\]\)/);
    expect(userErrors[2].message).toMatch(/only with action RETRY/);
    expect(userErrors[3].message).toMatch(/0 or 1,000 to 86,400,000 ms/);
    const stored = await db.prisma.outplan.findFirstOrThrow({ where: { name: 'rules', version: 1, machineDetection: 'HANGUP' }, orderBy: { createdAt: 'desc' } });
    expect(stored.outcomeRules).toEqual({});
  });
});
