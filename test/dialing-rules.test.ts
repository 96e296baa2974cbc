// campaignUpdateDialingRules and OutdialTarget.timeZone over the API: what is stored and read back, omitted
// fields unchanged and null clearing, every refusal as a userError at its field with nothing written, and a
// target's zone given (create, update, bulk, CSV) or derived from its numbers.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.ts';

const t = useTestApp();

const RULES_FIELDS = 'callingWindows { days start end } restrictedDates defaultTimeZone contactLimit { maxAttempts periodDays } maxCallsPerSecond';
const UPDATE = `mutation($input: CampaignUpdateDialingRulesInput!) {
  campaignUpdateDialingRules(input: $input) { campaign { version dialingRules { ${RULES_FIELDS} } } userErrors { field message code } }
}`;
const READ = `query($id: ID!) { campaign(id: $id) { version dialingRules { ${RULES_FIELDS} } } }`;

let campaignId: string;
let outdialId: string;

beforeAll(async () => {
  const c = await t.gql('mutation { campaignCreate(input: {name: "rules"}) { campaign { id } } }');
  campaignId = c.data.campaignCreate.campaign.id;
  // ALLOW: the zone tests give several targets the same number.
  const o = await t.gql('mutation { outdialCreate(input: {name: "zones", duplicateTargets: ALLOW}) { outdial { id } } }');
  outdialId = o.data.outdialCreate.outdial.id;
});

async function update(input: Record<string, unknown>) {
  const res = await t.gql(UPDATE, { input: { id: campaignId, ...input } });
  expect(res.errors).toBeUndefined();
  return res.data.campaignUpdateDialingRules;
}
const read = async () => (await t.gql(READ, { id: campaignId })).data.campaign;

describe('campaignUpdateDialingRules', () => {
  it('starts with no rules: any time, UTC, no limits', async () => {
    expect((await read()).dialingRules).toEqual({ callingWindows: [], restrictedDates: [], defaultTimeZone: 'UTC', contactLimit: null, maxCallsPerSecond: null });
  });

  it('stores every rule, normalised (days in week order without repeats, sorted unique dates, the zone as IANA spells it)', async () => {
    const res = await update({
      callingWindows: [{ days: ['FRIDAY', 'MONDAY', 'FRIDAY'], start: '08:00', end: '21:00' }, { days: ['SATURDAY'], start: '20:00', end: '02:00' }],
      restrictedDates: ['2026-12-25', '2026-01-01', '2026-12-25'],
      defaultTimeZone: 'america/new_york',
      contactLimit: { maxAttempts: 3, periodDays: 7 },
      maxCallsPerSecond: 2.5,
    });
    expect(res.userErrors).toEqual([]);
    expect(res.campaign.dialingRules).toEqual({
      callingWindows: [{ days: ['MONDAY', 'FRIDAY'], start: '08:00:00', end: '21:00:00' }, { days: ['SATURDAY'], start: '20:00:00', end: '02:00:00' }],
      restrictedDates: ['2026-01-01', '2026-12-25'],
      defaultTimeZone: 'America/New_York',
      contactLimit: { maxAttempts: 3, periodDays: 7 },
      maxCallsPerSecond: 2.5,
    });
  });

  it('leaves omitted fields unchanged', async () => {
    const before = await read();
    const res = await update({ maxCallsPerSecond: 4 });
    expect(res.campaign.dialingRules).toEqual({ ...before.dialingRules, maxCallsPerSecond: 4 });
    expect(res.campaign.version).toBe(before.version + 1);
  });

  it('refuses bad input at its field with a message that says what to do, and writes nothing', async () => {
    const before = await read();
    const res = await update({
      callingWindows: [{ days: [], start: '08:00', end: '09:00' }],
      restrictedDates: ['2026-01-01'],
      defaultTimeZone: 'Mars/Olympus_Mons',
      contactLimit: { maxAttempts: 0, periodDays: 400 },
      maxCallsPerSecond: 0,
    });
    expect(res.campaign).toBeNull();
    expect(res.userErrors.map((e: { field: string[] }) => e.field)).toEqual([
      ['input', 'callingWindows', '0', 'days'], ['input', 'defaultTimeZone'], ['input', 'contactLimit', 'maxAttempts'],
      ['input', 'contactLimit', 'periodDays'], ['input', 'maxCallsPerSecond'],
    ]);
    expect(res.userErrors[1].message).toBe('"Mars/Olympus_Mons" is not an IANA time zone; use a name such as America/New_York, Europe/Berlin or UTC.');
    expect(res.userErrors.every((e: { code: string }) => e.code === 'INVALID')).toBe(true);
    expect(await read()).toEqual(before);
  });

  it('refuses more than 20 windows, more than 366 dates, offsets and abbreviations for zones', async () => {
    const windows = Array.from({ length: 21 }, () => ({ days: ['MONDAY'], start: '08:00', end: '09:00' }));
    const dates = Array.from({ length: 367 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
    const res = await update({ callingWindows: windows, restrictedDates: dates });
    expect(res.userErrors.map((e: { field: string[]; message: string }) => [e.field, e.message])).toEqual([
      [['input', 'callingWindows'], 'at most 20 calling windows (got 21); merge windows that cover the same days.'],
      [['input', 'restrictedDates'], 'at most 366 restricted dates (got 367); remove dates that have passed.'],
    ]);
    for (const zone of ['+05:00', 'EST', 'UTC+2', '', 'Europe/Nowhere']) {
      expect((await update({ defaultTimeZone: zone })).userErrors.map((e: { field: string[] }) => e.field), zone).toEqual([['input', 'defaultTimeZone']]);
    }
  });

  it('refuses a time or date that is not one as a GraphQL input error (the scalars)', async () => {
    for (const input of [{ callingWindows: [{ days: ['MONDAY'], start: '24:00', end: '09:00' }] }, { restrictedDates: ['2026-02-30'] }]) {
      const res = await t.gql(UPDATE, { input: { id: campaignId, ...input } });
      expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('clears with null: windows to any time, dates to none, the zone to UTC, the limits to none', async () => {
    const res = await update({ callingWindows: null, restrictedDates: null, defaultTimeZone: null, contactLimit: null, maxCallsPerSecond: null });
    expect(res.userErrors).toEqual([]);
    expect(res.campaign.dialingRules).toEqual({ callingWindows: [], restrictedDates: [], defaultTimeZone: 'UTC', contactLimit: null, maxCallsPerSecond: null });
    expect((await update({ callingWindows: [{ days: ['MONDAY'], start: '08:00', end: '09:00' }] })).campaign.dialingRules.callingWindows).toHaveLength(1);
    expect((await update({ callingWindows: [] })).campaign.dialingRules.callingWindows).toEqual([]);
  });
});

describe('OutdialTarget.timeZone', () => {
  const TARGET = 'outdialTarget { id timeZone timeZones }';
  const create = (input: Record<string, unknown>) => t.gql(`mutation($input: OutdialTargetCreateInput!) {
    outdialTargetCreate(input: $input) { ${TARGET} userErrors { field message } } }`, { input: { outdialId, name: 'z', ...input } });
  const updateTarget = (input: Record<string, unknown>) => t.gql(`mutation($input: OutdialTargetUpdateInput!) {
    outdialTargetUpdate(input: $input) { ${TARGET} userErrors { field message } } }`, { input });
  const tel = (target: string) => [{ type: 'TEL', target }];

  it('is the given zone, else the zones of its TEL numbers, else null', async () => {
    const given = (await create({ destinations: tel('+12015550123'), timeZone: 'europe/berlin' })).data.outdialTargetCreate.outdialTarget;
    expect(given).toMatchObject({ timeZone: 'Europe/Berlin', timeZones: ['Europe/Berlin'] });
    const derived = (await create({ destinations: tel('+12015550123') })).data.outdialTargetCreate.outdialTarget;
    expect(derived).toMatchObject({ timeZone: 'America/New_York', timeZones: ['America/New_York'] });
    // Two numbers in two zones: both.
    const two = (await create({ destinations: [...tel('+12015550123'), ...tel('+13105550123')] })).data.outdialTargetCreate.outdialTarget;
    expect(two.timeZones).toEqual(['America/Los_Angeles', 'America/New_York']);
    const sip = (await create({ destinations: [{ type: 'SIP', target: 'alice@example.com' }] })).data.outdialTargetCreate.outdialTarget;
    expect(sip).toMatchObject({ timeZone: null, timeZones: [] });
  });

  it('refuses a zone that is not IANA at its field, on create, update, bulk and CSV', async () => {
    expect((await create({ destinations: tel('+12015550123'), timeZone: 'Moon/Base' })).data.outdialTargetCreate.userErrors.map((e: { field: string[] }) => e.field))
      .toEqual([['input', 'timeZone']]);
    const bulk = await t.gql(`mutation($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { field message } } }`, {
      input: { outdialId, targets: [{ name: 'a', destinations: tel('+12015550123') }, { name: 'b', destinations: tel('+12015550124'), timeZone: 'GMT+1' }] },
    });
    expect(bulk.data.outdialTargetsCreate.userErrors.map((e: { field: string[] }) => e.field)).toEqual([['input', 'targets', '1', 'timeZone']]);
    const csv = await t.gql(`mutation($input: OutdialTargetsImportCsvInput!) { outdialTargetsImportCsv(input: $input) { createdCount userErrors { field message } } }`, {
      input: { outdialId, csv: 'name,destination_0,time_zone\na,+12015550125,\nb,+12015550126,Nowhere/Land\n' },
    });
    expect(csv.data.outdialTargetsImportCsv.userErrors).toEqual([{
      field: ['input', 'csv', 'line 3', 'time_zone'],
      message: 'line 3: "Nowhere/Land" is not an IANA time zone; use a name such as America/New_York, Europe/Berlin or UTC.',
    }]);
    const target = (await create({ destinations: tel('+12015550127') })).data.outdialTargetCreate.outdialTarget;
    expect((await updateTarget({ id: target.id, timeZone: 'Nope' })).data.outdialTargetUpdate.userErrors.map((e: { field: string[] }) => e.field))
      .toEqual([['input', 'timeZone']]);
  });

  it('imports the time_zone column of a CSV, empty cells derived from the numbers', async () => {
    const list = (await t.gql('mutation { outdialCreate(input: {name: "csv zones"}) { outdial { id } } }')).data.outdialCreate.outdial.id;
    const csv = await t.gql(`mutation($input: OutdialTargetsImportCsvInput!) { outdialTargetsImportCsv(input: $input) { createdCount userErrors { field } } }`, {
      input: { outdialId: list, csv: 'name,destination_0,time_zone\na,+12015550125,\nb,+12015550126,Asia/Tokyo\n' },
    });
    expect(csv.data.outdialTargetsImportCsv).toEqual({ createdCount: 2, userErrors: [] });
    const read = await t.gql(`query($id: ID!) { outdial(id: $id) { targets(first: 10) { nodes { name timeZone } } } }`, { id: list });
    expect(read.data.outdial.targets.nodes.map((n: { name: string; timeZone: string }) => [n.name, n.timeZone]).sort()).toEqual([['a', 'America/New_York'], ['b', 'Asia/Tokyo']]);
  });

  it('follows an update: a new zone, null back to the numbers\' zones, new numbers re-derived', async () => {
    const target = (await create({ destinations: tel('+12015550128') })).data.outdialTargetCreate.outdialTarget;
    const given = (await updateTarget({ id: target.id, timeZone: 'Asia/Tokyo' })).data.outdialTargetUpdate.outdialTarget;
    expect(given.timeZones).toEqual(['Asia/Tokyo']);
    // New numbers keep a given zone.
    expect((await updateTarget({ id: target.id, destinations: tel('+13105550128') })).data.outdialTargetUpdate.outdialTarget.timeZones).toEqual(['Asia/Tokyo']);
    const cleared = (await updateTarget({ id: target.id, timeZone: null })).data.outdialTargetUpdate.outdialTarget;
    expect(cleared).toMatchObject({ timeZone: 'America/Los_Angeles', timeZones: ['America/Los_Angeles'] });
    expect((await updateTarget({ id: target.id, destinations: tel('+12015550128') })).data.outdialTargetUpdate.outdialTarget.timeZones).toEqual(['America/New_York']);
  });
});
