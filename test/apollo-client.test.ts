// Apollo Client 4 in Node against a real server, through examples/apollo-client.ts's client: the split link sends
// queries and mutations over HTTP and subscriptions over graphql-ws; relayStylePagination merges fetchMore's pages
// into one list, in the server's order, each outdial once; a subscription over GraphQLWsLink receives the target
// changes of a running campaign.
import { describe, expect, it } from 'vitest';
import { gql } from '@apollo/client';
import { useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';
import { createApollo, pageAllOutdials, watchTargets } from '../examples/apollo-client.ts';
import type { TargetEvent } from '../examples/connect.ts';

const t = useTestApp({ SIMULATOR_TIME_SCALE: '100' });

const OUTPLAN_CREATE = graphql(`
  mutation OutplanCreateForApolloTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }
`);
const OUTDIAL_CREATE = graphql(`
  mutation OutdialCreateForApolloTest($name: String!) { outdialCreate(input: { name: $name }) { outdial { id uuid } userErrors { message } } }
`);
const TARGETS_CREATE = graphql(`
  mutation TargetsCreateForApolloTest($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }
`);
const CAMPAIGN_CREATE = graphql(`
  mutation CampaignCreateForApolloTest($input: CampaignCreateInput!) { campaignCreate(input: $input) { campaign { id uuid createdAt } userErrors { message } } }
`);
const ALL_OUTDIALS = graphql(`
  query AllOutdialsForApolloTest { outdials(first: 100) { nodes { id } } }
`);
const TARGETS_OF = graphql(`
  query TargetsOfForApolloTest($id: ID!) { outdial(id: $id) { targets(first: 100) { nodes { uuid } } } }
`);
const RUN = gql`
  mutation RunForApolloTest($input: CampaignUpdateStatusInput!) { campaignUpdateStatus(input: $input) { campaign { status } userErrors { message } } }
`;

/** Apollo's client with its HTTP requests recorded (the operation name of each). */
function recordedApollo() {
  const overHttp: string[] = [];
  const recordingFetch: typeof fetch = (input, init) => {
    overHttp.push((JSON.parse(String(init?.body)) as { operationName: string }).operationName);
    return fetch(input, init);
  };
  const apollo = createApollo({ url: t.url, token: t.token, fetch: recordingFetch });
  const overWs: string[] = [];
  apollo.ws.on('message', (m) => overWs.push(m.type));
  return { ...apollo, overHttp, overWs };
}

describe('Apollo Client', () => {
  it('merges three pages of outdials fetched with fetchMore into one list: each once, in the server\'s order', async () => {
    for (let i = 0; i < 9; i++) expect((await t.gql(OUTDIAL_CREATE, { name: `page ${i}` })).data!.outdialCreate.userErrors).toEqual([]);
    const apollo = recordedApollo();
    try {
      const pageSizes: number[] = [];
      const { pages, outdials } = await pageAllOutdials(apollo.client, 3, (_page, size) => pageSizes.push(size));
      expect(pages).toBe(3);
      expect(pageSizes).toEqual([3, 3, 3]);
      const ids = outdials.edges.map((e) => e.node.id);
      expect(new Set(ids).size).toBe(9);
      expect(ids).toEqual((await t.gql(ALL_OUTDIALS)).data!.outdials.nodes.map((n) => n.id));
      expect(outdials.pageInfo.hasNextPage).toBe(false);
      // The first page and two fetchMore calls, all over HTTP; nothing over the WebSocket.
      expect(apollo.overHttp).toEqual(['OutdialPages', 'OutdialPages', 'OutdialPages']);
      expect(apollo.overWs).toEqual([]);
    } finally {
      await apollo.dispose();
    }
  });

  it('receives a running campaign\'s target changes over GraphQLWsLink, while its mutation goes over HTTP', async () => {
    const plan = (await t.gql(OUTPLAN_CREATE, { input: { name: 'apollo', dialTimeout: 30_000, tryInterval: 0, maxTryCounts: [1], source: { type: 'TEL', target: '+15550100000' } } })).data!.outplanCreate.outplan!;
    const list = (await t.gql(OUTDIAL_CREATE, { name: 'apollo campaign' })).data!.outdialCreate.outdial!;
    const targets = [0, 1, 2].map((i) => ({ name: `apollo ${i}`, destinations: [{ type: 'TEL' as const, target: `+1555020${i}777` }] }));
    expect((await t.gql(TARGETS_CREATE, { input: { outdialId: list.id, targets } })).data!.outdialTargetsCreate.createdCount).toBe(3);
    const campaign = (await t.gql(CAMPAIGN_CREATE, { input: { name: 'apollo', outplanId: plan.id, outdialId: list.id, actions: [{ talk: { text: 'Hello.', language: 'en-US' } }] } })).data!.campaignCreate.campaign!;
    const uuids = (await t.gql(TARGETS_OF, { id: list.id })).data!.outdial!.targets.nodes.map((n) => n.uuid);
    const apollo = recordedApollo();
    try {
      const received: TargetEvent[] = [];
      const done = new Promise<void>((resolve, reject) => {
        // since the campaign's creation: what the dialer does between subscribing and RUN is replayed, not lost.
        const watch = watchTargets(apollo.client, campaign.id, campaign.createdAt, (e) => {
          received.push(e);
          if (received.length === 6) {
            watch.stop();
            resolve();
          }
        }, reject);
      });
      const run = await apollo.client.mutate<{ campaignUpdateStatus: { campaign: { status: string }; userErrors: unknown[] } }>({
        mutation: RUN, variables: { input: { id: campaign.id, status: 'RUN' } },
      });
      expect(run.data!.campaignUpdateStatus).toEqual({ campaign: { status: 'RUN', __typename: 'Campaign' }, userErrors: [], __typename: 'CampaignPayload' });
      await done;
      expect(received.map((e) => `${e.uuid} ${e.status} ${e.result} v${e.version}`).sort())
        .toEqual(uuids.flatMap((u) => [`${u} PROGRESSING null v2`, `${u} DONE ANSWERED v3`]).sort());
      // Each target's changes in version order.
      for (const u of uuids) expect(received.filter((e) => e.uuid === u).map((e) => e.version)).toEqual([2, 3]);
      expect(apollo.overHttp).toEqual(['RunForApolloTest']);
      expect(apollo.overWs.filter((type) => type === 'next')).toHaveLength(6);
    } finally {
      await apollo.dispose();
    }
  });
});
