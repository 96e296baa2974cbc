// The campaign watch of apollo-client.ts with graphql-sse's client instead of a WebSocket: Server-Sent Events
// over plain HTTP, which passes proxies that refuse WebSocket upgrades. Two modes:
//   distinct (default): one HTTP request per subscription, on /graphql itself;
//   single: one event stream for every operation of the client, on /graphql/stream.
//
//   URL=http://localhost:4000/graphql TOKEN=... CAMPAIGN_ID=... SSE_MODE=single npx tsx examples/graphql-sse.ts
//
// Settings (environment): URL, TOKEN or USERNAME+PASSWORD (examples/connect.ts); CAMPAIGN_ID (global id or UUID);
// SSE_MODE; RUN=1 starts the campaign once subscribed; EVENTS: exit after this many distinct changes (default
// 10); RECONNECT_AFTER: reconnect with `since` after this many (default half of EVENTS, 0: never); TIMEOUT_MS.
import { pathToFileURL } from 'node:url';
import { createClient, type Client } from 'graphql-sse';
import { followTargets, signIn, TARGET_EVENTS, url, type TargetEvent } from './connect.ts';

export type SseMode = 'distinct' | 'single';

/** A graphql-sse client of the server at `url` (the /graphql endpoint) in the given mode. */
export function createSseClient(options: { url: string; token: string; mode: SseMode }): Client {
  return createClient({
    url: options.mode === 'single' ? `${options.url}/stream` : options.url,
    singleConnection: options.mode === 'single',
    headers: { authorization: `Bearer ${options.token}` },
    retryAttempts: 0,
  });
}

/** The campaign's target changes from `since`, once per change as the server sends them, until stop(). */
export function watchTargets(client: Client, campaignId: string, since: string | undefined, onChange: (e: TargetEvent) => void, onError: (e: unknown) => void) {
  const stop = client.subscribe<{ outdialTargetStatusChanged: TargetEvent }>(
    { query: TARGET_EVENTS, variables: { campaignId, since } },
    {
      next: (result) => (result.errors ? onError(result.errors) : result.data && onChange(result.data.outdialTargetStatusChanged)),
      error: onError,
      complete: () => {},
    },
  );
  return { stop };
}

async function main() {
  const token = await signIn();
  const campaignId = process.env.CAMPAIGN_ID;
  if (!campaignId) throw new Error('set CAMPAIGN_ID');
  const mode = (process.env.SSE_MODE ?? 'distinct') as SseMode;
  if (mode !== 'distinct' && mode !== 'single') throw new Error('SSE_MODE is distinct or single');
  const client = createSseClient({ url, token, mode });
  const timeout = setTimeout(() => {
    console.error('timed out');
    process.exit(1);
  }, Number(process.env.TIMEOUT_MS ?? 60_000));
  try {
    const seen = await followTargets(token, campaignId, `subscribed (${mode})`, (since, onChange, onError) => watchTargets(client, campaignId, since, onChange, onError));
    console.log(`done: ${seen} changes`);
  } finally {
    clearTimeout(timeout);
    client.dispose();
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
