// Structured request logs: secrets in URLs redacted, one request id per request shared by the log line
// and the x-request-id response header, and unexpected errors masked in production.
import { Writable } from 'node:stream';
import pg from 'pg';
import { print } from 'graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import { createLogger, redactUrl } from '../src/logger.ts';
import { createTestDatabase } from './helpers/db.ts';
import { useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';

const lines: Record<string, any>[] = [];
let raw = '';

const sink = new Writable({
  write(chunk, _enc, done) {
    const text = String(chunk);
    raw += text;
    for (const line of text.split('\n')) if (line.trim()) lines.push(JSON.parse(line));
    done();
  },
});

const t = useTestApp({ NODE_ENV: 'production' }, {
  // The app's own logger factory (same redaction) at the most verbose level, writing here.
  logger: createLogger('trace', {}, sink),
  // The last test takes the database away itself: dropping it again at the end may fail, and that is fine.
  database: async () => {
    const database = await createTestDatabase();
    return { ...database, drop: () => database.drop().catch(() => {}) };
  },
});

const TYPENAME = graphql(`
  query TypenameForLoggingTest { __typename }
`);
const OUTPLANS_COUNT = graphql(`
  query OutplansCountForLoggingTest { outplans { totalCount } }
`);

const requestLines = () => lines.filter((l) => l.msg === 'request');

describe('request logging', () => {
  it('redacts a token in the query string, wherever it is spelled', async () => {
    // The query strings are spelled out by hand: their spelling is what this test is about.
    for (const search of ['?token=secret123&query={__typename}', '?query={__typename}&TOKEN=secret123', '?query={__typename}&%74oken=secret123', '?accesskey=secret123&query={__typename}']) {
      const res = await fetch(`${t.url}${search}`, { headers: { accept: 'application/json' } });
      await res.text();
    }
    await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer secret123', cookie: 'token=secret123' }, body: JSON.stringify({ query: print(TYPENAME) }) }).then((r) => r.text());
    const logged = requestLines().filter((l) => /typename|^\/graphql$/.test(l.path));
    expect(logged.length).toBeGreaterThanOrEqual(5);
    expect(logged.filter((l) => l.path.includes('?')).map((l) => l.path)).toEqual(expect.arrayContaining([expect.stringContaining('[REDACTED]')]));
    // Nothing anywhere in the log output (any level, any line) carries the secret.
    expect(raw).not.toContain('secret123');
  });

  it('redactUrl keeps the rest of the URL intact', () => {
    expect(redactUrl('/graphql?query=%7B__typename%7D&token=abc&x=1#frag')).toBe('/graphql?query=%7B__typename%7D&token=[REDACTED]&x=1#frag');
    expect(redactUrl('/graphql?tokens=abc&mytoken=def')).toBe('/graphql?tokens=abc&mytoken=def');
    expect(redactUrl('/graphql?%61ccesskey=abc')).toBe('/graphql?%61ccesskey=[REDACTED]');
    expect(redactUrl('/healthz')).toBe('/healthz');
  });

  it('gives each request an id, logged and returned as x-request-id', async () => {
    const before = requestLines().length;
    const responses = await Promise.all(
      [0, 1, 2].map(() => fetch(`${t.url}?query=${encodeURIComponent(print(TYPENAME))}`, { headers: { accept: 'application/json' } })),
    );
    const ids = responses.map((r) => r.headers.get('x-request-id'));
    await Promise.all(responses.map((r) => r.text()));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(ids).size).toBe(3);
    const logged = requestLines().slice(before);
    expect(logged.map((l) => l.requestId).sort()).toEqual([...ids].sort());
    for (const l of logged) expect(l).toMatchObject({ method: 'GET', status: 200, path: expect.stringMatching(/^\/graphql\?/) });
  });

  it('honours an incoming x-request-id and replaces a malformed one', async () => {
    const mine = 'req-4f2a.9:abc_1';
    const res = await fetch(`${t.url}?query=${encodeURIComponent(print(TYPENAME))}`, { headers: { accept: 'application/json', 'x-request-id': mine } });
    await res.text();
    expect(res.headers.get('x-request-id')).toBe(mine);
    expect(requestLines().at(-1)).toMatchObject({ requestId: mine });

    const bad = `x${'y'.repeat(300)}`;
    const res2 = await fetch(`${t.url}?query=${encodeURIComponent(print(TYPENAME))}`, { headers: { accept: 'application/json', 'x-request-id': bad } });
    await res2.text();
    const replaced = res2.headers.get('x-request-id');
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestLines().at(-1)).toMatchObject({ requestId: replaced });
    expect(raw).not.toContain(bad);
  });

  it('logs health checks too', async () => {
    const res = await fetch(t.url.replace('/graphql', '/healthz'));
    expect(res.status).toBe(200);
    const id = res.headers.get('x-request-id');
    expect(requestLines().at(-1)).toMatchObject({ requestId: id, path: '/healthz', status: 200 });
  });
});

describe('unexpected errors in production', () => {
  it('masks them as "Unexpected error." and logs the real error with the request id', async () => {
    // Pull the database out from under the server: every resolver that touches it now fails unexpectedly.
    if (t.database.url) {
      // Prisma reconnects after $disconnect; dropping the database is final.
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE ${new URL(t.database.url).pathname.slice(1)} WITH (FORCE)`);
      await admin.end();
    } else {
      await (await t.database.open()).close();
    }
    const before = lines.length;
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${t.token}` },
      body: JSON.stringify({ query: print(OUTPLANS_COUNT) }),
    });
    const body = (await res.json()) as { data?: ResultOf<typeof OUTPLANS_COUNT>; errors?: { message: string; extensions?: unknown }[] };
    const id = res.headers.get('x-request-id');
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].message).toBe('Unexpected error.');
    // No stack, no original message, nothing from the database leaks in production.
    expect(JSON.stringify(body.errors![0].extensions ?? {})).not.toMatch(/stack|originalError|PGlite|prisma|pool|closed/i);
    const errorLines = lines.slice(before).filter((l) => l.level >= 50);
    expect(errorLines.length).toBeGreaterThan(0);
    // The operator gets the real cause, tied to the request that hit it.
    expect(errorLines.some((l) => l.requestId === id && l.err)).toBe(true);
  });
});
