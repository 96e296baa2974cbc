// The viewers of recently checked tokens, kept for AUTH_CACHE_MS so that a client sending many requests with one
// token pays its lookup (a statement, and the JWT's HMAC) once per window instead of on every request.
//
// Revocation stays immediate, on every instance, without telling the instances anything: an entry lives for
// AUTH_CACHE_MS counted from before its lookup was sent, and a change that takes rights away (a user deleted or
// given another role, an access key deleted) returns to its caller only AUTH_CACHE_MS after it committed
// (`outlive`). An entry that could predate the change was read before the commit, so it has expired on every
// instance by the time the change is answered; any lookup after that sees the change. Only a change made outside
// the API (SQL) can be served from a cache for up to AUTH_CACHE_MS. An expiry is checked on every hit.
//
// Hand-written: an LRU library would add nothing over a Map's insertion order, and the lease is what matters here.
import type { Viewer } from './viewer.ts';

/** At most this many tokens are kept; the oldest goes first. */
export const VIEWER_CACHE_ENTRIES = 10_000;

const OUTLIVE_MARGIN_MS = 5;

interface Entry {
  viewer: Viewer;
  /** performance.now() when its lookup was sent: the entry's lease starts there. */
  lookedUpAt: number;
}

export class ViewerCache {
  private readonly entries = new Map<string, Entry>();

  /** ttlMs 0: nothing is kept and `outlive` does not wait. */
  constructor(readonly ttlMs: number, private readonly maxEntries = VIEWER_CACHE_ENTRIES) {}

  /** The viewer of `token` if a lookup of it is still within its lease and its credential has not expired. */
  get(token: string, now = performance.now()): Viewer | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (now - entry.lookedUpAt >= this.ttlMs || (entry.viewer.expiresAt && entry.viewer.expiresAt.getTime() <= Date.now())) {
      this.entries.delete(token);
      return undefined;
    }
    // A copy: a socket replaces its viewer's role on a re-check, and no caller may change another's.
    return { ...entry.viewer };
  }

  /** Keeps the viewer a lookup sent at `lookedUpAt` (performance.now()) found for `token`. */
  set(token: string, viewer: Viewer, lookedUpAt: number): void {
    if (this.ttlMs <= 0) return;
    this.entries.delete(token);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { viewer: { ...viewer }, lookedUpAt });
  }

  /**
   * Resolves when no viewer looked up before this call can be served by any instance's cache: called after a change
   * that takes rights away has committed, before it is answered. This instance's entries go at once.
   */
  async outlive(): Promise<void> {
    this.entries.clear();
    // A few ms more than the lease: a timer may fire a millisecond early against performance.now().
    if (this.ttlMs > 0) await new Promise((resolve) => setTimeout(resolve, this.ttlMs + OUTLIVE_MARGIN_MS));
  }

  get size(): number {
    return this.entries.size;
  }
}
