import type { Logger } from './logger.ts';
import type { Prisma } from './db.ts';
import type { EventBus } from './events/bus.ts';

export type Role = 'SUPERADMIN' | 'ADMIN' | 'MANAGER';

/** Who is calling: every query, mutation and subscription is scoped to `customerId`. */
export interface Viewer {
  customerId: string;
  role: Role;
}

export interface Context {
  prisma: Prisma;
  events: EventBus;
  viewer: Viewer | null;
  requestId: string;
  logger: Logger;
}
