// GraphiQL in headless Chromium, every request not to the test server aborted (the page is self-contained):
// its default tabs (a sample query, a sample subscription) run with the token pasted into the Headers pane,
// the subscription over graphql-ws receives the events of a campaign started through the API, and a bad token
// shows the server's refusal (4403 and its reason) in the result pane instead of a spinner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';
import { launchBrowser, skipWithoutBrowser } from './helpers/browser.ts';

const skip = skipWithoutBrowser('test/graphiql-browser.test.ts');

const t = useTestApp({ SIMULATOR_TIME_SCALE: '50', DIALER_POLL_MS: '500' });
let browser: Browser | undefined;

const OUTPLAN_CREATE = graphql(`
  mutation OutplanCreateForGraphiqlBrowserTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }
`);
const OUTDIAL_CREATE = graphql(`
  mutation OutdialCreateForGraphiqlBrowserTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }
`);
const TARGETS_CREATE = graphql(`
  mutation OutdialTargetsCreateForGraphiqlBrowserTest($i: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $i) { createdCount userErrors { message } } }
`);
const CAMPAIGN_CREATE = graphql(`
  mutation CampaignCreateForGraphiqlBrowserTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }
`);
const RUN = graphql(`
  mutation CampaignRunForGraphiqlBrowserTest($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { status } userErrors { message } } }
`);

let outplanId: string;
beforeAll(async () => {
  if (skip) return;
  const outplan = await t.gql(OUTPLAN_CREATE, { i: { name: 'graphiql plan', source: { type: 'TEL', target: '+15550100000' }, dialTimeout: 10_000, tryInterval: 1_000, maxTryCounts: [1] } });
  outplanId = outplan.data!.outplanCreate.outplan!.id;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close().catch(() => {});
});

/** A campaign over a new one-target outdial, started (RUN) through the API; its global id. */
async function startCampaign(name: string): Promise<string> {
  const outdial = await t.gql(OUTDIAL_CREATE, { i: { name } });
  const outdialId = outdial.data!.outdialCreate.outdial!.id;
  const targets = await t.gql(TARGETS_CREATE, { i: { outdialId, targets: [{ name: 'one', destinations: [{ type: 'TEL', target: '+15552000010' }] }] } });
  expect(targets.data!.outdialTargetsCreate.userErrors).toEqual([]);
  const created = await t.gql(CAMPAIGN_CREATE, { i: { name, outplanId, outdialId, maxConcurrentCalls: 1, actions: [{ talk: { text: 'Hello.', language: 'en-US' } }] } });
  expect(created.data!.campaignCreate.userErrors).toEqual([]);
  const id = created.data!.campaignCreate.campaign!.id;
  const run = await t.gql(RUN, { id });
  expect(run.data!.campaignUpdateStatus.userErrors).toEqual([]);
  return id;
}

interface GraphiQL {
  page: Page;
  /** Requests the page tried to make outside the test server (all aborted). */
  blocked: string[];
  /** Uncaught exceptions of the page. */
  pageErrors: string[];
  /** The graphql-ws frames the page sent, parsed. */
  sentFrames: any[];
}

async function openGraphiQL(search = ''): Promise<GraphiQL> {
  const context = await browser!.newContext();
  const origin = new URL(t.url).origin;
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const sentFrames: any[] = [];
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  page.on('websocket', (ws) => ws.on('framesent', ({ payload }) => sentFrames.push(JSON.parse(String(payload)))));
  const response = await page.goto(t.url + search);
  expect(response?.status()).toBe(200);
  await page.waitForSelector('.graphiql-execute-button', { timeout: 45_000 });
  return { page, blocked, pageErrors, sentFrames };
}

/** Selects a default tab by its operation name and types these headers into its Headers pane. */
async function selectTab(g: GraphiQL, tab: string, headers: Record<string, string>): Promise<void> {
  await g.page.click(`.graphiql-tab-button:has-text("${tab}")`);
  await g.page.click('.graphiql-editor-tools button[data-name="headers"]');
  const editor = g.page.locator('.graphiql-editor-tool .monaco-editor:visible');
  await editor.click();
  await g.page.keyboard.press('Control+A');
  // insertText, not typing: Monaco would add its own closing quotes and braces to typed JSON.
  await g.page.keyboard.insertText(JSON.stringify(headers));
}

const resultText = async (page: Page) => ((await page.textContent('.result-window')) ?? '').replace(/\s+/g, '');

async function waitForResult(page: Page, pattern: RegExp, timeout = 20_000): Promise<string> {
  await page.waitForFunction(
    (source) => new RegExp(source).test((document.querySelector('.result-window')?.textContent ?? '').replace(/\s+/g, '')),
    pattern.source,
    { timeout },
  );
  return resultText(page);
}

describe.skipIf(skip)('GraphiQL in a browser, offline', () => {
  it('opens with a sample query and a sample subscription; with the Headers pane token the query runs and the subscription receives a campaign started elsewhere', async () => {
    const g = await openGraphiQL();
    const tabs = await g.page.locator('.graphiql-tab-button').allTextContents();
    expect(tabs).toEqual(['Campaigns', 'CampaignStatus']);

    await selectTab(g, 'Campaigns', { Authorization: `Bearer ${t.token}` });
    await g.page.click('.graphiql-execute-button');
    expect(await waitForResult(g.page, /"outplans":\{"totalCount":1/)).toContain('"campaigns":{"totalCount":0');

    await selectTab(g, 'CampaignStatus', { Authorization: `Bearer ${t.token}` });
    await g.page.click('.graphiql-execute-button');
    // The subscription is on its way once its frame is sent; a campaign started before the server registered it
    // would be missed (no `since`), so another one is started until an event arrives.
    await expect.poll(() => g.sentFrames.some((f) => f.type === 'subscribe'), { timeout: 20_000 }).toBe(true);
    expect(g.sentFrames[0]).toEqual({ type: 'connection_init', payload: { headers: { Authorization: `Bearer ${t.token}` } } });
    let seen = '';
    for (let round = 0; round < 5 && !seen; round++) {
      const id = await startCampaign(`graphiql campaign ${round}`);
      seen = await waitForResult(g.page, new RegExp(`"campaignStatusChanged":\\{"id":"${id}","name":"graphiqlcampaign${round}","status":"(RUN|STOPPING|STOP)"`), 5_000).catch(() => '');
    }
    expect(seen).toMatch(/"data":\{"campaignStatusChanged"/);
    expect(g.blocked).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.page.context().close();
  });

  it('shows the refusal of a bad token in the result pane', async () => {
    const g = await openGraphiQL();
    await selectTab(g, 'CampaignStatus', { Authorization: 'Bearer not-a-token' });
    await g.page.click('.graphiql-execute-button');
    const shown = await waitForResult(g.page, /WebSocket\(4403\)/);
    expect(shown).toContain('TheserverclosedtheWebSocket(4403):Tokennotvalid');
    // One attempt: a refusal is not retried behind a spinner.
    expect(g.sentFrames.filter((f) => f.type === 'connection_init')).toHaveLength(1);
    expect(g.blocked).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.page.context().close();
  });

  it('signs the socket in with the token cookie when the Headers pane has none', async () => {
    const g = await openGraphiQL();
    await g.page.context().addCookies([{ name: 'token', value: t.token, url: new URL(t.url).origin }]);
    await selectTab(g, 'CampaignStatus', {});
    await g.page.click('.graphiql-execute-button');
    await expect.poll(() => g.sentFrames.some((f) => f.type === 'subscribe'), { timeout: 20_000 }).toBe(true);
    let seen = '';
    for (let round = 0; round < 5 && !seen; round++) {
      const id = await startCampaign(`cookie campaign ${round}`);
      seen = await waitForResult(g.page, new RegExp(`"id":"${id}"`), 5_000).catch(() => '');
    }
    expect(seen).toMatch(/"data":\{"campaignStatusChanged"/);
    await g.page.context().close();
  });

  it('signs the socket and the queries in with the page\'s ?token= when the Headers pane has none', async () => {
    const g = await openGraphiQL(`?token=${encodeURIComponent(t.token)}`);
    await selectTab(g, 'Campaigns', {});
    await g.page.click('.graphiql-execute-button');
    await waitForResult(g.page, /"outplans":\{"totalCount":1/);
    await selectTab(g, 'CampaignStatus', {});
    await g.page.click('.graphiql-execute-button');
    await expect.poll(() => g.sentFrames.some((f) => f.type === 'subscribe'), { timeout: 20_000 }).toBe(true);
    expect(g.sentFrames[0]).toEqual({ type: 'connection_init', payload: { headers: {}, token: t.token } });
    let seen = '';
    for (let round = 0; round < 5 && !seen; round++) {
      const id = await startCampaign(`url token campaign ${round}`);
      seen = await waitForResult(g.page, new RegExp(`"id":"${id}"`), 5_000).catch(() => '');
    }
    expect(seen).toMatch(/"data":\{"campaignStatusChanged"/);
    await g.page.context().close();
  });
});
