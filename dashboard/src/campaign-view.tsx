// One campaign: its live counts (campaignProgressChanged writes the campaign into the cache, which re-renders
// this page), what Run would skip (./preflight-notice.tsx), Run / Stop, and a stream of its calls' status changes (callStatusChanged).
import { useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { CallStatusSubscription, CampaignProgressSubscription, CampaignQuery, CampaignUpdateStatusMutation } from './documents.ts';
import type { DashboardCallStatusSubscription } from './generated/graphql.ts';
import { ErrorNotice, UserErrors } from './errors.tsx';
import { ProgressBar } from './progress-bar.tsx';
import { ExportLinks } from './export-links.tsx';
import { PreflightNotice } from './preflight-notice.tsx';
import { hrefOf, onLinkClick } from './router.ts';
import { useLiveSubscription } from './use-live-subscription.ts';

type CallChange = DashboardCallStatusSubscription['callStatusChanged'];
/** Enough for every change of a campaign of 20 targets (about four per call). */
const RECENT_CALL_CHANGES = 100;

export function CampaignView({ id }: { id: string }) {
  const { data, error, loading } = useQuery(CampaignQuery, { variables: { id } });
  const campaign = data?.campaign;
  const progress = useLiveSubscription(CampaignProgressSubscription, { campaignId: id }, {
    skip: !campaign,
    // Replays what changed since the row was read, so nothing between the query and the subscription is missed.
    since: campaign?.updatedAt ?? campaign?.createdAt,
    updatedAtOf: (d) => d.campaignProgressChanged.updatedAt ?? d.campaignProgressChanged.createdAt,
  });
  const [calls, setCalls] = useState<CallChange[]>([]);
  // The newest version seen of each call: a resubscription replays changes already seen (some perhaps no longer
  // in the list), and a call's versions only go up, so one at or below it is a repeat.
  const newestVersion = useRef(new Map<string, number>());
  const callStream = useLiveSubscription(CallStatusSubscription, { campaignId: id }, {
    updatedAtOf: (d) => d.callStatusChanged.updatedAt ?? d.callStatusChanged.createdAt,
    onData: ({ callStatusChanged: change }) => {
      if ((newestVersion.current.get(change.id) ?? 0) >= change.version) return;
      newestVersion.current.set(change.id, change.version);
      setCalls((seen) => [change, ...seen].slice(0, RECENT_CALL_CHANGES));
    },
  });
  const [updateStatus, mutation] = useMutation(CampaignUpdateStatusMutation);
  // Idle targets are the ones a round could still dial: with none, Run would only settle the campaign again.
  const nothingLeft = campaign !== null && campaign !== undefined && campaign.progress.targetsIdle === 0;
  const setStatus = (status: 'RUN' | 'STOP') =>
    void updateStatus({ variables: { input: { id, status } } }).catch(() => {}); // shown from mutation.error

  return (
    <section>
      <p><a href={hrefOf({ page: 'campaigns' })} onClick={onLinkClick({ page: 'campaigns' })}>← Campaigns</a></p>
      <ErrorNotice error={error} title="Could not load the campaign" />
      {loading && !data ? <p>Loading…</p> : null}
      {data && !campaign ? <p className="error">No campaign with this id is visible to you.</p> : null}
      {campaign ? (
        <>
          <h2>{campaign.name} <span className={`status status-${campaign.status}`} data-testid="status">{campaign.status}</span></h2>
          <p className="meta">
            Outdial {campaign.outdial?.name ?? '—'} · outplan {campaign.outplan?.name ?? '—'} · at most {campaign.maxConcurrentCalls} calls at once
          </p>
          <div className="actions">
            <button onClick={() => setStatus('RUN')} disabled={campaign.status !== 'STOP' || nothingLeft || mutation.loading}>Run</button>
            <button onClick={() => setStatus('STOP')} disabled={campaign.status !== 'RUN' || mutation.loading}>Stop</button>
          </div>
          {campaign.status === 'STOP' && nothingLeft ? (
            <p className="hint" data-testid="nothing-left">
              {campaign.progress.targetsTotal === 0 ? 'Nothing to dial: the outdial has no targets.' : 'Nothing left to dial: every target is done. Add targets to run it again.'}
            </p>
          ) : null}
          {campaign.status === 'STOP' && !nothingLeft ? <PreflightNotice id={id} /> : null}
          <ExportLinks campaignUuid={campaign.uuid} outdialUuid={campaign.outdial?.uuid} />
          <UserErrors errors={mutation.data?.campaignUpdateStatus.userErrors} />
          <ErrorNotice error={mutation.error} title="Could not change the status" />
          <ErrorNotice error={progress.error} title="Live progress stopped" />
          <ProgressBar percent={campaign.progress.percent} />
          <div className="counts">
            <Counts title="Targets by status" rows={[
              ['targetsTotal', 'total', campaign.progress.targetsTotal],
              ['targetsIdle', 'idle', campaign.progress.targetsIdle],
              ['targetsProgressing', 'progressing', campaign.progress.targetsProgressing],
              ['targetsDone', 'done', campaign.progress.targetsTotal - campaign.progress.targetsIdle - campaign.progress.targetsProgressing],
            ]} />
            <Counts title="Done targets by result" rows={[
              ['targetsAnswered', 'answered', campaign.progress.targetsAnswered],
              ['targetsExhausted', 'exhausted', campaign.progress.targetsExhausted],
              ['targetsSuppressed', 'suppressed (do-not-call)', campaign.progress.targetsSuppressed],
              ['targetsStopped', 'stopped by an outcome rule', campaign.progress.targetsStopped],
              ['targetsVoicemail', 'voicemail left', campaign.progress.targetsVoicemail],
            ]} />
            <Counts title="Attempts" rows={[
              ['callsInFlight', 'calls in flight', campaign.progress.callsInFlight],
              ['attempts', 'attempts', campaign.progress.attempts],
            ]} />
          </div>
        </>
      ) : null}
      <h3>Recent call status changes</h3>
      <ErrorNotice error={callStream.error} title="Live calls stopped" />
      {calls.length === 0 ? <p className="hint">None yet: they appear here as calls are placed and end.</p> : (
        <table className="calls">
          <thead><tr><th>At</th><th>Destination</th><th>Status</th><th>Hangup reason</th></tr></thead>
          <tbody>
            {calls.map((c) => (
              <tr key={`${c.id}:${c.version}`} data-change={`${c.id}:${c.version}`}>
                <td>{new Date(c.updatedAt ?? c.createdAt).toLocaleTimeString()}</td>
                <td>{c.destination.target}</td>
                <td><span className={`status call-${c.status}`}>{c.status}</span></td>
                <td>{c.hangupReason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Counts({ title, rows }: { title: string; rows: [key: string, label: string, value: number][] }) {
  return (
    <div className="count-group">
      <h4>{title}</h4>
      <dl>
        {rows.map(([key, label, value]) => (
          <div key={key}><dt>{label}</dt><dd data-count={key}>{value}</dd></div>
        ))}
      </dl>
    </div>
  );
}
