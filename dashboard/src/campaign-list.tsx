// The caller's campaigns, 20 a page (relayStylePagination merges "More" pages in the cache), kept live by
// campaignProgressChanged for all of them: each event is the campaign as it is now, written over its cache entry.
import { useState } from 'react';
import type { ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { CampaignProgressSubscription, CampaignsQuery } from './documents.ts';
import { ErrorNotice } from './errors.tsx';
import { ProgressBar } from './progress-bar.tsx';
import { hrefOf, onLinkClick } from './router.ts';
import { useLiveSubscription } from './use-live-subscription.ts';

const PAGE = 20;

export function CampaignList() {
  const { data, error, loading, fetchMore } = useQuery(CampaignsQuery, { variables: { first: PAGE } });
  const live = useLiveSubscription(CampaignProgressSubscription, { campaignId: null }, {
    updatedAtOf: (d) => d.campaignProgressChanged.updatedAt ?? d.campaignProgressChanged.createdAt,
  });
  const [moreError, setMoreError] = useState<ErrorLike>();
  const campaigns = data?.campaigns;

  return (
    <section>
      <h2>Campaigns {campaigns ? <small>({campaigns.totalCount})</small> : null}</h2>
      <ErrorNotice error={error} title="Could not load the campaigns" />
      <ErrorNotice error={moreError} title="Could not load more campaigns" />
      <ErrorNotice error={live.error} title="Live progress stopped" />
      {loading && !campaigns ? <p>Loading…</p> : null}
      {campaigns && campaigns.edges.length === 0 ? <p>No campaign yet: create one with the API (campaignCreate in GraphiQL).</p> : null}
      {campaigns && campaigns.edges.length > 0 ? (
        <table className="campaigns">
          <thead><tr><th>Name</th><th>Status</th><th>Progress</th><th>Targets done</th></tr></thead>
          <tbody>
            {campaigns.edges.map(({ node }) => (
              <tr key={node.id} data-campaign={node.name}>
                <td><a href={hrefOf({ page: 'campaign', id: node.id })} onClick={onLinkClick({ page: 'campaign', id: node.id })}>{node.name}</a></td>
                <td><span className={`status status-${node.status}`}>{node.status}</span></td>
                <td><ProgressBar percent={node.progress.percent} /></td>
                <td>{node.progress.targetsTotal - node.progress.targetsIdle - node.progress.targetsProgressing} / {node.progress.targetsTotal}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {campaigns?.pageInfo.hasNextPage ? (
        <button onClick={() => fetchMore({ variables: { after: campaigns.pageInfo.endCursor } }).then(() => setMoreError(undefined), setMoreError)}>More</button>
      ) : null}
    </section>
  );
}
