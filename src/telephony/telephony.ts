// What the call controller (./controller.ts) offers the API and the dialer, and what it is made with.
import type { Call } from '../generated/prisma/client.ts';
import type { Prisma } from '../db/database.ts';
import type { EventBus } from '../events/bus.ts';
import type { Logger } from '../logger.ts';
import type { Result } from '../domain/errors.ts';
import type { CallCreateInput } from '../domain/call.ts';
import type { ProviderListener, TelephonyProvider } from './provider.ts';

export interface TelephonyOptions {
  prisma: Prisma;
  bus: EventBus;
  logger: Logger;
  /** SIMULATOR_TIME_SCALE: divides every simulated wait. */
  timeScale: number;
  /** How often this instance heartbeats and looks for orphaned calls. */
  heartbeatMs: number;
  /** A heartbeat older than this means its instance is gone. */
  instanceExpiryMs: number;
  /** This process alone uses the database (embedded, locked): at start every other owner is gone. */
  exclusive: boolean;
  instanceId?: string;
  /** Another provider than the simulator. */
  provider?: (listener: ProviderListener) => TelephonyProvider;
  /** Told after a call's hangup is written (the dialer refills its slots). */
  onCallEnded?: (call: Call) => void;
}

export interface Telephony {
  /** This instance's owner id (server_instance.id). */
  readonly instanceId: string;
  /** callCreate; with an idempotencyKey, once per key (domain/idempotency.ts): a replay places no call (it would dial twice). */
  createCalls(customerId: string, input: CallCreateInput): Promise<Result<Call[]>>;
  /** Starts a local hangup: CANCELING before answer, TERMINATING after; a call already ending is returned unchanged. */
  hangupCall(customerId: string, id: string | null): Promise<Result<Call>>;
  /** Hangs a live call up first, then soft-deletes it. */
  deleteCall(customerId: string, id: string | null): Promise<Result<Call>>;
  /** Places calls already written as DIALING and owned by this instance (the dialer's attempts). */
  placeCalls(calls: Call[]): void;
  /** Ends the live calls of owners that are gone; returns how many it ended. */
  reconcile(): Promise<number>;
  /** The calls this instance is driving now, in all and per campaign (only campaigns with one or more). */
  liveCalls(): { total: number; byCampaign: Map<string, number> };
  start(): Promise<void>;
  stop(): Promise<void>;
}
