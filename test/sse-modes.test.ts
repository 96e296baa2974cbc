// The three ways to subscribe receive the same changes of one campaign run: graphql-ws, graphql-sse's distinct
// connections mode (one SSE request per subscription, on /graphql) and its single connection mode (one stream for
// all of a client's operations, on /graphql/stream). Each transport holds two subscriptions, the campaign's target
// changes and its status changes, from `since` the campaign's creation, so none starts late.
import { afterAll, describe, expect, it } from 'vitest';
import { createClient as createSseClient, type Client as SseClient } from 'graphql-sse';
import { useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';

const t = useTestApp({ SIMULATOR_TIME_SCALE: '100' });
const sseClients: Array<SseClient<boolean>> = [];
afterAll(() => {
  for (const c of sseClients) c.dispose();
});

const OUTPLAN_CREATE = graphql(`
  mutation OutplanCreateForSseModesTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }
`);
const OUTDIAL_CREATE = graphql(`
  mutation OutdialCreateForSseModesTest($name: String!) { outdialCreate(input: { name: $name }) { outdial { id } userErrors { message } } }
`);
const TARGETS_CREATE = graphql(`
  mutation TargetsCreateForSseModesTest($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }
`);
const CAMPAIGN_CREATE = graphql(`
  mutation CampaignCreateForSseModesTest($input: CampaignCreateInput!) { campaignCreate(input: $input) { campaign { id createdAt } userErrors { message } } }
`);
const RUN = graphql(`
  mutation RunForSseModesTest($id: ID!) { campaignUpdateStatus(input: { id: $id, status: RUN }) { userErrors { message } } }
`);
const TARGET_CHANGES = /* GraphQL */ `
  subscription TargetChangesForSseModesTest($campaignId: ID!, $since: DateTime) {
    outdialTargetStatusChanged(campaignId: $campaignId, since: $since) { uuid status result version }
  }
`;
const STATUS_CHANGES = /* GraphQL */ `
  subscription StatusChangesForSseModesTest($campaignId: ID!, $since: DateTime) {
    campaignStatusChanged(campaignId: $campaignId, since: $since) { status version }
  }
`;

type Sink = { next: (r: { data?: any; errors?: unknown }) => void; error: (e: unknown) => void; complete: () => void };
type Subscribe = (query: string, variables: Record<string, unknown>, sink: Sink) => () => void;

/**
 * The distinct results of one subscription (by `key`: a row's version) until `enough` holds (bounded). A change can
 * come twice where the replay from `since` meets the live changes (README, Signing in); its version tells.
 */
function collect(subscribe: Subscribe, query: string, variables: Record<string, unknown>, key: (value: any) => string, enough: (seen: any[]) => boolean) {
  const seen: any[] = [];
  const keys = new Set<string>();
  return new Promise<any[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out with ${JSON.stringify(seen)}`)), 45_000);
    const stop = subscribe(query, variables, {
      next: (r) => {
        if (r.errors) return reject(new Error(JSON.stringify(r.errors)));
        const value = Object.values(r.data)[0];
        if (keys.has(key(value))) return;
        keys.add(key(value));
        seen.push(value);
        if (enough(seen)) {
          clearTimeout(timer);
          stop();
          resolve(seen);
        }
      },
      error: reject,
      complete: () => {},
    });
  });
}

const transports: Record<string, () => Subscribe> = {
  'graphql-ws': () => {
    const client = t.wsClient();
    return (query, variables, sink) => client.subscribe({ query, variables }, sink);
  },
  'graphql-sse distinct connections (/graphql)': () => {
    const client = createSseClient({ url: t.url, retryAttempts: 0, headers: { authorization: `Bearer ${t.token}` } });
    sseClients.push(client);
    return (query, variables, sink) => client.subscribe({ query, variables }, sink);
  },
  'graphql-sse single connection (/graphql/stream)': () => {
    const client = createSseClient({ url: `${t.url}/stream`, singleConnection: true, retryAttempts: 0, headers: { authorization: `Bearer ${t.token}` } });
    sseClients.push(client);
    return (query, variables, sink) => client.subscribe({ query, variables }, sink);
  },
};

describe('graphql-sse in both modes and graphql-ws', () => {
  it('receive the same changes of one campaign run: every target change in version order, and the campaign\'s statuses', async () => {
    // Three targets answer; two are busy twice (a retry each, then EXHAUSTED): 3 x 2 + 2 x 4 target changes.
    const plan = (await t.gql(OUTPLAN_CREATE, { input: { name: 'sse', dialTimeout: 30_000, tryInterval: 0, maxTryCounts: [2], source: { type: 'TEL', target: '+15550100000' } } })).data!.outplanCreate.outplan!;
    const list = (await t.gql(OUTDIAL_CREATE, { name: 'sse' })).data!.outdialCreate.outdial!;
    const numbers = ['+15550300777', '+15550301777', '+15550302777', '+15550310001', '+15550320001'];
    const targets = numbers.map((target, i) => ({ name: `sse ${i}`, destinations: [{ type: 'TEL' as const, target }] }));
    expect((await t.gql(TARGETS_CREATE, { input: { outdialId: list.id, targets } })).data!.outdialTargetsCreate.createdCount).toBe(5);
    const campaign = (await t.gql(CAMPAIGN_CREATE, {
      input: { name: 'sse', outplanId: plan.id, outdialId: list.id, endHandle: 'STOP', actions: [{ talk: { text: 'Hello.', language: 'en-US' } }] },
    })).data!.campaignCreate.campaign!;
    const variables = { campaignId: campaign.id, since: campaign.createdAt };
    const TARGET_CHANGE_COUNT = 3 * 2 + 2 * 4;

    const runs = Object.entries(transports).map(([name, make]) => {
      const subscribe = make();
      return {
        name,
        targets: collect(subscribe, TARGET_CHANGES, variables, (c) => `${c.uuid}@${c.version}`, (seen) => seen.length === TARGET_CHANGE_COUNT),
        statuses: collect(subscribe, STATUS_CHANGES, variables, (c) => String(c.version), (seen) => seen.at(-1)?.status === 'STOP'),
      };
    });
    expect((await t.gql(RUN, { id: campaign.id })).data!.campaignUpdateStatus.userErrors).toEqual([]);

    const received = await Promise.all(runs.map(async (r) => ({ name: r.name, targets: await r.targets, statuses: await r.statuses })));
    const byTarget = (changes: any[]) => {
      const rows = new Map<string, string[]>();
      for (const c of changes) rows.set(c.uuid, [...(rows.get(c.uuid) ?? []), `v${c.version} ${c.status}${c.result ? `/${c.result}` : ''}`]);
      return Object.fromEntries([...rows].sort(([a], [b]) => a.localeCompare(b)));
    };
    const [ws, ...sse] = received;
    // What the dialer must have done, target by target, in version order.
    const sequences = Object.values(byTarget(ws.targets)).map((s) => s.join(', ')).sort();
    expect(sequences).toEqual([
      ...Array.from({ length: 2 }, () => 'v2 PROGRESSING, v3 IDLE, v4 PROGRESSING, v5 DONE/EXHAUSTED'),
      ...Array.from({ length: 3 }, () => 'v2 PROGRESSING, v3 DONE/ANSWERED'),
    ].sort());
    expect(ws.statuses.map((s) => s.status)).toEqual(['RUN', 'STOP']);
    for (const other of sse) {
      expect(byTarget(other.targets), other.name).toEqual(byTarget(ws.targets));
      expect(other.statuses, other.name).toEqual(ws.statuses);
    }
  });
});
