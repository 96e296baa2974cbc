// The rounds that change a campaign rather than dial it, in one transaction on the locked campaign: STOPPING
// becomes STOP once nothing is in flight (hanging up what is, when asked); a campaign that can no longer dial
// stops; one with nothing in flight and nothing eligible finishes, and may start its next campaign. They run
// only when a round's statement (./round-statement.ts) placed nothing.
//
// Locks (the order of docs/architecture.md): the campaign (SKIP LOCKED, as the round), then its IDLE targets
// (the exhausted ones), then the next campaign, which is the one place a transaction holding a campaign asks for
// another: taken with SKIP LOCKED too, and when another transaction holds it (an outplanDelete locking the
// campaigns of an outplan in id order, a campaignUpdate...), the whole settle is rolled back and retried on the
// next round instead of waiting, so it can never close a cycle of waits.
import { Prisma as P, type CampaignType } from '../generated/prisma/client.ts';
import { writeWithEvents, type Deps, type Emit, type Tx } from '../events/write.ts';
import type { Logger } from '../logger.ts';
import { lockCampaign, runLockedCampaign, writeCampaignStatus } from '../domain/campaign-status.ts';
import { runBlockers } from '../domain/campaign-dialable.ts';
import { HANGUP_REQUESTABLE_STATUSES } from '../domain/call-status.ts';
import { budgetsOfNumbers, hasTriesLeftSql } from '../domain/attempt-rules-sql.ts';
import { activeCampaignSql } from './round-statement.ts';

/** What a settled campaign asks of the engine: calls to hang up, and whether another round should follow at once. */
export interface Settled {
  hangup: string[];
  wakeAgain: boolean;
}

const NOTHING: Settled = { hangup: [], wakeAgain: false };

/** The locked campaign as settleCampaign reads it, with its outplan and outdial. */
interface LockedCampaign {
  id: string;
  customer_id: string;
  type: CampaignType;
  status: 'RUN' | 'STOPPING';
  end_handle: 'STOP' | 'CONTINUE';
  hangup_active_calls: boolean;
  outdial_id: string | null;
  next_campaign_id: string | null;
  outplan_found: boolean;
  outplan_source: unknown;
  outplan_deleted_at: Date | null;
  max_try_counts: number[] | null;
  outdial_found: boolean;
  outdial_deleted_at: Date | null;
  in_flight: number;
}

/** Thrown inside the settle's transaction to roll it back: the next campaign is locked by another transaction. */
class NextCampaignBusy extends Error {}

export async function settleCampaign(deps: Deps, log: Logger, campaignId: string): Promise<Settled> {
  try {
    return await settleLocked(deps, log, campaignId);
  } catch (err) {
    if (!(err instanceof NextCampaignBusy)) throw err;
    log.debug({ campaignId }, 'the next campaign is locked by another transaction; finishing on the next round');
    return { ...NOTHING, wakeAgain: true };
  }
}

async function settleLocked(deps: Deps, log: Logger, campaignId: string): Promise<Settled> {
  return writeWithEvents(deps, async (tx, emit) => {
    const [c] = await tx.$queryRaw<LockedCampaign[]>`${activeCampaignSql(campaignId, P.sql`
      c.id, c.customer_id, c.type, c.status, c.end_handle, c.hangup_active_calls, c.outdial_id, c.next_campaign_id,
      p.id IS NOT NULL AS outplan_found, p.source AS outplan_source, p.deleted_at AS outplan_deleted_at, p.max_try_counts,
      d.id IS NOT NULL AS outdial_found, d.deleted_at AS outdial_deleted_at`)}`;
    if (!c) return NOTHING; // another instance has it this round, or it stopped meanwhile

    if (c.status === 'STOPPING') {
      if (c.in_flight === 0) {
        await writeCampaignStatus(tx, emit, c, { status: 'STOP' });
        return NOTHING;
      }
      if (!c.hangup_active_calls) return NOTHING;
      // The STOP mutation asked for these hangups already; repeated here in case it did not get to all of them.
      const live = await tx.call.findMany({ where: { campaignId: c.id, status: { in: [...HANGUP_REQUESTABLE_STATUSES] } }, select: { id: true } });
      return { ...NOTHING, hangup: live.map((call) => call.id) };
    }

    const blockers = runBlockers({
      type: c.type,
      outplan: c.outplan_found ? { deletedAt: c.outplan_deleted_at, source: c.outplan_source } : null,
      outdial: c.outdial_found ? { deletedAt: c.outdial_deleted_at } : null,
    });
    if (blockers.length > 0) {
      // Cannot dial any more (the mutations refuse this, but rows can still change under a running campaign).
      log.warn({ campaignId: c.id, blockers }, 'stopping a campaign that cannot dial');
      await writeCampaignStatus(tx, emit, c, { status: c.in_flight > 0 ? 'STOPPING' : 'STOP' });
      return NOTHING;
    }
    // A next campaign just started gets its first round right away.
    if (c.in_flight === 0 && (await finishIfDone(tx, emit, log, c))) return { ...NOTHING, wakeAgain: true };
    return NOTHING;
  });
}

/**
 * Nothing eligible and nothing in flight. Targets no slot can dial any more (the outplan's budgets may have
 * shrunk, or a target's only slots have a zero budget) become DONE/EXHAUSTED, so none stays IDLE and
 * undialable. Then, with no IDLE target left (none waiting for its interval, its calling window or its contact
 * limit either; a contact limit frees up within its periodDays): endHandle STOP stops the campaign and starts its
 * next campaign; CONTINUE keeps it running for targets added later. Returns whether a
 * next campaign was started.
 */
async function finishIfDone(tx: Tx, emit: Emit, log: Logger, c: LockedCampaign): Promise<boolean> {
  const now = new Date();
  const exhausted = await tx.$queryRaw<{ id: string }[]>`
    UPDATE outdial_target t SET status = 'DONE', result = 'EXHAUSTED', updated_at = ${now}, version = t.version + 1
    WHERE t.outdial_id = ${c.outdial_id}::uuid AND t.status = 'IDLE' AND t.deleted_at IS NULL
      AND NOT ${P.raw(hasTriesLeftSql('t', budgetsOfNumbers(c.max_try_counts!)))}
    RETURNING t.id`;
  if (exhausted.length > 0) {
    const rows = await tx.outdialTarget.findMany({ where: { id: { in: exhausted.map((r) => r.id) } } });
    await emit.many(rows.map((row) => ({ entityType: 'OutdialTarget', kind: 'STATUS', row })));
  }
  if (c.end_handle !== 'STOP') return false;
  const waiting = await tx.outdialTarget.findFirst({ where: { outdialId: c.outdial_id!, status: 'IDLE', deletedAt: null }, select: { id: true } });
  if (waiting) return false;
  await writeCampaignStatus(tx, emit, c, { status: 'STOP' });
  log.info({ campaignId: c.id }, 'campaign finished: no target left to dial');
  if (!c.next_campaign_id) return false;
  // The next campaign starts as if RUN had been asked for; one that cannot run says why in the log. Never waited
  // for while this campaign is held (see the top of this file): locked elsewhere, all of this is retried.
  const [free] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM campaign WHERE id = ${c.next_campaign_id}::uuid FOR UPDATE SKIP LOCKED`;
  if (!free) {
    if (await tx.campaign.findUnique({ where: { id: c.next_campaign_id }, select: { id: true } })) throw new NextCampaignBusy();
    return false;
  }
  const next = await lockCampaign(tx, c.next_campaign_id, c.customer_id);
  if (!next) return false;
  const started = await runLockedCampaign(tx, emit, next);
  if (!started.ok) {
    log.warn({ campaignId: c.id, nextCampaignId: next.id, problems: started.errors.map((e) => e.message) }, 'the next campaign cannot run');
    return false;
  }
  log.info({ campaignId: c.id, nextCampaignId: next.id }, 'started the next campaign');
  return true;
}
