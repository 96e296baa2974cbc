// Before Run: what the dialer would do with the campaign's targets now (Campaign.preflight), as "X of Y will be
// skipped" with the reasons, and when the next one becomes dialable if none is now. Asked afresh when shown and on
// "Check again" (never from the cache: it changes with the clock).
import { useQuery } from '@apollo/client/react';
import { CampaignPreflightQuery } from './documents.ts';
import { ErrorNotice } from './errors.tsx';

export function PreflightNotice({ id }: { id: string }) {
  const { data, error, loading, refetch } = useQuery(CampaignPreflightQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const p = data?.campaign?.preflight;
  if (!p) return <>{loading ? <p className="hint">Checking the targets…</p> : null}<ErrorNotice error={error} title="Could not check the targets" /></>;
  // Targets still to dial: neither done nor in flight; the ones not dialable now are skipped until their reason ends.
  const remaining = p.targetsTotal - p.done - p.inProgress;
  // Nothing left to dial (the campaign view says so itself): no "0 of 0 targets will be skipped".
  if (remaining <= 0) return null;
  const skipped = remaining - p.dialableNow;
  const reasons: [key: string, label: string, count: number][] = [
    ['suppressed', 'on a do-not-call list', p.suppressed],
    ['overContactLimit', 'over the contact limit', p.overContactLimit],
    ['outsideCallingHours', 'outside calling hours', p.outsideCallingHours],
    ['waitingForRetryInterval', 'waiting for the retry interval', p.waitingForRetryInterval],
  ];
  return (
    <div className="preflight" data-testid="preflight">
      <p>
        <strong data-preflight="skipped">{skipped}</strong> of <span data-preflight="remaining">{remaining}</span> targets will be skipped if you run now
        {skipped > 0 ? `: ${reasons.filter(([, , n]) => n > 0).map(([, label, n]) => `${n} ${label}`).join(', ')}` : ''}.
        {p.dialableNow === 0 && p.nextDialableAt ? ` The next becomes dialable at ${new Date(p.nextDialableAt).toLocaleString()}.` : ''}
      </p>
      <button onClick={() => void refetch().catch(() => {})} disabled={loading}>Check again</button>
      <ErrorNotice error={error} title="Could not check the targets" />
    </div>
  );
}
