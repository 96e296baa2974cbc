// "Can this campaign dial" and "is this attempt in flight" have one definition each, in JavaScript, with an
// SQL twin for the statements that apply them (src/domain/campaign-dialable.ts, attempt-rules-sql.ts). The
// database evaluates the SQL over every combination here, so the two cannot drift apart.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Prisma } from '../src/generated/prisma/client.ts';
import { useTestDatabase } from './helpers/db.ts';
import { dialableSql, runBlockers, type DialResources } from '../src/domain/campaign-dialable.ts';
import { IN_FLIGHT_ATTEMPT_STATUSES } from '../src/domain/attempt-rules.ts';
import { inFlightSql } from '../src/domain/attempt-rules-sql.ts';

const file = useTestDatabase();

const SOURCES = [null, { type: 'TEL', target: '+15551234567' }, { type: 'SIP', target: 'a@b.c' }, { type: 'EMAIL', target: 'a@b.c' }, { type: 'AGENT', target: randomUUID() }, {}];

function cases(): DialResources[] {
  const all: DialResources[] = [];
  for (const type of ['CALL', 'FLOW'] as const) {
    for (const outplan of ['none', 'live', 'deleted'] as const) {
      for (const source of outplan === 'none' ? [null] : SOURCES) {
        for (const outdial of ['none', 'live', 'deleted'] as const) {
          all.push({
            type,
            outplan: outplan === 'none' ? null : { deletedAt: outplan === 'deleted' ? new Date() : null, source },
            outdial: outdial === 'none' ? null : { deletedAt: outdial === 'deleted' ? new Date() : null },
          });
        }
      }
    }
  }
  return all;
}

describe('campaign rules in SQL', () => {
  it('dialableSql is true exactly when runBlockers finds nothing', async () => {
    const all = cases();
    const rows = (key: 'c' | 'p' | 'd') =>
      JSON.stringify(all.flatMap((c, n): object[] => {
        if (key === 'c') return [{ n, type: c.type }];
        const r = key === 'p' ? c.outplan : c.outdial;
        return r ? [{ n, id: randomUUID(), deleted_at: r.deletedAt, ...(key === 'p' ? { source: c.outplan!.source } : {}) }] : [];
      }));
    const result = await file.db.prisma.$queryRaw<{ n: number; dialable: boolean }[]>`
      SELECT c.n, ${Prisma.raw(dialableSql('c', 'p', 'd'))} AS dialable
      FROM jsonb_to_recordset(${rows('c')}::jsonb) AS c(n int, type text)
      LEFT JOIN jsonb_to_recordset(${rows('p')}::jsonb) AS p(n int, id uuid, deleted_at timestamptz, source jsonb) ON p.n = c.n
      LEFT JOIN jsonb_to_recordset(${rows('d')}::jsonb) AS d(n int, id uuid, deleted_at timestamptz) ON d.n = c.n
      ORDER BY c.n`;
    expect(result).toHaveLength(all.length);
    for (const [n, c] of all.entries()) expect(result[n].dialable, JSON.stringify(c)).toBe(runBlockers(c).length === 0);
    // Both answers occur, and every blocker is reached.
    expect(result.filter((r) => r.dialable)).toHaveLength(2); // CALL, a live outplan with TEL or SIP, a live outdial
    expect(new Set(all.flatMap(runBlockers))).toEqual(new Set(['NOT_CALL', 'NO_OUTPLAN', 'OUTPLAN_DELETED', 'NO_CALLER_ID', 'NO_OUTDIAL', 'OUTDIAL_DELETED']));
  });

  it('inFlightSql holds for exactly the in-flight attempt statuses', async () => {
    const statuses = ['DIALING', 'PROGRESSING', 'DONE'];
    const result = await file.db.prisma.$queryRaw<{ status: string; in_flight: boolean }[]>`
      SELECT a.status, ${Prisma.raw(inFlightSql('a'))} AS in_flight FROM unnest(${statuses}::text[]) AS a(status)`;
    expect(Object.fromEntries(result.map((r) => [r.status, r.in_flight]))).toEqual(
      Object.fromEntries(statuses.map((s) => [s, (IN_FLIGHT_ATTEMPT_STATUSES as readonly string[]).includes(s)])),
    );
  });
});
