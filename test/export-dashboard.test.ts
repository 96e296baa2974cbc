// The dashboard's export links (README "Export"), in headless Chromium: the campaign page downloads its attempts
// and its outdial's targets as CSV with the tab's token (kept in sessionStorage, so a plain link would be a 401).
// The export itself: test/export.test.ts.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { TEST_ADMIN, useTestApp } from './helpers/app.ts';
import { createCampaignRows, runCampaign, waitForCampaign, type CampaignRows } from './helpers/campaign.ts';
import { launchBrowser, requireDashboardBuild, skipWithoutBrowser } from './helpers/browser.ts';
import { exportHeaders } from '../src/domain/results-export.ts';

const t = useTestApp({ SIMULATOR_TIME_SCALE: '1000', DIALER_POLL_MS: '200' });
let rows: CampaignRows;

beforeAll(async () => {
  requireDashboardBuild();
  rows = await createCampaignRows(t.db, { name: 'export links', maxTryCounts: [1], targets: [['+15550107777'], ['+15550100001'], ['+15550117777']] });
  await runCampaign({ prisma: t.db.prisma, bus: t.app.services.bus }, rows.customerId, rows.campaignId);
  await waitForCampaign(t.db, rows.campaignId, (c) => c.status === 'STOP');
});

describe.skipIf(skipWithoutBrowser('test/export-dashboard.test.ts'))('export links on the campaign page', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close().catch(() => {});
  });

  async function downloaded(page: Page, label: string): Promise<{ name: string; records: string[][] }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`a:has-text("${label}")`)]);
    const file = await download.path();
    return { name: download.suggestedFilename(), records: parse(readFileSync(file!, 'utf8')) as string[][] };
  }

  it('downloads the attempts and the targets of the campaign with the signed-in tab\'s token', async () => {
    const context = await browser!.newContext({ acceptDownloads: true });
    try {
      const page = await context.newPage();
      await page.goto(new URL('/dashboard/', t.url).href);
      await page.fill('input[name=username]', TEST_ADMIN.username);
      await page.fill('input[name=password]', TEST_ADMIN.password);
      await page.click('button[type=submit]:has-text("Sign in")');
      await page.click('a:has-text("export links")');
      await page.waitForSelector('[data-testid=status]:text-is("STOP")');

      const attempts = await downloaded(page, 'Attempts (CSV)');
      expect(attempts.name).toBe(`campaign-${rows.campaignId}-attempts.csv`);
      expect(attempts.records[0]).toEqual(exportHeaders('attempts'));
      const calls = await t.db.prisma.campaignCall.findMany({ where: { campaignId: rows.campaignId } });
      expect(attempts.records.slice(1).map((r) => r[0]).sort()).toEqual(calls.map((c) => c.id).sort());

      const targets = await downloaded(page, 'Targets (CSV)');
      expect(targets.name).toBe(`outdial-${rows.outdialId}-targets.csv`);
      expect(targets.records[0]).toEqual(exportHeaders('targets'));
      expect(targets.records.slice(1).map((r) => r[0])).toEqual(rows.targetIds);
      expect(await page.locator('[role=alert]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
