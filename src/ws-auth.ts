// Who each graphql-ws socket is (./ws.ts): its viewer, the per-customer count of open sockets, the 4403 refusals, and
// the periodic re-check of every open socket's token together (a few statements for all of them: TokenService.live).
import type { WebSocket } from 'ws';
import type { Viewer } from './domain/viewer.ts';
import { REVOKED, tokenRefusalMessage, type TokenRefusal } from './domain/token-refusal.ts';
import type { Services } from './services.ts';

/** What a socket's operations run as; replaced when a re-check finds the role of its user (or key's maker) changed. */
export interface SocketAuth {
  viewer: Viewer;
  /** The socket's id: its operations' request ids are `<socket id>:<operation id>`, in their logs and spans. */
  id: string;
}

/** The close code of a socket refused because its customer already has too many open (HTTP 429's twin). */
export const TOO_MANY_CONNECTIONS = 4429;

/**
 * Open, accepted sockets per customer on this instance. Counted per instance rather than through Redis: the
 * limit protects this process's memory, and a shared counter would leak the sockets of an instance that died.
 */
export class CustomerSockets {
  private readonly open = new Map<string, number>();
  /** The customer each counted socket was counted for (its viewer's customer may change later). */
  private readonly counted = new WeakMap<WebSocket, string>();
  constructor(private readonly max: number) {}

  /** Counts the socket for its customer, unless the customer is at the limit. */
  acquire(socket: WebSocket, customerId: string): boolean {
    const count = this.open.get(customerId) ?? 0;
    if (count >= this.max) return false;
    this.open.set(customerId, count + 1);
    this.counted.set(socket, customerId);
    return true;
  }

  release(socket: WebSocket): void {
    const customerId = this.counted.get(socket);
    if (customerId === undefined) return;
    this.counted.delete(socket);
    const count = (this.open.get(customerId) ?? 1) - 1;
    if (count > 0) this.open.set(customerId, count);
    else this.open.delete(customerId);
  }
}

export const expired = (viewer: Viewer, now = Date.now()) => viewer.expiresAt !== undefined && viewer.expiresAt.getTime() <= now;

/** graphql-ws's Forbidden, kept for every refused token (its clients know it); the reason tells which refusal. */
export const FORBIDDEN = 4403;
export const refuse = (socket: WebSocket, refusal: TokenRefusal) => socket.close(FORBIDDEN, tokenRefusalMessage(refusal));
export const expiry = (viewer: Viewer): TokenRefusal => ({ refused: 'expired', expiredAt: viewer.expiresAt ?? new Date() });

/** Closes the sockets whose user or access key is gone (or whose token expired); refreshes the others' viewers. */
export async function recheckSockets(sockets: Map<WebSocket, SocketAuth>, services: Services): Promise<void> {
  const open = [...sockets];
  const userIds = new Set<string>();
  const accessKeyIds = new Set<string>();
  for (const [, { viewer }] of open) {
    if (viewer.userId) userIds.add(viewer.userId);
    else if (viewer.accessKeyId) accessKeyIds.add(viewer.accessKeyId);
  }
  const live = await services.auth.tokens.live([...userIds], [...accessKeyIds]);
  const now = Date.now();
  for (const [socket, auth] of open) {
    if (sockets.get(socket) !== auth) continue; // closed meanwhile
    const { viewer } = auth;
    // A key is live with the role of its maker now (TokenService): a deleted maker closes its sockets too.
    const current = viewer.userId ? live.users.get(viewer.userId) : viewer.accessKeyId ? live.accessKeys.get(viewer.accessKeyId) : undefined;
    if (!current || expired(viewer, now)) {
      sockets.delete(socket);
      // An expired key is no longer live either: its expiry is the reason to give.
      refuse(socket, expired(viewer, now) ? expiry(viewer) : REVOKED);
    } else if (current.role !== viewer.role || current.customerId !== viewer.customerId) {
      // As over HTTP, a role change applies to the operations started from now on.
      auth.viewer = { ...viewer, role: current.role, customerId: current.customerId };
    }
  }
}
