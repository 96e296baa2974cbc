// Live calls are owned by the instance that placed them (domain.md A4). Each instance registers a random
// id in server_instance and heartbeats it; calls whose owner stopped heartbeating are orphans, and any
// instance ends them (reconciliation). Times are the database's (now()), so instances with skewed clocks agree.
import type { Call } from '../generated/prisma/client.ts';
import type { Prisma } from '../db/database.ts';
import type { Deps } from '../events/write.ts';
import { applyCallChange, isLive, requestLocalHangup } from '../domain/call.ts';

export async function heartbeat(prisma: Prisma, instanceId: string): Promise<void> {
  // An upsert, so an instance whose row was pruned while it was stalled comes back.
  await prisma.$executeRaw`
    INSERT INTO server_instance (id, started_at, heartbeat_at) VALUES (${instanceId}::uuid, now(), now())
    ON CONFLICT (id) DO UPDATE SET heartbeat_at = now()`;
}

export interface OrphanQuery {
  selfId: string;
  /** A heartbeat older than this means the instance is gone. */
  expiryMs: number;
  /** Only this process can use the database (embedded, locked data directory): every other owner is gone. */
  exclusive: boolean;
  limit?: number;
}

const ORPHAN_PAGE = 500;

export interface OrphanedCall {
  id: string;
  ownerId: string | null;
  /** Its campaign is STOPPING with hangupActiveCalls: the operator asked for its end, whether or not the request reached the call. */
  hangupAsked: boolean;
}

/** Live calls whose owner is gone. */
export async function findOrphanedCalls(prisma: Prisma, q: OrphanQuery): Promise<OrphanedCall[]> {
  return prisma.$queryRaw<OrphanedCall[]>`
    SELECT c.id::text AS id, c.owner_id::text AS "ownerId",
      EXISTS (SELECT 1 FROM campaign k WHERE k.id = c.campaign_id AND k.status = 'STOPPING' AND k.hangup_active_calls) AS "hangupAsked"
    FROM call c
    WHERE c.status <> 'HANGUP'
      AND c.owner_id IS DISTINCT FROM ${q.selfId}::uuid
      AND (${q.exclusive} OR c.owner_id IS NULL OR NOT EXISTS (
        SELECT 1 FROM server_instance s
        WHERE s.id = c.owner_id AND s.heartbeat_at > now() - ${q.expiryMs} * interval '1 millisecond'))
    ORDER BY c.created_at
    LIMIT ${q.limit ?? ORPHAN_PAGE}`;
}

/**
 * Ends the live calls of owners that are gone (HANGUP, cause OWNER_LOST: never answered FAILED, answered
 * NORMAL; a hangup the owner had not finished ends with the end stored with its request, such as an operator's
 * CANCEL: ../domain/call-status.ts hangupReasonFor; the calls of a campaign STOPPING with hangupActiveCalls are
 * requested first), page by page; `onEnded` hears each one. Returns how many it ended.
 */
export async function endOrphanedCalls(deps: Deps, q: OrphanQuery, onEnded: (call: Call) => void, stopped: () => boolean): Promise<number> {
  let ended = 0;
  for (;;) {
    const orphans = await findOrphanedCalls(deps.prisma, q);
    let progress = 0;
    for (const orphan of orphans) {
      // A STOP with hangupActiveCalls requests its calls' ends after its commit: an instance that died in between
      // never wrote them. Requested here first (as the dialer's settle would), so the call ends as the operator asked.
      if (orphan.hangupAsked) await requestLocalHangup(deps, orphan.id);
      // Decided again on the row as read at write time: another instance may have ended it, or it moved.
      const outcome = await applyCallChange(deps, orphan.id, (c) =>
        isLive(c.status) && c.ownerId === orphan.ownerId ? { to: 'HANGUP', cause: 'OWNER_LOST' } : null,
      );
      if (outcome.changed) {
        ended++;
        progress++;
        onEnded(outcome.call);
      }
    }
    if (orphans.length < (q.limit ?? ORPHAN_PAGE) || progress === 0 || stopped()) return ended;
  }
}

/** Forgets instances silent for a long time that own no live call (the table would only grow otherwise). */
export async function pruneInstances(prisma: Prisma, olderThanMs: number): Promise<void> {
  await prisma.$executeRaw`
    DELETE FROM server_instance s
    WHERE s.heartbeat_at < now() - ${olderThanMs} * interval '1 millisecond'
      AND NOT EXISTS (SELECT 1 FROM call c WHERE c.owner_id = s.id AND c.status <> 'HANGUP')`;
}
