// Duplicate targets (same first destination) in one outdial: Outdial.duplicateTargets REFUSE (default), SKIP or
// ALLOW, on every way in (single create and update, bulk, CSV), the policy change, soft-deleted targets, and racing
// imports backed by the partial unique index. Issue 15, item 8.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { applyMigrations, migrationsDir, readMigrations } from '../src/db/migrate.ts';
import { useTestApp } from './helpers/app.ts';
import { onPostgres } from './helpers/db.ts';
import { graphql } from './gql/index.ts';
import type { DuplicateTargetPolicy } from './gql/graphql.ts';

const t = useTestApp();

const OUTDIAL_CREATE = graphql(`
  mutation OutdialCreateForDuplicateTargetsTest($input: OutdialCreateInput!) {
    outdialCreate(input: $input) { outdial { id uuid duplicateTargets } userErrors { field message code } }
  }
`);
const OUTDIAL_UPDATE = graphql(`
  mutation OutdialUpdateForDuplicateTargetsTest($input: OutdialUpdateInput!) {
    outdialUpdate(input: $input) { outdial { duplicateTargets version } userErrors { field message code } }
  }
`);
const TARGET_CREATE = graphql(`
  mutation OutdialTargetCreateForDuplicateTargetsTest($input: OutdialTargetCreateInput!) {
    outdialTargetCreate(input: $input) { outdialTarget { id uuid } userErrors { field message code } }
  }
`);
const TARGET_UPDATE = graphql(`
  mutation OutdialTargetUpdateForDuplicateTargetsTest($input: OutdialTargetUpdateInput!) {
    outdialTargetUpdate(input: $input) { outdialTarget { name destinations { address { target } } } userErrors { field message code } }
  }
`);
const TARGET_DELETE = graphql(`
  mutation OutdialTargetDeleteForDuplicateTargetsTest($id: ID!) { outdialTargetDelete(input: {id: $id}) { userErrors { message } } }
`);
const BULK = graphql(`
  mutation OutdialTargetsCreateForDuplicateTargetsTest($input: OutdialTargetsCreateInput!) {
    outdialTargetsCreate(input: $input) { createdCount skippedCount outdial { targetStats { total } } userErrors { field message code } }
  }
`);
const CSV = graphql(`
  mutation OutdialTargetsImportCsvForDuplicateTargetsTest($input: OutdialTargetsImportCsvInput!) {
    outdialTargetsImportCsv(input: $input) { createdCount skippedCount userErrors { field message code } }
  }
`);
const TARGET_NAMES = graphql(`
  query OutdialTargetNamesForDuplicateTargetsTest($id: ID!) {
    outdial(id: $id) { targets(first: 100) { nodes { name destinations { index address { target } } } } }
  }
`);

let serial = 0;
async function newOutdial(duplicateTargets?: DuplicateTargetPolicy) {
  const res = await t.gql(OUTDIAL_CREATE, { input: { name: `dup ${++serial}`, ...(duplicateTargets ? { duplicateTargets } : {}) } });
  return res.data!.outdialCreate.outdial!;
}

const tel = (target: string) => ({ type: 'TEL' as const, target });

async function createTarget(outdialId: string, name: string, ...numbers: string[]) {
  return (await t.gql(TARGET_CREATE, { input: { outdialId, name, destinations: numbers.map(tel) } })).data!.outdialTargetCreate;
}

async function names(outdialId: string): Promise<string[]> {
  const res = await t.gql(TARGET_NAMES, { id: outdialId });
  return res.data!.outdial!.targets.nodes.map((n) => n.name).sort();
}

describe('the policy', () => {
  it('is REFUSE for a new outdial, and outdialCreate takes another', async () => {
    expect((await newOutdial()).duplicateTargets).toBe('REFUSE');
    expect((await newOutdial('SKIP')).duplicateTargets).toBe('SKIP');
    expect((await newOutdial('ALLOW')).duplicateTargets).toBe('ALLOW');
  });
});

describe('REFUSE', () => {
  it('refuses a single create whose first destination another live target has (compared normalised), naming it', async () => {
    const o = await newOutdial();
    const first = await createTarget(o.id, 'Alice', '+15551230001');
    expect(first.userErrors).toEqual([]);
    const second = await createTarget(o.id, 'Bob', '+1 (555) 123-0001');
    expect(second.outdialTarget).toBeNull();
    expect(second.userErrors).toEqual([{ field: ['input', 'destinations', '0'], code: 'CONFLICT', message: expect.stringContaining(`target "Alice" (${first.outdialTarget!.uuid})`) }]);
    // The number as a later destination is not a duplicate target (only destination 0 counts).
    expect((await createTarget(o.id, 'Carol', '+15551230002', '+15551230001')).userErrors).toEqual([]);
    expect(await names(o.id)).toEqual(['Alice', 'Carol']);
  });

  it('refuses an update that moves a target onto another target\'s first destination, but not onto its own', async () => {
    const o = await newOutdial();
    await createTarget(o.id, 'Alice', '+15551230011');
    const bob = (await createTarget(o.id, 'Bob', '+15551230012')).outdialTarget!;
    const moved = await t.gql(TARGET_UPDATE, { input: { id: bob.id, destinations: [tel('+15551230011')] } });
    expect(moved.data!.outdialTargetUpdate).toMatchObject({ outdialTarget: null, userErrors: [{ field: ['input', 'destinations', '0'], code: 'CONFLICT', message: expect.stringContaining('"Alice"') }] });
    const same = await t.gql(TARGET_UPDATE, { input: { id: bob.id, name: 'Bobby', destinations: [tel('+15551230012'), tel('+15551230013')] } });
    expect(same.data!.outdialTargetUpdate.userErrors).toEqual([]);
    expect(same.data!.outdialTargetUpdate.outdialTarget!.name).toBe('Bobby');
  });

  it('refuses a bulk import at each duplicate row\'s destination 0 (an existing target or an earlier row), writing nothing', async () => {
    const o = await newOutdial();
    const alice = (await createTarget(o.id, 'Alice', '+15551230021')).outdialTarget!;
    const res = await t.gql(BULK, {
      input: {
        outdialId: o.id,
        targets: [
          { name: 'r0', destinations: [tel('+15551230022')] },
          { name: 'r1', destinations: [tel('+15551230021')] },
          { name: 'r2', destinations: [tel('+1 555 123 0022')] },
          { name: 'r3', destinations: [tel('+15551230023')] },
        ],
      },
    });
    const payload = res.data!.outdialTargetsCreate;
    expect(payload).toMatchObject({ createdCount: 0, skippedCount: 0, outdial: null });
    expect(payload.userErrors).toEqual([
      { field: ['input', 'targets', '1', 'destinations', '0'], code: 'CONFLICT', message: expect.stringContaining(`target "Alice" (${alice.uuid})`) },
      { field: ['input', 'targets', '2', 'destinations', '0'], code: 'CONFLICT', message: expect.stringContaining('row 0 of this import') },
    ]);
    expect(await names(o.id)).toEqual(['Alice']);
  });

  it('refuses a CSV import with the lines of the duplicates', async () => {
    const o = await newOutdial();
    await createTarget(o.id, 'Alice', '+15551230031');
    const csv = 'name,destination_0\nr2,+15551230032\nr3,+15551230031\n\nr5,+15551230032\n';
    const res = (await t.gql(CSV, { input: { outdialId: o.id, csv } })).data!.outdialTargetsImportCsv;
    expect(res.createdCount).toBe(0);
    expect(res.userErrors).toEqual([
      { field: ['input', 'csv', 'line 3', 'destination_0'], code: 'CONFLICT', message: expect.stringMatching(/^line 3: \+15551230031 is already the first destination of target "Alice"/) },
      { field: ['input', 'csv', 'line 5', 'destination_0'], code: 'CONFLICT', message: expect.stringMatching(/^line 5: \+15551230032 is already the first destination of line 2 of this import/) },
    ]);
    expect(await names(o.id)).toEqual(['Alice']);
  });

  it('does not count soft-deleted targets', async () => {
    const o = await newOutdial();
    const alice = (await createTarget(o.id, 'Alice', '+15551230041')).outdialTarget!;
    expect((await t.gql(TARGET_DELETE, { id: alice.id })).data!.outdialTargetDelete.userErrors).toEqual([]);
    expect((await createTarget(o.id, 'Alice again', '+15551230041')).userErrors).toEqual([]);
    const bulk = await t.gql(BULK, { input: { outdialId: o.id, targets: [{ name: 'other', destinations: [tel('+15551230042')] }] } });
    expect(bulk.data!.outdialTargetsCreate.userErrors).toEqual([]);
    expect(await names(o.id)).toEqual(['Alice again', 'other']);
  });
});

describe('SKIP', () => {
  it('leaves duplicates out of a bulk import and creates the rest, counting both', async () => {
    const o = await newOutdial('SKIP');
    await createTarget(o.id, 'Alice', '+15551230051');
    const res = await t.gql(BULK, {
      input: {
        outdialId: o.id,
        targets: [
          { name: 'r0', destinations: [tel('+15551230051')] },
          { name: 'r1', destinations: [tel('+15551230052')] },
          { name: 'r2', destinations: [tel('+15551230052')] },
          { name: 'r3', destinations: [tel('+15551230053')] },
        ],
      },
    });
    expect(res.data!.outdialTargetsCreate).toEqual({ createdCount: 2, skippedCount: 2, outdial: { targetStats: { total: 3 } }, userErrors: [] });
    // The first row with a number is kept.
    expect(await names(o.id)).toEqual(['Alice', 'r1', 'r3']);
    const event = await t.db.prisma.event.findFirstOrThrow({ where: { entityId: o.uuid, kind: 'TARGETS_CREATED' } });
    expect((event.snapshot as { createdCount: number }).createdCount).toBe(2);
  });

  it('leaves duplicates out of a CSV import; an import of nothing new creates nothing', async () => {
    const o = await newOutdial('SKIP');
    const csv = 'name,destination_0\na,+15551230061\nb,+15551230061\nc,+15551230062\n';
    expect((await t.gql(CSV, { input: { outdialId: o.id, csv } })).data!.outdialTargetsImportCsv).toEqual({ createdCount: 2, skippedCount: 1, userErrors: [] });
    expect((await t.gql(CSV, { input: { outdialId: o.id, csv } })).data!.outdialTargetsImportCsv).toEqual({ createdCount: 0, skippedCount: 3, userErrors: [] });
    expect(await names(o.id)).toEqual(['a', 'c']);
  });

  it('refuses a single create or update, like REFUSE', async () => {
    const o = await newOutdial('SKIP');
    await createTarget(o.id, 'Alice', '+15551230071');
    expect((await createTarget(o.id, 'Bob', '+15551230071')).userErrors).toMatchObject([{ field: ['input', 'destinations', '0'], code: 'CONFLICT' }]);
    const bob = (await createTarget(o.id, 'Bob', '+15551230072')).outdialTarget!;
    const moved = await t.gql(TARGET_UPDATE, { input: { id: bob.id, destinations: [tel('+15551230071')] } });
    expect(moved.data!.outdialTargetUpdate.userErrors).toMatchObject([{ field: ['input', 'destinations', '0'], code: 'CONFLICT' }]);
  });
});

describe('ALLOW', () => {
  it('accepts duplicates everywhere', async () => {
    const o = await newOutdial('ALLOW');
    expect((await createTarget(o.id, 'a', '+15551230081')).userErrors).toEqual([]);
    expect((await createTarget(o.id, 'b', '+15551230081')).userErrors).toEqual([]);
    const bulk = await t.gql(BULK, { input: { outdialId: o.id, targets: [{ name: 'c', destinations: [tel('+15551230081')] }, { name: 'd', destinations: [tel('+15551230081')] }] } });
    expect(bulk.data!.outdialTargetsCreate).toMatchObject({ createdCount: 2, skippedCount: 0, userErrors: [] });
    const csv = await t.gql(CSV, { input: { outdialId: o.id, csv: 'name,destination_0\ne,+15551230081\n' } });
    expect(csv.data!.outdialTargetsImportCsv).toEqual({ createdCount: 1, skippedCount: 0, userErrors: [] });
    expect(await names(o.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('changing the policy', () => {
  it('refuses REFUSE or SKIP while duplicates are there, naming a pair; after the delete it applies, and ALLOW clears the keys', async () => {
    const o = await newOutdial('ALLOW');
    const a = (await createTarget(o.id, 'a', '+15551230091')).outdialTarget!;
    const b = (await createTarget(o.id, 'b', '+15551230091')).outdialTarget!;
    await createTarget(o.id, 'c', '+15551230092');
    for (const policy of ['REFUSE', 'SKIP'] as const) {
      const res = (await t.gql(OUTDIAL_UPDATE, { input: { id: o.id, duplicateTargets: policy } })).data!.outdialUpdate;
      expect(res.outdial).toBeNull();
      expect(res.userErrors).toEqual([{ field: ['input', 'duplicateTargets'], code: 'CONFLICT', message: expect.stringContaining(`"a" (${a.uuid}) and "b" (${b.uuid}) both start with +15551230091`) }]);
    }
    const unchanged = await t.db.prisma.outdial.findUniqueOrThrow({ where: { id: o.uuid } });
    expect(unchanged.duplicateTargets).toBe('ALLOW');
    await t.gql(TARGET_DELETE, { id: b.id });
    const refuse = (await t.gql(OUTDIAL_UPDATE, { input: { id: o.id, duplicateTargets: 'REFUSE' } })).data!.outdialUpdate;
    expect(refuse).toMatchObject({ outdial: { duplicateTargets: 'REFUSE' }, userErrors: [] });
    // Now enforced for the targets that were there before the change.
    expect((await createTarget(o.id, 'd', '+15551230092')).userErrors).toMatchObject([{ code: 'CONFLICT', message: expect.stringContaining('"c"') }]);
    expect(await t.db.prisma.outdialTarget.count({ where: { outdialId: o.uuid, deletedAt: null, dedupeKey: null } })).toBe(0);
    const allow = (await t.gql(OUTDIAL_UPDATE, { input: { id: o.id, duplicateTargets: 'ALLOW' } })).data!.outdialUpdate;
    expect(allow).toMatchObject({ outdial: { duplicateTargets: 'ALLOW' }, userErrors: [] });
    expect(await t.db.prisma.outdialTarget.count({ where: { outdialId: o.uuid, dedupeKey: { not: null } } })).toBe(0);
    expect((await createTarget(o.id, 'd', '+15551230092')).userErrors).toEqual([]);
  });
});

describe('racing imports', () => {
  for (const policy of ['REFUSE', 'SKIP'] as const) {
    it(`10 concurrent imports of the same numbers under ${policy} leave exactly one row per number`, async () => {
      const o = await newOutdial(policy);
      const targets = Array.from({ length: 50 }, (_, i) => ({ name: `n${i}`, destinations: [tel(`+1555124${String(i).padStart(4, '0')}`)] }));
      const results = await Promise.all(Array.from({ length: 10 }, () => t.gql(BULK, { input: { outdialId: o.id, targets } })));
      const payloads = results.map((r) => {
        expect(r.errors).toBeUndefined();
        return r.data!.outdialTargetsCreate;
      });
      const rows = await t.db.prisma.outdialTarget.groupBy({ by: ['dedupeKey'], where: { outdialId: o.uuid, deletedAt: null }, _count: { _all: true } });
      expect(rows).toHaveLength(50);
      expect(rows.every((r) => r._count._all === 1)).toBe(true);
      const created = payloads.reduce((sum, p) => sum + p.createdCount, 0);
      expect(created).toBe(50);
      if (policy === 'REFUSE') {
        // Each import is all or nothing: one wins, every other is refused with CONFLICTs and creates nothing.
        expect(payloads.filter((p) => p.createdCount === 50)).toHaveLength(1);
        for (const p of payloads.filter((p) => p.createdCount === 0)) expect(p.userErrors.length).toBeGreaterThan(0);
        for (const p of payloads) for (const e of p.userErrors) expect(e.code).toBe('CONFLICT');
      } else {
        for (const p of payloads) expect(p).toMatchObject({ userErrors: [] });
        expect(payloads.reduce((sum, p) => sum + p.skippedCount, 0)).toBe(450);
      }
    });
  }
});

describe('racing single creates', () => {
  it('10 concurrent outdialTargetCreate of one number under REFUSE create it once; the others are CONFLICT userErrors', async () => {
    const o = await newOutdial('REFUSE');
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => t.gql(TARGET_CREATE, { input: { outdialId: o.id, name: `c${i}`, destinations: [tel('+15551260001')] } })));
    for (const a of answers) expect(a.errors).toBeUndefined();
    const payloads = answers.map((a) => a.data!.outdialTargetCreate);
    expect(payloads.filter((p) => p.outdialTarget)).toHaveLength(1);
    for (const p of payloads.filter((p) => !p.outdialTarget)) expect(p.userErrors).toMatchObject([{ field: ['input', 'destinations', '0'], code: 'CONFLICT' }]);
    expect(await t.db.prisma.outdialTarget.count({ where: { outdialId: o.uuid } })).toBe(1);
  });
});

describe.skipIf(!onPostgres)('a duplicate only the unique index catches', () => {
  it('is the CONFLICT userError, with nothing written, when two REFUSE imports pass their checks together', async () => {
    const o = await newOutdial('REFUSE');
    const targets = [{ name: 'x', destinations: [tel('+15551250001')] }, { name: 'y', destinations: [tel('+15551250002')] }];
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // Holds the outdial's row, so both imports check (nothing there yet) and then wait at their UPDATE.
    const holder = t.db.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM outdial WHERE id = ${o.uuid}::uuid FOR UPDATE`;
      await released;
    }, { timeout: 20_000 });
    const imports = [0, 1].map(() => t.gql(BULK, { input: { outdialId: o.id, targets } }));
    for (let waiting = 0; waiting < 2;) {
      await new Promise((r) => setTimeout(r, 20));
      [{ waiting }] = await t.db.prisma.$queryRaw<{ waiting: number }[]>`
        SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO outdial_target%'`;
    }
    release();
    await holder;
    const payloads = (await Promise.all(imports)).map((r) => r.data!.outdialTargetsCreate);
    expect(payloads.map((p) => p.createdCount).sort()).toEqual([0, 2]);
    const refused = payloads.find((p) => p.createdCount === 0)!;
    expect(refused.userErrors).toEqual([{ field: ['input', 'targets'], code: 'CONFLICT', message: expect.stringContaining('at the same time') }]);
    expect(await names(o.id)).toEqual(['x', 'y']);
  });
});

describe('the duplicate_targets migration', () => {
  it('keeps outdials written before it ALLOW (their duplicates stay valid), makes new ones REFUSE, and the index ignores deleted and unkeyed rows', async () => {
    const all = readMigrations();
    const index = all.findIndex((m) => m.name.endsWith('_duplicate_targets'));
    expect(index).toBeGreaterThan(0);
    const before = mkdtempSync(path.join(tmpdir(), 'dialgraph-duplicate-targets-'));
    cpSync(path.join(migrationsDir, 'migration_lock.toml'), path.join(before, 'migration_lock.toml'));
    for (const m of all.slice(0, index)) {
      mkdirSync(path.join(before, m.name));
      cpSync(path.join(migrationsDir, m.name, 'migration.sql'), path.join(before, m.name, 'migration.sql'));
    }
    // The SQL is the same on both databases; an in-memory PGlite is the cheap scratch one.
    const db = new PGlite('memory://');
    try {
      await applyMigrations(db, before);
      const number = `'{"type":"TEL","target":"+15551270001"}'`;
      await db.exec(`
        INSERT INTO customer (id, name) VALUES ('00000000-0000-4000-8000-0000000000c1', 'migration');
        INSERT INTO outdial (id, customer_id, name) VALUES ('00000000-0000-4000-8000-0000000000d1', '00000000-0000-4000-8000-0000000000c1', 'old');
        INSERT INTO outdial_target (id, customer_id, outdial_id, name, destination_0) VALUES
          ('00000000-0000-4000-8000-0000000000e1', '00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-0000000000d1', 'a', ${number}),
          ('00000000-0000-4000-8000-0000000000e2', '00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-0000000000d1', 'b', ${number});`);
      expect(await applyMigrations(db)).toEqual(all.slice(index).map((m) => m.name));
      const old = await db.query<{ policy: string }>(`SELECT duplicate_targets::text AS policy FROM outdial`);
      expect(old.rows).toEqual([{ policy: 'ALLOW' }]);
      expect((await db.query(`SELECT 1 FROM outdial_target WHERE dedupe_key IS NOT NULL`)).rows).toEqual([]);
      await db.exec(`INSERT INTO outdial (id, customer_id, name) VALUES ('00000000-0000-4000-8000-0000000000d2', '00000000-0000-4000-8000-0000000000c1', 'new')`);
      const fresh = await db.query<{ policy: string }>(`SELECT duplicate_targets::text AS policy FROM outdial WHERE name = 'new'`);
      expect(fresh.rows).toEqual([{ policy: 'REFUSE' }]);
      const keyed = (id: string, deleted: boolean) => db.exec(`
        INSERT INTO outdial_target (id, customer_id, outdial_id, name, destination_0, dedupe_key, deleted_at) VALUES
          ('${id}', '00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-0000000000d2', 'k', ${number}, 'TEL:+15551270001', ${deleted ? 'now()' : 'NULL'})`);
      await keyed('00000000-0000-4000-8000-0000000000f1', true);
      await keyed('00000000-0000-4000-8000-0000000000f2', false);
      await expect(keyed('00000000-0000-4000-8000-0000000000f3', false)).rejects.toThrow(/outdial_target_outdial_id_dedupe_key_key/);
    } finally {
      await db.close();
      rmSync(before, { recursive: true, force: true });
    }
  });
});
