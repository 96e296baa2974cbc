// Why a request or a socket is not signed in, in words a person can act on: the same text over HTTP (the
// UNAUTHENTICATED error's message) and over graphql-ws (the 4403 close reason, which a WebSocket caps at 123 bytes).
import type { Viewer } from './viewer.ts';

export type TokenRefusal =
  /** No token at all (or an empty one). */
  | { refused: 'missing' }
  /** A token this server issued whose time is up (a JWT's exp, an access key's expiresAt). */
  | { refused: 'expired'; expiredAt: Date }
  /** Not a token of this server, or one whose user, access key or key maker was deleted. */
  | { refused: 'invalid' };

export type TokenCheck = { viewer: Viewer } | TokenRefusal;

/** The refusal of a credential found gone when an open socket is re-checked (its user, key or key maker deleted). */
export const REVOKED: TokenRefusal = { refused: 'invalid' };

/** The message for a refusal; at most 123 bytes (a WebSocket close reason), checked by test/auth-errors.test.ts. */
export function tokenRefusalMessage(refusal: TokenRefusal): string {
  switch (refusal.refused) {
    case 'missing':
      return 'Authentication required: send a token (Authorization: Bearer <token>).';
    case 'expired':
      return `Token expired at ${refusal.expiredAt.toISOString()}, sign in again (login) or use another token.`;
    case 'invalid':
      return 'Token not valid: not issued here, or its user or access key was deleted. Sign in again (login).';
  }
}
