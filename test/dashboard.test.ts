// The live dashboard at /dashboard: its routes (index.html for the SPA's paths, assets with their types and
// cache headers, nothing outside the build, `/` linking it and GraphiQL), and, in headless Chromium with every
// request to another origin aborted (so it works offline), sign-in and a campaign of 20 simulated targets run
// from the page to 100%, its counts equal to the database's, without a reload.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { TEST_ADMIN, useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';
import { createDashboardRoutes, DASHBOARD_DIST } from '../src/dashboard.ts';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`test/dashboard.test.ts: ${CHROMIUM} is missing, so the browser tests are skipped (.ci/run installs it).`);

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

beforeAll(async () => {
  if (!existsSync(path.join(DASHBOARD_DIST, 'index.html'))) throw new Error('dashboard/dist is missing: run `npm run dashboard:build` (npm test does)');
  // 20 one-destination targets; every 4th number is scripted busy (0001) and, with one try, ends EXHAUSTED.
  const outplan = (await t.gql(OUTPLAN_CREATE, {
    i: { name: CAMPAIGN_NAME, source: { type: 'TEL', target: '+15550100000' }, dialTimeout: 10_000, tryInterval: 0, maxTryCounts: [1] },
  })).data!.outplanCreate.outplan!;
  const outdial = (await t.gql(OUTDIAL_CREATE, { i: { name: CAMPAIGN_NAME } })).data!.outdialCreate.outdial!;
  const targets = Array.from({ length: 20 }, (_, i) => ({
    name: `target ${i}`, destinations: [{ type: 'TEL' as const, target: `+15552${String(i).padStart(2, '0')}${i % 4 === 0 ? '0001' : '7777'}` }],
  }));
  const created = await t.gql(TARGETS_CREATE, { i: { outdialId: outdial.id, targets } });
  expect(created.data?.outdialTargetsCreate.createdCount, JSON.stringify(created)).toBe(20);
  const res = await t.gql(CAMPAIGN_CREATE, {
    i: { name: CAMPAIGN_NAME, outplanId: outplan.id, outdialId: outdial.id, maxConcurrentCalls: 5, actions: [{ talk: { text: 'Hi.', language: 'en-US' } }] },
  });
  expect(res.data?.campaignCreate.userErrors, JSON.stringify(res)).toEqual([]);
  campaign = res.data!.campaignCreate.campaign!;
});

/** A GET with the path sent exactly as written (fetch would resolve `..` before sending it). */
function rawGet(url: string, rawPath: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const req = httpRequest({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('dashboard routes', () => {
  it('serves index.html at /dashboard and every path of the page, revalidated each time', async () => {
    for (const p of ['/dashboard', '/dashboard/', `/dashboard/campaigns/${encodeURIComponent(campaign.id)}`]) {
      const res = await fetch(origin() + p);
      expect(res.status, p).toBe(200);
      expect(res.headers.get('content-type'), p).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control'), p).toBe('no-cache');
      const html = await res.text();
      expect(html, p).toContain('<div id="root"></div>');
    }
  });

  it('serves the built assets with their types and a year of caching, and no URL of another origin', async () => {
    const html = await (await fetch(`${origin()}/dashboard/`)).text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.some((a) => a.endsWith('.js')) && assets.some((a) => a.endsWith('.css'))).toBe(true);
    expect(assets.filter((a) => /^(https?:)?\/\//.test(a))).toEqual([]);
    for (const asset of assets) {
      expect(asset).toMatch(/^\/dashboard\/assets\//);
      const res = await fetch(origin() + asset);
      expect(res.status, asset).toBe(200);
      expect(res.headers.get('content-type'), asset).toMatch(asset.endsWith('.js') ? /^text\/javascript/ : /^text\/css/);
      expect(res.headers.get('cache-control'), asset).toBe('public, max-age=31536000, immutable');
    }
    // A missing asset is a 404, not index.html under a script's name.
    expect((await fetch(`${origin()}/dashboard/assets/missing-0000.js`)).status).toBe(404);
  });

  it('answers nothing outside the build directory', async () => {
    for (const p of ['/dashboard/../package.json', '/dashboard/..%2fpackage.json', '/dashboard/%2e%2e/package.json', '/dashboard/..%5cpackage.json', '/dashboard/../../etc/passwd']) {
      const res = await rawGet(t.url, p);
      expect(res.status, p).toBe(404);
      expect(res.body, p).not.toContain('"dependencies"');
      expect(res.body, p).not.toContain('root:');
    }
    expect((await fetch(`${origin()}/dashboard/`, { method: 'POST' })).status).toBe(405);
  });

  it('answers / with a page linking the dashboard and GraphiQL, and leaves /graphql to the API', async () => {
    const res = await fetch(`${origin()}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('href="/dashboard/"');
    expect(html).toContain('href="/graphql"');
    expect((await t.gql('{ viewer { username } }')).data).toEqual({ viewer: { username: TEST_ADMIN.username } });
  });

  it('answers 503 saying how to build it when the build is missing', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'dialgraph-no-dashboard-'));
    const routes = createDashboardRoutes(`${empty}/`);
    const server = createServer((req, res) => {
      if (!routes(req, res)) res.writeHead(418).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      const res = await fetch(`${url}/dashboard/`);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm run dashboard:build');
      expect((await fetch(`${url}/graphql`)).status).toBe(418); // not the dashboard's: handed on
    } finally {
      server.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!haveChromium)('dashboard in Chromium, offline', () => {
  let browser: Browser | undefined;
  const blocked: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
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

  async function databaseCounts(): Promise<Record<string, number>> {
    const { prisma } = t.db;
    const row = await prisma.campaign.findUniqueOrThrow({ where: { id: campaign.uuid } });
    const targets = await prisma.outdialTarget.findMany({ where: { outdialId: row.outdialId!, deletedAt: null }, select: { status: true, result: true } });
    const attempts = await prisma.campaignCall.findMany({ where: { campaignId: campaign.uuid, deletedAt: null }, select: { status: true } });
    const count = (f: (x: { status: string; result?: string | null }) => boolean, rows: { status: string; result?: string | null }[]) => rows.filter(f).length;
    return {
      targetsTotal: targets.length,
      targetsIdle: count((x) => x.status === 'IDLE', targets),
      targetsProgressing: count((x) => x.status === 'PROGRESSING', targets),
      targetsDone: count((x) => x.status === 'DONE', targets),
      targetsAnswered: count((x) => x.status === 'DONE' && x.result === 'ANSWERED', targets),
      targetsExhausted: count((x) => x.status === 'DONE' && x.result === 'EXHAUSTED', targets),
      callsInFlight: count((x) => x.status !== 'DONE', attempts),
      attempts: attempts.length,
    };
  }

  it('signs in with a password, runs a campaign of 20 targets to 100% and shows the database\'s counts, without a reload', async () => {
    const { context, page } = await openTab();
    try {
      let loads = 0;
      page.on('load', () => loads++);
      await page.goto(`${origin()}/dashboard`);
      await page.evaluate(() => ((window as unknown as { loadedOnce: string }).loadedOnce = 'yes'));

      await page.fill('input[name=username]', TEST_ADMIN.username);
      await page.fill('input[name=password]', TEST_ADMIN.password);
      await page.click('button[type=submit]:has-text("Sign in")');
      await page.click(`a:has-text("${CAMPAIGN_NAME}")`);
      await page.waitForSelector('[data-testid=status]:has-text("STOP")');
      await page.waitForSelector('[data-testid=socket]:has-text("connected")');
      expect(await pageCounts(page)).toMatchObject({ targetsTotal: 20, targetsIdle: 20, targetsDone: 0, attempts: 0 });

      await page.click('button:has-text("Run")');
      await page.waitForSelector('[data-testid=percent]:has-text("100%")', { timeout: 30_000 });
      // The campaign settles (STOP, no attempt in flight) in the database; the page follows from its events alone.
      await expect.poll(async () => (await t.db.prisma.campaign.findUniqueOrThrow({ where: { id: campaign.uuid } })).status, { timeout: 15_000 }).toBe('STOP');
      const expected = await databaseCounts();
      expect(expected).toMatchObject({ targetsTotal: 20, targetsDone: 20, targetsAnswered: 15, targetsExhausted: 5, callsInFlight: 0, attempts: 20 });
      await expect.poll(() => pageCounts(page), { timeout: 10_000 }).toEqual(expected);
      await page.waitForSelector('[data-testid=status]:has-text("STOP")');
      // The stream of call changes saw the calls end.
      const streamed = await page.$$eval('table.calls tbody tr', (rows) => rows.map((r) => r.textContent ?? ''));
      expect(streamed.filter((r) => r.includes('HANGUP')).length).toBeGreaterThan(0);

      mkdirSync('test-results', { recursive: true });
      await page.screenshot({ path: 'test-results/dashboard.png', fullPage: true });
      expect(loads).toBe(1);
      expect(await page.evaluate(() => (window as unknown as { loadedOnce?: string }).loadedOnce)).toBe('yes');
      expect(blocked).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('signs in with a pasted token, kept for the tab across a reload', async () => {
    const { context, page } = await openTab();
    try {
      await page.goto(`${origin()}/dashboard/`);
      await page.fill('textarea[name=token]', `Bearer ${t.token}`);
      await page.click('button:has-text("Use this token")');
      await page.waitForSelector(`header .who:has-text("${TEST_ADMIN.username} (SUPERADMIN)")`);
      await page.waitForSelector(`a:has-text("${CAMPAIGN_NAME}")`);
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
