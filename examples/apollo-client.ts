// Apollo Client (core, no React) against dialgraph in Node: one client whose split link sends queries and
// mutations over HTTP and subscriptions over graphql-ws; it pages through every outdial with fetchMore (the
// cache merges the pages with relayStylePagination), then watches the target status changes of one campaign,
// reconnecting once with `since` to show that no change is lost across a reconnect.
//
//   URL=http://localhost:4000/graphql TOKEN=... CAMPAIGN_ID=... npx tsx examples/apollo-client.ts
//
// Settings (environment): URL, TOKEN or USERNAME+PASSWORD (examples/connect.ts); PAGE_SIZE (default 20);
// CAMPAIGN_ID (global id or UUID; without it the example only pages); RUN=1 starts the campaign once subscribed;
// EVENTS: exit after this many distinct changes (default 10); RECONNECT_AFTER: reconnect after this many
// (default half of EVENTS, 0: never); TIMEOUT_MS (default 60000).
import { pathToFileURL } from 'node:url';
import WebSocket from 'ws';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { followTargets, signIn, TARGET_EVENTS, url, type TargetEvent } from './connect.ts';

export interface ApolloSetup {
  client: ApolloClient;
  ws: WsClient;
  dispose(): Promise<void>;
}

/**
 * The client: HttpLink for queries and mutations, GraphQLWsLink (graphql-ws) for subscriptions, chosen per
 * operation by the split link. Node 20 has no global WebSocket, hence `ws`. `fetch` is there for tests that count
 * what goes over HTTP.
 */
export function createApollo(options: { url: string; token: string; fetch?: typeof fetch }): ApolloSetup {
  const ws = createClient({ url: options.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { token: options.token } });
  const http = new HttpLink({ uri: options.url, headers: { authorization: `Bearer ${options.token}` }, fetch: options.fetch ?? fetch });
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new GraphQLWsLink(ws),
    http,
  );
  const cache = new InMemoryCache({
    // One list per filter: without keyArgs, pages of different filters would merge into one.
    typePolicies: { Query: { fields: { outdials: relayStylePagination(['filter', 'includeDeleted']) } } },
  });
  const client = new ApolloClient({ link, cache });
  return {
    client, ws,
    dispose: async () => {
      client.stop();
      await ws.dispose();
    },
  };
}

export const OUTDIALS = gql`
  query OutdialPages($first: Int!, $after: String) {
    outdials(first: $first, after: $after) {
      totalCount
      edges { cursor node { id uuid name targetStats { total } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface OutdialPage {
  outdials: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; uuid: string; name: string; targetStats: { total: number } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** Every outdial, newest first: the first page, then fetchMore while there is a next page. The cache holds the merged list. */
export async function pageAllOutdials(client: ApolloClient, pageSize: number, onPage?: (page: number, size: number) => void) {
  const query = client.watchQuery<OutdialPage>({ query: OUTDIALS, variables: { first: pageSize } });
  // An ObservableQuery runs once it has a subscriber; the merged list is what it shows after each fetchMore.
  const watching = query.subscribe({ error: () => {} });
  try {
    const first = await query.refetch();
    let { pageInfo } = first.data!.outdials;
    let page = 1;
    onPage?.(page, first.data!.outdials.edges.length);
    while (pageInfo.hasNextPage) {
      // fetchMore answers the page it fetched; relayStylePagination merges it into the cached list.
      const more = await query.fetchMore({ variables: { after: pageInfo.endCursor } });
      pageInfo = more.data!.outdials.pageInfo;
      onPage?.(++page, more.data!.outdials.edges.length);
    }
    const merged = client.readQuery<OutdialPage>({ query: OUTDIALS, variables: { first: pageSize } });
    return { pages: page, outdials: merged!.outdials };
  } finally {
    watching.unsubscribe();
  }
}

/**
 * Watches a campaign's target changes from `since`, calling onChange once per distinct change, until `stop()`.
 * The subscription goes over the split link's GraphQLWsLink.
 */
export function watchTargets(client: ApolloClient, campaignId: string, since: string | undefined, onChange: (e: TargetEvent) => void, onError: (e: unknown) => void) {
  const subscription = client
    .subscribe<{ outdialTargetStatusChanged: TargetEvent }>({ query: gql(TARGET_EVENTS), variables: { campaignId, since } })
    .subscribe({
      next: (result) => (result.error ? onError(result.error) : result.data && onChange(result.data.outdialTargetStatusChanged)),
      error: onError,
    });
  return { stop: () => subscription.unsubscribe() };
}

async function main() {
  const token = await signIn();
  const { client, dispose } = createApollo({ url, token });
  const timeout = setTimeout(() => {
    console.error('timed out');
    process.exit(1);
  }, Number(process.env.TIMEOUT_MS ?? 60_000));
  try {
    const { pages, outdials } = await pageAllOutdials(client, Number(process.env.PAGE_SIZE ?? 20), (page, size) => console.log(`page ${page}: ${size} outdials`));
    const ids = outdials.edges.map((e) => e.node.id);
    console.log(`outdials: ${ids.length} of ${outdials.totalCount} in ${pages} pages, ${new Set(ids).size} distinct`);
    for (const { node } of outdials.edges) console.log(`outdial ${node.uuid} ${JSON.stringify(node.name)} (${node.targetStats.total} targets)`);

    const campaignId = process.env.CAMPAIGN_ID;
    if (!campaignId) return;
    const seen = await followTargets(token, campaignId, 'subscribed', (since, onChange, onError) => watchTargets(client, campaignId, since, onChange, onError));
    console.log(`done: ${seen} changes`);
  } finally {
    clearTimeout(timeout);
    await dispose();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
