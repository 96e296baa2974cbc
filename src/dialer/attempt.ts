// What a campaign call's progress means for its attempt and its target (domain.md A3), applied in the
// same transaction as the call's own status change (src/domain/call.ts calls in here), so a call can never
// end without its attempt and target moving on: no target is left PROGRESSING after its call ended, and a
// crash between the two writes is impossible because there is only one write.
import type { Call, OutdialTarget } from '../generated/prisma/client.ts';
import type { EventEntry, Tx } from '../events/write.ts';
import { attemptResult, SLOTS, targetAfterAttempt, type TargetSlots } from './rules.ts';

export function slotsOf(target: Pick<OutdialTarget, `destination${0 | 1 | 2 | 3 | 4}` | `tryCount${0 | 1 | 2 | 3 | 4}`>): TargetSlots {
  const inUse: boolean[] = [];
  const tryCounts: number[] = [];
  for (let slot = 0; slot < SLOTS; slot++) {
    inUse.push(target[`destination${slot as 0 | 1 | 2 | 3 | 4}`] != null);
    tryCounts.push(target[`tryCount${slot as 0 | 1 | 2 | 3 | 4}`]);
  }
  return { inUse, tryCounts };
}

/**
 * Called with a call's just-written row; returns the events of what it changed, for the caller to write with
 * the call's own event (one INSERT). PROGRESSING (answered) marks the attempt PROGRESSING;
 * HANGUP ends the attempt (SUCCESS or FAIL) and moves the target to DONE/ANSWERED, back to IDLE (the try
 * interval counts from the hangup), or DONE/EXHAUSTED when no slot has tries left under the campaign's
 * current outplan. Calls not placed by a campaign cost nothing here.
 */
export async function applyAttemptProgress(tx: Tx, call: Call): Promise<EventEntry[]> {
  if (!call.campaignId) return [];
  const now = call.updatedAt ?? new Date();
  if (call.status === 'PROGRESSING') {
    const [attempt] = await tx.campaignCall.updateManyAndReturn({
      where: { callId: call.id, status: 'DIALING' },
      data: { status: 'PROGRESSING', updatedAt: now, version: { increment: 1 } },
    });
    return attempt ? [{ entityType: 'CampaignCall', kind: 'STATUS', row: attempt }] : [];
  }
  if (call.status !== 'HANGUP') return [];
  // One read: the attempt, its target, and the budgets of the campaign's outplan as they are now.
  const attempt = await tx.campaignCall.findUnique({
    where: { callId: call.id },
    include: { outdialTarget: true, campaign: { select: { outplan: { select: { maxTryCounts: true } } } } },
  });
  if (!attempt || attempt.status === 'DONE') return [];
  const result = attemptResult(call);
  const [ended] = await tx.campaignCall.updateManyAndReturn({
    where: { id: attempt.id, status: { not: 'DONE' } },
    data: { status: 'DONE', result, updatedAt: now, version: { increment: 1 } },
  });
  if (!ended) return [];
  const maxTryCounts = attempt.campaign.outplan?.maxTryCounts ?? [0, 0, 0, 0, 0];
  const outcome = targetAfterAttempt(result, slotsOf(attempt.outdialTarget), maxTryCounts);
  // Only the attempt in flight moves a target out of PROGRESSING (the dialer never starts a second one).
  const [target] = await tx.outdialTarget.updateManyAndReturn({
    where: { id: attempt.outdialTargetId, status: 'PROGRESSING' },
    data: {
      status: outcome.status, result: outcome.result, lastAttemptEndedAt: call.hangupAt ?? now,
      updatedAt: now, version: { increment: 1 },
    },
  });
  return [
    { entityType: 'CampaignCall', kind: 'STATUS', row: ended },
    ...(target ? [{ entityType: 'OutdialTarget', kind: 'STATUS', row: target }] : []),
  ];
}
