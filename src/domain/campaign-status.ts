// Campaign status (domain.md A3, Part B §5.1): RUN and STOP as the API asks for them, and the rule that a
// campaign can only run with a dialable outplan and an outdial. The dialer (src/dialer) takes it from
// there: it dials while RUN, and moves STOPPING to STOP once the last attempt in flight has ended.
// Every change locks the campaign row first (SELECT ... FOR UPDATE), the same lock the dialer takes for a
// round of attempts, so a STOP never misses an attempt that a concurrent round is creating.
import type { Campaign } from '../generated/prisma/client.ts';
import { writeWithEvents, type Deps, type Emit, type Tx } from '../events/write.ts';
import type { Address } from './address.ts';
import { requestLocalHangup } from './call.ts';
import { fail, notFound, ok, type Result, type UserError } from './errors.ts';

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

/**
 * Why a campaign cannot RUN (A3): it needs an outplan with a TEL or SIP caller id and an outdial, both
 * live. Empty when it can.
 */
export async function runBlockers(tx: Tx, campaign: Pick<Campaign, 'type' | 'outplanId' | 'outdialId' | 'customerId'>): Promise<UserError[]> {
  const problems: UserError[] = [];
  const state = (message: string): UserError => ({ field: ['input', 'status'], message, code: 'INVALID_STATE' });
  if (campaign.type !== 'CALL') problems.push(state('only CALL campaigns can run.'));
  const [outplan, outdial] = await Promise.all([
    campaign.outplanId ? tx.outplan.findFirst({ where: { id: campaign.outplanId, customerId: campaign.customerId }, select: { source: true, deletedAt: true } }) : null,
    campaign.outdialId ? tx.outdial.findFirst({ where: { id: campaign.outdialId, customerId: campaign.customerId }, select: { deletedAt: true } }) : null,
  ]);
  if (!outplan || outplan.deletedAt) {
    problems.push(state('the campaign needs an outplan before it can run; set one with campaignUpdateResourceInfo.'));
  } else {
    const source = outplan.source as unknown as Address | null;
    if (!source || (source.type !== 'TEL' && source.type !== 'SIP')) {
      problems.push(state('the campaign\'s outplan needs a TEL or SIP source (the caller id); set it with outplanUpdateDialInfo.'));
    }
  }
  if (!outdial || outdial.deletedAt) {
    problems.push(state('the campaign needs an outdial (the list of targets) before it can run; set one with campaignUpdateResourceInfo.'));
  }
  return problems;
}

async function writeStatus(tx: Tx, emit: Emit, campaign: Campaign, data: Partial<Pick<Campaign, 'status' | 'hangupActiveCalls'>>): Promise<Campaign> {
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
  const blockers = await runBlockers(tx, campaign);
  if (blockers.length > 0) return fail(...blockers);
  // From STOP, or back from STOPPING (Part B §5.1): the calls still in flight simply count against pacing.
  return ok(await writeStatus(tx, emit, campaign, { status: 'RUN', hangupActiveCalls: false }));
}

/** Campaign calls of the campaign whose attempt has not ended yet. */
export function attemptsInFlight(tx: Tx, campaignId: string): Promise<{ id: string; callId: string | null }[]> {
  return tx.campaignCall.findMany({ where: { campaignId, status: { not: 'DONE' } }, select: { id: true, callId: true } });
}

/**
 * campaignUpdateStatus. RUN starts dialing (refused with INVALID_STATE when the campaign cannot run). STOP
 * stops new attempts: STOP at once when nothing is in flight, else STOPPING until the last attempt ends;
 * with hangupActiveCalls those calls are hung up (CANCELING before answer, TERMINATING after).
 */
export async function updateCampaignStatus(deps: Deps, customerId: string, input: CampaignUpdateStatusInput): Promise<Result<Campaign>> {
  const id = input.id;
  if (!id) return fail(notFound(['input', 'id'], 'Campaign'));
  const outcome = await writeWithEvents(deps, async (tx, emit): Promise<Result<{ campaign: Campaign; hangup: string[] }>> => {
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
    if (inFlight.length === 0) return ok({ campaign: await writeStatus(tx, emit, campaign, { status: 'STOP', hangupActiveCalls: false }), hangup });
    // Already STOPPING: a second STOP may only add the hangup request, never withdraw it.
    const wantHangup = campaign.hangupActiveCalls || hangupActiveCalls;
    if (campaign.status === 'STOPPING' && campaign.hangupActiveCalls === wantHangup) return ok({ campaign, hangup });
    return ok({ campaign: await writeStatus(tx, emit, campaign, { status: 'STOPPING', hangupActiveCalls: wantHangup }), hangup });
  });
  if (!outcome.ok) return outcome;
  // After the commit: each hangup is its own status change of the call; the call's owner ends the leg.
  await Promise.all(outcome.value.hangup.map((callId) => requestLocalHangup(deps, callId)));
  return ok(outcome.value.campaign);
}
