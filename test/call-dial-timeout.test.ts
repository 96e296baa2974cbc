// The dial timeout holds even with a provider that ignores ringTimeoutMs (domain.md A3: "the provider rings at
// most dialTimeout ms; then the call ends with hangup reason DIALOUT"): the controller cancels the call itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPubSub } from 'graphql-yoga';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';
import { EventBus, type TransportPubSub } from '../src/events/bus.ts';
import { createLogger } from '../src/logger.ts';
import { createTelephony, type Telephony } from '../src/telephony/controller.ts';
import type { ProviderListener, TelephonyProvider } from '../src/telephony/provider.ts';
import { insertCalls } from '../src/domain/call.ts';
import type { Database } from '../src/db/database.ts';

const SCALE = 100;
let database: TestDatabase;
let db: Database;
let bus: EventBus;
let telephony: Telephony;
let customerId: string;
/** Calls the stub provider should answer right away; every other call rings forever. */
const answer = new Set<string>();
const hangupsAsked: string[] = [];

/** Rings and never gives up on its own; ends a leg only when asked. */
function stubProvider(listener: ProviderListener): TelephonyProvider {
  const legs = new Set<string>();
  return {
    place(leg) {
      legs.add(leg.id);
      setTimeout(() => {
        listener({ callId: leg.id, type: 'RINGING' });
        if (answer.has(leg.id)) listener({ callId: leg.id, type: 'ANSWERED' });
      }, 1);
    },
    bridge() {},
    continueActions() {},
    hangup(callId) {
      hangupsAsked.push(callId);
      if (legs.delete(callId)) setTimeout(() => listener({ callId, type: 'HANGUP', cause: 'NORMAL' }), 1);
    },
    has: (callId) => legs.has(callId),
    close: async () => legs.clear(),
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = await database.open();
  customerId = (await db.prisma.customer.create({ data: { name: 'dial-timeout' } })).id;
  bus = new EventBus({ prisma: db.prisma, transport: createPubSub() as TransportPubSub, logger: createLogger('silent'), pollMs: 600_000, retentionMs: 86_400_000, maxPendingEvents: 100_000 });
  await bus.start();
  telephony = createTelephony({
    prisma: db.prisma, bus, logger: createLogger('silent'), timeScale: SCALE, heartbeatMs: 60_000, instanceExpiryMs: 600_000,
    exclusive: false, provider: stubProvider,
  });
  await telephony.start();
});
afterAll(async () => {
  await telephony?.stop();
  await bus?.close();
  await database?.drop();
});

async function place(target: string) {
  const [call] = await insertCalls(
    { prisma: db.prisma, bus },
    { source: { type: 'TEL', target: '+15550100000' }, destinations: [{ type: 'TEL', target }], actions: [] },
    { customerId, ownerId: telephony.instanceId, ringTimeoutMs: 3_000 },
  );
  return call;
}

async function settle(id: string, ms: number) {
  await new Promise((r) => setTimeout(r, ms));
  return db.prisma.call.findUniqueOrThrow({ where: { id } });
}

async function waitForHangup(id: string) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const call = await db.prisma.call.findUniqueOrThrow({ where: { id } });
    if (call.status === 'HANGUP' || Date.now() > deadline) return call;
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('a provider that ignores the dial timeout', () => {
  it('has its unanswered call canceled by the controller, ending with DIALOUT by LOCAL', async () => {
    const call = await place('+15550101234');
    telephony.placeCalls([call]);
    // 3 s dial timeout at 100x is 30 ms, then at least 1 s (real) of grace for the provider's own give-up.
    const placedAt = Date.now();
    const ended = await waitForHangup(call.id);
    expect(Date.now() - placedAt).toBeGreaterThanOrEqual(1_000);
    expect(ended).toMatchObject({ status: 'HANGUP', hangupReason: 'DIALOUT', hangupBy: 'LOCAL', progressingAt: null });
    expect(ended.ringingAt).not.toBeNull();
    expect(hangupsAsked).toContain(call.id);
    const path = await db.prisma.event.findMany({ where: { entityId: call.id }, orderBy: { version: 'asc' } });
    expect(path.map((e) => (e.snapshot as { status: string }).status)).toEqual(['DIALING', 'RINGING', 'CANCELING', 'HANGUP']);
  });

  it('leaves an answered call alone after the dial timeout', async () => {
    const call = await place('+15550102234');
    answer.add(call.id);
    telephony.placeCalls([call]);
    const later = await settle(call.id, 1_500);
    expect(later.status).toBe('PROGRESSING');
    expect(hangupsAsked).not.toContain(call.id);
  });
});
