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
    "\n  mutation CampaignCreateForTest($input: CampaignCreateInput!) {\n    campaignCreate(input: $input) {\n      campaign {\n        id uuid name detail type status version endHandle serviceLevel maxConcurrentCalls\n        actions { __typename type }\n        outplan { uuid } outdial { uuid campaign { uuid } } nextCampaign { uuid }\n        progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent }\n        campaignCalls(first: 5) { totalCount nodes { id } }\n        createdAt updatedAt deletedAt\n      }\n      userErrors { field message code }\n    }\n  }\n": typeof types.CampaignCreateForTestDocument,
    "\n  mutation InProcessOutplanCreate($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) { outplan { id name maxTryCounts } userErrors { field code } }\n  }\n": typeof types.InProcessOutplanCreateDocument,
    "\n  mutation OutplanCreateForTest($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version createdAt updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OutplanCreateForTestDocument,
    "\n  query OutplanByIdForTest($id: ID!) { outplan(id: $id) { uuid name } node(id: $id) { id ... on Outplan { name } } }\n": typeof types.OutplanByIdForTestDocument,
    "\n  query OutplanLookupForTest($id: ID!) { outplan(id: $id) { id } node(id: $id) { id } }\n": typeof types.OutplanLookupForTestDocument,
    "\n  query OutplansForwardForTest($after: String) { outplans(first: 7, after: $after) { totalCount nodes { uuid } pageInfo { hasNextPage endCursor } } }\n": typeof types.OutplansForwardForTestDocument,
    "\n  query OutplansBackwardForTest($before: String) { outplans(last: 6, before: $before) { nodes { uuid } pageInfo { hasPreviousPage startCursor } } }\n": typeof types.OutplansBackwardForTestDocument,
};
const documents: Documents = {
    "\n  mutation CampaignCreateForTest($input: CampaignCreateInput!) {\n    campaignCreate(input: $input) {\n      campaign {\n        id uuid name detail type status version endHandle serviceLevel maxConcurrentCalls\n        actions { __typename type }\n        outplan { uuid } outdial { uuid campaign { uuid } } nextCampaign { uuid }\n        progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent }\n        campaignCalls(first: 5) { totalCount nodes { id } }\n        createdAt updatedAt deletedAt\n      }\n      userErrors { field message code }\n    }\n  }\n": types.CampaignCreateForTestDocument,
    "\n  mutation InProcessOutplanCreate($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) { outplan { id name maxTryCounts } userErrors { field code } }\n  }\n": types.InProcessOutplanCreateDocument,
    "\n  mutation OutplanCreateForTest($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version createdAt updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n": types.OutplanCreateForTestDocument,
    "\n  query OutplanByIdForTest($id: ID!) { outplan(id: $id) { uuid name } node(id: $id) { id ... on Outplan { name } } }\n": types.OutplanByIdForTestDocument,
    "\n  query OutplanLookupForTest($id: ID!) { outplan(id: $id) { id } node(id: $id) { id } }\n": types.OutplanLookupForTestDocument,
    "\n  query OutplansForwardForTest($after: String) { outplans(first: 7, after: $after) { totalCount nodes { uuid } pageInfo { hasNextPage endCursor } } }\n": types.OutplansForwardForTestDocument,
    "\n  query OutplansBackwardForTest($before: String) { outplans(last: 6, before: $before) { nodes { uuid } pageInfo { hasPreviousPage startCursor } } }\n": types.OutplansBackwardForTestDocument,
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
export function graphql(source: "\n  mutation CampaignCreateForTest($input: CampaignCreateInput!) {\n    campaignCreate(input: $input) {\n      campaign {\n        id uuid name detail type status version endHandle serviceLevel maxConcurrentCalls\n        actions { __typename type }\n        outplan { uuid } outdial { uuid campaign { uuid } } nextCampaign { uuid }\n        progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent }\n        campaignCalls(first: 5) { totalCount nodes { id } }\n        createdAt updatedAt deletedAt\n      }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignCreateForTest($input: CampaignCreateInput!) {\n    campaignCreate(input: $input) {\n      campaign {\n        id uuid name detail type status version endHandle serviceLevel maxConcurrentCalls\n        actions { __typename type }\n        outplan { uuid } outdial { uuid campaign { uuid } } nextCampaign { uuid }\n        progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent }\n        campaignCalls(first: 5) { totalCount nodes { id } }\n        createdAt updatedAt deletedAt\n      }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InProcessOutplanCreate($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) { outplan { id name maxTryCounts } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation InProcessOutplanCreate($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) { outplan { id name maxTryCounts } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForTest($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version createdAt updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OutplanCreateForTest($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version createdAt updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutplanByIdForTest($id: ID!) { outplan(id: $id) { uuid name } node(id: $id) { id ... on Outplan { name } } }\n"): (typeof documents)["\n  query OutplanByIdForTest($id: ID!) { outplan(id: $id) { uuid name } node(id: $id) { id ... on Outplan { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutplanLookupForTest($id: ID!) { outplan(id: $id) { id } node(id: $id) { id } }\n"): (typeof documents)["\n  query OutplanLookupForTest($id: ID!) { outplan(id: $id) { id } node(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutplansForwardForTest($after: String) { outplans(first: 7, after: $after) { totalCount nodes { uuid } pageInfo { hasNextPage endCursor } } }\n"): (typeof documents)["\n  query OutplansForwardForTest($after: String) { outplans(first: 7, after: $after) { totalCount nodes { uuid } pageInfo { hasNextPage endCursor } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutplansBackwardForTest($before: String) { outplans(last: 6, before: $before) { nodes { uuid } pageInfo { hasPreviousPage startCursor } } }\n"): (typeof documents)["\n  query OutplansBackwardForTest($before: String) { outplans(last: 6, before: $before) { nodes { uuid } pageInfo { hasPreviousPage startCursor } } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;