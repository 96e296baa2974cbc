// Do-not-call lists enforced by the dialer round (issue 13), on a real server and database with the simulator:
// a listed destination is skipped to the next slot with tries left (no call, no try used); a target whose every
// remaining destination is listed ends DONE/SUPPRESSED with its event and no call; an address added while the
// campaign runs is never dialed once the add has committed; a deleted list stops suppressing; SIP matches.
// Lists are bound through setCampaignDncLists, the domain function campaignUpdateDialingRules(dncListIds) calls.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.ts';
import { createCampaignRows, runCampaign, waitForCampaign, type CampaignRows } from './helpers/campaign.ts';
import { addDncEntries, createDncList, deleteDncList } from '../src/domain/dnc.ts';
import { campaignDncLists, dncListsByCampaign, setCampaignDncLists } from '../src/domain/dnc-binding.ts';
import { progressByCampaign } from '../src/domain/campaign-progress.ts';
import type { Database } from '../src/db/database.ts';

const SCALE = 100;
const t = useTestApp({ SIMULATOR_TIME_SCALE: String(SCALE), DIALER_POLL_MS: '500' });
let db: Database;

beforeAll(async () => {
  db = await t.database.open();
});
const deps = () => ({ prisma: db.prisma, bus: t.app.services.bus });

/** A list of the campaign's customer with these addresses (typed as a person would), bound to the campaign. */
async function bindList(rows: CampaignRows, addresses: string[]): Promise<string> {
  const list = await createDncList(deps(), rows.customerId, { name: `dnc ${rows.campaignId}` });
  if (!list.ok) throw new Error(JSON.stringify(list.errors));
  if (addresses.length > 0) {
    const added = await addDncEntries(deps(), rows.customerId, { dncListId: list.value.id, addresses });
    if (!added.ok) throw new Error(JSON.stringify(added.errors));
  }
  const errors = await db.prisma.$transaction((tx) => setCampaignDncLists(tx, rows.customerId, rows.campaignId, [list.value.id]));
  expect(errors).toEqual([]);
  return list.value.id;
}

async function runToEnd(rows: CampaignRows): Promise<void> {
  await runCampaign(deps(), rows.customerId, rows.campaignId);
  await waitForCampaign(db, rows.campaignId, (c) => c.status === 'STOP', 60_000);
}

const attemptsOf = (campaignId: string) =>
  db.prisma.campaignCall.findMany({ where: { campaignId }, include: { call: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
const targetsOf = (rows: CampaignRows) =>
  Promise.all(rows.targetIds.map((id) => db.prisma.outdialTarget.findUniqueOrThrow({ where: { id } })));
const dialed = (attempts: Awaited<ReturnType<typeof attemptsOf>>) => attempts.map((a) => (a.destination as { target: string }).target);

describe('do-not-call lists at dial time', () => {
  it('skips a listed destination (typed any way) to the next slot with tries left, using none of its tries', async () => {
    // Slot 0 would be busy twice; it is listed as "+1 (555) 201-0001", so slot 1 is dialed first and answers.
    const rows = await createCampaignRows(db, { name: 'dnc-skip', targets: [['+15552010001', '+15552017777'], ['+15552020001', '+15552027777']], maxTryCounts: [2, 1] });
    await bindList(rows, ['+1 (555) 201-0001']);
    await runToEnd(rows);
    const attempts = await attemptsOf(rows.campaignId);
    const [skipped, control] = await targetsOf(rows);
    expect(attempts.filter((a) => a.outdialTargetId === skipped!.id).map((a) => ({ slot: a.destinationIndex, tryCount: a.tryCount }))).toEqual([{ slot: 1, tryCount: 1 }]);
    expect({ status: skipped!.status, result: skipped!.result, tries: [skipped!.tryCount0, skipped!.tryCount1] }).toEqual({ status: 'DONE', result: 'ANSWERED', tries: [0, 1] });
    // The unlisted control target dials its busy slot 0 twice first, as the outplan says.
    expect(attempts.filter((a) => a.outdialTargetId === control!.id).map((a) => a.destinationIndex)).toEqual([0, 0, 1]);
    expect(dialed(attempts)).not.toContain('+15552010001');
  });

  it('ends a target whose every remaining destination is listed DONE/SUPPRESSED, with zero calls and its event', async () => {
    const rows = await createCampaignRows(db, {
      name: 'dnc-suppress',
      // 0: both listed (never dialed); 1: slot 0 busy and unlisted (one try), then only listed ones left.
      targets: [['+15552030001', 'alice@sip.example.com'], ['+15552040001', '+15552047777']],
      maxTryCounts: [1, 3],
    });
    await bindList(rows, ['+15552030001', 'sip:alice@SIP.Example.com', '+1 555 204 7777']);
    await runToEnd(rows);
    const attempts = await attemptsOf(rows.campaignId);
    const [never, later] = await targetsOf(rows);
    expect(attempts.filter((a) => a.outdialTargetId === never!.id)).toEqual([]);
    expect(await db.prisma.call.count({ where: { campaignId: rows.campaignId, destination: { path: ['target'], equals: 'alice@sip.example.com' } } })).toBe(0);
    expect({ status: never!.status, result: never!.result, tries: [never!.tryCount0, never!.tryCount1] }).toEqual({ status: 'DONE', result: 'SUPPRESSED', tries: [0, 0] });
    expect(attempts.filter((a) => a.outdialTargetId === later!.id).map((a) => a.destinationIndex)).toEqual([0]);
    expect({ status: later!.status, result: later!.result }).toEqual({ status: 'DONE', result: 'SUPPRESSED' });
    // Each suppression wrote its target's event, with the row as it now is.
    const events = await db.prisma.event.findMany({ where: { entityType: 'OutdialTarget', entityId: { in: rows.targetIds } }, orderBy: { id: 'asc' } });
    for (const target of [never!, later!]) {
      const last = events.filter((e) => e.entityId === target.id).at(-1)!;
      expect(last.snapshot).toMatchObject({ status: 'DONE', result: 'SUPPRESSED', version: target.version });
    }
    const [progress] = await progressByCampaign(db.prisma, rows.customerId, [rows.campaignId]);
    expect(progress).toMatchObject({ targetsSuppressed: 2, targetsAnswered: 0, targetsExhausted: 0, percent: 100 });
  });

  it('never dials an address after the add that lists it has committed, while the campaign runs', async () => {
    // Busy numbers with many tries and a short interval: the campaign is still retrying them when they are listed.
    const targets = Array.from({ length: 8 }, (_, i) => [`+1555${250 + i}0001`]);
    const rows = await createCampaignRows(db, { name: 'dnc-mid-run', targets, maxTryCounts: [60], tryInterval: 1_000, maxConcurrentCalls: 4 });
    const listId = await bindList(rows, []);
    await runCampaign(deps(), rows.customerId, rows.campaignId);
    // Wait until every target has been dialed at least twice (so the list really lands mid-run).
    const deadline = Date.now() + 60_000;
    for (;;) {
      const perTarget = await db.prisma.campaignCall.groupBy({ by: ['outdialTargetId'], where: { campaignId: rows.campaignId }, _count: true });
      if (perTarget.length === targets.length && perTarget.every((g) => g._count >= 2)) break;
      if (Date.now() > deadline) throw new Error('the campaign did not retry its targets');
      await new Promise((r) => setTimeout(r, 20));
    }
    const added = await addDncEntries(deps(), rows.customerId, { dncListId: listId, addresses: targets.map(([n]) => n!), reason: 'asked mid-campaign' });
    expect(added.ok && added.value.added).toBe(targets.length);
    const committedAt = Date.now();
    await waitForCampaign(db, rows.campaignId, (c) => c.status === 'STOP', 60_000);
    const calls = await db.prisma.call.findMany({ where: { campaignId: rows.campaignId } });
    const late = calls.filter((c) => c.createdAt.getTime() > committedAt);
    expect(late).toEqual([]);
    const finals = await targetsOf(rows);
    expect(finals.map((f) => f.result)).toEqual(targets.map(() => 'SUPPRESSED'));
    expect(finals.every((f) => f.tryCount0 < 60)).toBe(true);
  });

  it('stops suppressing once its list is deleted: the list is unbound and its numbers are dialed again', async () => {
    const rows = await createCampaignRows(db, { name: 'dnc-deleted', targets: [['+15552067777']], maxTryCounts: [1] });
    const listId = await bindList(rows, ['+15552067777']);
    expect((await campaignDncLists(db.prisma, rows.customerId, rows.campaignId)).map((l) => l.id)).toEqual([listId]);
    const deleted = await deleteDncList(deps(), rows.customerId, listId);
    expect(deleted.ok).toBe(true);
    expect(await campaignDncLists(db.prisma, rows.customerId, rows.campaignId)).toEqual([]);
    await runToEnd(rows);
    const [target] = await targetsOf(rows);
    expect({ status: target!.status, result: target!.result }).toEqual({ status: 'DONE', result: 'ANSWERED' });
  });

  it('binds only the caller\'s live lists: another customer\'s, a deleted or a missing id is NOT_FOUND at its index, nothing changed', async () => {
    const rows = await createCampaignRows(db, { name: 'dnc-bind', targets: [['+15552077777']], maxTryCounts: [1] });
    const mine = await bindList(rows, []);
    const other = await db.prisma.customer.create({ data: { name: `dnc-other-${Date.now()}` } });
    const theirs = await createDncList(deps(), other.id, { name: 'theirs' });
    const gone = await createDncList(deps(), rows.customerId, { name: 'gone' });
    await deleteDncList(deps(), rows.customerId, gone.ok ? gone.value.id : null);
    const ids = [mine, theirs.ok ? theirs.value.id : '', gone.ok ? gone.value.id : '', '00000000-0000-7000-8000-000000000000', null];
    const errors = await db.prisma.$transaction((tx) => setCampaignDncLists(tx, rows.customerId, rows.campaignId, ids));
    expect(errors.map((e) => ({ field: e.field, code: e.code }))).toEqual([1, 2, 3, 4].map((i) => ({ field: ['input', 'dncListIds', String(i)], code: 'NOT_FOUND' })));
    expect((await campaignDncLists(db.prisma, rows.customerId, rows.campaignId)).map((l) => l.id)).toEqual([mine]);
    expect((await dncListsByCampaign(db.prisma, rows.customerId, [rows.campaignId, rows.campaignId])).map((ls) => ls.map((l) => l.id))).toEqual([[mine], [mine]]);
    // Another customer cannot read the binding either.
    expect(await campaignDncLists(db.prisma, other.id, rows.campaignId)).toEqual([]);
    expect(await dncListsByCampaign(db.prisma, other.id, [rows.campaignId])).toEqual([[]]);
    // An empty list unbinds everything.
    expect(await db.prisma.$transaction((tx) => setCampaignDncLists(tx, rows.customerId, rows.campaignId, []))).toEqual([]);
    expect(await campaignDncLists(db.prisma, rows.customerId, rows.campaignId)).toEqual([]);
  });
});

describe('campaignUpdateDialingRules(dncListIds) over GraphQL', () => {
  it('binds lists, reads them back as dialingRules.dncLists, refuses ones it cannot find by index, and unbinds with []', async () => {
    const list = async (name: string) => (await t.gql('mutation($n: String!) { dncListCreate(input: {name: $n}) { dncList { id uuid } } }', { n: name })).data.dncListCreate.dncList;
    const a = await list('bind a');
    const b = await list('bind b');
    const campaign = (await t.gql('mutation { campaignCreate(input: {name: "dnc binding"}) { campaign { id } } }')).data.campaignCreate.campaign.id;
    const rules = (ids: string[] | null) => t.gql(`mutation($id: ID!, $ids: [ID!]) {
      campaignUpdateDialingRules(input: {id: $id, dncListIds: $ids}) { campaign { dialingRules { dncLists { id name } } } userErrors { field code } } }`, { id: campaign, ids });
    const bound = await rules([a.id, b.uuid]); // a global id and a bare UUID
    expect(bound.data.campaignUpdateDialingRules).toEqual({ campaign: { dialingRules: { dncLists: [{ id: a.id, name: 'bind a' }, { id: b.id, name: 'bind b' }] } }, userErrors: [] });
    const refused = await rules([a.id, 'not-an-id', b.id]);
    expect(refused.data.campaignUpdateDialingRules.userErrors).toEqual([{ field: ['input', 'dncListIds', '1'], code: 'NOT_FOUND' }]);
    // Another type's id is refused before any list is looked up, at its index (test/uuid-ids.test.ts: the message names the type).
    const wrongType = await rules([a.id, campaign]);
    expect(wrongType.data.campaignUpdateDialingRules.userErrors).toEqual([{ field: ['input', 'dncListIds', '1'], code: 'INVALID' }]);
    const read = async () => (await t.gql('query($id: ID!) { campaign(id: $id) { dialingRules { dncLists { name } } } }', { id: campaign })).data.campaign.dialingRules.dncLists;
    expect(await read()).toEqual([{ name: 'bind a' }, { name: 'bind b' }]); // the refusal changed nothing
    expect((await rules([])).data.campaignUpdateDialingRules.userErrors).toEqual([]);
    expect(await read()).toEqual([]);
  });
});
