import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { toSnapshot } from '../src/events/snapshot.ts';

let database: TestDatabase;
let t: TestApp;

const BULK = `mutation($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount outdial { uuid targetStats { total idle } } userErrors { field message code } } }`;
const CSV = `mutation($input: OutdialTargetsImportCsvInput!) { outdialTargetsImportCsv(input: $input) { createdCount outdial { uuid targetStats { total } } userErrors { field message code } } }`;

beforeAll(async () => {
  database = await createTestDatabase();
  t = await startTestApp(database);
});
afterAll(async () => {
  await t?.stop();
  await database?.drop();
});

async function newOutdial(name: string) {
  return (await t.gql(`mutation($name: String!) { outdialCreate(input: {name: $name}) { outdial { id uuid } } }`, { name })).data.outdialCreate.outdial;
}

async function counts() {
  const db = t.app.db;
  const [targets, events] = await Promise.all([db.prisma.outdialTarget.count(), db.prisma.event.count({ where: { entityType: 'OutdialTarget' } })]);
  return { targets, events };
}

const row = (i: number) => ({
  name: `contact ${i}`, detail: `row ${i}`, data: `{"row":${i}}`,
  destinations: [{ type: 'TEL', target: `+1555${String(1_000_000 + i).slice(1).padStart(7, '0')}` }, { type: 'SIP', target: `c${i}@example.com` }],
});

describe('outdialTargetsCreate', () => {
  it('creates 10,000 targets in one call, each with a CREATED event', async () => {
    const o = await newOutdial('bulk');
    const targets = Array.from({ length: 10_000 }, (_, i) => row(i));
    const res = await t.gql(BULK, { input: { outdialId: o.id, targets } });
    expect(res.data.outdialTargetsCreate).toEqual({ createdCount: 10_000, outdial: { uuid: o.uuid, targetStats: { total: 10_000, idle: 10_000 } }, userErrors: [] });
    const db = t.app.db;
    expect(await db.prisma.outdialTarget.count({ where: { outdialId: o.uuid, customerId: { not: undefined }, version: 1, status: 'IDLE' } })).toBe(10_000);
    expect(await db.prisma.event.count({ where: { entityType: 'OutdialTarget', kind: 'CREATED' } })).toBe(10_000);
    const sample = await db.prisma.outdialTarget.findFirstOrThrow({ where: { outdialId: o.uuid, name: 'contact 4321' } });
    expect(sample).toMatchObject({ detail: 'row 4321', data: '{"row":4321}', destination0: { type: 'TEL', target: '+15550004321' }, destination1: { type: 'SIP', target: 'c4321@example.com' }, destination2: null });
    // The event snapshot (built in SQL) is exactly what toSnapshot gives for the row.
    const event = await db.prisma.event.findFirstOrThrow({ where: { entityId: sample.id } });
    expect(event).toMatchObject({ customerId: sample.customerId, entityType: 'OutdialTarget', kind: 'CREATED', version: 1 });
    expect(event.snapshot).toEqual(toSnapshot(sample));
  });

  it('rejects the whole batch of 10,000 when one row is bad, naming that row, and writes nothing', async () => {
    const o = await newOutdial('bulk-bad');
    const targets = Array.from({ length: 10_000 }, (_, i) => row(i));
    targets[7_777] = { ...targets[7_777], destinations: [{ type: 'TEL', target: '555-0100' }] };
    const before = await counts();
    const res = await t.gql(BULK, { input: { outdialId: o.id, targets } });
    expect(res.data.outdialTargetsCreate).toEqual({
      createdCount: 0, outdial: null,
      userErrors: [{ field: ['input', 'targets', '7777', 'destinations', '0', 'target'], message: expect.stringContaining('E.164'), code: 'INVALID' }],
    });
    expect(await counts()).toEqual(before);
  });

  it('reports every bad row, with its index', async () => {
    const o = await newOutdial('bulk-many-bad');
    const targets = [row(0), { ...row(1), name: '' }, row(2), { ...row(3), destinations: [] }, { ...row(4), destinations: [{ type: 'EMAIL', target: 'x@example.com' }] }];
    const res = await t.gql(BULK, { input: { outdialId: o.id, targets } });
    expect(res.data.outdialTargetsCreate.userErrors.map((e: any) => e.field)).toEqual([
      ['input', 'targets', '1', 'name'], ['input', 'targets', '3', 'destinations'], ['input', 'targets', '4', 'destinations', '0', 'type'],
    ]);
  });

  it('refuses more than 10,000 targets, an empty batch, an unknown outdial and a deleted one', async () => {
    const o = await newOutdial('bulk-limits');
    const before = await counts();
    const tooMany = await t.gql(BULK, { input: { outdialId: o.id, targets: Array(10_001).fill(row(1)) } });
    expect(tooMany.data.outdialTargetsCreate.userErrors).toEqual([{ field: ['input', 'targets'], message: expect.stringContaining('at most 10,000'), code: 'INVALID' }]);
    const empty = await t.gql(BULK, { input: { outdialId: o.id, targets: [] } });
    expect(empty.data.outdialTargetsCreate.userErrors).toEqual([{ field: ['input', 'targets'], message: expect.any(String), code: 'INVALID' }]);
    const unknown = await t.gql(BULK, { input: { outdialId: Buffer.from('Outdial:01a207fd-46fb-76e5-b597-acd1af83212e').toString('base64url'), targets: [row(1)] } });
    expect(unknown.data.outdialTargetsCreate.userErrors).toEqual([{ field: ['input', 'outdialId'], message: 'Outdial not found.', code: 'NOT_FOUND' }]);
    await t.gql(`mutation($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } } }`, { id: o.id });
    const deleted = await t.gql(BULK, { input: { outdialId: o.id, targets: [row(1)] } });
    expect(deleted.data.outdialTargetsCreate.userErrors).toEqual([{ field: ['input', 'outdialId'], message: expect.stringContaining('deleted'), code: 'INVALID_STATE' }]);
    expect(await counts()).toEqual(before);
  });
});

describe('outdialTargetsImportCsv', () => {
  it('imports a CSV with a header row, quoted fields and TEL/SIP destinations', async () => {
    const o = await newOutdial('csv');
    const csv = [
      'name,detail,data,destination_0,destination_1',
      'test destination 0,test detatination 0 detail,test data,+821021656521,',
      '"Kim, Minji","two\nlines","{""vip"":true}",+15559876543,sip:minji@PBX.example.com',
      '',
      'Bob,,,bob@example.org,',
    ].join('\n');
    const res = await t.gql(CSV, { input: { outdialId: o.id, csv } });
    expect(res.data.outdialTargetsImportCsv).toEqual({ createdCount: 3, outdial: { uuid: o.uuid, targetStats: { total: 3 } }, userErrors: [] });
    const targets = (await t.gql(`query($id: ID!) { outdial(id: $id) { targets { nodes { name detail data destinations { index address { type target } } } } } }`, { id: o.id })).data.outdial.targets.nodes;
    const byName = Object.fromEntries(targets.map((x: any) => [x.name, x]));
    expect(byName['test destination 0']).toEqual({
      name: 'test destination 0', detail: 'test detatination 0 detail', data: 'test data', destinations: [{ index: 0, address: { type: 'TEL', target: '+821021656521' } }],
    });
    expect(byName['Kim, Minji']).toMatchObject({
      detail: 'two\nlines', data: '{"vip":true}',
      destinations: [{ index: 0, address: { type: 'TEL', target: '+15559876543' } }, { index: 1, address: { type: 'SIP', target: 'minji@pbx.example.com' } }],
    });
    expect(byName.Bob.destinations).toEqual([{ index: 0, address: { type: 'SIP', target: 'bob@example.org' } }]);
  });

  it('rejects the whole file, naming the line and column of every problem, and writes nothing', async () => {
    const o = await newOutdial('csv-bad');
    const lines = ['name,destination_0,destination_1'];
    for (let i = 0; i < 20; i++) lines.push(`ok ${i},+1555${String(2000000 + i)},`);
    lines[7 - 1] = 'bad number,5551234,'; // line 7
    lines[9 - 1] = ',+15559876543,'; // line 9: no name
    lines[12 - 1] = 'hole,,+15559876543'; // line 12: destination_1 without destination_0
    lines[15 - 1] = 'bad sip,+15559876543,sip:@'; // line 15
    const before = await counts();
    const res = await t.gql(CSV, { input: { outdialId: o.id, csv: lines.join('\n') } });
    const errors = res.data.outdialTargetsImportCsv.userErrors;
    expect(res.data.outdialTargetsImportCsv.createdCount).toBe(0);
    expect(errors.map((e: any) => e.field)).toEqual([
      ['input', 'csv', 'line 7', 'destination_0'],
      ['input', 'csv', 'line 9', 'name'],
      ['input', 'csv', 'line 12', 'destination_1'],
      ['input', 'csv', 'line 15', 'destination_1'],
    ]);
    expect(errors[0].message).toMatch(/^line 7: destination_0 "5551234" is neither an E\.164 number/);
    expect(errors[1].message).toBe('line 9: name is required and cannot be blank.');
    expect(errors[2].message).toContain('destination_0 is empty');
    expect(errors.every((e: any) => e.code === 'INVALID')).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('refuses unknown columns, a missing name column, a ragged row and unreadable CSV with line numbers', async () => {
    const o = await newOutdial('csv-shape');
    const before = await counts();
    const cases: [string, string[]][] = [
      ['name,phone\na,+15559876543', ['input', 'csv', 'line 1', 'phone']],
      ['detail,destination_0\na,+15559876543', ['input', 'csv', 'line 1', 'name']],
      ['name,destination_0\na,+15559876543\nb,+15559876544,extra', ['input', 'csv', 'line 3']],
      ['name,destination_0\na,+15559876543\n"b,+15559876544', ['input', 'csv', 'line 3']],
      ['', ['input', 'csv']],
    ];
    for (const [csv, field] of cases) {
      const res = await t.gql(CSV, { input: { outdialId: o.id, csv } });
      expect(res.data.outdialTargetsImportCsv.userErrors[0], csv).toMatchObject({ field, code: 'INVALID' });
    }
    expect(await counts()).toEqual(before);
  });
});
