// The campaign progress feed behind campaignProgressChanged: every change that moves a campaign's numbers
// (its attempts, its outdial's targets, its own row, a bulk import into its outdial) marks the campaign
// dirty, and each dirty campaign is re-read at most once per window. The first change after a quiet window
// goes out at once; later ones within the window are folded into one trailing delivery, read after the last
// of them committed, so the final state is always delivered (a bar never sticks at 99%).
// Hand-written because this is throttling keyed by campaign over our own event bus; Repeater (from
// graphql-yoga) does the async-iterator plumbing.
import { Repeater } from 'graphql-yoga';
import type { Campaign } from '../generated/prisma/client.ts';
import type { Prisma } from '../db/database.ts';
import type { EventBus } from '../events/bus.ts';
import type { DeliveredEvent } from '../events/catalog.ts';

/** At most this many deliveries per second per campaign. */
export const PROGRESS_WINDOW_MS = 250;

export interface ProgressStreamOptions {
  prisma: Prisma;
  bus: EventBus;
  customerId: string;
  /** Only this campaign; all of the customer's when null. */
  campaignId: string | null;
  /**
   * Reconnecting: the events since then are replayed into the feed, so every campaign they moved is delivered
   * (as it is now) at once, then the live feed (EventBus.subscribe's replay).
   */
  since?: Date;
  windowMs?: number;
}

/** The events that move a campaign's numbers. */
type ProgressEvent = DeliveredEvent<'Campaign' | 'CampaignCall' | 'OutdialTarget' | 'Outdial'>;

export function campaignProgressStream(options: ProgressStreamOptions): AsyncIterable<Campaign> {
  const { prisma, bus, customerId, campaignId } = options;
  const windowMs = options.windowMs ?? PROGRESS_WINDOW_MS;
  return new Repeater<Campaign>(async (push, stop) => {
    const sources: AsyncIterator<ProgressEvent>[] = (['Campaign', 'CampaignCall', 'OutdialTarget', 'Outdial'] as const).map((type) =>
      bus.subscribe(type, customerId, undefined, { since: options.since })[Symbol.asyncIterator](),
    );
    /** Which campaign holds an outdial (kept current from the campaigns' own events). */
    const campaignOfOutdial = new Map<string, string | null>();
    const lastSent = new Map<string, number>();
    const timers = new Map<string, NodeJS.Timeout>();
    let closed = false;

    async function campaignFor(e: ProgressEvent): Promise<string | null> {
      switch (e.entityType) {
        case 'Campaign': {
          for (const [outdial, holder] of campaignOfOutdial) if (holder === e.entityId) campaignOfOutdial.delete(outdial);
          if (e.row.outdialId) campaignOfOutdial.set(e.row.outdialId, e.entityId);
          return e.entityId;
        }
        case 'CampaignCall':
          return e.row.campaignId ?? null;
        default: {
          const outdialId = e.entityType === 'Outdial' ? e.entityId : e.row.outdialId;
          if (!outdialId) return null;
          if (!campaignOfOutdial.has(outdialId)) {
            const holder = await prisma.campaign.findFirst({ where: { outdialId, customerId }, select: { id: true } });
            campaignOfOutdial.set(outdialId, holder?.id ?? null);
          }
          return campaignOfOutdial.get(outdialId) ?? null;
        }
      }
    }

    async function flush(id: string): Promise<void> {
      timers.delete(id);
      lastSent.set(id, Date.now());
      const row = await prisma.campaign.findFirst({ where: { id, customerId } });
      if (row && !closed) await push(row);
    }

    function markDirty(id: string): void {
      if (timers.has(id) || closed) return;
      const wait = Math.max(0, (lastSent.get(id) ?? -Infinity) + windowMs - Date.now());
      const timer = setTimeout(() => void flush(id).catch((err) => stop(err)), wait);
      timers.set(id, timer);
    }

    const pumps = sources.map(async (it) => {
      for (let r = await it.next(); !r.done && !closed; r = await it.next()) {
        const id = await campaignFor(r.value);
        if (id && (!campaignId || id === campaignId)) markDirty(id);
      }
    });
    // The bus ending its subscriptions (shutdown) ends this feed too.
    void Promise.all(pumps).then(() => stop(), (err) => stop(err));
    await stop;
    closed = true;
    for (const timer of timers.values()) clearTimeout(timer);
    await Promise.all(sources.map((it) => it.return?.()));
  });
}
