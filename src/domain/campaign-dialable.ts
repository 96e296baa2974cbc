// Whether a campaign can dial (domain.md A3): a CALL campaign with a live outplan whose source (the caller id)
// is TEL or SIP, and a live outdial. The one definition: campaignUpdateStatus RUN refuses a campaign that
// cannot (saying why), the dialer's round dials only one that can (dialableSql, tested against
// runBlockers in test/campaign-dialable.test.ts), and a running campaign that no longer can is stopped.
import type { CampaignType } from '../generated/prisma/enums.ts';

export const DIALABLE_SOURCE_TYPES = ['TEL', 'SIP'] as const;

/** Why a campaign cannot dial. */
export type RunBlocker = 'NOT_CALL' | 'NO_OUTPLAN' | 'OUTPLAN_DELETED' | 'NO_CALLER_ID' | 'NO_OUTDIAL' | 'OUTDIAL_DELETED';

/** What a campaign dials with, as read for the check (null: none set, or not the customer's). */
export interface DialResources {
  type: CampaignType;
  outplan: { deletedAt: Date | null; source: unknown; name?: string } | null;
  outdial: { deletedAt: Date | null; name?: string } | null;
}

/** An outplan source that can be the caller id of a call. */
export function isDialableSource(source: unknown): boolean {
  const type = (source as { type?: unknown } | null)?.type;
  return (DIALABLE_SOURCE_TYPES as readonly unknown[]).includes(type);
}

/** Every reason the campaign cannot dial; empty when it can. */
export function runBlockers({ type, outplan, outdial }: DialResources): RunBlocker[] {
  const blockers: RunBlocker[] = [];
  if (type !== 'CALL') blockers.push('NOT_CALL');
  // A deleted row is named as such: "needs an outplan" would send the user looking for a reference that is there.
  if (!outplan) blockers.push('NO_OUTPLAN');
  else if (outplan.deletedAt) blockers.push('OUTPLAN_DELETED');
  else if (!isDialableSource(outplan.source)) blockers.push('NO_CALLER_ID');
  if (!outdial) blockers.push('NO_OUTDIAL');
  else if (outdial.deletedAt) blockers.push('OUTDIAL_DELETED');
  return blockers;
}

/** What to tell a person who asked for RUN, per blocker; `name` is the deleted outplan's or outdial's. */
export function runBlockerMessage(blocker: RunBlocker, resources: Pick<DialResources, 'outplan' | 'outdial'>): string {
  const quoted = (name: string | undefined) => (name ? ` "${name}"` : '');
  switch (blocker) {
    case 'NOT_CALL': return 'only CALL campaigns can run.';
    case 'NO_OUTPLAN': return 'the campaign needs an outplan before it can run; set one with campaignUpdateResourceInfo.';
    case 'OUTPLAN_DELETED': return `the campaign's outplan${quoted(resources.outplan?.name)} was deleted; give the campaign another outplan with campaignUpdateResourceInfo.`;
    case 'NO_CALLER_ID': return 'the campaign\'s outplan needs a TEL or SIP source (the caller id); set it with outplanUpdateDialInfo.';
    case 'NO_OUTDIAL': return 'the campaign needs an outdial (the list of targets) before it can run; set one with campaignUpdateResourceInfo.';
    case 'OUTDIAL_DELETED': return `the campaign's outdial${quoted(resources.outdial?.name)} was deleted; give the campaign another outdial with campaignUpdateResourceInfo.`;
  }
}

/**
 * runBlockers(...) is empty, in SQL, for campaign `c` LEFT JOINed to its outplan `p` and outdial `d` (the
 * customer's own: the joins filter on customer_id too).
 */
export function dialableSql(c: string, p: string, d: string): string {
  const sources = DIALABLE_SOURCE_TYPES.map((t) => `'${t}'`).join(', ');
  return `(${c}.type = 'CALL' AND ${p}.id IS NOT NULL AND ${p}.deleted_at IS NULL AND ${d}.id IS NOT NULL AND ${d}.deleted_at IS NULL`
    + ` AND COALESCE(${p}.source->>'type' IN (${sources}), false))`;
}
