// The JSON reader (src/db/json-reads.ts) returns exactly what Prisma's findMany returns, for every argument shape
// the API's lists and lookups send and the edges of each (cursors forward and backward, a cursor whose row is
// gone, negative take, skip, nested relations both ways, _count, filters with LIKE's special characters,
// microseconds), and leaves to Prisma what it does not translate.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';
import type { Database } from '../src/db/database.ts';
import { createJsonReads, type JsonReads } from '../src/db/json-reads.ts';
import { addTargets, createCampaignRows } from './helpers/campaign.ts';

let database: TestDatabase;
let db: Database;
let reads: JsonReads;
let customerId: string;
let otherCustomerId: string;
const ids: Record<string, string> = {};

const newest = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

beforeAll(async () => {
  database = await createTestDatabase();
  db = await database.open();
  reads = createJsonReads(db.query);
  customerId = (await db.prisma.customer.create({ data: { name: 'default' } })).id;
  otherCustomerId = (await db.prisma.customer.create({ data: { name: 'other' } })).id;
  const rows = await createCampaignRows(db, { targets: [['+15551230001', 'a@b.example'], ['+15551230002']], maxTryCounts: [2, 1] });
  Object.assign(ids, { campaign: rows.campaignId, outdial: rows.outdialId, outplan: rows.outplanId, target: rows.targetIds[0] });
  // More targets in the same millisecond (the id breaks the tie), a deleted one, names with LIKE's special characters.
  const more = await addTargets(db, customerId, rows.outdialId, Array.from({ length: 12 }, (_, i) => [`+155512310${String(i).padStart(2, '0')}`]));
  await db.prisma.outdialTarget.updateMany({ where: { id: { in: more.slice(0, 6) } }, data: { createdAt: new Date('2030-01-01T00:00:00Z') } });
  await db.prisma.outdialTarget.update({ where: { id: more[7] }, data: { deletedAt: new Date(), name: '50%_off \\ sale' } });
  await db.prisma.outdialTarget.update({ where: { id: more[8] }, data: { name: '50% off', status: 'DONE', result: 'EXHAUSTED' } });
  // Microseconds, which Prisma drops.
  await db.prisma.$executeRawUnsafe(`UPDATE outdial_target SET last_attempt_at = '2026-11-01 10:00:00.123456+00', last_attempt_ended_at = NULL WHERE id = '${more[9]}'`);
  // A second outdial with no campaign, an outdial of another customer.
  ids.lonelyOutdial = (await db.prisma.outdial.create({ data: { customerId, name: 'lonely' } })).id;
  await db.prisma.outdial.create({ data: { customerId: otherCustomerId, name: 'theirs' } });
  // Attempts and their calls, one call with a chained call.
  const call = await db.prisma.call.create({
    data: { customerId, source: { type: 'TEL', target: '+15550100000' }, destination: { type: 'TEL', target: '+15551230001' }, campaignId: rows.campaignId, ringTimeoutMs: 30_000 },
  });
  await db.prisma.call.create({ data: { customerId, source: { type: 'TEL', target: '+1' }, destination: { type: 'SIP', target: 'x@y' }, masterCallId: call.id, ringTimeoutMs: 1000 } });
  for (let k = 1; k <= 3; k++) {
    await db.prisma.campaignCall.create({
      data: {
        customerId, campaignId: rows.campaignId, outdialTargetId: rows.targetIds[0], outplanId: rows.outplanId, outdialId: rows.outdialId,
        destination: { type: 'TEL', target: '+15551230001' }, destinationIndex: 0, tryCount: k, status: k < 3 ? 'DONE' : 'DIALING',
        result: k < 3 ? 'FAIL' : null, callId: k === 3 ? call.id : null, createdAt: new Date(Date.now() + k),
      },
    });
  }
});
afterAll(async () => {
  await database?.drop();
});

type Delegate = { findMany(args: object): Promise<unknown[]> };

/** The reader's rows for findMany(args) on `model`, and Prisma's. */
async function both(model: string, args: Record<string, unknown>) {
  const delegate = (db.prisma as unknown as Record<string, Delegate>)[model[0].toLowerCase() + model.slice(1)];
  return { ours: await reads.findMany(model, args), prisma: await delegate.findMany(args) };
}

async function expectSame(model: string, args: Record<string, unknown>, minRows = 1) {
  const { ours, prisma } = await both(model, args);
  expect(ours, `${model} ${JSON.stringify(args)} was not translated`).toBeDefined();
  expect(ours).toEqual(prisma);
  expect(prisma.length, `${model} ${JSON.stringify(args)}: a case with no rows proves little`).toBeGreaterThanOrEqual(minRows);
  return prisma;
}

describe('the JSON reader reads what Prisma reads', () => {
  const mine = () => ({ customerId, deletedAt: null });

  it('for the outdials page: include of a paged, filtered, ordered relation with _count', async () => {
    const targets = { where: mine(), orderBy: newest, take: 11, skip: 0 };
    await expectSame('Outdial', { take: 51, skip: 0, where: mine(), orderBy: newest, include: { targets, _count: { select: { targets: { where: mine() } } } } });
    await expectSame('Outdial', { where: mine(), orderBy: newest, include: { campaign: true, targets: { ...targets, include: { outdial: true } } } });
  });

  it('for select mode: only the selected scalars, nested selects, to-one relations from either side', async () => {
    await expectSame('OutdialTarget', { where: mine(), orderBy: newest, select: { id: true, createdAt: true, lastAttemptAt: true, destination0: true, outdial: { select: { name: true, campaign: { select: { id: true } } } } } });
    await expectSame('Call', { where: { customerId }, orderBy: newest, select: { id: true, masterCall: true, chainedCalls: { orderBy: newest }, campaignCall: { select: { tryCount: true } }, campaign: { select: { name: true } } } });
    await expectSame('CampaignCall', { where: { customerId }, orderBy: newest, include: { call: true, campaign: { include: { outplan: true, outdial: true } }, outdialTarget: true } });
  });

  it('pages with cursors forward and backward, with skip, and answers nothing for a cursor whose row is gone', async () => {
    const all = (await db.prisma.outdialTarget.findMany({ where: mine(), orderBy: newest })) as { id: string; createdAt: Date }[];
    expect(all.length).toBeGreaterThan(10);
    const at = all[4];
    const cursor = { createdAt_id: { createdAt: at.createdAt, id: at.id } };
    for (const page of [{ take: 3, skip: 1 }, { take: -3, skip: 1 }, { take: 4, skip: 0 }, { take: -2, skip: 0 }, { take: -20, skip: 1 }]) {
      await expectSame('OutdialTarget', { where: mine(), orderBy: newest, cursor, ...page });
    }
    await expectSame('OutdialTarget', { where: mine(), orderBy: newest, take: -5 });
    // Nested too: a relation read backwards is answered in the asked order.
    await expectSame('Outdial', { where: mine(), orderBy: newest, include: { targets: { where: mine(), orderBy: newest, take: -3 } } });
    await expectSame('OutdialTarget', { where: mine(), orderBy: newest, take: 4, skip: 3 });
    await expectSame('OutdialTarget', { where: mine(), orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], cursor: { id: at.id }, take: 3 });
    const gone = { createdAt_id: { createdAt: at.createdAt, id: randomUUID() } };
    expect(await both('OutdialTarget', { where: mine(), orderBy: newest, cursor: gone, take: 3, skip: 1 })).toEqual({ ours: [], prisma: [] });
  });

  it('filters by in (also empty), null, ranges, contains and startsWith (case-insensitive; % and _ are wildcards, as in Prisma), is and OR', async () => {
    await expectSame('OutdialTarget', { where: { ...mine(), status: { in: ['DONE', 'PROGRESSING'] } } });
    expect(await both('OutdialTarget', { where: { status: { in: [] } } })).toEqual({ ours: [], prisma: [] });
    await expectSame('OutdialTarget', { where: { name: { contains: '50%', mode: 'insensitive' } } });
    await expectSame('OutdialTarget', { where: { name: { contains: '%_OFF', mode: 'insensitive' } } });
    await expectSame('OutdialTarget', { where: { name: { contains: '50\\%\\_', mode: 'insensitive' } } }); // escaped: literally "50%_"
    await expectSame('OutdialTarget', { where: { name: { startsWith: 'TARGET', mode: 'insensitive' } } });
    await expectSame('OutdialTarget', { where: { name: { endsWith: '1' } } });
    await expectSame('OutdialTarget', { where: { createdAt: { gte: new Date('2029-01-01T00:00:00Z') }, result: null } });
    await expectSame('OutdialTarget', { where: { OR: [{ status: 'DONE' }, { name: 'target 0' }] } }, 2);
    await expectSame('Outdial', { where: { customerId, campaign: { is: { id: ids.campaign, customerId } } } });
    await expectSame('Outdial', { where: { customerId, campaign: { is: null } } });
    await expectSame('Outdial', { where: { AND: [{ customerId }, { name: { contains: 'LIST', mode: 'insensitive' } }] } });
  });

  it('reads every scalar type: JSON columns, enums, int arrays, booleans, instants (microseconds dropped as Prisma drops them)', async () => {
    for (const model of ['Outplan', 'Campaign', 'Call', 'CampaignCall', 'OutdialTarget', 'Outdial', 'Customer', 'User', 'AccessKey']) {
      await expectSame(model, { orderBy: newest }, model === 'User' || model === 'AccessKey' ? 0 : 1);
    }
    const [row] = await expectSame('OutdialTarget', { where: { lastAttemptAt: { gt: new Date(0) } }, select: { lastAttemptAt: true } });
    expect((row as { lastAttemptAt: Date }).lastAttemptAt.toISOString()).toBe('2026-11-01T10:00:00.123Z');
  });

  it('counts as Prisma counts', async () => {
    for (const where of [mine(), { customerId: otherCustomerId }, { name: { contains: '%', mode: 'insensitive' as const } }, { status: { in: [] } }]) {
      expect(await reads.count('OutdialTarget', { where })).toBe(await db.prisma.outdialTarget.count({ where }));
    }
  });

  it('reads a page with its count in one statement: the rows Prisma reads, the count Prisma counts, an empty page too', async () => {
    const count = await db.prisma.outdialTarget.count({ where: mine() });
    const at = (await db.prisma.outdialTarget.findMany({ where: mine(), orderBy: newest }))[3];
    const cursor = { createdAt_id: { createdAt: at.createdAt, id: at.id } };
    const gone = { createdAt_id: { createdAt: at.createdAt, id: randomUUID() } };
    const pages: Array<{ take: number; cursor?: typeof cursor; skip?: number }> = [{ take: 4 }, { take: -3, cursor, skip: 1 }, { take: 3, cursor: gone, skip: 1 }];
    for (const page of pages) {
      const args = { where: mine(), orderBy: newest, include: { outdial: true }, ...page };
      const read = await reads.findManyWithCount('OutdialTarget', args, mine());
      expect(read, JSON.stringify(page)).toBeDefined();
      expect(read!.count).toBe(count);
      // Each row carries the count; otherwise the rows are Prisma's.
      expect(read!.rows.map(({ __count, ...row }: any) => (expect(__count).toBe(count), row))).toEqual(await db.prisma.outdialTarget.findMany(args));
    }
  });

  it('leaves to Prisma (undefined) what it does not translate', async () => {
    const untranslated: Array<[string, Record<string, unknown>]> = [
      ['OutdialTarget', { where: { status: { not: 'DONE' } } }],
      ['OutdialTarget', { distinct: ['status'] }],
      ['OutdialTarget', { orderBy: [{ outdial: { name: 'asc' } }] }],
      ['OutdialTarget', { take: 3 }],
      ['Outdial', { where: { targets: { some: { status: 'DONE' } } } }],
      ['Outdial', { select: { name: true }, include: { targets: true } }],
      ['Outdial', { include: { _count: true } }],
      ['OutdialTarget', { orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], cursor: { id: ids.target }, take: 2 }],
    ];
    for (const [model, args] of untranslated) expect(await reads.findMany(model, args), JSON.stringify(args)).toBeUndefined();
    expect(await reads.count('OutdialTarget', { where: { status: { not: 'DONE' } } })).toBeUndefined();
  });
});
