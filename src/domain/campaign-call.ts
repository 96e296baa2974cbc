// Campaign calls: one dial attempt each, created and moved on by the dialer only (domain.md A3, Part B §1.7,
// §3.4). The API reads them and may delete finished ones.
import type { CampaignCall } from '../generated/prisma/client.ts';
import { writeWithEvents, type Deps } from '../events/write.ts';
import { fail, notFound, ok, type Result } from './errors.ts';

/** Soft delete, only once the attempt is DONE (an attempt in flight is still the dialer's). */
export async function deleteCampaignCall(deps: Deps, customerId: string, id: string | null): Promise<Result<CampaignCall>> {
  if (!id) return fail(notFound(['input', 'id'], 'CampaignCall'));
  return writeWithEvents(deps, async (tx, emit) => {
    const now = new Date();
    // The state guard is part of the UPDATE, so an attempt the dialer is finishing right now cannot slip through.
    const { count } = await tx.campaignCall.updateMany({
      where: { id, customerId, deletedAt: null, status: 'DONE' },
      data: { deletedAt: now, updatedAt: now, version: { increment: 1 } },
    });
    if (count === 0) {
      const row = await tx.campaignCall.findFirst({ where: { id, customerId }, select: { status: true, deletedAt: true } });
      if (!row) return fail<CampaignCall>(notFound(['input', 'id'], 'CampaignCall'));
      if (row.deletedAt) return fail<CampaignCall>({ field: ['input', 'id'], message: 'CampaignCall is already deleted.', code: 'INVALID_STATE' });
      return fail<CampaignCall>({
        field: ['input', 'id'],
        message: `CampaignCall is ${row.status}: the attempt is still in flight; it can be deleted once it is DONE.`,
        code: 'INVALID_STATE',
      });
    }
    const row = await tx.campaignCall.findUniqueOrThrow({ where: { id } });
    await emit('CampaignCall', 'DELETED', row);
    return ok(row);
  });
}
