/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation DashboardLogin($input: LoginInput!) {\n    login(input: $input) { token userErrors { field message code } }\n  }\n": typeof types.DashboardLoginDocument,
    "\n  query DashboardViewer {\n    viewer { username role customer { id name } }\n  }\n": typeof types.DashboardViewerDocument,
    "\n  fragment DashboardCampaignProgress on Campaign {\n    id name status version updatedAt createdAt\n    progress {\n      percent targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted targetsSuppressed targetsStopped targetsVoicemail\n      callsInFlight attempts\n    }\n  }\n": typeof types.DashboardCampaignProgressFragmentDoc,
    "\n  query DashboardCampaigns($first: Int!, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      edges { cursor node { ...DashboardCampaignProgress } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.DashboardCampaignsDocument,
    "\n  query DashboardCampaign($id: ID!) {\n    campaign(id: $id) {\n      ...DashboardCampaignProgress\n      uuid\n      maxConcurrentCalls\n      outdial { id uuid name }\n      outplan { id name }\n    }\n  }\n": typeof types.DashboardCampaignDocument,
    "\n  query DashboardCampaignPreflight($id: ID!) {\n    campaign(id: $id) {\n      id\n      preflight { targetsTotal dialableNow waitingForRetryInterval outsideCallingHours suppressed overContactLimit done inProgress nextDialableAt }\n    }\n  }\n": typeof types.DashboardCampaignPreflightDocument,
    "\n  mutation DashboardCampaignUpdateStatus($input: CampaignUpdateStatusInput!) {\n    campaignUpdateStatus(input: $input) {\n      campaign { ...DashboardCampaignProgress }\n      userErrors { field message code }\n    }\n  }\n": typeof types.DashboardCampaignUpdateStatusDocument,
    "\n  subscription DashboardCampaignProgress($campaignId: ID, $since: DateTime) {\n    campaignProgressChanged(campaignId: $campaignId, since: $since) { ...DashboardCampaignProgress }\n  }\n": typeof types.DashboardCampaignProgressDocument,
    "\n  subscription DashboardCallStatus($campaignId: ID!, $since: DateTime) {\n    callStatusChanged(campaignId: $campaignId, since: $since) {\n      id status version createdAt updatedAt hangupReason\n      destination { type target }\n    }\n  }\n": typeof types.DashboardCallStatusDocument,
};
const documents: Documents = {
    "\n  mutation DashboardLogin($input: LoginInput!) {\n    login(input: $input) { token userErrors { field message code } }\n  }\n": types.DashboardLoginDocument,
    "\n  query DashboardViewer {\n    viewer { username role customer { id name } }\n  }\n": types.DashboardViewerDocument,
    "\n  fragment DashboardCampaignProgress on Campaign {\n    id name status version updatedAt createdAt\n    progress {\n      percent targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted targetsSuppressed targetsStopped targetsVoicemail\n      callsInFlight attempts\n    }\n  }\n": types.DashboardCampaignProgressFragmentDoc,
    "\n  query DashboardCampaigns($first: Int!, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      edges { cursor node { ...DashboardCampaignProgress } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.DashboardCampaignsDocument,
    "\n  query DashboardCampaign($id: ID!) {\n    campaign(id: $id) {\n      ...DashboardCampaignProgress\n      uuid\n      maxConcurrentCalls\n      outdial { id uuid name }\n      outplan { id name }\n    }\n  }\n": types.DashboardCampaignDocument,
    "\n  query DashboardCampaignPreflight($id: ID!) {\n    campaign(id: $id) {\n      id\n      preflight { targetsTotal dialableNow waitingForRetryInterval outsideCallingHours suppressed overContactLimit done inProgress nextDialableAt }\n    }\n  }\n": types.DashboardCampaignPreflightDocument,
    "\n  mutation DashboardCampaignUpdateStatus($input: CampaignUpdateStatusInput!) {\n    campaignUpdateStatus(input: $input) {\n      campaign { ...DashboardCampaignProgress }\n      userErrors { field message code }\n    }\n  }\n": types.DashboardCampaignUpdateStatusDocument,
    "\n  subscription DashboardCampaignProgress($campaignId: ID, $since: DateTime) {\n    campaignProgressChanged(campaignId: $campaignId, since: $since) { ...DashboardCampaignProgress }\n  }\n": types.DashboardCampaignProgressDocument,
    "\n  subscription DashboardCallStatus($campaignId: ID!, $since: DateTime) {\n    callStatusChanged(campaignId: $campaignId, since: $since) {\n      id status version createdAt updatedAt hangupReason\n      destination { type target }\n    }\n  }\n": types.DashboardCallStatusDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardLogin($input: LoginInput!) {\n    login(input: $input) { token userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation DashboardLogin($input: LoginInput!) {\n    login(input: $input) { token userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardViewer {\n    viewer { username role customer { id name } }\n  }\n"): (typeof documents)["\n  query DashboardViewer {\n    viewer { username role customer { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardCampaignProgress on Campaign {\n    id name status version updatedAt createdAt\n    progress {\n      percent targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted targetsSuppressed targetsStopped targetsVoicemail\n      callsInFlight attempts\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardCampaignProgress on Campaign {\n    id name status version updatedAt createdAt\n    progress {\n      percent targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted targetsSuppressed targetsStopped targetsVoicemail\n      callsInFlight attempts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCampaigns($first: Int!, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      edges { cursor node { ...DashboardCampaignProgress } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query DashboardCampaigns($first: Int!, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      edges { cursor node { ...DashboardCampaignProgress } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCampaign($id: ID!) {\n    campaign(id: $id) {\n      ...DashboardCampaignProgress\n      uuid\n      maxConcurrentCalls\n      outdial { id uuid name }\n      outplan { id name }\n    }\n  }\n"): (typeof documents)["\n  query DashboardCampaign($id: ID!) {\n    campaign(id: $id) {\n      ...DashboardCampaignProgress\n      uuid\n      maxConcurrentCalls\n      outdial { id uuid name }\n      outplan { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCampaignPreflight($id: ID!) {\n    campaign(id: $id) {\n      id\n      preflight { targetsTotal dialableNow waitingForRetryInterval outsideCallingHours suppressed overContactLimit done inProgress nextDialableAt }\n    }\n  }\n"): (typeof documents)["\n  query DashboardCampaignPreflight($id: ID!) {\n    campaign(id: $id) {\n      id\n      preflight { targetsTotal dialableNow waitingForRetryInterval outsideCallingHours suppressed overContactLimit done inProgress nextDialableAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCampaignUpdateStatus($input: CampaignUpdateStatusInput!) {\n    campaignUpdateStatus(input: $input) {\n      campaign { ...DashboardCampaignProgress }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardCampaignUpdateStatus($input: CampaignUpdateStatusInput!) {\n    campaignUpdateStatus(input: $input) {\n      campaign { ...DashboardCampaignProgress }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardCampaignProgress($campaignId: ID, $since: DateTime) {\n    campaignProgressChanged(campaignId: $campaignId, since: $since) { ...DashboardCampaignProgress }\n  }\n"): (typeof documents)["\n  subscription DashboardCampaignProgress($campaignId: ID, $since: DateTime) {\n    campaignProgressChanged(campaignId: $campaignId, since: $since) { ...DashboardCampaignProgress }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardCallStatus($campaignId: ID!, $since: DateTime) {\n    callStatusChanged(campaignId: $campaignId, since: $since) {\n      id status version createdAt updatedAt hangupReason\n      destination { type target }\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardCallStatus($campaignId: ID!, $since: DateTime) {\n    callStatusChanged(campaignId: $campaignId, since: $since) {\n      id status version createdAt updatedAt hangupReason\n      destination { type target }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;