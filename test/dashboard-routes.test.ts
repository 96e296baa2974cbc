// The dashboard's routes: index.html for /dashboard and the page's own paths, the built assets with their
// types and cache headers, nothing outside the build, 503 when it is not built, `/` linking it and GraphiQL;
// and the cost of each operation the page sends. The page itself, in Chromium: test/dashboard.test.ts.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { TEST_ADMIN, useTestApp } from './helpers/app.ts';
import { createDashboardRoutes, DASHBOARD_DIST } from '../src/dashboard.ts';
import { schema } from '../src/graphql/schema.ts';
import { loadConfig } from '../src/config.ts';
import { encodeGlobalId } from '../src/graphql/global-id.ts';
import * as dashboardDocuments from '../dashboard/src/documents.ts';

const t = useTestApp({ DIALER_ENABLED: 'false' });
const origin = () => new URL(t.url).origin;
const CAMPAIGN_ID = encodeGlobalId('Campaign', '0190a000-0000-7000-8000-000000000000');

beforeAll(() => {
  if (!existsSync(path.join(DASHBOARD_DIST, 'index.html'))) throw new Error('dashboard/dist is missing: run `npm run dashboard:build` (npm test does)');
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
    for (const p of ['/dashboard', '/dashboard/', `/dashboard/campaigns/${encodeURIComponent(CAMPAIGN_ID)}`]) {
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

describe('dashboard operations', () => {
  it('cost a hundredth of MAX_QUERY_COST or less, with the variables the page sends', () => {
    const { MAX_QUERY_COST } = loadConfig({});
    const variables: Record<string, Record<string, unknown>> = {
      LoginMutation: { input: { username: 'a', password: 'b' } },
      CampaignsQuery: { first: 20 },
      CampaignQuery: { id: CAMPAIGN_ID },
      CampaignPreflightQuery: { id: CAMPAIGN_ID },
      CampaignUpdateStatusMutation: { input: { id: CAMPAIGN_ID, status: 'RUN' } },
      CallStatusSubscription: { campaignId: CAMPAIGN_ID },
    };
    const costs = Object.fromEntries(
      Object.entries(dashboardDocuments)
        .filter(([, doc]) => doc.definitions.some((d) => d.kind === 'OperationDefinition'))
        .map(([name, doc]) => [name, complexityFromQuery(print(doc), { schema, variables: variables[name] ?? {} }).complexity]),
    );
    // README "Request limits" names the list page's cost.
    expect(costs).toEqual({
      LoginMutation: 33, ViewerQuery: 6, CampaignsQuery: 501, CampaignQuery: 28, CampaignPreflightQuery: 511, CampaignUpdateStatusMutation: 51,
      CampaignProgressSubscription: 19, CallStatusSubscription: 10,
    });
    expect(Math.max(...Object.values(costs)) * 100).toBeLessThanOrEqual(MAX_QUERY_COST);
  });
});

