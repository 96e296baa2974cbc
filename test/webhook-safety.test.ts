// Webhook safety (issue 14): no delivery to loopback (unless allowed), private, link-local or metadata addresses,
// checked after DNS resolution with the connection going to the checked address; no redirect followed; a deadline.
// And the outbox's retention never prunes an event the webhook fan-out has not read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from './helpers/db.ts';
import { receiver } from './helpers/webhook-receiver.ts';
import { safePost, type Lookup } from '../src/webhooks/safe-request.ts';
import { OutboxTail } from '../src/events/outbox-tail.ts';
import { createLogger } from '../src/logger.ts';

const rx = receiver();
let rxUrl: string;
beforeAll(async () => {
  rxUrl = await rx.listen();
});
afterAll(async () => {
  await rx.close();
});

describe('blocked targets', () => {
  const post = (url: string, allowLoopback: boolean, lookup?: Lookup) => safePost({ url, body: '{}', headers: { 'content-type': 'application/json' }, timeoutMs: 5000, allowLoopback, lookup });
  /** A resolver that answers `address` for every name (a DNS record pointing inside). */
  const resolvesTo = (address: string, family: 4 | 6): Lookup => (_host, options, callback) =>
    options.all ? callback(null, [{ address, family }]) : callback(null, address, family);

  it('refuses 127.0.0.1 unless loopback is allowed', async () => {
    const before = rx.received.length;
    const refused = await post(`${rxUrl}/blocked`, false);
    expect(refused).toMatchObject({ ok: false, statusCode: null });
    expect(refused.response).toMatch(/loopback/);
    expect(rx.received.length).toBe(before); // never connected
    expect(await post(`${rxUrl}/allowed`, true)).toMatchObject({ ok: true, statusCode: 200 });
  });

  it('refuses a name that resolves to loopback, private, link-local or metadata addresses, checked after DNS', async () => {
    const port = new URL(rxUrl).port;
    const before = rx.received.length;
    const viaLocalhost = await post(`http://localhost:${port}/by-name`, false);
    expect(viaLocalhost.response).toMatch(/refused: localhost resolves to .*loopback/);
    for (const [address, family] of [['10.1.2.3', 4], ['192.168.1.10', 4], ['172.20.0.1', 4], ['169.254.169.254', 4], ['fd00:ec2::254', 6], ['fe80::1', 6], ['::ffff:10.0.0.1', 6]] as const) {
      const outcome = await post(`http://hooks.example.test:${port}/inside`, true, resolvesTo(address, family));
      expect(outcome.response, address).toMatch(/refused: hooks\.example\.test resolves to .*(private|link-local|reserved)/);
    }
    // The connection goes to the address checked: a resolver that answers loopback (allowed) reaches the receiver.
    expect(await post(`http://hooks.example.test:${port}/checked`, true, resolvesTo('127.0.0.1', 4))).toMatchObject({ ok: true });
    expect(rx.received.filter((r) => r.path === '/by-name' || r.path === '/inside')).toHaveLength(0);
    expect(rx.received.length).toBe(before + 1);
    for (const literal of ['http://10.0.0.1/x', 'http://169.254.169.254/latest/meta-data', 'http://[fd00:ec2::254]/x', 'http://[::1]/x']) {
      expect((await post(literal, false)).response, literal).toMatch(/^refused: /);
    }
  });

  it('does not follow a redirect', async () => {
    rx.on((r, res) => {
      if (r.path !== '/redirect') return false;
      res.writeHead(302, { location: `${rxUrl}/redirected` }).end();
      return true;
    });
    const outcome = await post(`${rxUrl}/redirect`, true);
    expect(outcome).toMatchObject({ ok: false, statusCode: 302 });
    expect(outcome.response).toMatch(/redirect not followed/);
    await new Promise((r) => setTimeout(r, 100));
    expect(rx.received.some((r) => r.path === '/redirected')).toBe(false);
  });

  it('gives up on a receiver that does not answer in time', async () => {
    rx.on((r) => r.path === '/silent'); // never answers
    const outcome = await safePost({ url: `${rxUrl}/silent`, body: '{}', headers: {}, timeoutMs: 300, allowLoopback: true });
    expect(outcome).toMatchObject({ ok: false, statusCode: null, response: 'no answer within 300 ms' });
  });
});

describe('the outbox retention', () => {
  it('keeps events the fan-out has not read, however old; prunes them once read', async () => {
    // Its own database with no server: the fan-out is held up for as long as the test likes.
    const database = await createTestDatabase();
    const db = await database.open();
    try {
      const [customer] = await db.prisma.$queryRaw<{ id: string }[]>`INSERT INTO customer (id, name) VALUES (gen_random_uuid(), 'retention') RETURNING id::text`;
      const old = new Date(Date.now() - 48 * 3600_000);
      for (let v = 1; v <= 3; v++) {
        await db.prisma.event.create({ data: { customerId: customer.id, entityType: 'Outplan', entityId: customer.id, version: v, kind: 'UPDATED', snapshot: {}, createdAt: old } });
      }
      const tail = new OutboxTail({ prisma: db.prisma, logger: createLogger('silent'), accept: () => {} });
      await tail.prune(1000);
      expect(await db.prisma.event.count()).toBe(3); // two days old, but above the fan-out's cursor
      const [last] = await db.prisma.$queryRaw<{ tx_id: bigint; id: bigint }[]>`SELECT tx_id, id FROM event ORDER BY tx_id DESC, id DESC LIMIT 1`;
      await db.prisma.$executeRaw`UPDATE webhook_cursor SET tx_id = ${last.tx_id}, event_id = ${last.id}`;
      await tail.prune(1000);
      expect(await db.prisma.event.count()).toBe(0);
    } finally {
      await database.drop(); // closes db
    }
  });
});

