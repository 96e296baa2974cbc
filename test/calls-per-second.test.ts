// Calls per second (issue 13): a campaign's maxCallsPerSecond holds on the calls' own start times in the database
// (counted per window from the rows, never from timings), on one instance and across two (PostgreSQL only), and the
// engine comes back for the targets the rate held back without waiting for its poll (DIALER_POLL_MS is ten
// minutes here, and the calls ring until their dial timeout, so no ended call wakes it either).
import { describe, expect, it } from 'vitest';
import { twoTestApps, useTestApp } from './helpers/app.ts';
import { createCampaignRows, runCampaign } from './helpers/campaign.ts';
import { onPostgres } from './helpers/db.ts';
import { updateCampaignDialingRules } from '../src/domain/campaign-dialing-rules.ts';
import { updateCampaignStatus } from '../src/domain/campaign-status.ts';

const ENV = { SIMULATOR_TIME_SCALE: '1', DIALER_POLL_MS: '600000' };
const t = useTestApp(ENV);
const deps = () => ({ prisma: t.db.prisma, bus: t.app.services.bus });

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A running campaign of `count` targets that ring until the dial timeout (0004), paced at `rate`; resolves once
 * all are dialed, with the calls' start times (ms), oldest first.
 */
async function pacedCampaign(name: string, count: number, rate: number, wake: () => void): Promise<{ starts: number[]; stop: () => Promise<void> }> {
  const targets = Array.from({ length: count }, (_, i) => [`+1555${name.length}${String(i).padStart(3, '0')}0004`]);
  const rows = await createCampaignRows(t.db, { name, targets, maxTryCounts: [1], maxConcurrentCalls: count, dialTimeout: 60_000, endHandle: 'STOP' });
  expect((await updateCampaignDialingRules(deps(), rows.customerId, { id: rows.campaignId, maxCallsPerSecond: rate })).ok).toBe(true);
  await runCampaign(deps(), rows.customerId, rows.campaignId);
  wake();
  await waitFor(async () => (await t.db.prisma.call.count({ where: { campaignId: rows.campaignId } })) === count, 60_000);
  const calls = await t.db.prisma.call.findMany({ where: { campaignId: rows.campaignId }, orderBy: { createdAt: 'asc' }, select: { createdAt: true, ownerId: true } });
  return {
    starts: calls.map((c) => c.createdAt.getTime()),
    stop: async () => void (await updateCampaignStatus(deps(), rows.customerId, { id: rows.campaignId, status: 'STOP', hangupActiveCalls: true })),
  };
}

/** The most starts in any window of `windowMs` (sliding: each window begins at a start). */
function mostInWindow(starts: number[], windowMs: number): number {
  return Math.max(...starts.map((s) => starts.filter((o) => o >= s && o < s + windowMs).length));
}

describe('maxCallsPerSecond on one instance', () => {
  it('starts at most 4 calls in any second at 4 per second, and dials the rest without waiting for the poll', async () => {
    const { starts, stop } = await pacedCampaign('four', 12, 4, () => t.app.services.dialer.wake());
    expect(starts).toHaveLength(12);
    expect(mostInWindow(starts, 1_000)).toBeLessThanOrEqual(4);
    await stop();
  });

  it('starts one call in any two seconds at 0.5 per second', async () => {
    const { starts, stop } = await pacedCampaign('half', 3, 0.5, () => t.app.services.dialer.wake());
    expect(mostInWindow(starts, 2_000)).toBe(1);
    await stop();
  });
});

describe.skipIf(!onPostgres)('maxCallsPerSecond across two instances on one PostgreSQL', () => {
  const apps = twoTestApps();

  it('holds the rate over the calls of both instances', async () => {
    const { a, b } = await apps.start(t.database, ENV);
    const { starts, stop } = await pacedCampaign('two-instances', 20, 5, () => {
      a.app.services.dialer.wake();
      b.app.services.dialer.wake();
    });
    expect(starts).toHaveLength(20);
    expect(mostInWindow(starts, 1_000)).toBeLessThanOrEqual(5);
    await stop();
  });
});
