// Which do-not-call lists a campaign's rounds check: campaignUpdateDialingRules(dncListIds) replaces the set
// (setCampaignDncLists, inside that mutation's transaction), Campaign.dialingRules.dncLists reads it
// (campaignDncLists). A binding applies from the first round that starts after its transaction commits.
// Locks (docs/architecture.md, "Locks"): the caller holds the campaign; the lists are then locked FOR SHARE,
// so a concurrent dncListDelete (FOR UPDATE on its list, then unbinding) either sees this binding and removes it,
// or has committed and this finds the list deleted.
import type { DncList } from '../generated/prisma/client.ts';
import type { Prisma } from '../db/database.ts';
import type { Tx } from '../events/write.ts';
import { notFound, type UserError } from './errors.ts';

/** The most lists one campaign checks (each costs one index probe per destination a round looks at). */
export const MAX_DNC_LISTS_PER_CAMPAIGN = 20;

/**
 * Replaces the campaign's lists with `dncListIds` (row UUIDs; null for an id that was malformed or of another
 * type). A missing, deleted or another customer's list is NOT_FOUND at ["input", "dncListIds", i]; with any
 * error nothing is changed (the caller rolls its transaction back on errors). The campaign is the caller's
 * (checked and locked by the caller).
 */
export async function setCampaignDncLists(
  tx: Tx, customerId: string, campaignId: string, dncListIds: readonly (string | null)[],
): Promise<UserError[]> {
  const errors: UserError[] = [];
  const wanted = [...new Set(dncListIds.filter((id): id is string => id !== null))];
  if (wanted.length > MAX_DNC_LISTS_PER_CAMPAIGN) {
    return [{ field: ['input', 'dncListIds'], message: `a campaign checks at most ${MAX_DNC_LISTS_PER_CAMPAIGN} do-not-call lists (got ${wanted.length}); merge lists.`, code: 'INVALID' }];
  }
  const found = new Set(
    wanted.length === 0
      ? []
      : (await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM dnc_list WHERE id = ANY(${wanted}::uuid[]) AND customer_id = ${customerId}::uuid AND deleted_at IS NULL
          ORDER BY id FOR SHARE`).map((r) => r.id),
  );
  dncListIds.forEach((id, i) => {
    if (id === null || !found.has(id)) errors.push(notFound(['input', 'dncListIds', String(i)], 'DNC list'));
  });
  if (errors.length > 0) return errors;
  await tx.campaignDncList.deleteMany({ where: { campaignId, dncListId: { notIn: wanted } } });
  await tx.campaignDncList.createMany({ data: wanted.map((dncListId) => ({ campaignId, dncListId })), skipDuplicates: true });
  return [];
}

/** The campaign's lists (live ones: a deleted list is unbound), oldest first; none for another customer's campaign. */
export async function campaignDncLists(prisma: Prisma | Tx, customerId: string, campaignId: string): Promise<DncList[]> {
  return prisma.dncList.findMany({
    where: { customerId, deletedAt: null, campaigns: { some: { campaignId, campaign: { customerId } } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
}

/** campaignDncLists for a page of campaigns in one query (a per-request loader's batch), in input order. */
export async function dncListsByCampaign(prisma: Prisma, customerId: string, campaignIds: readonly string[]): Promise<DncList[][]> {
  const bindings = await prisma.campaignDncList.findMany({
    where: { campaignId: { in: [...new Set(campaignIds)] }, campaign: { customerId }, dncList: { customerId, deletedAt: null } },
    include: { dncList: true },
    orderBy: [{ dncList: { createdAt: 'asc' } }, { dncListId: 'asc' }],
  });
  return campaignIds.map((id) => bindings.filter((b) => b.campaignId === id).map((b) => b.dncList));
}
