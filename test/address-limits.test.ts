// Issue 16: every address field has a length cap checked before any pattern, and every pattern is linear. A 60 KB
// e-mail address once cost 3 s of CPU in the old EMAIL pattern; now each entry point that takes an address refuses
// it at once, with the field's path and the cap. Times are the server's own (its request log line), not the
// round trip, so a loaded machine does not make them flaky.
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.ts';
import { serverTimes } from './helpers/server-times.ts';
import { graphql } from './gql/index.ts';

const times = serverTimes();
const t = useTestApp({}, { logger: times.logger });

/** A 60 KB e-mail address, the same malformed (the old EMAIL pattern tried every split: 3.4 s), and a SIP URI. */
const LONG_EMAIL = `a@${'a.'.repeat(30_000)}a`;
const LONG_BAD_EMAIL = `a@${'a.'.repeat(30_000)}@`;
const LONG_SIP = `sip:${'u'.repeat(30_000)}@${'h.'.repeat(15_000)}example.com`;
/** Generous for a refusal that does no work; the old pattern took seconds. */
const SERVER_MS_BOUND = 200;

const OUTDIAL_CREATE = graphql(`
  mutation OutdialCreateForAddressLimitsTest($input: OutdialCreateInput!) { outdialCreate(input: $input) { outdial { id } } }
`);
const OUTPLAN_CREATE = graphql(`
  mutation OutplanCreateForAddressLimitsTest($input: OutplanCreateInput!) {
    outplanCreate(input: $input) { outplan { id source { target } } userErrors { field message code } }
  }
`);
const OUTPLAN_DIAL_INFO = graphql(`
  mutation OutplanUpdateDialInfoForAddressLimitsTest($input: OutplanUpdateDialInfoInput!) {
    outplanUpdateDialInfo(input: $input) { outplan { id } userErrors { field message code } }
  }
`);
const TARGET_CREATE = graphql(`
  mutation OutdialTargetCreateForAddressLimitsTest($input: OutdialTargetCreateInput!) {
    outdialTargetCreate(input: $input) { outdialTarget { id } userErrors { field message code } }
  }
`);
const TARGET_UPDATE = graphql(`
  mutation OutdialTargetUpdateForAddressLimitsTest($input: OutdialTargetUpdateInput!) {
    outdialTargetUpdate(input: $input) { outdialTarget { id } userErrors { field message code } }
  }
`);
const TARGETS_CREATE = graphql(`
  mutation OutdialTargetsCreateForAddressLimitsTest($input: OutdialTargetsCreateInput!) {
    outdialTargetsCreate(input: $input) { createdCount userErrors { field message code } }
  }
`);
const TARGETS_CSV = graphql(`
  mutation OutdialTargetsImportCsvForAddressLimitsTest($input: OutdialTargetsImportCsvInput!) {
    outdialTargetsImportCsv(input: $input) { createdCount userErrors { field message code } }
  }
`);
const CALL_CREATE = graphql(`
  mutation CallCreateForAddressLimitsTest($input: CallCreateInput!) {
    callCreate(input: $input) { calls { id } userErrors { field message code } }
  }
`);
const CAMPAIGN_CREATE = graphql(`
  mutation CampaignCreateForAddressLimitsTest($input: CampaignCreateInput!) {
    campaignCreate(input: $input) { campaign { id } userErrors { field message code } }
  }
`);
const CAMPAIGN_ACTIONS = graphql(`
  mutation CampaignUpdateActionsForAddressLimitsTest($input: CampaignUpdateActionsInput!) {
    campaignUpdateActions(input: $input) { campaign { id } userErrors { field message code } }
  }
`);

/** Runs a mutation over HTTP once; its payload (the one root field) and the server's time for it. */
async function runOnce<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<{ payload: any; serverMs: number }> {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${t.token}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return { payload: Object.values(body.data!)[0], serverMs: await times.of(res.headers.get('x-request-id')!) };
}

/**
 * Runs a refused mutation twice: the payload of the second, and the shorter of the two server times. The first
 * run of a document also compiles it (graphql-jit), and a loaded machine may stall either one; the old pattern
 * spent seconds on both.
 */
async function timed<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<{ payload: any; serverMs: number }> {
  const first = await runOnce(document, variables);
  const second = await runOnce(document, variables);
  expect(second.payload).toEqual(first.payload);
  return { payload: second.payload, serverMs: Math.min(first.serverMs, second.serverMs) };
}

const TEL = { type: 'TEL' as const, target: '+15559876543' };
const dialInfo = { dialTimeout: 30_000, tryInterval: 0, maxTryCounts: [1] };
let outdialId: string;
let targetId: string;
let outplanId: string;
let campaignId: string;

beforeAll(async () => {
  outdialId = (await t.gql(OUTDIAL_CREATE, { input: { name: 'address limits' } })).data!.outdialCreate.outdial!.id;
  targetId = (await t.gql(TARGET_CREATE, { input: { outdialId, name: 't', destinations: [TEL] } })).data!.outdialTargetCreate.outdialTarget!.id;
  outplanId = (await t.gql(OUTPLAN_CREATE, { input: { name: 'p', source: TEL, ...dialInfo } })).data!.outplanCreate.outplan!.id;
  campaignId = (await t.gql(CAMPAIGN_CREATE, { input: { name: 'c' } })).data!.campaignCreate.campaign!.id;
});

type Address = { type: 'TEL' | 'SIP' | 'EMAIL'; target: string; targetName?: string; name?: string; detail?: string };

/** Every mutation that takes an address (the users of normalizeAddress), with `address` where it goes, and its path. */
const ENTRY_POINTS: [string, (a: Address) => Promise<{ payload: any; serverMs: number }>, string[]][] = [
  ['outdialTargetCreate', (a) => timed(TARGET_CREATE, { input: { outdialId, name: 'n', destinations: [a] } }), ['input', 'destinations', '0']],
  ['outdialTargetUpdate', (a) => timed(TARGET_UPDATE, { input: { id: targetId, destinations: [TEL, a] } }), ['input', 'destinations', '1']],
  ['outdialTargetsCreate', (a) => timed(TARGETS_CREATE, { input: { outdialId, targets: [{ name: 'ok', destinations: [TEL] }, { name: 'n', destinations: [a] }] } }), ['input', 'targets', '1', 'destinations', '0']],
  ['outplanCreate source', (a) => timed(OUTPLAN_CREATE, { input: { name: 'n', source: a, ...dialInfo } }), ['input', 'source']],
  ['outplanUpdateDialInfo source', (a) => timed(OUTPLAN_DIAL_INFO, { input: { id: outplanId, source: a, ...dialInfo } }), ['input', 'source']],
  ['callCreate source', (a) => timed(CALL_CREATE, { input: { source: a, destinations: [TEL], actions: [{ hangup: {} }] } }), ['input', 'source']],
  ['callCreate destinations', (a) => timed(CALL_CREATE, { input: { source: TEL, destinations: [TEL, a], actions: [{ hangup: {} }] } }), ['input', 'destinations', '1']],
  ['callCreate connect action', (a) => timed(CALL_CREATE, { input: { source: TEL, destinations: [TEL], actions: [{ connect: { destinations: [a] } }] } }), ['input', 'actions', '0', 'connect', 'destinations', '0']],
  ['campaignCreate connect action', (a) => timed(CAMPAIGN_CREATE, { input: { name: 'n', actions: [{ connect: { source: a, destinations: [TEL] } }] } }), ['input', 'actions', '0', 'connect', 'source']],
  ['campaignUpdateActions connect action', (a) => timed(CAMPAIGN_ACTIONS, { input: { id: campaignId, actions: [{ connect: { destinations: [a] } }] } }), ['input', 'actions', '0', 'connect', 'destinations', '0']],
];

describe('address length caps, before any pattern', () => {
  describe.each(ENTRY_POINTS)('%s', (_name, run, at) => {
    it.each([
      ['a 60 KB e-mail address', { type: 'EMAIL', target: LONG_EMAIL }, 'target', /a EMAIL target is at most 254 characters \(got 60,003\)/],
      ['a 60 KB malformed e-mail address', { type: 'EMAIL', target: LONG_BAD_EMAIL }, 'target', /a EMAIL target is at most 254 characters \(got 60,003\)/],
      ['a 60 KB SIP URI', { type: 'SIP', target: LONG_SIP }, 'target', /a SIP target is at most 256 characters/],
      ['a long TEL target', { type: 'TEL', target: `+1${'5'.repeat(40)}` }, 'target', /a TEL target is at most 32 characters/],
      ['a 60 KB targetName', { ...TEL, targetName: 'n'.repeat(60_000) }, 'targetName', /targetName is at most 255 characters/],
      ['a long name', { ...TEL, name: 'n'.repeat(256) }, 'name', /name is at most 255 characters/],
      ['a long detail', { ...TEL, detail: 'd'.repeat(2001) }, 'detail', /detail is at most 2000 characters/],
    ] as [string, Address, string, RegExp][])('refuses %s at once, with its path and the cap', async (_label, address, field, message) => {
      const { payload, serverMs } = await run(address);
      expect(payload.userErrors).toContainEqual({ field: [...at, field], message: expect.stringMatching(message), code: 'INVALID' });
      // The message states the cap, and never echoes the 60 KB value back.
      for (const e of payload.userErrors) expect(e.message.length).toBeLessThan(300);
      expect(serverMs).toBeLessThan(SERVER_MS_BOUND);
    });
  });

  it('refuses a 60 KB SIP cell of a CSV import with its line and column', async () => {
    const csv = `name,destination_0\nok,+15559876543\nlong,${LONG_SIP}\n`;
    const { payload, serverMs } = await timed(TARGETS_CSV, { input: { outdialId, csv } });
    expect(payload.createdCount).toBe(0);
    expect(payload.userErrors).toContainEqual({
      field: ['input', 'csv', 'line 3', 'destination_0'], message: expect.stringMatching(/^line 3: a SIP target is at most 256 characters/), code: 'INVALID',
    });
    expect(serverMs).toBeLessThan(SERVER_MS_BOUND);
  });

  it('keeps accepting an e-mail address of exactly 254 characters, and a SIP URI of 256 after sip:', async () => {
    const email = `a@${'b'.repeat(248)}.com`;
    expect(email).toHaveLength(254);
    const ok = await runOnce(OUTPLAN_CREATE, { input: { name: 'email 254', source: { type: 'EMAIL', target: email }, ...dialInfo } });
    expect(ok.payload.userErrors).toEqual([]);
    expect(ok.payload.outplan.source.target).toBe(email);
    const uri = `${'u'.repeat(100)}@${'h'.repeat(151)}.com`;
    expect(uri).toHaveLength(256);
    const sip = await runOnce(OUTPLAN_CREATE, { input: { name: 'sip 256', source: { type: 'SIP', target: `sip:${uri}` }, ...dialInfo } });
    expect(sip.payload.userErrors).toEqual([]);
  });

  it('checks e-mail addresses in linear time: malformed addresses under the cap are refused as malformed', async () => {
    // Under the cap, each of these made the old pattern try every split of the domain before failing.
    for (const target of [`a@${'a.'.repeat(120)}`, `a@${'a.'.repeat(120)}@`, `a@${'a.'.repeat(120)} b`, 'a@b..c', 'a@.b']) {
      const { payload, serverMs } = await timed(OUTPLAN_CREATE, { input: { name: 'bad email', source: { type: 'EMAIL', target }, ...dialInfo } });
      expect(payload.userErrors).toEqual([{ field: ['input', 'source', 'target'], message: expect.stringMatching(/is not an e-mail address/), code: 'INVALID' }]);
      expect(serverMs).toBeLessThan(SERVER_MS_BOUND);
    }
  });
});

describe('action text caps', () => {
  it('refuses a long language tag, gender or stream URL with its path and the cap, before any pattern', async () => {
    const { payload, serverMs } = await timed(CALL_CREATE, {
      input: {
        source: TEL, destinations: [TEL],
        actions: [
          { talk: { text: 'hello', language: `en-${'a'.repeat(60_000)}`, gender: 'g'.repeat(256) } },
          { play: { streamUrls: [`https://example.com/${'p'.repeat(60_000)}`] } },
        ],
      },
    });
    expect(payload.userErrors).toEqual([
      { field: ['input', 'actions', '0', 'talk', 'language'], message: expect.stringMatching(/at most 35 characters \(got 60003\)/), code: 'INVALID' },
      { field: ['input', 'actions', '0', 'talk', 'gender'], message: 'gender is at most 255 characters (got 256).', code: 'INVALID' },
      { field: ['input', 'actions', '1', 'play', 'streamUrls', '0'], message: 'a stream URL is at most 2048 characters (got 60020).', code: 'INVALID' },
    ]);
    expect(serverMs).toBeLessThan(SERVER_MS_BOUND);
  });
});
