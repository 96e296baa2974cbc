// The one place the browser tests find headless Chromium and the built dashboard. Without Chromium they skip,
// saying so, unless the run requires a browser (REQUIRE_BROWSER=1, set by .ci/run): then they fail, so a CI
// machine that lost its Chromium cannot pass with the browser tests silently skipped.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, LaunchOptions } from 'playwright-core';
import { DASHBOARD_DIST } from '../../src/dashboard.ts';

/** CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const required = process.env.REQUIRE_BROWSER === '1';
const present = existsSync(CHROMIUM_PATH);

/** For `describe.skipIf`: true only when there is no Chromium and the run does not require one. */
export function skipWithoutBrowser(file: string): boolean {
  if (present || required) return false;
  console.warn(`${file}: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH, or apt-get install chromium), so its browser tests are skipped; REQUIRE_BROWSER=1 makes that a failure.`);
  return true;
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function executablePath(): string {
  if (!present) throw new Error(`REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  return CHROMIUM_PATH;
}

/** Headless Chromium with the flags every browser test uses (no sandbox in containers, no background traffic). */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ headless: true, args: ARGS, ...options, executablePath: executablePath() });
}

/** The same, with a persistent profile in `profileDir`. */
export async function launchPersistentBrowser(profileDir: string): Promise<BrowserContext> {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(profileDir, { headless: true, args: ARGS, executablePath: executablePath() });
}

/** Throws unless dashboard/dist has been built: a test of the dashboard must not pass against a 503 page. */
export function requireDashboardBuild(): void {
  if (!existsSync(path.join(DASHBOARD_DIST, 'index.html'))) {
    throw new Error(`dashboard/dist is missing (${DASHBOARD_DIST}): run \`npm run dashboard:build\` (npm test does, through scripts/prepare.ts)`);
  }
}
