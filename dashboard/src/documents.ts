// Every operation the dashboard sends. `npm run codegen` turns each graphql(`...`) into a typed document in
// ./generated (run it after editing this file). Costs stay a hundredth of MAX_QUERY_COST or less: the campaign
// list's page of 20 costs 501, the preflight 511 (test/dashboard-routes.test.ts pins each one).
import { graphql } from './generated/index.ts';

export const LoginMutation = graphql(`
  mutation DashboardLogin($input: LoginInput!) {
    login(input: $input) { token userErrors { field message code } }
  }
`);

export const ViewerQuery = graphql(`
  query DashboardViewer {
    viewer { username role customer { id name } }
  }
`);

export const CampaignProgressFields = graphql(`
  fragment DashboardCampaignProgress on Campaign {
    id name status version updatedAt createdAt
    progress {
      percent targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted targetsSuppressed targetsStopped targetsVoicemail
      callsInFlight attempts
    }
  }
`);

export const CampaignsQuery = graphql(`
  query DashboardCampaigns($first: Int!, $after: String) {
    campaigns(first: $first, after: $after) {
      totalCount
      edges { cursor node { ...DashboardCampaignProgress } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const CampaignQuery = graphql(`
  query DashboardCampaign($id: ID!) {
    campaign(id: $id) {
      ...DashboardCampaignProgress
      uuid
      maxConcurrentCalls
      outdial { id uuid name }
      outplan { id name }
    }
  }
`);

/** What the dialer would do with the campaign's targets now (a count over all of them: asked for before Run only). */
export const CampaignPreflightQuery = graphql(`
  query DashboardCampaignPreflight($id: ID!) {
    campaign(id: $id) {
      id
      preflight { targetsTotal dialableNow waitingForRetryInterval outsideCallingHours suppressed overContactLimit done inProgress nextDialableAt }
    }
  }
`);

export const CampaignUpdateStatusMutation = graphql(`
  mutation DashboardCampaignUpdateStatus($input: CampaignUpdateStatusInput!) {
    campaignUpdateStatus(input: $input) {
      campaign { ...DashboardCampaignProgress }
      userErrors { field message code }
    }
  }
`);

/** One campaign (campaignId), or all of the caller's (null): the campaign as it is now, written to the cache. */
export const CampaignProgressSubscription = graphql(`
  subscription DashboardCampaignProgress($campaignId: ID, $since: DateTime) {
    campaignProgressChanged(campaignId: $campaignId, since: $since) { ...DashboardCampaignProgress }
  }
`);

export const CallStatusSubscription = graphql(`
  subscription DashboardCallStatus($campaignId: ID!, $since: DateTime) {
    callStatusChanged(campaignId: $campaignId, since: $since) {
      id status version createdAt updatedAt hangupReason
      destination { type target }
    }
  }
`);
