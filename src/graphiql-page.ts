// GraphiQL's page: @graphql-yoga/render-graphiql's offline page (every asset inlined, ~9 MB), with dialgraph's
// fetcher (./graphiql-fetcher.js: the Headers pane reaches the WebSocket, a refused socket shows its reason) on
// graphql-ws's own browser client, and two starting tabs: a sample query and a sample subscription.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphiQLOptions } from 'graphql-yoga';

const SAMPLE_QUERY = `# Paste the token the first start printed (or the login mutation's) into Headers below:
#   {"Authorization": "Bearer <token>"}
# The subscription tab uses it too. Run with Ctrl-Enter.
query Campaigns {
  campaigns(first: 10) {
    totalCount
    nodes { id name status }
  }
  outplans(first: 10) {
    totalCount
    nodes { id name dialTimeout tryInterval maxTryCounts }
  }
}
`;

const SAMPLE_SUBSCRIPTION = `# Every status change of your campaigns, live over graphql-ws, with the token of the Headers pane.
# Start or stop a campaign (campaignUpdateStatus) from another tab or client to see them arrive.
subscription CampaignStatus {
  campaignStatusChanged { id name status updatedAt }
}
`;

export const GRAPHIQL_OPTIONS: GraphiQLOptions = {
  title: 'dialgraph',
  subscriptionsProtocol: 'WS',
  defaultTabs: [{ query: SAMPLE_QUERY }, { query: SAMPLE_SUBSCRIPTION }],
};

/** A script's text, checked to be safe inside a <script> element. */
function scriptText(source: string, what: string): string {
  if (/<\/script/i.test(source)) throw new Error(`${what} contains </script and cannot be inlined`);
  return source;
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** graphql-ws's browser bundle (defines `graphqlWs`); not in its package exports, so found beside its entry point. */
function graphqlWsBrowserClient(): string {
  const entry = fileURLToPath(import.meta.resolve('graphql-ws'));
  return readFileSync(path.join(entry, '..', '..', 'umd', 'graphql-ws.min.js'), 'utf8');
}

/**
 * The page for these options. Yoga's renderer writes the options as JSON into its call of renderYogaGraphiQL;
 * a fetcher is a function, so that JSON is replaced by an expression that adds it (and puts a ?query= link's
 * query in a tab of its own, since GraphiQL ignores ?query= when there are default tabs).
 */
export async function renderGraphiQLPage(options: GraphiQLOptions): Promise<string> {
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  const page = renderGraphiQL(options);
  const json = JSON.stringify(options);
  if (page.split(json).length !== 2) throw new Error('GraphiQL page: the options were not found once in the rendered page');
  const fetcher = scriptText(readFileSync(path.join(here, 'graphiql-fetcher.js'), 'utf8'), 'graphiql-fetcher.js').trim();
  const withFetcher = `(function (options) {
    const linked = new URLSearchParams(location.search).get('query');
    if (linked && options.defaultTabs) options.defaultTabs = [{ query: linked }, ...options.defaultTabs];
    return Object.assign(options, { fetcher: (${fetcher})(${JSON.stringify(options.endpoint ?? '/graphql')}) });
  })(${json})`;
  const client = `<script>${scriptText(graphqlWsBrowserClient(), 'graphql-ws.min.js')}</script>`;
  return page.replace(json, () => withFetcher).replace('<div id="root"></div>', () => `<div id="root"></div>\n${client}`);
}

let graphiqlPage: Promise<string> | undefined;

/**
 * Imported on the first GET of the page, not at start (importing it held ~75 MiB of RSS in a process that may
 * never serve it), and rendered once (its options are the same for every request), then served from memory.
 */
export function renderGraphiQLOnce(options: GraphiQLOptions): Promise<string> {
  graphiqlPage ??= renderGraphiQLPage(options).catch((err: unknown) => {
    graphiqlPage = undefined; // a failed render is tried again on the next request
    throw err;
  });
  return graphiqlPage;
}
