// Campaign status (domain.md A3, Part B §5.1): RUN and STOP as the API asks for them, and the rule that a
// campaign can only run with a dialable outplan and an outdial. The dialer (src/dialer) takes it from
// there: it dials while RUN, and moves STOPPING to STOP once the last attempt in flight has ended.
// Every change locks the campaign row first (SELECT ... FOR UPDATE), the same lock the dialer takes for a
// round of attempts, so a STOP never misses an attempt that a concurrent round is creating.
import type { Campaign } from '../generated/prisma/client.ts';
import type { Deps, Emit, Tx } from '../events/write.ts';
import { IN_FLIGHT_ATTEMPT_STATUSES } from './attempt-rules.ts';
import { runBlockerMessage, runBlockers } from './campaign-dialable.ts';
import { requestLocalHangup } from './call.ts';
import { fail, notFound, ok, Problems, type Result, type UserError } from './errors.ts';
import { idempotentRequest, writeOnce, type Keyed } from './idempotency.ts';

export type CampaignStatusChange = 'RUN' | 'STOP';

export interface CampaignUpdateStatusInput {
  id: string | null;
  status: CampaignStatusChange;
  /** With STOP: hang up the calls in flight instead of letting them finish. */
  hangupActiveCalls?: boolean | null;
}

/** Statuses in which the dialer works on a campaign (dials, or waits for its attempts to end). */
export const ACTIVE_CAMPAIGN_STATUSES = ['RUN', 'STOPPING'] as const;

/** Locks a live campaign of the customer for the rest of the transaction; null if there is none. */
export async function lockCampaign(tx: Tx, id: string, customerId?: string): Promise<Campaign | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM campaign WHERE id = ${id}::uuid FOR UPDATE`;
  if (locked.length === 0) return null;
  return tx.campaign.findFirst({ where: { id, ...(customerId ? { customerId } : {}) } });
}

/** Why a campaign cannot RUN (./campaign-dialable.ts), as userErrors; empty when it can. */
export async function runBlockersOf(tx: Tx, campaign: Pick<Campaign, 'type' | 'outplanId' | 'outdialId' | 'customerId'>): Promise<UserError[]> {
  const [outplan, outdial] = await Promise.all([
    campaign.outplanId ? tx.outplan.findFirst({ where: { id: campaign.outplanId, customerId: campaign.customerId }, select: { source: true, deletedAt: true, name: true } }) : null,
    campaign.outdialId ? tx.outdial.findFirst({ where: { id: campaign.outdialId, customerId: campaign.customerId }, select: { deletedAt: true, name: true } }) : null,
  ]);
  return runBlockers({ type: campaign.type, outplan, outdial }).map((blocker) => ({
    field: ['input', 'status'], message: runBlockerMessage(blocker, { outplan, outdial }), code: 'INVALID_STATE' as const,
  }));
}

/**
 * Writes a locked campaign's status (and hangup request), version +1: Campaign STATUS when the status changes,
 * UPDATED otherwise. STOP always clears the hangup request.
 */
export async function writeCampaignStatus(tx: Tx, emit: Emit, campaign: Pick<Campaign, 'id' | 'status'>, data: Partial<Pick<Campaign, 'status' | 'hangupActiveCalls'>>): Promise<Campaign> {
  if (data.status === 'STOP') data = { ...data, hangupActiveCalls: false };
  const row = await tx.campaign.update({
    where: { id: campaign.id },
    data: { ...data, updatedAt: new Date(), version: { increment: 1 } },
  });
  if (data.status && data.status !== campaign.status) await emit('Campaign', 'STATUS', row);
  else await emit('Campaign', 'UPDATED', row);
  return row;
}

/** RUN on a locked campaign: refused with the reasons when it cannot run; a running campaign is left as it is. */
export async function runLockedCampaign(tx: Tx, emit: Emit, campaign: Campaign): Promise<Result<Campaign>> {
  if (campaign.deletedAt) return fail({ field: ['input', 'id'], message: 'Campaign is deleted; deleted rows cannot be changed.', code: 'INVALID_STATE' });
  if (campaign.status === 'RUN') return ok(campaign);
  const blockers = await runBlockersOf(tx, campaign);
  if (blockers.length > 0) return fail(...blockers);
  // From STOP, or back from STOPPING (Part B §5.1): the calls still in flight simply count against pacing.
  return ok(await writeCampaignStatus(tx, emit, campaign, { status: 'RUN', hangupActiveCalls: false }));
}

/** The campaign's attempts in flight, with their calls. */
export function attemptsInFlight(tx: Tx, campaignId: string): Promise<{ id: string; callId: string | null }[]> {
  return tx.campaignCall.findMany({ where: { campaignId, status: { in: [...IN_FLIGHT_ATTEMPT_STATUSES] } }, select: { id: true, callId: true } });
}

interface StatusOutcome {
  campaign: Campaign;
  /** Calls to hang up after the commit (STOP with hangupActiveCalls). */
  hangup: string[];
}

/**
 * campaignUpdateStatus. RUN starts dialing (refused with INVALID_STATE when the campaign cannot run). STOP
 * stops new attempts: STOP at once when nothing is in flight, else STOPPING until the last attempt ends;
 * with hangupActiveCalls those calls are hung up (CANCELING before answer, TERMINATING after).
 * With an idempotencyKey, once per key (./idempotency.ts): a replay changes nothing and hangs nothing up, and
 * answers the campaign as it is now (a RUN replayed after a later STOP leaves the campaign stopped).
 */
export async function updateCampaignStatus(deps: Deps, customerId: string, input: CampaignUpdateStatusInput & Keyed): Promise<Result<Campaign>> {
  const id = input.id;
  const problems = new Problems();
  const request = idempotentRequest(customerId, 'campaignUpdateStatus', input, problems);
  if (problems.any) return fail(...problems.list);
  if (!id) return fail(notFound(['input', 'id'], 'Campaign'));
  const outcome = await writeOnce<StatusOutcome>(deps, request, {
    record: ({ campaign }) => ({ campaignId: campaign.id }),
    load: async (recorded) => ({
      campaign: await deps.prisma.campaign.findFirstOrThrow({ where: { id: (recorded as { campaignId: string }).campaignId, customerId } }),
      hangup: [],
    }),
  }, async (tx, emit): Promise<Result<StatusOutcome>> => {
    const campaign = await lockCampaign(tx, id, customerId);
    if (!campaign) return fail(notFound(['input', 'id'], 'Campaign'));
    if (input.status === 'RUN') {
      const ran = await runLockedCampaign(tx, emit, campaign);
      return ran.ok ? ok({ campaign: ran.value, hangup: [] }) : ran;
    }
    if (campaign.deletedAt) return fail({ field: ['input', 'id'], message: 'Campaign is deleted; deleted rows cannot be changed.', code: 'INVALID_STATE' });
    const hangupActiveCalls = input.hangupActiveCalls ?? false;
    if (campaign.status === 'STOP') return ok({ campaign, hangup: [] });
    const inFlight = await attemptsInFlight(tx, campaign.id);
    const hangup = hangupActiveCalls ? inFlight.flatMap((a) => (a.callId ? [a.callId] : [])) : [];
    if (inFlight.length === 0) return ok({ campaign: await writeCampaignStatus(tx, emit, campaign, { status: 'STOP' }), hangup });
    // Already STOPPING: a second STOP may only add the hangup request, never withdraw it.
    const wantHangup = campaign.hangupActiveCalls || hangupActiveCalls;
    if (campaign.status === 'STOPPING' && campaign.hangupActiveCalls === wantHangup) return ok({ campaign, hangup });
    return ok({ campaign: await writeCampaignStatus(tx, emit, campaign, { status: 'STOPPING', hangupActiveCalls: wantHangup }), hangup });
  });
  if (!outcome.ok) return outcome;
  // After the commit: each hangup is its own status change of the call; the call's owner ends the leg.
  await Promise.all(outcome.value.value.hangup.map((callId) => requestLocalHangup(deps, callId)));
  return ok(outcome.value.value.campaign);
}
