// Logins sent at once (issue 16): the limiter takes each try before its password is checked, so a burst gets
// no more password checks than the budget, and the right password inside or after the burst is refused once
// the budget is spent. Over HTTP, with Redis behind the limiter when REDIS_URL is set.
import { beforeAll, describe, expect, it } from 'vitest';
import { loginFrom, useTestApp, type LoginResponse } from './helpers/app.ts';
import { onPostgres } from './helpers/db.ts';
import { graphql } from './gql/index.ts';

const BUDGET = 5;
// Redis only on PostgreSQL: the embedded test databases are copies of one dump, so they share the limiter's
// key prefix (src/auth.ts loginLimiterPrefix) with every other file and run on that Redis.
const t = useTestApp({ LOGIN_MAX_FAILURES: String(BUDGET), REDIS_URL: onPostgres ? (process.env.REDIS_URL ?? '') : '' });

const USER_CREATE = graphql(`
  mutation UserCreateForLoginConcurrencyTest($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }
`);

const PASSWORD = 'right-password-1';

beforeAll(async () => {
  for (const username of ['burst-one-ip', 'burst-many-ips', 'steady']) {
    const res = await t.gql(USER_CREATE, { input: { username, password: PASSWORD, role: 'MANAGER' } });
    expect(res.data!.userCreate.userErrors).toEqual([]);
  }
});

type Outcome = 'token' | 'INVALID' | 'RATE_LIMITED';
function outcome(res: LoginResponse): Outcome {
  if (res.errors) return res.errors[0]!.extensions.code as Outcome;
  if (res.data!.login.token) return 'token';
  return res.data!.login.userErrors[0]!.code as Outcome;
}
const count = (outcomes: Outcome[], which: Outcome) => outcomes.filter((o) => o === which).length;

describe('logins sent at once', () => {
  it('from one IP: at most the budget of passwords is checked, the rest is RATE_LIMITED, and the right password after it too', async () => {
    const ip = '127.0.0.11';
    const tries = [...Array.from({ length: BUDGET + 1 }, () => 'wrong-password'), PASSWORD];
    const outcomes = (await Promise.all(tries.map((password) => loginFrom(t.url, ip, 'burst-one-ip', password)))).map(outcome);
    // A checked password answers INVALID or a token; a refused one was never checked.
    expect(count(outcomes, 'INVALID') + count(outcomes, 'token'), outcomes.join()).toBeLessThanOrEqual(BUDGET);
    expect(count(outcomes, 'RATE_LIMITED'), outcomes.join()).toBeGreaterThanOrEqual(tries.length - BUDGET);
    expect(count(outcomes, 'RATE_LIMITED') + count(outcomes, 'INVALID') + count(outcomes, 'token')).toBe(tries.length);

    const after = await loginFrom(t.url, ip, 'burst-one-ip', PASSWORD);
    expect(outcome(after)).toBe('RATE_LIMITED');
    expect(after.errors![0]!.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(after.data?.login?.token ?? null).toBeNull();
  });

  it('at one username from many IPs: at most the budget is checked, and then the right password from a fresh IP is RATE_LIMITED', async () => {
    const outcomes = (await Promise.all(Array.from({ length: BUDGET + 3 }, (_, i) =>
      loginFrom(t.url, `127.0.0.${20 + i}`, 'burst-many-ips', 'wrong-password')))).map(outcome);
    expect(count(outcomes, 'INVALID'), outcomes.join()).toBeLessThanOrEqual(BUDGET);
    expect(count(outcomes, 'RATE_LIMITED'), outcomes.join()).toBeGreaterThanOrEqual(3);

    const after = await loginFrom(t.url, '127.0.0.40', 'burst-many-ips', PASSWORD);
    expect(outcome(after)).toBe('RATE_LIMITED');
  });

  it('lets the right password in as often as it is sent (successes give their tries back), and failures still count', async () => {
    const ip = '127.0.0.50';
    for (let i = 0; i < BUDGET * 2; i++) expect(outcome(await loginFrom(t.url, ip, 'steady', PASSWORD)), `login ${i + 1}`).toBe('token');
    for (let i = 0; i < BUDGET; i++) expect(outcome(await loginFrom(t.url, ip, 'steady', 'wrong-password'))).toBe('INVALID');
    expect(outcome(await loginFrom(t.url, ip, 'steady', PASSWORD))).toBe('RATE_LIMITED');
  });
});
