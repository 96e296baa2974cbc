// The owner's sweep of lost legs (issue 16): this instance's own live calls whose leg the provider no longer has,
// with nothing queued for them: their hangup report was lost (a failure that was not retried). Each is ended as
// LEG_LOST (answered NORMAL, else FAILED; one whose hangup was requested ends as it asked, e.g. CANCEL), so no
// call stays live for good.
import type { Prisma } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { LIVE_STATUSES } from '../domain/call-status.ts';
import type { CallQueue } from './call-queue.ts';
import type { TelephonyProvider } from './provider.ts';

/** A live call this young may not be placed with the provider yet: the sweep leaves it alone. */
const LOST_LEG_GRACE_MS = 10_000;
/** Calls per sweep (each heartbeat). */
const LOST_LEG_PAGE = 500;

export interface LostLegSweep {
  prisma: Prisma;
  instanceId: string;
  provider: Pick<TelephonyProvider, 'has'>;
  queue: Pick<CallQueue, 'busy' | 'enqueue'>;
  isStopped: () => boolean;
  log: Logger;
}

/** Ends (through `end`, in the call's queue) every lost leg found; returns how many ended. */
export async function endLostLegs(sweep: LostLegSweep, end: (callId: string) => Promise<boolean>): Promise<number> {
  const { prisma, instanceId, provider, queue } = sweep;
  const live = await prisma.call.findMany({
    where: { ownerId: instanceId, status: { in: [...LIVE_STATUSES] }, createdAt: { lt: new Date(Date.now() - LOST_LEG_GRACE_MS) } },
    select: { id: true }, orderBy: { createdAt: 'asc' }, take: LOST_LEG_PAGE,
  });
  let ended = 0;
  for (const { id } of live) {
    if (provider.has(id) || queue.busy(id) || sweep.isStopped()) continue;
    await queue.enqueue(id, async () => {
      if (!provider.has(id) && (await end(id))) ended++;
    });
  }
  if (ended > 0) sweep.log.warn({ ended }, 'ended own calls whose provider leg was gone without a hangup report');
  return ended;
}
