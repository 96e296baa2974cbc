// GraphQL over HTTP conformance (graphql-http's server audits) and the cookie-scoped CSRF prevention.
import { beforeAll, describe, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { useTestApp } from './helpers/app.ts';

const t = useTestApp();

describe('graphql-http server audits', () => {
  it('passes every MUST and SHOULD audit (and pins the audit count)', async () => {
    const audits = serverAudits({ url: t.url, fetchFn: fetch });
    const results: { id: string; name: string; status: string; reason?: string }[] = [];
    for (const audit of audits) {
      const r = await audit.fn();
      results.push({ id: r.id, name: r.name, status: r.status, reason: 'reason' in r ? r.reason : undefined });
    }
    const failed = results
      .filter((r) => (r.name.startsWith('MUST') || r.name.startsWith('SHOULD')) && r.status !== 'ok')
      .map((r) => `${r.status} [${r.id}] ${r.name}: ${r.reason}`);
    expect(failed).toEqual([]);
    // graphql-http 1.23.1: 13 MUST, 23 SHOULD, 25 MAY. A change here means the audit list changed.
    expect(results.filter((r) => r.name.startsWith('MUST'))).toHaveLength(13);
    expect(results.filter((r) => r.name.startsWith('SHOULD'))).toHaveLength(23);
    expect(results).toHaveLength(61);
    // The MAY audits all pass today too; report any that stop passing.
    const mayNotOk = results.filter((r) => r.name.startsWith('MAY') && r.status !== 'ok').map((r) => `${r.status} [${r.id}] ${r.name}: ${r.reason}`);
    expect(mayNotOk).toEqual([]);
  });
});

describe('CSRF prevention for requests carrying the token cookie', () => {
  // Sent raw in GET query strings, form and text/plain bodies: these tests are about the transport, so a plain string.
  const query = '{ outplans { totalCount } }';
  let cookie: string;
  beforeAll(() => {
    cookie = `token=${t.token}`;
  });

  it('refuses a text/plain POST with the cookie (a form or fetch a foreign page could send)', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'text/plain', cookie }, body: JSON.stringify({ query }) });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ errors: [{ message: expect.stringMatching(/CSRF/), extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('refuses a form-encoded POST with the cookie', async () => {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ query }).toString(),
    });
    expect(res.status).toBe(403);
    await res.text();
  });

  it('refuses a GET without a custom header when the cookie is present', async () => {
    const res = await fetch(`${t.url}?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/json', cookie } });
    expect(res.status).toBe(403);
    await res.text();
  });

  it('checks every cookie header spelling that authenticates (parsed, not pattern-matched)', async () => {
    const res = await fetch(`${t.url}?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/json', cookie: `a=1;token =${t.token}` } });
    expect(res.status).toBe(403);
    await res.text();
  });

  it('accepts the same GET with the x-graphql-yoga-csrf header', async () => {
    const res = await fetch(`${t.url}?query=${encodeURIComponent(query)}`, {
      headers: { accept: 'application/json', cookie, 'x-graphql-yoga-csrf': '1' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { outplans: { totalCount: expect.any(Number) } } });
  });

  it('accepts a text/plain POST with the x-graphql-yoga-csrf header', async () => {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', accept: 'application/json', cookie, 'x-graphql-yoga-csrf': '1' },
      body: JSON.stringify({ query }),
    });
    // Past the CSRF check; Yoga itself then declines a text/plain body as an unsupported media type.
    expect(res.status).toBe(415);
    await res.text();
  });

  it('accepts an application/json POST with the cookie (not a simple request: a browser preflights it)', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', cookie }, body: JSON.stringify({ query }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { outplans: { totalCount: expect.any(Number) } } });
  });

  it('does not interfere with simple requests that carry no token cookie', async () => {
    // A raw GET, like the ones above: a plain string.
    const res = await fetch(`${t.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', cookie: 'other=1; tokenish=2' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
