// Campaign calls: one dial attempt each, created and moved on by the dialer only (domain.md A3, Part B §1.7,
// §3.4). The API reads them and may delete finished ones.
import type { CampaignCall } from '../generated/prisma/client.ts';
import { writeWithEvents, type Deps, type Tx } from '../events/write.ts';
import { fail, notFound, type Result, type UserError } from './errors.ts';
import { changeRow } from './row-change.ts';

/** Soft delete, only once the attempt is DONE (an attempt in flight is still the dialer's). */
export async function deleteCampaignCall(deps: Deps, customerId: string, id: string | null): Promise<Result<CampaignCall>> {
  if (!id) return fail(notFound(['input', 'id'], 'CampaignCall'));
  // The state guard is part of the UPDATE, so an attempt the dialer is finishing right now cannot slip through.
  return writeWithEvents(deps, (tx, emit) =>
    changeRow(tx, emit, { entityType: 'CampaignCall', kind: 'DELETED', id, customerId, guard: { status: 'DONE' }, explainMiss: () => explainMiss(tx, id, customerId) }),
  );
}

async function explainMiss(tx: Tx, id: string, customerId: string): Promise<UserError> {
  const row = await tx.campaignCall.findFirst({ where: { id, customerId }, select: { status: true, deletedAt: true } });
  if (!row) return notFound(['input', 'id'], 'CampaignCall');
  if (row.deletedAt) return { field: ['input', 'id'], message: 'CampaignCall is already deleted.', code: 'INVALID_STATE' };
  return {
    field: ['input', 'id'],
    message: `CampaignCall is ${row.status}: the attempt is still in flight; it can be deleted once it is DONE.`,
    code: 'INVALID_STATE',
  };
}
