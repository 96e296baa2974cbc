// outdialTargetsReset (beyond REST): puts an outdial's finished targets back in the queue, e.g. to call the
// EXHAUSTED ones again with a new outplan, or everyone who ANSWERED for a second campaign.
import type { OutdialTargetResult } from '../generated/prisma/client.ts';
import { writeWithEvents, type Deps } from '../events/write.ts';
import { fail, notFound, ok, type Result } from './errors.ts';

export interface OutdialTargetsResetInput {
  outdialId: string | null;
  /** Which DONE targets: those with this result. */
  result: OutdialTargetResult;
}

/**
 * The outdial's live DONE targets with `result` become IDLE with no result and every try count 0, version +1,
 * one OutdialTarget STATUS event each, all in one transaction. lastAttemptAt / lastAttemptEndedAt stay, so the
 * outplan's tryInterval still spaces the next attempt from the last one. Returns how many were reset.
 */
export async function resetOutdialTargets(deps: Deps, customerId: string, input: OutdialTargetsResetInput): Promise<Result<number>> {
  const outdialId = input.outdialId;
  const field = ['input', 'outdialId'];
  if (!outdialId) return fail(notFound(field, 'Outdial'));
  return writeWithEvents(
    deps,
    async (tx, emit) => {
      const outdial = await tx.outdial.findFirst({ where: { id: outdialId, customerId }, select: { deletedAt: true } });
      if (!outdial) return fail<number>(notFound(field, 'Outdial'));
      if (outdial.deletedAt) return fail<number>({ field, message: 'Outdial is deleted; its targets cannot be reset.', code: 'INVALID_STATE' });
      // Only DONE rows: the dialer claims IDLE ones and finishes PROGRESSING ones, so it never races this update.
      const rows = await tx.outdialTarget.updateManyAndReturn({
        where: { outdialId, customerId, deletedAt: null, status: 'DONE', result: input.result },
        data: {
          status: 'IDLE', result: null, tryCount0: 0, tryCount1: 0, tryCount2: 0, tryCount3: 0, tryCount4: 0,
          // A reset starts the target over: no slot given up by NEXT_DESTINATION; the outplan's tryInterval applies.
          givenUpSlots: 0, retryWaitMs: null,
          updatedAt: new Date(), version: { increment: 1 },
        },
      });
      await emit.many(rows.map((row) => ({ entityType: 'OutdialTarget', kind: 'STATUS', row })));
      return ok(rows.length);
    },
    // Up to a whole outdial (tens of thousands of rows) on the embedded database; Prisma's default is 5 s.
    { timeoutMs: 120_000 },
  );
}
