// The dialing rules (issue 13) hold across a crash and with two instances: a campaign of 200 targets under
// calling windows closed in some of their zones (a given zone, or the zones of their numbers) and a bound
// do-not-call list (some targets' slot 0 listed, a middle slot, every slot), killed with SIGKILL mid-run and
// resumed by a new process, and run by two instances at once: never a call to a listed address or to a target
// outside its hours, listed-all targets SUPPRESSED with no call, slot-0-listed ones dialed from slot 1, closed
// ones IDLE with their tries intact, the rest exactly what the outplan prescribes. An address listed while two
// instances dial is never dialed once the add has committed. The engine's clock is fixed in every process of
// the test by DIALER_TEST_CLOCK (a setting refused outside NODE_ENV=test).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPubSub } from 'graphql-yoga';
import { onPostgres, useTestDatabase } from './helpers/db.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { childServers, signalAndWait } from './helpers/child-server.ts';
import { maxConcurrency, orphanEnd, waitUntil } from './helpers/campaign.ts';
import {
  createRulesCampaign, expectRulesHeld, openTargetsEnded, ruleTargets, RULES_CLOCK, type RuleTarget, type RulesCampaign,
} from './helpers/rules-campaign.ts';
import { loadConfig } from '../src/config.ts';
import { EventBus, type TransportPubSub } from '../src/events/bus.ts';
import { createLogger } from '../src/logger.ts';
import { encodeGlobalId } from '../src/graphql/global-id.ts';

const onRedis = Boolean(process.env.REDIS_URL);
// Its own setup, not useTestApp(): the servers are child processes (killed and restarted) and two instances on
// this one database, started inside the tests.
const file = useTestDatabase();

const campaignStatus = async (campaignId: string) => (await file.db.prisma.campaign.findUniqueOrThrow({ where: { id: campaignId } })).status;
const setStatus = (campaignId: string, status: 'RUN' | 'STOP') =>
  file.db.prisma.campaign.update({ where: { id: campaignId }, data: { status, version: { increment: 1 } } });
const dialedTargets = (campaign: RulesCampaign) => campaign.targets.filter((t) => !t.closed && t.rule !== 'ALL_LISTED').length;

describe('DIALER_TEST_CLOCK', () => {
  it('is refused unless NODE_ENV is test, so a fixed clock cannot reach a production dialer', () => {
    expect(() => loadConfig({ DIALER_TEST_CLOCK: RULES_CLOCK, NODE_ENV: 'production' })).toThrow(/DIALER_TEST_CLOCK: is for tests only/);
    expect(() => loadConfig({ DIALER_TEST_CLOCK: RULES_CLOCK })).toThrow(/DIALER_TEST_CLOCK: is for tests only/); // development, the default
    expect(() => loadConfig({ DIALER_TEST_CLOCK: 'tomorrow at nine', NODE_ENV: 'test' })).toThrow(/DIALER_TEST_CLOCK/);
    expect(loadConfig({ DIALER_TEST_CLOCK: RULES_CLOCK, NODE_ENV: 'test' }).DIALER_TEST_CLOCK).toBe(RULES_CLOCK);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'dialgraph-test-secret-0123456789' }).DIALER_TEST_CLOCK).toBeUndefined();
  });
});

describe.skipIf(!onPostgres)('the rules across a crash: a server killed with SIGKILL mid-campaign, resumed by a new process', () => {
  const MAX_TRY_COUNTS = [2, 1, 2, 1, 1];
  const servers = childServers();
  // The test's own writes (the import, the list, the rules) go through the domain, which publishes on a bus: one
  // of its own, not started (no subscriber here; the servers read the outbox).
  let bus: EventBus;
  beforeAll(() => {
    bus = new EventBus({ prisma: file.db.prisma, transport: createPubSub() as TransportPubSub, logger: createLogger('silent'), pollMs: 600_000, retentionMs: 86_400_000, maxPendingEvents: 100_000 });
  });
  afterAll(async () => {
    servers.killAll();
    await bus?.close();
  });

  const startServer = async () => (await servers.start({
    DATABASE_URL: file.database.url, SIMULATOR_TIME_SCALE: '40', HEARTBEAT_MS: '200', INSTANCE_EXPIRY_MS: '1000', DIALER_POLL_MS: '200',
    DIALER_TEST_CLOCK: RULES_CLOCK,
  })).child;

  it('dials nothing listed or outside its hours, before or after the crash; the rest within budget, exactly as prescribed but for the orphans', async () => {
    const first = await startServer(); // creates the default customer
    const campaign = await createRulesCampaign(file.db, { prisma: file.db.prisma, bus }, ruleTargets(200, 7), {
      name: 'rules crash', maxTryCounts: MAX_TRY_COUNTS, tryInterval: 2_000, dialTimeout: 5_000, maxConcurrentCalls: 10,
    });
    // Started as RUN in the database: the child's dialer finds it on its own.
    await setStatus(campaign.campaignId, 'RUN');
    const ended = () => file.db.prisma.campaignCall.count({ where: { campaignId: campaign.campaignId, status: 'DONE' } });
    await waitUntil(async () => (await ended()) >= 60, 60_000, '60 attempts ended');
    await waitUntil(async () => (await file.db.prisma.call.count({ where: { campaignId: campaign.campaignId, status: { not: 'HANGUP' } } })) >= 3, 30_000, 'calls in flight');
    await signalAndWait(first, 'SIGKILL');
    const orphans = await file.db.prisma.call.findMany({ where: { campaignId: campaign.campaignId, status: { not: 'HANGUP' } } });
    expect(orphans.length).toBeGreaterThan(0);

    const second = await startServer();
    await waitUntil(() => openTargetsEnded(file.db, campaign), 90_000, 'every target in its hours to end');
    // Still running: what remains only waits for its window (endHandle STOP does not stop it).
    expect(await campaignStatus(campaign.campaignId)).toBe('RUN');

    // An orphan ended by the new process (FAILED, NORMAL when answered, or a requested end) is not what its script would have
    // done, so its target's later attempts differ from the prescription: those targets are held to the budget.
    const orphaned = new Set((await file.db.prisma.campaignCall.findMany({ where: { callId: { in: orphans.map((o) => o.id) } } })).map((a) => a.outdialTargetId));
    const exactly = await expectRulesHeld(file.db, campaign, MAX_TRY_COUNTS, (id) => !orphaned.has(id));
    expect(exactly).toBe(dialedTargets(campaign) - orphaned.size);
    for (const orphan of await file.db.prisma.call.findMany({ where: { id: { in: orphans.map((o) => o.id) } } })) {
      expect({ by: orphan.hangupBy, reason: orphan.hangupReason }).toEqual({ by: 'LOCAL', reason: orphanEnd(orphans.find((o) => o.id === orphan.id)!) });
    }
    const owners = await file.db.prisma.call.groupBy({ by: ['ownerId'], where: { campaignId: campaign.campaignId }, _count: true });
    expect(owners.map((o) => o.ownerId)).toContain(orphans[0].ownerId);
    expect(owners.length).toBe(2); // the new process dialed the rest

    await signalAndWait(second, 'SIGTERM');
    await setStatus(campaign.campaignId, 'STOP'); // no dialer of a later test rounds over it
  });
});

describe.skipIf(!onPostgres || !onRedis)('the rules with two instances on one PostgreSQL and Redis', () => {
  let a: TestApp;
  let b: TestApp;
  const deps = () => ({ prisma: file.db.prisma, bus: a.app.services.bus });
  beforeAll(async () => {
    const env = {
      REDIS_URL: process.env.REDIS_URL!, SIMULATOR_TIME_SCALE: '50', DIALER_POLL_MS: '100', HEARTBEAT_MS: '500', INSTANCE_EXPIRY_MS: '5000',
      DIALER_TEST_CLOCK: RULES_CLOCK,
    };
    a = await startTestApp(file.database, env);
    b = await startTestApp(file.database, env);
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });
  const instances = () => [a.app.services.telephony.instanceId, b.app.services.telephony.instanceId].sort();
  const run = async (campaignId: string) => {
    await setStatus(campaignId, 'RUN');
    a.app.services.dialer.wake();
    b.app.services.dialer.wake();
  };

  it('make exactly the attempts the outplan and the rules prescribe, each once, nothing listed or outside its hours', async () => {
    const MAX_TRY_COUNTS = [2, 1, 3, 0, 1];
    const campaign = await createRulesCampaign(file.db, deps(), ruleTargets(200, 99), {
      name: 'rules two', maxTryCounts: MAX_TRY_COUNTS, tryInterval: 1_000, dialTimeout: 5_000, maxConcurrentCalls: 12,
    });
    await run(campaign.campaignId);
    await waitUntil(() => openTargetsEnded(file.db, campaign), 60_000, 'every target in its hours to end');
    expect(await campaignStatus(campaign.campaignId)).toBe('RUN');

    expect(await expectRulesHeld(file.db, campaign, MAX_TRY_COUNTS, () => true)).toBe(dialedTargets(campaign));
    const attempts = await file.db.prisma.campaignCall.findMany({ where: { campaignId: campaign.campaignId }, include: { call: true } });
    expect([...new Set(attempts.map((x) => x.call!.ownerId))].sort()).toEqual(instances());
    expect(maxConcurrency(attempts)).toBeLessThanOrEqual(12);
    await setStatus(campaign.campaignId, 'STOP');
  });

  it('never dial an address added to a bound list mid-run once the add has committed', async () => {
    // Busy numbers with many tries and a short interval: the campaign is still retrying them all when half are listed.
    const targets: RuleTarget[] = Array.from({ length: 10 }, (_, i) => ({
      name: `busy ${i}`, rule: 'PLAIN', destinations: [`+1555${900 + i}0001`], listed: [], closed: false,
    }));
    const campaign = await createRulesCampaign(file.db, deps(), targets, { name: 'rules mid-run', maxTryCounts: [40], tryInterval: 1_000, maxConcurrentCalls: 6 });
    await run(campaign.campaignId);
    const calls = () => file.db.prisma.call.findMany({ where: { campaignId: campaign.campaignId } });
    const target = (c: { destination: unknown }) => (c.destination as { target: string }).target;
    // Every target dialed twice, by both instances between them, before the add.
    await waitUntil(async () => {
      const so = await calls();
      return targets.every((t) => so.filter((c) => target(c) === t.destinations[0]).length >= 2) && new Set(so.map((c) => c.ownerId)).size === 2;
    }, 30_000, 'both instances to dial every target twice');

    const late = targets.slice(0, 5).map((t) => t.destinations[0]);
    const added = await a.gql(
      'mutation($input: DncEntriesInput!) { dncEntriesAdd(input: $input) { added userErrors { code message } } }',
      { input: { dncListId: encodeGlobalId('DncList', campaign.dncListId), addresses: late, reason: 'asked mid-campaign' } },
    );
    expect(added.data?.dncEntriesAdd).toEqual({ added: 5, userErrors: [] });
    // The add has committed by now: read on the clock that stamps every call (the database's, in milliseconds). A
    // round's call is stamped just after its statement's snapshot, so only a round whose snapshot predates the
    // commit and that stalled past this read could stamp a listed call later (not seen in any run).
    const [{ at: committedBy }] = await file.db.prisma.$queryRaw<{ at: Date }[]>`SELECT date_trunc('milliseconds', clock_timestamp()) AS at`;

    await waitUntil(async () => (await campaignStatus(campaign.campaignId)) === 'STOP', 60_000, 'the campaign to finish');
    const all = await calls();
    expect(all.filter((c) => late.includes(target(c)) && c.createdAt > committedBy).map((c) => `${target(c)} at ${c.createdAt.toISOString()}`)).toEqual([]);
    // The others went on being dialed after the add, to the end of their budget.
    expect(all.filter((c) => !late.includes(target(c)) && c.createdAt > committedBy).length).toBeGreaterThan(0);
    const finals = await file.db.prisma.outdialTarget.findMany({ where: { outdialId: campaign.outdialId }, orderBy: { name: 'asc' } });
    for (const row of finals) {
      const listed = late.includes(target({ destination: row.destination0 }));
      if (listed) expect({ name: row.name, result: row.result, spare: row.tryCount0 < 40 }).toEqual({ name: row.name, result: 'SUPPRESSED', spare: true });
      else expect({ name: row.name, result: row.result, tries: row.tryCount0 }).toEqual({ name: row.name, result: 'EXHAUSTED', tries: 40 });
    }
  });
});
