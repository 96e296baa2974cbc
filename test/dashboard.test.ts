// The live dashboard at /dashboard in headless Chromium, every request to another origin aborted (so it works
// offline): sign-in (password, pasted token, refusals shown), and campaigns of 20 simulated targets run from the
// page to 100%, its counts equal to the database's, without a reload, across a dropped socket too; Run off once
// nothing is left, the list's row kept live, Stop mid-run, and the list's "More" page merged.
// Its routes and its operations' costs: test/dashboard-routes.test.ts.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { TEST_ADMIN, useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';
import { launchBrowser, requireDashboardBuild, skipWithoutBrowser } from './helpers/browser.ts';

// 50x: a call rings 20 to 60 ms; the 20 targets take well under 10 s at 5 calls at once.
const t = useTestApp({ SIMULATOR_TIME_SCALE: '50', DIALER_POLL_MS: '500' });
const origin = () => new URL(t.url).origin;

const OUTPLAN_CREATE = graphql(`
  mutation OutplanCreateForDashboardTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }
`);
const OUTDIAL_CREATE = graphql(`
  mutation OutdialCreateForDashboardTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }
`);
const TARGETS_CREATE = graphql(`
  mutation OutdialTargetsCreateForDashboardTest($i: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $i) { createdCount userErrors { message } } }
`);
const CAMPAIGN_CREATE = graphql(`
  mutation CampaignCreateForDashboardTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id uuid } userErrors { message } } }
`);

const CAMPAIGN_NAME = 'dashboard twenty';
let campaign: { id: string; uuid: string };
/** Stopped from the page mid-run: one call at a time, so the 20 targets take long enough for Stop to land. */
let stopCampaign: { id: string; uuid: string };

/** A STOP campaign of 20 one-destination targets; every 4th number is scripted busy (0001) and, with one try, ends EXHAUSTED. */
async function createCampaign(name: string, prefix: string, maxConcurrentCalls = 5): Promise<{ id: string; uuid: string; numbers: string[] }> {
  const outplan = (await t.gql(OUTPLAN_CREATE, {
    i: { name, source: { type: 'TEL', target: '+15550100000' }, dialTimeout: 10_000, tryInterval: 0, maxTryCounts: [1] },
  })).data!.outplanCreate.outplan!;
  const outdial = (await t.gql(OUTDIAL_CREATE, { i: { name } })).data!.outdialCreate.outdial!;
  const numbers = Array.from({ length: 20 }, (_, i) => `+1555${prefix}${String(i).padStart(2, '0')}${i % 4 === 0 ? '0001' : '7777'}`);
  const targets = numbers.map((target, i) => ({ name: `target ${i}`, destinations: [{ type: 'TEL' as const, target }] }));
  const created = await t.gql(TARGETS_CREATE, { i: { outdialId: outdial.id, targets } });
  expect(created.data?.outdialTargetsCreate.createdCount, JSON.stringify(created)).toBe(20);
  const res = await t.gql(CAMPAIGN_CREATE, {
    i: { name, outplanId: outplan.id, outdialId: outdial.id, maxConcurrentCalls, actions: [{ talk: { text: 'Hi.', language: 'en-US' } }] },
  });
  expect(res.data?.campaignCreate.userErrors, JSON.stringify(res)).toEqual([]);
  return { ...res.data!.campaignCreate.campaign!, numbers };
}

beforeAll(async () => {
  requireDashboardBuild();
  campaign = await createCampaign(CAMPAIGN_NAME, '2');
  stopCampaign = await createCampaign('dashboard stop', '5', 1);
});

describe.skipIf(skipWithoutBrowser('test/dashboard.test.ts'))('dashboard in Chromium, offline', () => {
  let browser: Browser | undefined;
  const blocked: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  /** The first test's tab, signed in, left on the campaign list for the Stop test. */
  let firstTab: { context: BrowserContext; page: Page } | undefined;
  afterAll(async () => {
    await browser?.close().catch(() => {});
  });

  /** A fresh tab (its own sessionStorage) where every request to another origin is aborted and recorded. */
  async function openTab(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser!.newContext();
    await context.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (u.origin === origin() || u.protocol === 'data:' || u.protocol === 'blob:') return route.continue();
      blocked.push(u.href);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    return { context, page };
  }

  async function pageCounts(page: Page): Promise<Record<string, number>> {
    return page.$$eval('[data-count]', (els) => Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.count!, Number(e.textContent)])));
  }

  async function databaseCounts(campaignUuid: string): Promise<Record<string, number>> {
    const { prisma } = t.db;
    const row = await prisma.campaign.findUniqueOrThrow({ where: { id: campaignUuid } });
    const targets = await prisma.outdialTarget.findMany({ where: { outdialId: row.outdialId!, deletedAt: null }, select: { status: true, result: true } });
    const attempts = await prisma.campaignCall.findMany({ where: { campaignId: campaignUuid, deletedAt: null }, select: { status: true } });
    const count = <T,>(rows: T[], f: (x: T) => boolean) => rows.filter(f).length;
    return {
      targetsTotal: targets.length,
      targetsIdle: count(targets, (x) => x.status === 'IDLE'),
      targetsProgressing: count(targets, (x) => x.status === 'PROGRESSING'),
      targetsDone: count(targets, (x) => x.status === 'DONE'),
      targetsAnswered: count(targets, (x) => x.status === 'DONE' && x.result === 'ANSWERED'),
      targetsExhausted: count(targets, (x) => x.status === 'DONE' && x.result === 'EXHAUSTED'),
      targetsSuppressed: count(targets, (x) => x.status === 'DONE' && x.result === 'SUPPRESSED'),
      targetsStopped: count(targets, (x) => x.status === 'DONE' && x.result === 'STOPPED'),
      targetsVoicemail: count(targets, (x) => x.status === 'DONE' && x.result === 'VOICEMAIL'),
      callsInFlight: count(attempts, (x) => x.status !== 'DONE'),
      attempts: attempts.length,
    };
  }

  /** Signs in with the password, opens the campaign, checks it is untouched, presses Run and waits for 100%. */
  async function runFromPage(page: Page, name: string): Promise<void> {
    await page.fill('input[name=username]', TEST_ADMIN.username);
    await page.fill('input[name=password]', TEST_ADMIN.password);
    await page.click('button[type=submit]:has-text("Sign in")');
    await page.click(`a:has-text("${name}")`);
    await page.waitForSelector('[data-testid=status]:text-is("STOP")');
    await page.waitForSelector('[data-testid=socket]:has-text("connected")');
    expect(await pageCounts(page)).toMatchObject({ targetsTotal: 20, targetsIdle: 20, targetsDone: 0, attempts: 0 });
    // Before Run: the preflight says what would be skipped (nothing: no dialing rules, every target dialable).
    await page.waitForSelector('[data-testid=preflight]:has-text("0 of 20 targets will be skipped")');
    await page.click('button:has-text("Run")');
    await page.waitForSelector('[data-testid=percent]:has-text("100%")', { timeout: 30_000 });
  }

  /** Once the campaign settled in the database (STOP, nothing in flight), the page shows its counts, from events alone. */
  async function expectPageShowsDatabase(page: Page, campaignUuid: string): Promise<void> {
    await expect.poll(async () => (await t.db.prisma.campaign.findUniqueOrThrow({ where: { id: campaignUuid } })).status, { timeout: 15_000 }).toBe('STOP');
    const expected = await databaseCounts(campaignUuid);
    expect(expected).toMatchObject({ targetsTotal: 20, targetsDone: 20, targetsAnswered: 15, targetsExhausted: 5, callsInFlight: 0, attempts: 20 });
    await expect.poll(() => pageCounts(page), { timeout: 15_000 }).toEqual(expected);
    await page.waitForSelector('[data-testid=status]:text-is("STOP")');
  }

  /** The rows of the page's stream of call changes. */
  const streamedChanges = (page: Page) =>
    page.$$eval('table.calls tbody tr', (rows) => rows.map((r) => ({ key: (r as HTMLElement).dataset.change!, cells: [...r.querySelectorAll('td')].map((td) => td.textContent ?? '') })));

  it('signs in with a password, runs a campaign of 20 targets to 100% and shows the database\'s counts, without a reload', async () => {
    const { context, page } = await openTab();
    let keep = false;
    try {
      let loads = 0;
      page.on('load', () => loads++);
      await page.goto(`${origin()}/dashboard`);
      await page.evaluate(() => ((window as unknown as { loadedOnce: string }).loadedOnce = 'yes'));
      await runFromPage(page, CAMPAIGN_NAME);
      await expectPageShowsDatabase(page, campaign.uuid);
      // The stream of call changes saw the calls end.
      const streamed = await streamedChanges(page);
      expect(streamed.filter((r) => r.cells[2] === 'HANGUP').length).toBeGreaterThan(0);
      // Every target done: Run is off and says why, and no "0 of 0 targets will be skipped".
      await page.waitForSelector('[data-testid=nothing-left]:has-text("Nothing left to dial")');
      expect(await page.isDisabled('button:has-text("Run")')).toBe(true);
      expect(await page.locator('[data-testid=preflight]').count()).toBe(0);

      mkdirSync('test-results', { recursive: true });
      await page.screenshot({ path: 'test-results/dashboard.png', fullPage: true });
      // Back in the list (in the page, no reload): its row was kept live too.
      await page.click('a:has-text("← Campaigns")');
      const row = page.locator(`tr[data-campaign="${CAMPAIGN_NAME}"]`);
      await row.locator('.status:text-is("STOP")').waitFor();
      expect(await row.locator('[data-testid=percent]').textContent()).toBe('100%');
      expect(await row.locator('td').nth(3).textContent()).toBe('20 / 20');
      expect(loads).toBe(1);
      expect(await page.evaluate(() => (window as unknown as { loadedOnce?: string }).loadedOnce)).toBe('yes');
      expect(blocked).toEqual([]);
      expect(pageErrors).toEqual([]);
      firstTab = { context, page };
      keep = true;
    } finally {
      if (!keep) await context.close();
    }
  });

  it('stops a running campaign from the page: STOPPING, then STOP with the rest of the targets idle, and Run again offered', async () => {
    // The first test's tab, signed in and back on the list (a new tab would spend seconds signing in again).
    if (!firstTab) throw new Error('the first test failed, so there is no signed-in tab to stop a campaign from');
    const { context, page } = firstTab;
    try {
      await page.click('a:has-text("dashboard stop")');
      await page.waitForSelector('[data-testid=preflight]:has-text("0 of 20 targets will be skipped")');
      await page.click('button:has-text("Run")');
      await page.waitForSelector('[data-testid=status]:has-text("RUN")');
      await expect.poll(async () => (await pageCounts(page)).attempts, { timeout: 15_000 }).toBeGreaterThan(0);
      // Every status the page shows from here on (STOPPING may last less than a poll).
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { statuses: string[] }).statuses = seen;
        const record = () => {
          const text = document.querySelector('[data-testid=status]')?.textContent ?? '';
          if (seen.at(-1) !== text) seen.push(text);
        };
        new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await page.click('button:has-text("Stop")');
      await expect.poll(async () => (await t.db.prisma.campaign.findUniqueOrThrow({ where: { id: stopCampaign.uuid } })).status, { timeout: 15_000 }).toBe('STOP');
      await page.waitForSelector('[data-testid=status]:text-is("STOP")');
      // After RUN: STOPPING while the call in flight ends (unless both came in one render), then STOP.
      const statuses = await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
      expect([['STOPPING', 'STOP'], ['STOP']]).toContainEqual(statuses.slice(statuses.lastIndexOf('RUN') + 1));

      const expected = await databaseCounts(stopCampaign.uuid);
      expect(expected.callsInFlight).toBe(0);
      expect(expected.targetsIdle).toBeGreaterThan(0);
      await expect.poll(() => pageCounts(page), { timeout: 15_000 }).toEqual(expected);
      expect(await page.textContent('[data-testid=percent]')).not.toBe('100%');
      // Targets are left: Run is offered again, with the preflight over those left.
      await page.waitForSelector(`[data-testid=preflight]:has-text("0 of ${expected.targetsIdle} targets will be skipped")`);
      expect(await page.isDisabled('button:has-text("Run")')).toBe(false);
      expect(await page.locator('[data-testid=nothing-left]').count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('after the live connection drops, resubscribes from the last event seen and misses no call change', async () => {
    const second = await createCampaign('dashboard reconnect', '3');
    const { context, page } = await openTab();
    try {
      // Every graphql-ws socket of the page goes through this proxy. The first one is closed (1012, Service
      // Restart: graphql-ws retries it) after the page got 8 call changes; the campaign dials on meanwhile.
      let sockets = 0;
      let lastSeenBeforeDrop: string | undefined;
      const resubscribed: { since?: string | null }[] = [];
      await page.routeWebSocket(/\/graphql$/, (ws) => {
        const n = ++sockets;
        const server = ws.connectToServer();
        let callChanges = 0;
        ws.onMessage((message) => {
          const parsed = JSON.parse(String(message));
          if (n > 1 && parsed.type === 'subscribe' && String(parsed.payload.query).includes('callStatusChanged')) resubscribed.push(parsed.payload.variables);
          server.send(message);
        });
        server.onMessage((message) => {
          const change = JSON.parse(String(message)).payload?.data?.callStatusChanged;
          if (n > 1 || !change || lastSeenBeforeDrop) return ws.send(message);
          ws.send(message);
          if (++callChanges === 8) {
            lastSeenBeforeDrop = change.updatedAt ?? change.createdAt;
            void ws.close({ code: 1012, reason: 'test restart' });
            void server.close();
          }
        });
      });
      await page.goto(`${origin()}/dashboard/`);
      await runFromPage(page, 'dashboard reconnect');
      await expectPageShowsDatabase(page, second.uuid);

      expect(sockets).toBeGreaterThanOrEqual(2);
      expect(lastSeenBeforeDrop).toBeDefined();
      // graphql-ws resends its own subscribe (no since); the dashboard's own starts from the last change it saw.
      expect(resubscribed.map((v) => v.since)).toContain(lastSeenBeforeDrop);
      // Every call's end is on the page, those during the outage included (replayed), each change once.
      const streamed = await streamedChanges(page);
      const ended = new Set(streamed.filter((r) => r.cells[2] === 'HANGUP').map((r) => r.cells[1]));
      expect([...ended].sort()).toEqual([...second.numbers].sort());
      expect(new Set(streamed.map((r) => r.key)).size).toBe(streamed.length);
      await page.waitForSelector('[data-testid=socket]:has-text("connected")');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opens a campaign last changed before the outbox\'s retention: subscribes without since and stays live', async () => {
    const old = await createCampaign('dashboard old', '4');
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    await t.db.prisma.campaign.update({ where: { id: old.uuid }, data: { createdAt: twoDaysAgo, updatedAt: twoDaysAgo } });
    const { context, page } = await openTab();
    try {
      const progressSubscribes: { since?: string | null }[] = [];
      page.on('websocket', (ws) => ws.on('framesent', ({ payload }) => {
        const message = JSON.parse(String(payload));
        if (message.type === 'subscribe' && String(message.payload.query).includes('campaignProgressChanged(campaignId: $campaignId') && message.payload.variables.campaignId) {
          progressSubscribes.push(message.payload.variables);
        }
      }));
      await page.goto(`${origin()}/dashboard/campaigns/${encodeURIComponent(old.id)}`);
      await page.fill('input[name=username]', TEST_ADMIN.username);
      await page.fill('input[name=password]', TEST_ADMIN.password);
      await page.click('button[type=submit]:has-text("Sign in")');
      await page.waitForSelector('[data-testid=status]:text-is("STOP")');
      // The first try (since = its updatedAt) is refused as too old; the second has no since.
      await expect.poll(() => progressSubscribes.map((v) => v.since ?? null)).toEqual([twoDaysAgo.toISOString(), null]);
      const run = await t.gql('mutation($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { userErrors { message } } }', { id: old.id });
      expect(run.data?.campaignUpdateStatus.userErrors).toEqual([]);
      await page.waitForSelector('[data-testid=percent]:has-text("100%")', { timeout: 30_000 });
      expect(await page.isVisible('text=Live progress stopped')).toBe(false);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('signs in with a pasted token, kept for the tab across a reload; the list\'s More merges the next page', async () => {
    // 20 more campaigns, older than the others (the list is newest first): two pages.
    const fillers = await Promise.all(Array.from({ length: 20 }, (_, i) => t.gql(CAMPAIGN_CREATE, { i: { name: `filler ${String(i).padStart(2, '0')}` } })));
    expect(fillers.map((r) => r.data?.campaignCreate.userErrors)).toEqual(fillers.map(() => []));
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
    await t.db.prisma.campaign.updateMany({ where: { name: { startsWith: 'filler ' } }, data: { createdAt: threeDaysAgo } });
    const total = await t.db.prisma.campaign.count({ where: { deletedAt: null } });
    expect(total).toBeGreaterThan(20);
    const { context, page } = await openTab();
    try {
      await page.goto(`${origin()}/dashboard/`);
      await page.fill('textarea[name=token]', `Bearer ${t.token}`);
      await page.click('button:has-text("Use this token")');
      await page.waitForSelector(`header .who:has-text("${TEST_ADMIN.username} (SUPERADMIN)")`);
      await page.waitForSelector(`a:has-text("${CAMPAIGN_NAME}")`);
      const rowNames = () => page.$$eval('table.campaigns tbody tr', (rows) => rows.map((r) => (r as HTMLElement).dataset.campaign!));
      expect(await rowNames()).toHaveLength(20);
      await page.click('button:has-text("More")');
      await expect.poll(rowNames).toHaveLength(total);
      const names = await rowNames();
      expect(new Set(names).size).toBe(total);
      expect(names.slice(-20).sort()).toEqual(fillers.map((_, i) => `filler ${String(i).padStart(2, '0')}`));
      expect(await page.locator('button:has-text("More")').count()).toBe(0);
      expect(await page.evaluate(() => sessionStorage.getItem('dialgraph.token'))).toBe(t.token);
      await page.reload();
      await page.waitForSelector(`header .who:has-text("${TEST_ADMIN.username} (SUPERADMIN)")`);
      expect(blocked).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows why a wrong password or a wrong token is refused, and keeps no token', async () => {
    const { context, page } = await openTab();
    try {
      await page.goto(`${origin()}/dashboard/`);
      await page.fill('input[name=username]', TEST_ADMIN.username);
      await page.fill('input[name=password]', 'not the password');
      await page.click('button[type=submit]:has-text("Sign in")');
      await page.waitForSelector('[role=alert]:has-text("Wrong username or password.")');

      await page.fill('textarea[name=token]', 'not-a-token');
      await page.click('button:has-text("Use this token")');
      await page.waitForSelector('[role=alert]:has-text("Token refused")');
      expect(await page.evaluate(() => sessionStorage.getItem('dialgraph.token'))).toBeNull();
      expect(await page.isVisible('input[name=password]')).toBe(true);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
