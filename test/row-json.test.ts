// Snapshots built in SQL (src/events/row-json.ts) are the snapshots toSnapshot() makes of Prisma's rows: the
// column of every field follows the @map convention columnOf() assumes, and instants come out as Prisma
// reads them, microseconds (which Prisma drops) included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../src/generated/prisma/client.ts';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';
import type { Database } from '../src/db/database.ts';
import { rowJsonSql } from '../src/events/row-json.ts';
import { columnOf, tableOf } from '../src/db/datamodel.ts';
import { toSnapshot } from '../src/events/snapshot.ts';
import { address, createCampaignRows } from './helpers/campaign.ts';

let database: TestDatabase;
let db: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  db = await database.open();
  await db.prisma.customer.create({ data: { name: 'default' } }); // what the app's bootstrap would have made
});
afterAll(async () => {
  await database?.drop();
});

interface RuntimeModel {
  dbName: string | null;
  fields: { name: string; kind: string; dbName?: string }[];
}

describe('row JSON in SQL', () => {
  it("maps every model to the table, and every scalar field to the column, that Prisma's own datamodel names", () => {
    // Prisma's runtime datamodel is internal; this test is where we look at it, to check the convention.
    const models = (db.prisma as unknown as { _runtimeDataModel: { models: Record<string, RuntimeModel> } })._runtimeDataModel.models;
    let fields = 0;
    for (const [model, def] of Object.entries(models)) {
      expect(tableOf(model), model).toBe(def.dbName ?? model);
      for (const f of def.fields.filter((x) => x.kind === 'scalar' || x.kind === 'enum')) {
        expect(columnOf(f.name), `${model}.${f.name}`).toBe(f.dbName ?? f.name);
        fields++;
      }
    }
    expect(fields).toBeGreaterThan(100);
  });

  it('equals toSnapshot of the Prisma row, for targets, calls and attempts, microseconds and JSON included', async () => {
    const rows = await createCampaignRows(db, { targets: [['+15551230001', '+15551230002']], maxTryCounts: [1, 1, 0, 0, 0] });
    const [targetId] = rows.targetIds;
    const call = await db.prisma.call.create({
      data: { customerId: rows.customerId, source: address('+15550100000'), destination: address('+15551230001'), campaignId: rows.campaignId },
    });
    await db.prisma.campaignCall.create({
      data: {
        customerId: rows.customerId, campaignId: rows.campaignId, outdialTargetId: targetId, outdialId: rows.outdialId, callId: call.id,
        destination: address('+15551230001'), destinationIndex: 0, tryCount: 1,
      },
    });
    // Instants with microseconds, which Prisma truncates to milliseconds.
    await db.prisma.$executeRaw`UPDATE outdial_target SET updated_at = '2026-11-23 10:00:00.123999+00', last_attempt_at = '2026-11-23 09:59:59.999999+00' WHERE id = ${targetId}::uuid`;
    await db.prisma.$executeRaw`UPDATE "call" SET hangup_at = '2026-11-23 10:00:01.000500+00', hangup_reason = 'BUSY' WHERE id = ${call.id}::uuid`;

    const snapshotOf = async (model: string, table: string, id: string) => {
      const [row] = await db.prisma.$queryRaw<{ snap: unknown }[]>`SELECT ${rowJsonSql(model, 'x')} AS snap FROM ${Prisma.raw(table)} x WHERE x.id = ${id}::uuid`;
      return row.snap;
    };
    const target = await db.prisma.outdialTarget.findUniqueOrThrow({ where: { id: targetId } });
    expect(target.updatedAt!.toISOString()).toBe('2026-11-23T10:00:00.123Z');
    expect(await snapshotOf('OutdialTarget', 'outdial_target', targetId)).toEqual(toSnapshot(target));
    const storedCall = await db.prisma.call.findUniqueOrThrow({ where: { id: call.id } });
    expect(await snapshotOf('Call', '"call"', call.id)).toEqual(toSnapshot(storedCall));
    const attempt = await db.prisma.campaignCall.findUniqueOrThrow({ where: { callId: call.id } });
    expect(await snapshotOf('CampaignCall', 'campaign_call', attempt.id)).toEqual(toSnapshot(attempt));
    const campaign = await db.prisma.campaign.findUniqueOrThrow({ where: { id: rows.campaignId } });
    expect(await snapshotOf('Campaign', 'campaign', campaign.id)).toEqual(toSnapshot(campaign));
  });
});
