// What both examples share: where the server is and who signs in, from the environment, and one plain
// GraphQL-over-HTTP call (no client library needed for a mutation).
//   URL       the server's GraphQL endpoint (default http://localhost:4000/graphql)
//   TOKEN     a JWT from `login` or an access key; or USERNAME and PASSWORD to log in first
export const url = process.env.URL ?? 'http://localhost:4000/graphql';

/** POSTs one operation; throws on GraphQL errors so an example stops at the first surprise. */
export async function post<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

/** TOKEN, or a JWT for USERNAME/PASSWORD. */
export async function signIn(): Promise<string> {
  if (process.env.TOKEN) return process.env.TOKEN;
  const { USERNAME: username, PASSWORD: password } = process.env;
  if (!username || !password) throw new Error('set TOKEN, or USERNAME and PASSWORD');
  const { login } = await post<{ login: { token: string | null; userErrors: { message: string }[] } }>(
    'mutation Login($input: LoginInput!) { login(input: $input) { token userErrors { message } } }',
    { input: { username, password } },
  );
  if (!login.token) throw new Error(`login refused: ${login.userErrors.map((e) => e.message).join('; ')}`);
  return login.token;
}

/** Starts a campaign (campaignUpdateStatus RUN); its id may be the global id or the UUID. */
export async function runCampaign(token: string, campaignId: string): Promise<void> {
  const { campaignUpdateStatus } = await post<{ campaignUpdateStatus: { userErrors: { message: string }[] } }>(
    'mutation Run($input: CampaignUpdateStatusInput!) { campaignUpdateStatus(input: $input) { userErrors { message } } }',
    { input: { id: campaignId, status: 'RUN' } },
    token,
  );
  if (campaignUpdateStatus.userErrors.length) throw new Error(`RUN refused: ${campaignUpdateStatus.userErrors.map((e) => e.message).join('; ')}`);
}

/** The campaign's updatedAt as the server has it: a `since` that misses none of the changes that follow. */
export async function campaignClock(token: string, campaignId: string): Promise<string> {
  const { campaign } = await post<{ campaign: { updatedAt: string | null; createdAt: string } | null }>(
    'query Clock($id: ID!) { campaign(id: $id) { createdAt updatedAt } }', { id: campaignId }, token,
  );
  if (!campaign) throw new Error(`no campaign ${campaignId}`);
  return campaign.updatedAt ?? campaign.createdAt;
}

/** An event of outdialTargetStatusChanged, as both examples select it. */
export interface TargetEvent {
  id: string;
  uuid: string;
  name: string;
  status: string;
  result: string | null;
  version: number;
  updatedAt: string;
}

export const TARGET_EVENTS = /* GraphQL */ `
  subscription TargetEvents($campaignId: ID!, $since: DateTime) {
    outdialTargetStatusChanged(campaignId: $campaignId, since: $since) { id uuid name status result version updatedAt }
  }
`;

/**
 * Counts distinct changes (a target's uuid and version): around a reconnect with `since` the server may send a
 * change again, and its version tells.
 */
export class SeenChanges {
  private readonly seen = new Set<string>();
  last: TargetEvent | null = null;
  /** True when the change is new. */
  add(e: TargetEvent): boolean {
    const key = `${e.uuid}@${e.version}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    this.last = e;
    return true;
  }
  get size(): number {
    return this.seen.size;
  }
}

/**
 * Where to resume after the last change seen (issue 16: reconnect with the updatedAt of the last event): its
 * updatedAt, a second earlier, because rows written by transactions that commit in another order than their clocks
 * can arrive after it. What comes twice is dropped by its version (SeenChanges).
 */
export const resumeFrom = (last: TargetEvent) => new Date(new Date(last.updatedAt).getTime() - 1000).toISOString();

/** A subscription to a campaign's target changes from `since` (undefined: from now), over one transport or another. */
export type WatchTargets = (since: string | undefined, onChange: (e: TargetEvent) => void, onError: (e: unknown) => void) => { stop(): void };

/**
 * Prints each distinct change of a campaign's targets until EVENTS (10) of them arrived; after RECONNECT_AFTER (half
 * of them) it drops the subscription and subscribes again from the last change it saw, as a client that lost its
 * connection would. With RUN=1 it starts the campaign after subscribing. Returns how many changes it saw.
 */
export async function followTargets(token: string, campaignId: string, label: string, watchTargets: WatchTargets): Promise<number> {
  const wanted = Number(process.env.EVENTS ?? 10);
  const reconnectAfter = Number(process.env.RECONNECT_AFTER ?? Math.floor(wanted / 2));
  const seen = new SeenChanges();
  await new Promise<void>((resolve, reject) => {
    let watch: { stop(): void };
    let reconnected = false;
    const onChange = (e: TargetEvent) => {
      if (!seen.add(e)) return;
      console.log(`change ${e.uuid} ${e.status}${e.result ? `/${e.result}` : ''} v${e.version} ${e.updatedAt}`);
      if (seen.size >= wanted) {
        watch.stop();
        resolve();
      } else if (!reconnected && reconnectAfter > 0 && seen.size >= reconnectAfter) {
        // As a client that lost its connection would: a new subscription from the last change it saw.
        reconnected = true;
        watch.stop();
        const since = resumeFrom(seen.last!);
        console.log(`reconnecting since ${since}`);
        watch = watchTargets(since, onChange, reject);
      }
    };
    // Starting it: from the campaign's own clock, so nothing between subscribing and RUN is missed. Watching a
    // campaign already running: the changes from now on.
    const start = process.env.RUN === '1' ? campaignClock(token, campaignId) : Promise.resolve(undefined);
    void start.then(async (since) => {
      watch = watchTargets(since, onChange, reject);
      console.log(`${label} since ${since ?? 'now'}`);
      if (process.env.RUN === '1') {
        await runCampaign(token, campaignId);
        console.log('campaign started');
      }
    }, reject);
  });
  return seen.size;
}
