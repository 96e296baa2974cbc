// Which outdial a campaign holds, kept current from the campaign's own events: the subscriptions scoped to a
// campaign follow it to another outdial (campaignUpdateResourceInfo) instead of watching the one it held when
// they started (issue 15).
import type { Prisma } from '../db/database.ts';
import type { EventBus } from '../events/bus.ts';

export interface CampaignOutdial {
  /** The outdial the campaign holds now (null: none, or no such campaign of the customer). */
  current(): string | null;
  close(): void;
}

export async function followCampaignOutdial(
  deps: { prisma: Prisma; bus: EventBus }, customerId: string, campaignId: string | null,
): Promise<CampaignOutdial> {
  // Subscribed before the row is read, so a change committed in between is not missed.
  const events = deps.bus.subscribe('Campaign', customerId, (e) => e.entityId === campaignId)[Symbol.asyncIterator]();
  const row = campaignId ? await deps.prisma.campaign.findFirst({ where: { id: campaignId, customerId }, select: { outdialId: true } }) : null;
  let outdialId = row?.outdialId ?? null;
  void (async () => {
    for (let r = await events.next(); !r.done; r = await events.next()) outdialId = r.value.row.outdialId ?? null;
  })().catch(() => {}); // the bus ending (shutdown) ends the subscription that uses this too
  return { current: () => outdialId, close: () => void events.return?.() };
}

/**
 * `source`, calling `cleanup` once when its consumer stops (return, throw) or the source ends. Not an async
 * generator: its return() would wait for a pending next(), which for a quiet subscription never comes.
 */
export function withCleanup<T>(source: AsyncIterable<T>, cleanup: () => void): AsyncIterable<T> {
  const it = source[Symbol.asyncIterator]();
  let finished = false;
  const finish = () => {
    if (!finished) {
      finished = true;
      cleanup();
    }
  };
  const iterator: AsyncIterator<T> = {
    next: async () => {
      const r = await it.next();
      if (r.done) finish();
      return r;
    },
    return: async (value?: unknown) => {
      finish();
      return it.return ? it.return(value) : { done: true, value: value as T };
    },
    throw: async (err?: unknown) => {
      finish();
      if (it.throw) return it.throw(err);
      throw err;
    },
  };
  return { [Symbol.asyncIterator]: () => iterator };
}
