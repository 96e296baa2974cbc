// Issue 15 item 8: input a user expects to be refused is refused, with the field and a message to act on: a talk
// voice that does not exist, a call with nothing to do, a target that repeats one of its own destinations (also
// in bulk and CSV, by line), and an outplan without a caller id named clearly when a campaign tries to RUN.
import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.ts';

const t = useTestApp();
const TEL = (n: string) => ({ type: 'TEL', target: n });

async function outdialId(): Promise<string> {
  const res = await t.gql('mutation { outdialCreate(input: {name: "strict"}) { outdial { id } } }');
  return res.data.outdialCreate.outdial.id;
}
const count = async (table: string) => Number((await t.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${table}"`))[0].n);

describe('talk gender', () => {
  const create = (gender: string | null) => t.gql(
    'mutation($input: CampaignCreateInput!) { campaignCreate(input: $input) { campaign { actions { ... on TalkAction { gender } } } userErrors { field message code } } }',
    { input: { name: 'voices', actions: [{ talk: { text: 'Hello.', language: 'en-US', gender } }] } },
  );

  it('takes female, male or neutral in any case, stored lower-case', async () => {
    for (const [given, stored] of [['Female', 'female'], ['MALE', 'male'], [' neutral ', 'neutral'], [null, null]] as const) {
      const res = await create(given);
      expect(res.data.campaignCreate, String(given)).toEqual({ campaign: { actions: [{ gender: stored }] }, userErrors: [] });
    }
  });

  it('refuses any other voice at its path, writing nothing', async () => {
    const before = await count('campaign');
    for (const given of ['robot', '', 'f']) {
      const res = await create(given);
      expect(res.data.campaignCreate, given).toEqual({
        campaign: null,
        userErrors: [{ field: ['input', 'actions', '0', 'talk', 'gender'], message: `gender is one of female, male, neutral (any case), or omitted (got "${given}").`, code: 'INVALID' }],
      });
    }
    expect(await count('campaign')).toBe(before);
  });
});

describe('a call with no actions', () => {
  it('is refused: it would hang up as soon as it is answered', async () => {
    const before = await count('call');
    const res = await t.gql('mutation($input: CallCreateInput!) { callCreate(input: $input) { calls { id } userErrors { field message code } } }', {
      input: { source: TEL('+15550100000'), destinations: [TEL('+15551230001')], actions: [] },
    });
    expect(res.data.callCreate).toEqual({
      calls: [],
      userErrors: [{ field: ['input', 'actions'], message: 'a call needs at least one action (for example talk or play): with none it would hang up as soon as it is answered.', code: 'INVALID' }],
    });
    expect(await count('call')).toBe(before);
  });
});

describe('a target that repeats one of its destinations', () => {
  const REPEAT = 'destination 2 repeats destination 0 (+15551230001): each destination of a target must be a different address.';

  it('is refused on create and update, compared normalised', async () => {
    const id = await outdialId();
    const res = await t.gql('mutation($input: OutdialTargetCreateInput!) { outdialTargetCreate(input: $input) { outdialTarget { id } userErrors { field message code } } }', {
      input: { outdialId: id, name: 'twice', destinations: [TEL('+15551230001'), TEL('+15551230002'), TEL('+1 555 123 0001')] },
    });
    expect(res.data.outdialTargetCreate).toEqual({ outdialTarget: null, userErrors: [{ field: ['input', 'destinations', '2'], message: REPEAT, code: 'INVALID' }] });
    const ok = await t.gql('mutation($input: OutdialTargetCreateInput!) { outdialTargetCreate(input: $input) { outdialTarget { id } userErrors { message } } }', {
      input: { outdialId: id, name: 'once', destinations: [TEL('+15551230001')] },
    });
    const targetId = ok.data.outdialTargetCreate.outdialTarget.id;
    const updated = await t.gql('mutation($input: OutdialTargetUpdateInput!) { outdialTargetUpdate(input: $input) { outdialTarget { id } userErrors { field message } } }', {
      input: { id: targetId, destinations: [{ type: 'SIP', target: 'alice@Example.com' }, { type: 'SIP', target: 'sip:alice@example.com' }] },
    });
    expect(updated.data.outdialTargetUpdate.userErrors).toEqual([
      { field: ['input', 'destinations', '1'], message: 'destination 1 repeats destination 0 (alice@example.com): each destination of a target must be a different address.' },
    ]);
  });

  it('is refused in bulk at the row, and in a CSV at its line, with nothing imported', async () => {
    const id = await outdialId();
    const before = await count('outdial_target');
    const bulk = await t.gql('mutation($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { field message } } }', {
      input: { outdialId: id, targets: [{ name: 'fine', destinations: [TEL('+15551230009')] }, { name: 'twice', destinations: [TEL('+15551230001'), TEL('+15551230002'), TEL('+15551230001')] }] },
    });
    expect(bulk.data.outdialTargetsCreate).toEqual({ createdCount: 0, userErrors: [{ field: ['input', 'targets', '1', 'destinations', '2'], message: REPEAT }] });
    const csv = await t.gql('mutation($input: OutdialTargetsImportCsvInput!) { outdialTargetsImportCsv(input: $input) { createdCount userErrors { field message } } }', {
      input: { outdialId: id, csv: 'name,destination_0,destination_1,destination_2\nfine,+15551230009,,\ntwice,+15551230001,+15551230002,+15551230001\n' },
    });
    expect(csv.data.outdialTargetsImportCsv).toEqual({ createdCount: 0, userErrors: [{ field: ['input', 'csv', 'line 3', 'destination_2'], message: `line 3: ${REPEAT}` }] });
    expect(await count('outdial_target')).toBe(before);
  });
});

describe('an outplan without a source (caller id)', () => {
  it('is accepted, and RUN of a campaign using it names the missing caller id', async () => {
    const plan = await t.gql('mutation { outplanCreate(input: {name: "no caller id", dialTimeout: 30000, tryInterval: 60000, maxTryCounts: [1]}) { outplan { id source { target } } userErrors { message } } }');
    expect(plan.data.outplanCreate).toMatchObject({ outplan: { source: null }, userErrors: [] });
    const list = await outdialId();
    const campaign = await t.gql('mutation($p: ID!, $o: ID!) { campaignCreate(input: {name: "no caller id", outplanId: $p, outdialId: $o}) { campaign { id } } }', { p: plan.data.outplanCreate.outplan.id, o: list });
    const run = await t.gql('mutation($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { status } userErrors { field message code } } }', { id: campaign.data.campaignCreate.campaign.id });
    expect(run.data.campaignUpdateStatus.campaign).toBeNull();
    expect(run.data.campaignUpdateStatus.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE', message: expect.stringContaining('outplan needs a TEL or SIP source (the caller id); set it with outplanUpdateDialInfo') }),
    ]);
  });
});
