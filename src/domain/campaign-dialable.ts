// Whether a campaign can dial (domain.md A3): a CALL campaign with a live outplan whose source (the caller id)
// is TEL or SIP, and a live outdial. The one definition: campaignUpdateStatus RUN refuses a campaign that
// cannot (saying why), the dialer's round dials only one that can (dialableSql, tested against
// runBlockers in test/campaign-dialable.test.ts), and a running campaign that no longer can is stopped.
import type { CampaignType } from '../generated/prisma/enums.ts';

export const DIALABLE_SOURCE_TYPES = ['TEL', 'SIP'] as const;

/** Why a campaign cannot dial. */
export type RunBlocker = 'NOT_CALL' | 'NO_OUTPLAN' | 'NO_CALLER_ID' | 'NO_OUTDIAL';

/** What a campaign dials with, as read for the check (null: none set, or not the customer's). */
export interface DialResources {
  type: CampaignType;
  outplan: { deletedAt: Date | null; source: unknown } | null;
  outdial: { deletedAt: Date | null } | null;
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
  if (!outplan || outplan.deletedAt) blockers.push('NO_OUTPLAN');
  else if (!isDialableSource(outplan.source)) blockers.push('NO_CALLER_ID');
  if (!outdial || outdial.deletedAt) blockers.push('NO_OUTDIAL');
  return blockers;
}

/** What to tell a person who asked for RUN, per blocker. */
export const RUN_BLOCKER_MESSAGES: Record<RunBlocker, string> = {
  NOT_CALL: 'only CALL campaigns can run.',
  NO_OUTPLAN: 'the campaign needs an outplan before it can run; set one with campaignUpdateResourceInfo.',
  NO_CALLER_ID: 'the campaign\'s outplan needs a TEL or SIP source (the caller id); set it with outplanUpdateDialInfo.',
  NO_OUTDIAL: 'the campaign needs an outdial (the list of targets) before it can run; set one with campaignUpdateResourceInfo.',
};

/**
 * runBlockers(...) is empty, in SQL, for campaign `c` LEFT JOINed to its outplan `p` and outdial `d` (the
 * customer's own: the joins filter on customer_id too).
 */
export function dialableSql(c: string, p: string, d: string): string {
  const sources = DIALABLE_SOURCE_TYPES.map((t) => `'${t}'`).join(', ');
  return `(${c}.type = 'CALL' AND ${p}.id IS NOT NULL AND ${p}.deleted_at IS NULL AND ${d}.id IS NOT NULL AND ${d}.deleted_at IS NULL`
    + ` AND COALESCE(${p}.source->>'type' IN (${sources}), false))`;
}
