import { describe, expect, it } from 'vitest';
import type { VariablesOf } from '@graphql-typed-document-node/core';
import { useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';
import { toSnapshot } from '../src/events/snapshot.ts';

const t = useTestApp();

const BULK = graphql(`
  mutation OutdialTargetsCreateForOutdialImportTest($input: OutdialTargetsCreateInput!) {
    outdialTargetsCreate(input: $input) { createdCount outdial { uuid targetStats { total idle } } userErrors { field message code } }
  }
`);
const CSV = graphql(`
  mutation OutdialTargetsImportCsvForOutdialImportTest($input: OutdialTargetsImportCsvInput!) {
    outdialTargetsImportCsv(input: $input) { createdCount outdial { uuid targetStats { total } } userErrors { field message code } }
  }
`);
const OUTDIAL_CREATE = graphql(`
  mutation OutdialCreateForOutdialImportTest($name: String!) { outdialCreate(input: {name: $name}) { outdial { id uuid } } }
`);
const OUTDIAL_DELETE = graphql(`
  mutation OutdialDeleteForOutdialImportTest($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } } }
`);
const TARGETS = graphql(`
  query OutdialTargetsForOutdialImportTest($id: ID!) {
    outdial(id: $id) { targets { nodes { name detail data destinations { index address { type target } } } } }
  }
`);

type TargetRow = VariablesOf<typeof BULK>['input']['targets'][number];

async function newOutdial(name: string) {
  return (await t.gql(OUTDIAL_CREATE, { name })).data!.outdialCreate.outdial!;
}

/** Everything a rejected batch must leave alone: targets, events, outdial versions. */
async function counts() {
  const db = t.db;
  const [targets, events, outdialVersions] = await Promise.all([
    db.prisma.outdialTarget.count(),
    db.prisma.event.count({ where: { entityType: { in: ['OutdialTarget', 'Outdial'] } } }),
    db.prisma.outdial.aggregate({ _sum: { version: true } }),
  ]);
  return { targets, events, outdialVersions: outdialVersions._sum.version };
}

const row = (i: number): TargetRow => ({
  name: `contact ${i}`, detail: `row ${i}`, data: `{"row":${i}}`,
  destinations: [{ type: 'TEL', target: `+1555${String(1_000_000 + i).slice(1).padStart(7, '0')}` }, { type: 'SIP', target: `c${i}@example.com` }],
});

describe('outdialTargetsCreate', () => {
  it('creates 10,000 targets in one call, with one TARGETS_CREATED event for the outdial', async () => {
    const o = await newOutdial('bulk');
    const targets = Array.from({ length: 10_000 }, (_, i) => row(i));
    const before = await counts();
    const res = await t.gql(BULK, { input: { outdialId: o.id, targets } });
    expect(res.data!.outdialTargetsCreate).toEqual({ createdCount: 10_000, outdial: { uuid: o.uuid, targetStats: { total: 10_000, idle: 10_000 } }, userErrors: [] });
    const db = t.db;
    expect(await db.prisma.outdialTarget.count({ where: { outdialId: o.uuid, customerId: { not: undefined }, version: 1, status: 'IDLE' } })).toBe(10_000);
    const sample = await db.prisma.outdialTarget.findFirstOrThrow({ where: { outdialId: o.uuid, name: 'contact 4321' } });
    expect(sample).toMatchObject({
      detail: 'row 4321', data: '{"row":4321}', updatedAt: null, deletedAt: null, lastAttemptAt: null,
      destination0: { type: 'TEL', target: '+15550004321', targetName: null, name: null, detail: null },
      destination1: { type: 'SIP', target: 'c4321@example.com', targetName: null, name: null, detail: null },
      destination2: null, destination3: null, destination4: null,
    });
    // Creation is not a status change (domain.md A5): no event per target, one for the outdial (version bumped).
    expect(await counts()).toEqual({ targets: before.targets + 10_000, events: before.events + 1, outdialVersions: before.outdialVersions! + 1 });
    const outdial = await db.prisma.outdial.findUniqueOrThrow({ where: { id: o.uuid } });
    const event = await db.prisma.event.findFirstOrThrow({ where: { entityId: o.uuid, kind: 'TARGETS_CREATED' } });
    expect(event).toMatchObject({ customerId: outdial.customerId, entityType: 'Outdial', version: 2 });
    expect(event.snapshot).toEqual({ ...toSnapshot(outdial), createdCount: 10_000 });
  });

  it('keeps every field of every row, with the same createdAt for the whole batch', async () => {
    const o = await newOutdial('bulk-fields');
    const targets: TargetRow[] = [
      { name: '  padded  ', destinations: [{ type: 'TEL', target: '+1 (555) 987-6544', targetName: 'Desk', name: 'n', detail: 'd' }] },
      // A lone surrogate is stored as U+FFFD, as on every other write path (UTF-8 text parameters).
      { name: 'five', detail: 'x'.repeat(2000), data: 'quote " backslash \\ud800 newline \n unicode \u00e9 \ud83d\ude00 lone \ud800', destinations: [
        { type: 'SIP', target: 'sip:Alice@PBX.Example.com' }, { type: 'TEL', target: '+442071838750' }, { type: 'TEL', target: '+15559876543' },
        { type: 'SIP', target: 'b@c.d' }, { type: 'TEL', target: '+821021656521' },
      ] },
    ];
    const res = await t.gql(BULK, { input: { outdialId: o.id, targets } });
    expect(res.data!.outdialTargetsCreate.createdCount).toBe(2);
    const rows = await t.db.prisma.outdialTarget.findMany({ where: { outdialId: o.uuid }, orderBy: { name: 'asc' } });
    expect(rows.map((r) => [r.name, r.detail, r.data])).toEqual([['five', 'x'.repeat(2000), targets[1].data!.replace(/\ud800$/, '\ufffd')], ['padded', '', '']]);
    expect(rows[1].destination0).toEqual({ type: 'TEL', target: '+15559876544', targetName: 'Desk', name: 'n', detail: 'd' });
    expect([rows[0].destination0, rows[0].destination1, rows[0].destination4]).toEqual([
      { type: 'SIP', target: 'Alice@pbx.example.com', targetName: null, name: null, detail: null },
      { type: 'TEL', target: '+442071838750', targetName: null, name: null, detail: null },
      { type: 'TEL', target: '+821021656521', targetName: null, name: null, detail: null },
    ]);
    // One createdAt for the batch, in whole milliseconds like every row Prisma writes (connection cursors).
    const stamps = await t.db.prisma.$queryRaw<{ us: number }[]>`
      SELECT DISTINCT (extract(microseconds FROM created_at)::int % 1000) AS us FROM outdial_target WHERE outdial_id = ${o.uuid}::uuid`;
    expect(rows[0].createdAt).toEqual(rows[1].createdAt);
    expect(stamps).toEqual([{ us: 0 }]);
  });

  it('rejects the whole batch of 10,000 when one row is bad, naming that row, and writes nothing', async () => {
    const o = await newOutdial('bulk-bad');
    const targets = Array.from({ length: 10_000 }, (_, i) => row(i));
    targets[7_777] = { ...targets[7_777], destinations: [{ type: 'TEL', target: '555-0100' }] };
    const before = await counts();
    const res = await t.gql(BULK, { input: { outdialId: o.id, targets } });
    expect(res.data!.outdialTargetsCreate).toEqual({
      createdCount: 0, outdial: null,
      userErrors: [{ field: ['input', 'targets', '7777', 'destinations', '0', 'target'], message: expect.stringContaining('E.164'), code: 'INVALID' }],
    });
    expect(await counts()).toEqual(before);
  });

  it('reports bad rows anywhere in a batch of 10,000, in order, and writes nothing (rows before them included)', async () => {
    const o = await newOutdial('bulk-bad-spread');
    const targets = Array.from({ length: 10_000 }, (_, i) => row(i));
    targets[3] = { ...targets[3], name: ' ' };
    targets[9_999] = { ...targets[9_999], destinations: [{ type: 'TEL', target: '+10000000' }] };
    const before = await counts();
    const res = await t.gql(BULK, { input: { outdialId: o.id, targets } });
    expect(res.data!.outdialTargetsCreate.userErrors.map((e) => e.field)).toEqual([
      ['input', 'targets', '3', 'name'], ['input', 'targets', '9999', 'destinations', '0', 'target'],
    ]);
    expect(await counts()).toEqual(before);
  });

  it('reports every bad row, with its index', async () => {
    const o = await newOutdial('bulk-many-bad');
    const targets: TargetRow[] = [row(0), { ...row(1), name: '' }, row(2), { ...row(3), destinations: [] }, { ...row(4), destinations: [{ type: 'EMAIL', target: 'x@example.com' }] }];
    const res = await t.gql(BULK, { input: { outdialId: o.id, targets } });
    expect(res.data!.outdialTargetsCreate.userErrors.map((e) => e.field)).toEqual([
      ['input', 'targets', '1', 'name'], ['input', 'targets', '3', 'destinations'], ['input', 'targets', '4', 'destinations', '0', 'type'],
    ]);
  });

  it('refuses more than 10,000 targets, an empty batch, an unknown outdial and a deleted one', async () => {
    const o = await newOutdial('bulk-limits');
    const before = await counts();
    const tooMany = await t.gql(BULK, { input: { outdialId: o.id, targets: Array(10_001).fill(row(1)) } });
    expect(tooMany.data!.outdialTargetsCreate.userErrors).toEqual([{ field: ['input', 'targets'], message: expect.stringContaining('at most 10,000'), code: 'INVALID' }]);
    const empty = await t.gql(BULK, { input: { outdialId: o.id, targets: [] } });
    expect(empty.data!.outdialTargetsCreate.userErrors).toEqual([{ field: ['input', 'targets'], message: expect.any(String), code: 'INVALID' }]);
    const unknown = await t.gql(BULK, { input: { outdialId: Buffer.from('Outdial:01a207fd-46fb-76e5-b597-acd1af83212e').toString('base64url'), targets: [row(1)] } });
    expect(unknown.data!.outdialTargetsCreate.userErrors).toEqual([{ field: ['input', 'outdialId'], message: 'Outdial not found.', code: 'NOT_FOUND' }]);
    // Row problems are reported before the outdial's.
    const badRowUnknownOutdial = await t.gql(BULK, { input: { outdialId: Buffer.from('Outdial:01a207fd-46fb-76e5-b597-acd1af83212e').toString('base64url'), targets: [row(0), { ...row(1), name: '' }] } });
    expect(badRowUnknownOutdial.data!.outdialTargetsCreate.userErrors).toEqual([{ field: ['input', 'targets', '1', 'name'], message: expect.any(String), code: 'INVALID' }]);
    expect(await counts()).toEqual(before);
    await t.gql(OUTDIAL_DELETE, { id: o.id });
    const afterDelete = await counts();
    const deleted = await t.gql(BULK, { input: { outdialId: o.id, targets: [row(1)] } });
    expect(deleted.data!.outdialTargetsCreate.userErrors).toEqual([{ field: ['input', 'outdialId'], message: expect.stringContaining('deleted'), code: 'INVALID_STATE' }]);
    expect(await counts()).toEqual(afterDelete);
  });

  it('refuses another customer\'s outdial as not found', async () => {
    const db = t.db;
    const other = await db.prisma.customer.create({ data: { name: `other-${Date.now()}` } });
    const theirs = await db.prisma.outdial.create({ data: { customerId: other.id, name: 'theirs' } });
    const before = await counts();
    const res = await t.gql(BULK, { input: { outdialId: Buffer.from(`Outdial:${theirs.id}`).toString('base64url'), targets: [row(1)] } });
    expect(res.data!.outdialTargetsCreate.userErrors).toEqual([{ field: ['input', 'outdialId'], message: 'Outdial not found.', code: 'NOT_FOUND' }]);
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
    expect(res.data!.outdialTargetsImportCsv).toEqual({ createdCount: 3, outdial: { uuid: o.uuid, targetStats: { total: 3 } }, userErrors: [] });
    const targets = (await t.gql(TARGETS, { id: o.id })).data!.outdial!.targets.nodes;
    const byName = Object.fromEntries(targets.map((x) => [x.name, x]));
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
    const errors = res.data!.outdialTargetsImportCsv.userErrors;
    expect(res.data!.outdialTargetsImportCsv.createdCount).toBe(0);
    expect(errors.map((e) => e.field)).toEqual([
      ['input', 'csv', 'line 7', 'destination_0'],
      ['input', 'csv', 'line 9', 'name'],
      ['input', 'csv', 'line 12', 'destination_1'],
      ['input', 'csv', 'line 15', 'destination_1'],
    ]);
    expect(errors[0].message).toMatch(/^line 7: destination_0 "5551234" is neither an E\.164 number/);
    expect(errors[1].message).toBe('line 9: name is required and cannot be blank.');
    expect(errors[2].message).toContain('destination_0 is empty');
    expect(errors.every((e) => e.code === 'INVALID')).toBe(true);
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
      expect(res.data!.outdialTargetsImportCsv.userErrors[0], csv).toMatchObject({ field, code: 'INVALID' });
    }
    expect(await counts()).toEqual(before);
  });
});
