// Login brute-force limit: per username and per client IP; shared by the instances of one database through
// Redis, and kept apart from another database's (another deployment's, another test file's) on the same Redis.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { print } from 'graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { createLoginLimiter } from '../src/domain/login-limiter.ts';
import { createTestDatabase, onPostgres, type TestDatabase } from './helpers/db.ts';
import { startTestApp, TEST_ADMIN, type TestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';

const LOGIN = graphql(`
  mutation LoginForLoginLimiterTest($input: LoginInput!) { login(input: $input) { token userErrors { code } } }
`);

describe('in-memory limiter', () => {
  it('locks a username out from every IP, and an IP out for every username, but not another username from another IP', async () => {
    const limiter = createLoginLimiter({ failures: 3 });
    for (let i = 0; i < 3; i++) await limiter.recordFailure('Alice', '10.0.0.1');
    // The username is locked out whatever the IP (case-insensitively)...
    expect(await limiter.retryAfter('alice', '10.0.0.2')).toBeGreaterThan(0);
    // ...and the IP whatever the username.
    expect(await limiter.retryAfter('bob', '10.0.0.1')).toBeGreaterThan(0);
    // Another username from another IP is not affected.
    expect(await limiter.retryAfter('bob', '10.0.0.2')).toBe(0);
    // A success clears the username, not the IP.
    await limiter.recordSuccess('alice');
    expect(await limiter.retryAfter('alice', '10.0.0.3')).toBe(0);
    expect(await limiter.retryAfter('carol', '10.0.0.1')).toBeGreaterThan(0);
  });

  it('allows tries below the limit', async () => {
    const limiter = createLoginLimiter({ failures: 3 });
    for (let i = 0; i < 2; i++) await limiter.recordFailure('dave', '10.0.0.9');
    expect(await limiter.retryAfter('dave', '10.0.0.9')).toBe(0);
    await limiter.recordFailure('dave', '10.0.0.9');
    expect(await limiter.retryAfter('dave', '10.0.0.9')).toBeGreaterThan(0);
  });
});

describe.skipIf(!process.env.REDIS_URL)('Redis limiter', () => {
  it('keeps limiters with different key prefixes apart on one Redis', async () => {
    const redis = new Redis(process.env.REDIS_URL!);
    try {
      const suffix = `${process.pid}-${Date.now()}`;
      const a = createLoginLimiter({ redis, failures: 2, keyPrefix: `dialgraph:test-limiter:a:${suffix}` });
      const a2 = createLoginLimiter({ redis, failures: 2, keyPrefix: `dialgraph:test-limiter:a:${suffix}` });
      const b = createLoginLimiter({ redis, failures: 2, keyPrefix: `dialgraph:test-limiter:b:${suffix}` });
      for (let i = 0; i < 2; i++) await a.recordFailure('erin', '10.1.0.1');
      expect(await a2.retryAfter('erin', '10.1.0.2')).toBeGreaterThan(0);
      expect(await b.retryAfter('erin', '10.1.0.1')).toBe(0);
    } finally {
      redis.disconnect();
    }
  });
});

/** Logs in over HTTP from a chosen loopback address (127.0.0.0/8 all reach the server on 127.0.0.1). */
function loginFrom(url: string, localAddress: string, username: string, password: string): Promise<{ data?: ResultOf<typeof LOGIN>; errors?: any[] }> {
  const body = JSON.stringify({ query: print(LOGIN), variables: { input: { username, password } } });
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => {
        try {
          resolve(JSON.parse(text));
        } catch (err) {
          reject(new Error(`${res.statusCode}: ${text}`));
        }
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

// Not useTestApp(): three instances, two on one database and one on another.
describe('instances sharing Redis', () => {
  let database: TestDatabase;
  let other: TestDatabase;
  const apps: TestApp[] = [];

  beforeAll(async () => {
    if (!process.env.REDIS_URL) return;
    database = await createTestDatabase();
    other = await createTestDatabase();
  });
  afterAll(async () => {
    for (const app of apps.splice(0)) await app.stop();
    await database?.drop();
    await other?.drop();
  });

  // Embedded test databases are copies of one PGlite dump: they share system_identifier and database name,
  // so only real PostgreSQL databases tell deployments apart (a real embedded deployment has its own initdb).
  it.skipIf(!process.env.REDIS_URL || !onPostgres)('failed logins on A lock the username out on B, not on another database\'s instance', async () => {
    const env = { REDIS_URL: process.env.REDIS_URL!, LOGIN_MAX_FAILURES: '3' };
    const a = await startTestApp(database, env);
    apps.push(a);
    const b = await startTestApp(database, env);
    apps.push(b);
    const c = await startTestApp(other, env);
    apps.push(c);

    // Three failures on A from 127.0.0.2.
    for (let i = 0; i < 3; i++) {
      const res = await loginFrom(a.url, '127.0.0.2', TEST_ADMIN.username, 'wrong-password');
      expect(res.data?.login).toEqual({ token: null, userErrors: [{ code: 'INVALID' }] });
    }
    // B refuses the right password for that username, from another IP: the username's lockout is shared.
    const onB = await loginFrom(b.url, '127.0.0.3', TEST_ADMIN.username, TEST_ADMIN.password);
    expect(onB.errors?.[0].extensions.code).toBe('RATE_LIMITED');
    expect(onB.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    // And the IP's lockout too, for another username.
    const ipOnB = await loginFrom(b.url, '127.0.0.2', 'someone-else', 'whatever-password');
    expect(ipOnB.errors?.[0].extensions.code).toBe('RATE_LIMITED');

    // Another database's instance on the same Redis: neither the username nor the IP is locked out there.
    const onC = await loginFrom(c.url, '127.0.0.2', TEST_ADMIN.username, TEST_ADMIN.password);
    expect(onC.errors).toBeUndefined();
    expect(onC.data!.login.token).toEqual(expect.any(String));
  });
});
