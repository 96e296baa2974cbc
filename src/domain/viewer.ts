// Who is calling. Every query, mutation and subscription is scoped to the viewer's customer; the role decides
// what it may do (domain.md A6).
import type { UserRole } from '../generated/prisma/enums.ts';

export type Role = UserRole;

export interface Viewer {
  customerId: string;
  role: Role;
  /** The user behind a JWT; undefined for an access key. */
  userId?: string;
  /** The access key used; undefined for a JWT. */
  accessKeyId?: string;
  /** The user an access key acts for (its maker, whose role it has); undefined for a JWT and for legacy keys. */
  accessKeyMakerId?: string;
  username: string;
  /** When the credential stops being valid (JWT expiry, access key expiry). */
  expiresAt?: Date;
}
