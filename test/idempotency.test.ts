// Idempotency keys (issue 16) on callCreate, outdialTargetsCreate, outdialTargetsImportCsv and
// campaignUpdateStatus, through the API: a replay answers the first result and changes nothing, also when ten
// copies arrive at once; the same key with other input (or on another mutation) is a CONFLICT; keys are per
// customer, live 24 h (an older one is unused, and pruned), must be 1..255 printable characters, and a refused
// request keeps none. The dialer is off: a campaign's status is what RUN and STOP change, so a replay that ran a
// campaign again would show as its status.
import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp } from './helpers/app.ts';
import { createCampaignRows, defaultCustomerId } from './helpers/campaign.ts';
import { graphql } from './gql/index.ts';
import type { AddressInput, CallCreateInput } from './gql/graphql.ts';
import { pruneIdempotencyKeys } from '../src/domain/idempotency.ts';
import { createTelephony } from '../src/telephony/controller.ts';
import type { Leg, TelephonyProvider } from '../src/telephony/provider.ts';
import { createLogger } from '../src/logger.ts';

const t = useTestApp({ DIALER_ENABLED: 'false', SIMULATOR_TIME_SCALE: '100' });

const CALL_CREATE = graphql(`
  mutation CallCreateForIdempotencyTest($input: CallCreateInput!) {
    callCreate(input: $input) { calls { id uuid } userErrors { field message code } }
  }
`);
const CALL_CREATE_STATUS = graphql(`
  mutation CallCreateStatusForIdempotencyTest($input: CallCreateInput!) {
    callCreate(input: $input) { calls { uuid status destination { target } } userErrors { field message code } }
  }
`);
const TARGETS_CREATE = graphql(`
  mutation OutdialTargetsCreateForIdempotencyTest($input: OutdialTargetsCreateInput!) {
    outdialTargetsCreate(input: $input) { createdCount outdial { uuid targetStats { total } } userErrors { field message code } }
  }
`);
const TARGETS_CSV = graphql(`
  mutation OutdialTargetsImportCsvForIdempotencyTest($input: OutdialTargetsImportCsvInput!) {
    outdialTargetsImportCsv(input: $input) { createdCount outdial { uuid targetStats { total } } userErrors { field message code } }
  }
`);
const CAMPAIGN_STATUS = graphql(`
  mutation CampaignUpdateStatusForIdempotencyTest($input: CampaignUpdateStatusInput!) {
    campaignUpdateStatus(input: $input) { campaign { uuid status version } userErrors { field message code } }
  }
`);
const CUSTOMER_CREATE = graphql(`
  mutation CustomerCreateForIdempotencyTest($input: CustomerCreateInput!) { customerCreate(input: $input) { userErrors { message } } }
`);

const gid = (type: string, uuid: string) => Buffer.from(`${type}:${uuid}`).toString('base64url');
const SOURCE: AddressInput = { type: 'TEL', target: '+15559876543' };
const callInput = (...numbers: string[]): CallCreateInput => ({
  source: SOURCE, destinations: numbers.map((target) => ({ type: 'TEL', target })), actions: [{ talk: { text: 'Hi.', language: 'en-US' } }],
});
// Each target its own number: a new outdial refuses duplicate targets (test/duplicate-targets.test.ts).
let targetSeq = 0;
const target = (name: string) => ({ name, destinations: [{ type: 'TEL' as const, target: `+1555011${String(++targetSeq).padStart(4, '0')}` }] });
const CSV_TEXT = 'name,destination_0\nann,+15550100002\nbob,+15550100003\n';
const CONFLICT_MESSAGE = /^this idempotencyKey was first used at \d{4}-\d\d-\d\dT[\d:.]+Z for other input; .*kept 24 hours/;

let customerId: string;
let otherCustomerId: string;
let otherToken: string;
let keySeq = 0;
/** A key no other test uses (the suite shares one database). */
const newKey = (label: string) => `${label}-${++keySeq}-${Date.now()}`;

beforeAll(async () => {
  customerId = await defaultCustomerId(t.db);
  const created = await t.gql(CUSTOMER_CREATE, { input: { name: 'idem-other', username: 'idem-other-admin', password: 'idem-other-password' } });
  expect(created.data!.customerCreate.userErrors).toEqual([]);
  otherCustomerId = (await t.db.prisma.customer.findUniqueOrThrow({ where: { name: 'idem-other' } })).id;
  otherToken = await login(t.url, 'idem-other-admin', 'idem-other-password');
});

/** What the four mutations can change, for one customer (events by the kinds these mutations write). */
async function counts(customer = customerId) {
  const [row] = await t.db.query<Record<string, number>>(`
    SELECT (SELECT count(*)::int FROM call WHERE customer_id = $1) AS calls,
           (SELECT count(*)::int FROM outdial_target WHERE customer_id = $1) AS targets,
           (SELECT count(*)::int FROM campaign_call WHERE customer_id = $1) AS attempts,
           (SELECT count(*)::int FROM event WHERE customer_id = $1 AND kind IN ('CREATED', 'TARGETS_CREATED')) AS created_events,
           (SELECT count(*)::int FROM event WHERE customer_id = $1 AND entity_type = 'Campaign') AS campaign_events,
           (SELECT count(*)::int FROM idempotency_key WHERE customer_id = $1) AS keys`, [customer]);
  return row;
}

async function keyRow(key: string, customer = customerId) {
  const [row] = await t.db.query<{ operation: string; result: unknown; created_at: Date }>(
    'SELECT operation, result, created_at FROM idempotency_key WHERE customer_id = $1 AND key = $2', [customer, key]);
  return row;
}

/** Makes a key look 25 hours old. */
async function age(key: string) {
  await t.db.prisma.$executeRaw`UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = ${key}`;
}

async function newOutdial(name: string, customer = customerId, duplicateTargets: 'REFUSE' | 'ALLOW' = 'REFUSE') {
  return (await t.db.prisma.outdial.create({ data: { customerId: customer, name, duplicateTargets } })).id;
}

/** campaignUpdateStatus's payload. */
const status = async (id: string, value: 'RUN' | 'STOP', idempotencyKey?: string) =>
  (await t.gql(CAMPAIGN_STATUS, { input: { id, status: value, idempotencyKey } })).data!.campaignUpdateStatus;

/** Ten copies of one request at once over HTTP. */
const tenAtOnce = <T>(send: () => Promise<T>) => Promise.all(Array.from({ length: 10 }, send));

describe('callCreate', () => {
  it('a replay answers the same calls, loaded now (any selection), and places none', async () => {
    const key = newKey('call');
    const input = { ...callInput('+15550101001', '+15550101002'), idempotencyKey: key };
    const first = await t.gql(CALL_CREATE, { input });
    expect(first.data!.callCreate.userErrors).toEqual([]);
    const ids = first.data!.callCreate.calls.map((c) => c.uuid);
    expect(ids).toHaveLength(2);
    const before = await counts();

    const replay = await t.gql(CALL_CREATE_STATUS, { input });
    expect(replay.data!.callCreate.userErrors).toEqual([]);
    expect(replay.data!.callCreate.calls.map((c) => c.uuid)).toEqual(ids);
    expect(replay.data!.callCreate.calls.map((c) => c.destination.target)).toEqual(['+15550101001', '+15550101002']);
    // The status is the row's now, not a copy of the first answer's.
    const stored = await t.db.prisma.call.findMany({ where: { id: { in: ids } } });
    for (const call of replay.data!.callCreate.calls) expect(['DIALING', 'RINGING', 'PROGRESSING', 'TERMINATING', 'HANGUP']).toContain(call.status);
    expect(stored).toHaveLength(2);
    expect(await counts()).toEqual(before);
    expect((await keyRow(key)).result).toEqual({ callIds: ids });
    // Each call was created (and so placed) once: one CREATED event each.
    const [created] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM event WHERE entity_type = 'Call' AND kind = 'CREATED' AND entity_id = ANY($1::uuid[])`, [ids]);
    expect(created.n).toBe(2);
  });

  it('a replay, also ten at once, asks the telephony provider for no leg again', async () => {
    // A provider that only records the legs it is asked to place (and never ends them).
    const placed: string[] = [];
    const provider = (): TelephonyProvider => ({
      place: (leg: Leg) => void placed.push(leg.id), hangup: () => {}, has: (id) => placed.includes(id), close: async () => {}, bridge: () => {}, continueActions: () => {},
    });
    const telephony = createTelephony({
      prisma: t.db.prisma, bus: t.app.services.bus, logger: createLogger('silent'), timeScale: 1,
      heartbeatMs: 60_000, instanceExpiryMs: 600_000, exclusive: false, provider,
    });
    await telephony.start();
    try {
      const input = { ...callInput('+15550101011', '+15550101012'), idempotencyKey: newKey('call-provider') } as never;
      const first = await telephony.createCalls(customerId, input);
      const replays = await tenAtOnce(() => telephony.createCalls(customerId, input));
      const ids = first.ok ? first.value.map((c) => c.id) : [];
      expect(ids).toHaveLength(2);
      for (const replay of replays) expect(replay.ok && replay.value.map((c) => c.id)).toEqual(ids);
      expect(placed).toEqual(ids);
    } finally {
      await telephony.stop();
    }
  });

  it('the same key with other input is a CONFLICT and creates nothing', async () => {
    const key = newKey('call-conflict');
    const first = await t.gql(CALL_CREATE, { input: { ...callInput('+15550101003'), idempotencyKey: key } });
    expect(first.data!.callCreate.userErrors).toEqual([]);
    const before = await counts();
    const other = await t.gql(CALL_CREATE, { input: { ...callInput('+15550101004'), idempotencyKey: key } });
    expect(other.data!.callCreate.calls).toEqual([]);
    expect(other.data!.callCreate.userErrors).toEqual([{ field: ['input', 'idempotencyKey'], code: 'CONFLICT', message: expect.stringMatching(CONFLICT_MESSAGE) }]);
    expect(await counts()).toEqual(before);
  });

  it('ten identical requests at once: one set of calls, ten identical answers', async () => {
    const key = newKey('call-concurrent');
    const before = await counts();
    const answers = await tenAtOnce(() => t.gql(CALL_CREATE, { input: { ...callInput('+15550101005', '+15550101006'), idempotencyKey: key } }));
    for (const a of answers) expect(a.errors).toBeUndefined();
    const ids = answers.map((a) => a.data!.callCreate.calls.map((c) => c.uuid));
    expect(ids[0]).toHaveLength(2);
    for (const each of ids) expect(each).toEqual(ids[0]);
    const after = await counts();
    expect(after.calls - before.calls).toBe(2);
    expect(after.keys - before.keys).toBe(1);
  });

  it('refused input with a key records nothing, and the key stays free', async () => {
    const key = newKey('call-refused');
    const before = await counts();
    const refused = await t.gql(CALL_CREATE, { input: { ...callInput('not a number'), idempotencyKey: key } });
    expect(refused.data!.callCreate.userErrors[0]).toMatchObject({ field: ['input', 'destinations', '0', 'target'], code: 'INVALID' });
    expect(await counts()).toEqual(before);
    expect(await keyRow(key)).toBeUndefined();
    const valid = await t.gql(CALL_CREATE, { input: { ...callInput('+15550101007'), idempotencyKey: key } });
    expect(valid.data!.callCreate.userErrors).toEqual([]);
    expect((await counts()).calls).toBe(before.calls + 1);
  });
});

describe('outdialTargetsCreate', () => {
  it('a replay answers the first count and outdial, and adds no target', async () => {
    const outdialId = await newOutdial('idem bulk');
    const input = { outdialId: gid('Outdial', outdialId), targets: [target('a'), target('b'), target('c')], idempotencyKey: newKey('bulk') };
    const first = await t.gql(TARGETS_CREATE, { input });
    expect(first.data!.outdialTargetsCreate).toEqual({ createdCount: 3, outdial: { uuid: outdialId, targetStats: { total: 3 } }, userErrors: [] });
    const before = await counts();
    const replay = await t.gql(TARGETS_CREATE, { input });
    expect(replay.data!.outdialTargetsCreate).toEqual(first.data!.outdialTargetsCreate);
    expect(await counts()).toEqual(before);
  });

  it('other input under the key, or the key on another mutation, is a CONFLICT and adds nothing', async () => {
    const outdialId = await newOutdial('idem bulk conflict');
    const key = newKey('bulk-conflict');
    await t.gql(TARGETS_CREATE, { input: { outdialId: gid('Outdial', outdialId), targets: [target('a')], idempotencyKey: key } });
    const before = await counts();
    const other = await t.gql(TARGETS_CREATE, { input: { outdialId: gid('Outdial', outdialId), targets: [target('b')], idempotencyKey: key } });
    expect(other.data!.outdialTargetsCreate).toMatchObject({ createdCount: 0, outdial: null });
    expect(other.data!.outdialTargetsCreate.userErrors).toEqual([{ field: ['input', 'idempotencyKey'], code: 'CONFLICT', message: expect.stringMatching(CONFLICT_MESSAGE) }]);
    const csv = await t.gql(TARGETS_CSV, { input: { outdialId: gid('Outdial', outdialId), csv: CSV_TEXT, idempotencyKey: key } });
    expect(csv.data!.outdialTargetsImportCsv.userErrors).toEqual([{
      field: ['input', 'idempotencyKey'], code: 'CONFLICT', message: expect.stringMatching(/for another mutation \(outdialTargetsCreate\); .*kept 24 hours/),
    }]);
    expect(await counts()).toEqual(before);
  });

  it('ten identical imports at once: the targets once, ten identical answers', async () => {
    const outdialId = await newOutdial('idem bulk concurrent');
    const input = { outdialId: gid('Outdial', outdialId), targets: Array.from({ length: 50 }, (_, i) => target(`t${i}`)), idempotencyKey: newKey('bulk-concurrent') };
    const answers = await tenAtOnce(() => t.gql(TARGETS_CREATE, { input }));
    for (const a of answers) expect(a.data!.outdialTargetsCreate).toEqual({ createdCount: 50, outdial: { uuid: outdialId, targetStats: { total: 50 } }, userErrors: [] });
    expect(await t.db.prisma.outdialTarget.count({ where: { outdialId } })).toBe(50);
  });

  it('an import refused inside its transaction (a missing outdial) keeps no key', async () => {
    const key = newKey('bulk-refused');
    const missing = await newOutdial('idem bulk gone');
    await t.db.prisma.outdial.update({ where: { id: missing }, data: { deletedAt: new Date() } });
    const before = await counts();
    const refused = await t.gql(TARGETS_CREATE, { input: { outdialId: gid('Outdial', missing), targets: [target('a')], idempotencyKey: key } });
    expect(refused.data!.outdialTargetsCreate.userErrors).toEqual([expect.objectContaining({ field: ['input', 'outdialId'], code: 'INVALID_STATE' })]);
    expect(await counts()).toEqual(before);
    expect(await keyRow(key)).toBeUndefined();
    const live = await newOutdial('idem bulk live');
    const valid = await t.gql(TARGETS_CREATE, { input: { outdialId: gid('Outdial', live), targets: [target('a')], idempotencyKey: key } });
    expect(valid.data!.outdialTargetsCreate.createdCount).toBe(1);
  });
});

describe('outdialTargetsImportCsv', () => {
  it('a replay answers the first count, adds nothing; other CSV under the key is a CONFLICT', async () => {
    const outdialId = await newOutdial('idem csv');
    const key = newKey('csv');
    const input = { outdialId: gid('Outdial', outdialId), csv: CSV_TEXT, idempotencyKey: key };
    const first = await t.gql(TARGETS_CSV, { input });
    expect(first.data!.outdialTargetsImportCsv).toEqual({ createdCount: 2, outdial: { uuid: outdialId, targetStats: { total: 2 } }, userErrors: [] });
    const before = await counts();
    expect((await t.gql(TARGETS_CSV, { input })).data!.outdialTargetsImportCsv).toEqual(first.data!.outdialTargetsImportCsv);
    const other = await t.gql(TARGETS_CSV, { input: { ...input, csv: `${CSV_TEXT}cy,+15550100004\n` } });
    expect(other.data!.outdialTargetsImportCsv.userErrors).toEqual([{ field: ['input', 'idempotencyKey'], code: 'CONFLICT', message: expect.stringMatching(CONFLICT_MESSAGE) }]);
    expect(await counts()).toEqual(before);
  });

  it('ten identical imports at once: the targets once, ten identical answers', async () => {
    const outdialId = await newOutdial('idem csv concurrent');
    const input = { outdialId: gid('Outdial', outdialId), csv: CSV_TEXT, idempotencyKey: newKey('csv-concurrent') };
    const answers = await tenAtOnce(() => t.gql(TARGETS_CSV, { input }));
    for (const a of answers) expect(a.data!.outdialTargetsImportCsv).toEqual({ createdCount: 2, outdial: { uuid: outdialId, targetStats: { total: 2 } }, userErrors: [] });
    expect(await t.db.prisma.outdialTarget.count({ where: { outdialId } })).toBe(2);
  });

  it('a CSV refused by its rows keeps no key', async () => {
    const outdialId = await newOutdial('idem csv refused');
    const key = newKey('csv-refused');
    const refused = await t.gql(TARGETS_CSV, { input: { outdialId: gid('Outdial', outdialId), csv: 'name,destination_0\nann,12\n', idempotencyKey: key } });
    expect(refused.data!.outdialTargetsImportCsv.userErrors[0]).toMatchObject({ code: 'INVALID' });
    expect(await keyRow(key)).toBeUndefined();
  });
});

describe('campaignUpdateStatus', () => {
  async function campaign(name: string) {
    const rows = await createCampaignRows(t.db, { name, targets: [['+15550102001']], maxTryCounts: [1] });
    return { id: gid('Campaign', rows.campaignId), uuid: rows.campaignId };
  }

  it('a RUN replayed after a later STOP answers the campaign as it is and does not run it again', async () => {
    const c = await campaign('idem run');
    const key = newKey('run');
    const ran = await status(c.id, 'RUN', key);
    expect(ran).toMatchObject({ campaign: { uuid: c.uuid, status: 'RUN' }, userErrors: [] });
    const stopped = await status(c.id, 'STOP');
    expect(stopped.campaign!.status).toBe('STOP');
    const before = await counts();
    const replay = await status(c.id, 'RUN', key);
    expect(replay).toEqual({ campaign: stopped.campaign, userErrors: [] });
    expect(await counts()).toEqual(before);
  });

  it('a STOP replayed after a later RUN leaves the campaign running', async () => {
    const c = await campaign('idem stop');
    await status(c.id, 'RUN');
    const key = newKey('stop');
    expect((await status(c.id, 'STOP', key)).campaign!.status).toBe('STOP');
    const running = await status(c.id, 'RUN');
    expect(running.campaign!.status).toBe('RUN');
    const before = await counts();
    expect(await status(c.id, 'STOP', key)).toEqual({ campaign: running.campaign, userErrors: [] });
    expect(await counts()).toEqual(before);
  });

  it('STOP under a key used for RUN is a CONFLICT and changes nothing', async () => {
    const c = await campaign('idem status conflict');
    const key = newKey('status-conflict');
    const ran = await status(c.id, 'RUN', key);
    const before = await counts();
    const other = await status(c.id, 'STOP', key);
    expect(other.userErrors).toEqual([{ field: ['input', 'idempotencyKey'], code: 'CONFLICT', message: expect.stringMatching(CONFLICT_MESSAGE) }]);
    expect(await counts()).toEqual(before);
    expect((await t.db.prisma.campaign.findUniqueOrThrow({ where: { id: c.uuid } })).version).toBe(ran.campaign!.version);
  });

  it('ten identical RUNs at once: one status change, ten identical answers', async () => {
    const c = await campaign('idem run concurrent');
    const before = await counts();
    const key = newKey('run-concurrent');
    const answers = await tenAtOnce(() => status(c.id, 'RUN', key));
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(answers[0].campaign!.status).toBe('RUN');
    expect((await counts()).campaign_events - before.campaign_events).toBe(1);
  });

  it('a RUN refused inside its transaction (no outplan) keeps no key; the same key then runs it', async () => {
    const c = await campaign('idem run refused');
    await t.db.prisma.campaign.update({ where: { id: c.uuid }, data: { outplanId: null } });
    const key = newKey('run-refused');
    const refused = await status(c.id, 'RUN', key);
    expect(refused.userErrors).toEqual([expect.objectContaining({ field: ['input', 'status'], code: 'INVALID_STATE' })]);
    expect(await keyRow(key)).toBeUndefined();
    const outplan = await t.db.prisma.outplan.findFirstOrThrow({ where: { name: 'idem run refused' } });
    await t.db.prisma.campaign.update({ where: { id: c.uuid }, data: { outplanId: outplan.id } });
    expect((await status(c.id, 'RUN', key)).campaign!.status).toBe('RUN');
  });
});

describe('keys', () => {
  it('belong to one customer: another customer with the same key gets its own change', async () => {
    const key = newKey('tenant');
    const mine = await t.gql(CALL_CREATE, { input: { ...callInput('+15550103001'), idempotencyKey: key } });
    const mineBefore = await counts();
    const othersBefore = await counts(otherCustomerId);
    // Other input on purpose: the key of another customer is no CONFLICT either.
    const theirs = await t.gql(CALL_CREATE, { input: { ...callInput('+15550103002'), idempotencyKey: key } }, { authorization: `Bearer ${otherToken}` });
    expect(theirs.data!.callCreate.userErrors).toEqual([]);
    expect(theirs.data!.callCreate.calls[0].uuid).not.toBe(mine.data!.callCreate.calls[0].uuid);
    expect((await counts(otherCustomerId)).calls).toBe(othersBefore.calls + 1);
    expect(await counts()).toEqual(mineBefore);
    // And a replay by the other customer answers its own call, not mine.
    const replay = await t.gql(CALL_CREATE, { input: { ...callInput('+15550103002'), idempotencyKey: key } }, { authorization: `Bearer ${otherToken}` });
    expect(replay.data!.callCreate.calls).toEqual(theirs.data!.callCreate.calls);
  });

  it('older than 24 hours count as unused: the request is done again, other input is no CONFLICT', async () => {
    const key = newKey('aged');
    // The same rows imported again on purpose: the outdial allows duplicate targets.
    const outdialId = await newOutdial('idem aged', customerId, 'ALLOW');
    const input = { outdialId: gid('Outdial', outdialId), targets: [target('a')], idempotencyKey: key };
    await t.gql(TARGETS_CREATE, { input });
    await age(key);
    const again = await t.gql(TARGETS_CREATE, { input });
    expect(again.data!.outdialTargetsCreate).toMatchObject({ createdCount: 1, userErrors: [] });
    expect(await t.db.prisma.outdialTarget.count({ where: { outdialId } })).toBe(2);
    // The key is taken over: fresh, and a replay now answers without adding.
    expect(Date.now() - (await keyRow(key)).created_at.getTime()).toBeLessThan(60 * 60 * 1000);
    await t.gql(TARGETS_CREATE, { input });
    expect(await t.db.prisma.outdialTarget.count({ where: { outdialId } })).toBe(2);
    await age(key);
    const other = await t.gql(CALL_CREATE, { input: { ...callInput('+15550103003'), idempotencyKey: key } });
    expect(other.data!.callCreate.userErrors).toEqual([]);
    expect((await keyRow(key)).operation).toBe('callCreate');
  });

  it('older than 24 hours are pruned, younger ones kept', async () => {
    const [old, young] = [newKey('prune-old'), newKey('prune-young')];
    for (const key of [old, young]) await t.gql(CALL_CREATE, { input: { ...callInput('+15550103004'), idempotencyKey: key } });
    await age(old);
    expect(await pruneIdempotencyKeys(t.db.prisma)).toBeGreaterThanOrEqual(1);
    expect(await keyRow(old)).toBeUndefined();
    expect(await keyRow(young)).toBeDefined();
  });

  it('are 1 to 255 printable ASCII characters; any other is INVALID at ["input", "idempotencyKey"] and nothing is written', async () => {
    const outdialId = await newOutdial('idem key rules');
    const before = await counts();
    for (const bad of ['', 'x'.repeat(256), 'tab\there', 'clé']) {
      const call = await t.gql(CALL_CREATE, { input: { ...callInput('+15550103005'), idempotencyKey: bad } });
      expect(call.data!.callCreate.userErrors).toEqual([{ field: ['input', 'idempotencyKey'], code: 'INVALID', message: expect.stringContaining('idempotencyKey') }]);
      const bulk = await t.gql(TARGETS_CREATE, { input: { outdialId: gid('Outdial', outdialId), targets: [target('a')], idempotencyKey: bad } });
      expect(bulk.data!.outdialTargetsCreate.userErrors).toEqual([expect.objectContaining({ field: ['input', 'idempotencyKey'], code: 'INVALID' })]);
      const csv = await t.gql(TARGETS_CSV, { input: { outdialId: gid('Outdial', outdialId), csv: CSV_TEXT, idempotencyKey: bad } });
      expect(csv.data!.outdialTargetsImportCsv.userErrors).toEqual([expect.objectContaining({ field: ['input', 'idempotencyKey'], code: 'INVALID' })]);
      const run = await status(gid('Campaign', '01a207fd-46fb-76e5-b597-acd1af83212e'), 'RUN', bad);
      expect(run.userErrors).toEqual([expect.objectContaining({ field: ['input', 'idempotencyKey'], code: 'INVALID' })]);
    }
    expect(await counts()).toEqual(before);
    const longest = await t.gql(CALL_CREATE, { input: { ...callInput('+15550103006'), idempotencyKey: '~'.repeat(255) } });
    expect(longest.data!.callCreate.userErrors).toEqual([]);
  });
});
