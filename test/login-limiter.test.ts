// Login brute-force limit: per username and per client IP; shared by the instances of one database through
// Redis, and kept apart from another database's (another deployment's, another test file's) on the same Redis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { createLoginLimiter, type LoginLimiter } from '../src/domain/login-limiter.ts';
import { createTestDatabase, onPostgres, type TestDatabase } from './helpers/db.ts';
import { loginFrom, startTestApp, TEST_ADMIN, type TestApp } from './helpers/app.ts';

/** How many of `count` tries sent at once (try i: `who(i)`, a username and an IP) the limiter lets through. */
async function allowedOf(limiter: LoginLimiter, count: number, who: (i: number) => [string, string]): Promise<number> {
  const waits = await Promise.all(Array.from({ length: count }, (_, i) => limiter.takeTry(...who(i))));
  return waits.filter((w) => w === 0).length;
}

describe('in-memory limiter', () => {
  it('locks a username out from every IP and in every spelling, and an IP out for every username, but not another username from another IP', async () => {
    const limiter = createLoginLimiter({ failures: 3 });
    for (let i = 0; i < 3; i++) expect(await limiter.takeTry('Alice', '10.0.0.1')).toBe(0);
    // The username is locked out whatever the IP, the case and the spaces around it...
    expect(await limiter.takeTry(' alice ', '10.0.0.2')).toBeGreaterThan(0);
    // ...and the IP whatever the username.
    expect(await limiter.takeTry('bob', '10.0.0.1')).toBeGreaterThan(0);
    // Another username from another IP is not affected.
    expect(await limiter.takeTry('bob', '10.0.0.2')).toBe(0);
  });

  it('lets a right password give its tries back: the budgets count failures', async () => {
    const limiter = createLoginLimiter({ failures: 3 });
    for (let i = 0; i < 10; i++) {
      expect(await limiter.takeTry('carol', '10.0.0.3')).toBe(0);
      await limiter.succeeded('carol', '10.0.0.3');
    }
    // Failures, then a success: the username's failures are cleared, the IP's are not.
    for (let i = 0; i < 2; i++) expect(await limiter.takeTry('CAROL', '10.0.0.4')).toBe(0);
    expect(await limiter.takeTry('carol', '10.0.0.5')).toBe(0);
    await limiter.succeeded('carol', '10.0.0.5');
    for (let i = 0; i < 3; i++) expect(await limiter.takeTry('carol', '10.0.0.6')).toBe(0);
    expect(await limiter.takeTry('dave', '10.0.0.4')).toBe(0);
    expect(await limiter.takeTry('erin', '10.0.0.4')).toBeGreaterThan(0);
  });

  it('lets through at most the budget of tries sent at once, per username and per IP', async () => {
    const limiter = createLoginLimiter({ failures: 3 });
    expect(await allowedOf(limiter, 10, (i) => ['frank', `10.0.1.${i}`])).toBe(3);
    expect(await allowedOf(limiter, 10, (i) => [`user-${i}`, '10.0.2.1'])).toBe(3);
  });
});

describe.skipIf(!process.env.REDIS_URL)('Redis limiter', () => {
  const suffix = `${process.pid}-${Date.now()}`;
  it('keeps limiters with different key prefixes apart on one Redis', async () => {
    const redis = new Redis(process.env.REDIS_URL!);
    try {
      const a = createLoginLimiter({ redis, failures: 2, keyPrefix: `dialgraph:test-limiter:a:${suffix}` });
      const a2 = createLoginLimiter({ redis, failures: 2, keyPrefix: `dialgraph:test-limiter:a:${suffix}` });
      const b = createLoginLimiter({ redis, failures: 2, keyPrefix: `dialgraph:test-limiter:b:${suffix}` });
      for (let i = 0; i < 2; i++) await a.takeTry('erin', '10.1.0.1');
      expect(await a2.takeTry('erin', '10.1.0.2')).toBeGreaterThan(0);
      expect(await b.takeTry('erin', '10.1.0.1')).toBe(0);
    } finally {
      redis.disconnect();
    }
  });

  it('lets through at most the budget of tries sent at once to two instances', async () => {
    const clients = [new Redis(process.env.REDIS_URL!), new Redis(process.env.REDIS_URL!)];
    try {
      const [one, two] = clients.map((redis) => createLoginLimiter({ redis, failures: 4, keyPrefix: `dialgraph:test-limiter:c:${suffix}` }));
      const waits = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? one : two).takeTry('grace', `10.1.1.${i}`)));
      expect(waits.filter((w) => w === 0)).toHaveLength(4);
    } finally {
      for (const redis of clients) redis.disconnect();
    }
  });
});

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
