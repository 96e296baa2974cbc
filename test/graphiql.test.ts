// GraphiQL loads and runs a query in headless Chromium with every non-loopback request blocked:
// the page must be fully self-contained (no CDN assets, no telemetry).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';
import { launchPersistentBrowser, skipWithoutBrowser } from './helpers/browser.ts';

const skip = skipWithoutBrowser('test/graphiql.test.ts');

const t = useTestApp();
let profileDir: string | undefined;
let context: BrowserContext | undefined;

const CREATE = graphql(`
  mutation OutplanCreateForGraphiqlTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }
`);

beforeAll(async () => {
  if (skip) return;
  // One outplan so the result is not just the zero a broken resolver might also produce.
  const created = await t.gql(CREATE, {
    input: { name: 'graphiql outplan', source: { type: 'TEL', target: '+15559876543' }, dialTimeout: 30000, tryInterval: 600000, maxTryCounts: [1] },
  });
  expect(created.errors).toBeUndefined();
  expect(created.data?.outplanCreate.userErrors).toEqual([]);
});
afterAll(async () => {
  await context?.close().catch(() => {});
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

describe('GraphiQL', () => {
  it.skipIf(skip)('loads offline and runs a query from ?query=', async () => {
    profileDir = mkdtempSync(path.join(tmpdir(), 'dialgraph-chromium-'));
    context = await launchPersistentBrowser(profileDir);
    // The browser authenticates with the `token` cookie (GraphiQL's JSON POSTs pass the CSRF check).
    await context.addCookies([{ name: 'token', value: t.token, url: new URL(t.url).origin }]);
    const blocked: string[] = [];
    const consoleErrors: string[] = [];
    await context.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (['127.0.0.1', 'localhost'].includes(u.hostname) || u.protocol === 'blob:' || u.protocol === 'data:') return route.continue();
      blocked.push(u.href);
      return route.abort();
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(String(err)));

    // Typed into GraphiQL through ?query= and sent by the browser, whose answer is read as page text: a plain string.
    const query = '{ outplans { totalCount } }';
    const response = await page.goto(`${t.url}?query=${encodeURIComponent(query)}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toMatch(/text\/html/);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 45_000 });
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => /"totalCount":\s*\d+/.test(document.querySelector('.result-window')?.textContent ?? ''), undefined, { timeout: 20_000 });
    const result = (await page.textContent('.result-window')) ?? '';
    expect(result.replace(/\s+/g, '')).toContain('{"data":{"outplans":{"totalCount":1}}}');

    await page.screenshot({ path: path.join(profileDir, 'graphiql.png') });
    expect(blocked).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
