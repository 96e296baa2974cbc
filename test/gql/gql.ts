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
    "\n  mutation UserCreateForAccessKeyMakerTest($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }\n": typeof types.UserCreateForAccessKeyMakerTestDocument,
    "\n  mutation UserRoleForAccessKeyMakerTest($id: ID!, $role: UserRole!) { userUpdateRole(input: {id: $id, role: $role}) { user { role } userErrors { message } } }\n": typeof types.UserRoleForAccessKeyMakerTestDocument,
    "\n  mutation UserDeleteForAccessKeyMakerTest($id: ID!) { userDelete(input: {id: $id}) { user { deletedAt } userErrors { message } } }\n": typeof types.UserDeleteForAccessKeyMakerTestDocument,
    "\n  mutation AccessKeyCreateForAccessKeyMakerTest($name: String!) { accessKeyCreate(input: {name: $name}) { accessKey { uuid } token userErrors { message } } }\n": typeof types.AccessKeyCreateForAccessKeyMakerTestDocument,
    "\n  query ViewerForAccessKeyMakerTest { viewer { username role } }\n": typeof types.ViewerForAccessKeyMakerTestDocument,
    "\n  query OutplansForAccessKeyMakerTest { outplans { totalCount } }\n": typeof types.OutplansForAccessKeyMakerTestDocument,
    "\n  query UsersForAccessKeyMakerTest { users { totalCount } }\n": typeof types.UsersForAccessKeyMakerTestDocument,
    "\n  mutation CustomerCreateForAccessKeyMakerTest { customerCreate(input: {name: \"by-key\", username: \"by-key-admin\", password: \"by-key-password\"}) { userErrors { message } } }\n": typeof types.CustomerCreateForAccessKeyMakerTestDocument,
    "\n  mutation OutdialCreateForAddressLimitsTest($input: OutdialCreateInput!) { outdialCreate(input: $input) { outdial { id } } }\n": typeof types.OutdialCreateForAddressLimitsTestDocument,
    "\n  mutation OutplanCreateForAddressLimitsTest($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) { outplan { id source { target } } userErrors { field message code } }\n  }\n": typeof types.OutplanCreateForAddressLimitsTestDocument,
    "\n  mutation OutplanUpdateDialInfoForAddressLimitsTest($input: OutplanUpdateDialInfoInput!) {\n    outplanUpdateDialInfo(input: $input) { outplan { id } userErrors { field message code } }\n  }\n": typeof types.OutplanUpdateDialInfoForAddressLimitsTestDocument,
    "\n  mutation OutdialTargetCreateForAddressLimitsTest($input: OutdialTargetCreateInput!) {\n    outdialTargetCreate(input: $input) { outdialTarget { id } userErrors { field message code } }\n  }\n": typeof types.OutdialTargetCreateForAddressLimitsTestDocument,
    "\n  mutation OutdialTargetUpdateForAddressLimitsTest($input: OutdialTargetUpdateInput!) {\n    outdialTargetUpdate(input: $input) { outdialTarget { id } userErrors { field message code } }\n  }\n": typeof types.OutdialTargetUpdateForAddressLimitsTestDocument,
    "\n  mutation OutdialTargetsCreateForAddressLimitsTest($input: OutdialTargetsCreateInput!) {\n    outdialTargetsCreate(input: $input) { createdCount userErrors { field message code } }\n  }\n": typeof types.OutdialTargetsCreateForAddressLimitsTestDocument,
    "\n  mutation OutdialTargetsImportCsvForAddressLimitsTest($input: OutdialTargetsImportCsvInput!) {\n    outdialTargetsImportCsv(input: $input) { createdCount userErrors { field message code } }\n  }\n": typeof types.OutdialTargetsImportCsvForAddressLimitsTestDocument,
    "\n  mutation CallCreateForAddressLimitsTest($input: CallCreateInput!) {\n    callCreate(input: $input) { calls { id } userErrors { field message code } }\n  }\n": typeof types.CallCreateForAddressLimitsTestDocument,
    "\n  mutation CampaignCreateForAddressLimitsTest($input: CampaignCreateInput!) {\n    campaignCreate(input: $input) { campaign { id } userErrors { field message code } }\n  }\n": typeof types.CampaignCreateForAddressLimitsTestDocument,
    "\n  mutation CampaignUpdateActionsForAddressLimitsTest($input: CampaignUpdateActionsInput!) {\n    campaignUpdateActions(input: $input) { campaign { id } userErrors { field message code } }\n  }\n": typeof types.CampaignUpdateActionsForAddressLimitsTestDocument,
    "\n  mutation OutplanCreateForApolloTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n": typeof types.OutplanCreateForApolloTestDocument,
    "\n  mutation OutdialCreateForApolloTest($name: String!) { outdialCreate(input: { name: $name }) { outdial { id uuid } userErrors { message } } }\n": typeof types.OutdialCreateForApolloTestDocument,
    "\n  mutation TargetsCreateForApolloTest($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }\n": typeof types.TargetsCreateForApolloTestDocument,
    "\n  mutation CampaignCreateForApolloTest($input: CampaignCreateInput!) { campaignCreate(input: $input) { campaign { id uuid createdAt } userErrors { message } } }\n": typeof types.CampaignCreateForApolloTestDocument,
    "\n  query AllOutdialsForApolloTest { outdials(first: 100) { nodes { id } } }\n": typeof types.AllOutdialsForApolloTestDocument,
    "\n  query TargetsOfForApolloTest($id: ID!) { outdial(id: $id) { targets(first: 100) { nodes { uuid } } } }\n": typeof types.TargetsOfForApolloTestDocument,
    "\n  mutation RunForApolloTest($input: CampaignUpdateStatusInput!) { campaignUpdateStatus(input: $input) { campaign { status } userErrors { message } } }\n": typeof types.RunForApolloTestDocument,
    "\n  query OutplansCountForAuthErrorsTest { outplans { totalCount } }\n": typeof types.OutplansCountForAuthErrorsTestDocument,
    "\n  mutation AccessKeyCreateForAuthErrorsTest($input: AccessKeyCreateInput!) { accessKeyCreate(input: $input) { accessKey { id uuid } token userErrors { message } } }\n": typeof types.AccessKeyCreateForAuthErrorsTestDocument,
    "\n  mutation AccessKeyDeleteForAuthErrorsTest($id: ID!) { accessKeyDelete(input: {id: $id}) { accessKey { deletedAt } } }\n": typeof types.AccessKeyDeleteForAuthErrorsTestDocument,
    "\n  mutation UserCreateForAuthErrorsTest($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }\n": typeof types.UserCreateForAuthErrorsTestDocument,
    "\n  mutation UserDeleteForAuthErrorsTest($id: ID!) { userDelete(input: {id: $id}) { user { deletedAt } } }\n": typeof types.UserDeleteForAuthErrorsTestDocument,
    "\n  fragment LegFieldsForCallConnectTest on Call { id uuid status type hangupBy hangupReason progressingAt hangupAt createdAt destination { target } masterCall { uuid type } }\n": typeof types.LegFieldsForCallConnectTestFragmentDoc,
    "\n  mutation CallCreateForCallConnectTest($input: CallCreateInput!) { callCreate(input: $input) { calls { id uuid type } userErrors { field message } } }\n": typeof types.CallCreateForCallConnectTestDocument,
    "\n  query CallForCallConnectTest($id: ID!) { call(id: $id) { ...LegFieldsForCallConnectTest chainedCalls { ...LegFieldsForCallConnectTest chainedCalls { uuid } } } }\n": typeof types.CallForCallConnectTestDocument,
    "\n  mutation CallHangupForCallConnectTest($id: ID!) { callHangup(input: {id: $id}) { userErrors { message } } }\n": typeof types.CallHangupForCallConnectTestDocument,
    "\n  subscription CallStatusChangedForCallConnectTest($campaignId: ID, $since: DateTime) { callStatusChanged(campaignId: $campaignId, since: $since) { uuid status type hangupBy } }\n": typeof types.CallStatusChangedForCallConnectTestDocument,
    "\n  query CampaignCallsForCallConnectTest($campaignId: ID!) { calls(first: 10, filter: {campaignId: $campaignId}) { nodes { uuid type masterCall { uuid } } } }\n": typeof types.CampaignCallsForCallConnectTestDocument,
    "\n  mutation CallCreateForCallEventRetryTest($target: String!) {\n    callCreate(input: {source: {type: TEL, target: \"+15559876543\"}, destinations: [{type: TEL, target: $target}], actions: [{talk: {text: \"hello\", language: \"en-US\"}}]}) {\n      calls { id } userErrors { message }\n    }\n  }\n": typeof types.CallCreateForCallEventRetryTestDocument,
    "\n  mutation CallCreateForCallReconcileTest($target: String!, $actions: [ActionInput!]!) {\n    callCreate(input: {source: {type: TEL, target: \"+15559876543\"}, destinations: [{type: TEL, target: $target}], actions: $actions}) { calls { id } userErrors { message } }\n  }\n": typeof types.CallCreateForCallReconcileTestDocument,
    "\n  query CallForCallReconcileTest($id: ID!) { call(id: $id) { status hangupReason hangupBy progressingAt } }\n": typeof types.CallForCallReconcileTestDocument,
    "\n  mutation CallHangupForCallReconcileTest($id: ID!) { callHangup(input: {id: $id}) { call { status } } }\n": typeof types.CallHangupForCallReconcileTestDocument,
    "\n  fragment CallFieldsForCallTest on Call { id uuid status version direction type hangupBy hangupReason ringingAt progressingAt hangupAt createdAt updatedAt deletedAt }\n": typeof types.CallFieldsForCallTestFragmentDoc,
    "\n  mutation CallCreateForCallTest($input: CallCreateInput!) {\n    callCreate(input: $input) { calls { ...CallFieldsForCallTest source { type target } destination { type target } } userErrors { field message code } }\n  }\n": typeof types.CallCreateForCallTestDocument,
    "\n  query CallForCallTest($id: ID!) { call(id: $id) { ...CallFieldsForCallTest masterCall { uuid } chainedCalls { uuid status hangupBy hangupReason } } }\n": typeof types.CallForCallTestDocument,
    "\n  mutation CallHangupForCallTest($id: ID!) { callHangup(input: {id: $id}) { call { ...CallFieldsForCallTest } userErrors { field code } } }\n": typeof types.CallHangupForCallTestDocument,
    "\n  mutation CallDeleteForCallTest($id: ID!) { callDelete(input: {id: $id}) { call { ...CallFieldsForCallTest } userErrors { field code } } }\n": typeof types.CallDeleteForCallTestDocument,
    "\n  subscription CallStatusChangedForCallTest { callStatusChanged { uuid status version hangupReason hangupBy } }\n": typeof types.CallStatusChangedForCallTestDocument,
    "\n  subscription CallStatusChangedSseForCallTest { callStatusChanged { uuid status } }\n": typeof types.CallStatusChangedSseForCallTestDocument,
    "\n  query CallsListForCallTest { calls(first: 100) { nodes { uuid } } all: calls(first: 100, includeDeleted: true) { nodes { uuid } } }\n": typeof types.CallsListForCallTestDocument,
    "\n  query CallsFilteredForCallTest { calls(first: 100, filter: {status: [HANGUP]}) { totalCount nodes { status createdAt } } out: calls(first: 1, filter: {direction: INCOMING}) { totalCount } }\n": typeof types.CallsFilteredForCallTestDocument,
    "\n  query CallNodeForCallTest($id: ID!) { node(id: $id) { ... on Call { status } } }\n": typeof types.CallNodeForCallTestDocument,
    "\n  mutation OutplanCreateForCampaignSubscriptionsTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }\n": typeof types.OutplanCreateForCampaignSubscriptionsTestDocument,
    "\n  mutation OutdialCreateForCampaignSubscriptionsTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }\n": typeof types.OutdialCreateForCampaignSubscriptionsTestDocument,
    "\n  mutation OutdialTargetsCreateForCampaignSubscriptionsTest($i: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $i) { createdCount userErrors { message } } }\n": typeof types.OutdialTargetsCreateForCampaignSubscriptionsTestDocument,
    "\n  mutation CampaignCreateForCampaignSubscriptionsTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }\n": typeof types.CampaignCreateForCampaignSubscriptionsTestDocument,
    "\n  mutation CampaignRunForCampaignSubscriptionsTest($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { status } userErrors { message } } }\n": typeof types.CampaignRunForCampaignSubscriptionsTestDocument,
    "\n  subscription CampaignStatusChangedForCampaignSubscriptionsTest($id: ID) { campaignStatusChanged(campaignId: $id) { id status version } }\n": typeof types.CampaignStatusChangedForCampaignSubscriptionsTestDocument,
    "\n  subscription CampaignProgressChangedForCampaignSubscriptionsTest($id: ID) {\n    campaignProgressChanged(campaignId: $id) { id status\n      progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent } }\n  }\n": typeof types.CampaignProgressChangedForCampaignSubscriptionsTestDocument,
    "\n  subscription OutdialTargetStatusChangedForCampaignSubscriptionsTest($id: ID) {\n    outdialTargetStatusChanged(campaignId: $id) { uuid status version outdial { id } destinations { tryCount } }\n  }\n": typeof types.OutdialTargetStatusChangedForCampaignSubscriptionsTestDocument,
    "\n  subscription CallStatusChangedForCampaignSubscriptionsTest($id: ID) { callStatusChanged(campaignId: $id) { uuid status campaignCall { campaign { id } } } }\n": typeof types.CallStatusChangedForCampaignSubscriptionsTestDocument,
    "\n  mutation CampaignResourceInfoForCampaignSubscriptionsTest($id: ID!, $outdialId: ID) {\n    campaignUpdateResourceInfo(input: {id: $id, outdialId: $outdialId}) { campaign { id } userErrors { message } }\n  }\n": typeof types.CampaignResourceInfoForCampaignSubscriptionsTestDocument,
    "\n  fragment CampaignFieldsForCampaignTest on Campaign {\n    id uuid name detail type status version endHandle serviceLevel maxConcurrentCalls\n    actions { __typename type ... on TalkAction { text language } ... on HangupAction { reason } }\n    outplan { uuid deletedAt } outdial { uuid deletedAt } nextCampaign { uuid }\n    createdAt updatedAt deletedAt\n  }\n": typeof types.CampaignFieldsForCampaignTestFragmentDoc,
    "\n  fragment OutdialFieldsForCampaignTest on Outdial { id uuid name version deletedAt campaign { uuid name } }\n": typeof types.OutdialFieldsForCampaignTestFragmentDoc,
    "\n  mutation CampaignCreateForTest($input: CampaignCreateInput!) {\n    campaignCreate(input: $input) {\n      campaign {\n        id uuid name detail type status version endHandle serviceLevel maxConcurrentCalls\n        actions { __typename type }\n        outplan { uuid } outdial { uuid campaign { uuid } } nextCampaign { uuid }\n        progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent }\n        campaignCalls(first: 5) { totalCount nodes { id } }\n        createdAt updatedAt deletedAt\n      }\n      userErrors { field message code }\n    }\n  }\n": typeof types.CampaignCreateForTestDocument,
    "\n  mutation CampaignCreatePayloadForCampaignTest($input: CampaignCreateInput!) {\n    campaignCreate(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n": typeof types.CampaignCreatePayloadForCampaignTestDocument,
    "\n  mutation CampaignUpdateForCampaignTest($input: CampaignUpdateInput!) {\n    campaignUpdate(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n": typeof types.CampaignUpdateForCampaignTestDocument,
    "\n  mutation CampaignUpdateStatusForCampaignTest($input: CampaignUpdateStatusInput!) {\n    campaignUpdateStatus(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n": typeof types.CampaignUpdateStatusForCampaignTestDocument,
    "\n  mutation CampaignUpdateServiceLevelForCampaignTest($input: CampaignUpdateServiceLevelInput!) {\n    campaignUpdateServiceLevel(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n": typeof types.CampaignUpdateServiceLevelForCampaignTestDocument,
    "\n  mutation CampaignUpdateActionsForCampaignTest($input: CampaignUpdateActionsInput!) {\n    campaignUpdateActions(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n": typeof types.CampaignUpdateActionsForCampaignTestDocument,
    "\n  mutation CampaignUpdateResourceInfoForCampaignTest($input: CampaignUpdateResourceInfoInput!) {\n    campaignUpdateResourceInfo(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n": typeof types.CampaignUpdateResourceInfoForCampaignTestDocument,
    "\n  mutation CampaignUpdateNextCampaignForCampaignTest($input: CampaignUpdateNextCampaignInput!) {\n    campaignUpdateNextCampaign(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n": typeof types.CampaignUpdateNextCampaignForCampaignTestDocument,
    "\n  mutation CampaignDeleteByIdForCampaignTest($id: ID!) {\n    campaignDelete(input: {id: $id}) { campaign { id status deletedAt version outdial { uuid } } userErrors { field message code } }\n  }\n": typeof types.CampaignDeleteByIdForCampaignTestDocument,
    "\n  mutation CampaignDeleteForCampaignTest($input: DeleteInput!) { campaignDelete(input: $input) { campaign { id } userErrors { field message code } } }\n": typeof types.CampaignDeleteForCampaignTestDocument,
    "\n  mutation OutdialUpdateCampaignForCampaignTest($input: OutdialUpdateCampaignInput!) {\n    outdialUpdateCampaign(input: $input) { outdial { ...OutdialFieldsForCampaignTest } userErrors { field message code } }\n  }\n": typeof types.OutdialUpdateCampaignForCampaignTestDocument,
    "\n  mutation OutdialCreateForCampaignTest($input: OutdialCreateInput!) {\n    outdialCreate(input: $input) { outdial { ...OutdialFieldsForCampaignTest } userErrors { field message code } }\n  }\n": typeof types.OutdialCreateForCampaignTestDocument,
    "\n  query CampaignForCampaignTest($id: ID!) { campaign(id: $id) { ...CampaignFieldsForCampaignTest } }\n": typeof types.CampaignForCampaignTestDocument,
    "\n  query OutdialForCampaignTest($id: ID!) { outdial(id: $id) { ...OutdialFieldsForCampaignTest } }\n": typeof types.OutdialForCampaignTestDocument,
    "\n  mutation OutplanCreateForCampaignTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id uuid } userErrors { message } } }\n": typeof types.OutplanCreateForCampaignTestDocument,
    "\n  mutation OutplanDeleteByIdForCampaignTest($id: ID!) { outplanDelete(input: {id: $id}) { userErrors { code } } }\n": typeof types.OutplanDeleteByIdForCampaignTestDocument,
    "\n  mutation OutdialDeleteByIdForCampaignTest($id: ID!) { outdialDelete(input: {id: $id}) { userErrors { code } } }\n": typeof types.OutdialDeleteByIdForCampaignTestDocument,
    "\n  query CampaignNodeForCampaignTest($id: ID!) { node(id: $id) { ... on Campaign { uuid } } }\n": typeof types.CampaignNodeForCampaignTestDocument,
    "\n  query OutdialsOfCampaignForCampaignTest($c: ID) { outdials(first: 100, filter: {campaignId: $c}) { totalCount nodes { uuid } } }\n": typeof types.OutdialsOfCampaignForCampaignTestDocument,
    "\n  query OutdialCountOfCampaignForCampaignTest($c: ID) { outdials(first: 100, filter: {campaignId: $c}) { totalCount } }\n": typeof types.OutdialCountOfCampaignForCampaignTestDocument,
    "\n  query NextCampaignForCampaignTest($id: ID!) { campaign(id: $id) { nextCampaign { uuid deletedAt } } }\n": typeof types.NextCampaignForCampaignTestDocument,
    "\n  query CampaignsIncludingDeletedForCampaignTest($d: Boolean) { campaigns(first: 100, includeDeleted: $d) { totalCount nodes { uuid } } }\n": typeof types.CampaignsIncludingDeletedForCampaignTestDocument,
    "\n  mutation OutplanDeleteForCampaignTest($input: DeleteInput!) { outplanDelete(input: $input) { outplan { id deletedAt } userErrors { field message code } } }\n": typeof types.OutplanDeleteForCampaignTestDocument,
    "\n  mutation OutplanUpdateDialInfoForCampaignTest($input: OutplanUpdateDialInfoInput!) {\n    outplanUpdateDialInfo(input: $input) { outplan { id dialTimeout source { type target } } userErrors { field message code } }\n  }\n": typeof types.OutplanUpdateDialInfoForCampaignTestDocument,
    "\n  mutation OutdialDeleteForCampaignTest($input: DeleteInput!) { outdialDelete(input: $input) { outdial { id deletedAt } userErrors { field message code } } }\n": typeof types.OutdialDeleteForCampaignTestDocument,
    "\n  query CampaignsByStatusForCampaignTest($s: [CampaignStatus!]) { campaigns(first: 100, filter: {status: $s}) { totalCount nodes { uuid status } } }\n": typeof types.CampaignsByStatusForCampaignTestDocument,
    "\n  query CampaignAndCampaignCallForCampaignTest($id: ID!) { campaign(id: $id) { id } campaignCall(id: $id) { id } }\n": typeof types.CampaignAndCampaignCallForCampaignTestDocument,
    "\n  mutation OutdialTargetsCreateForCampaignTest($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }\n": typeof types.OutdialTargetsCreateForCampaignTestDocument,
    "\n  query CampaignProgressForCampaignTest($id: ID!) {\n    campaign(id: $id) {\n      progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent } campaignCalls { totalCount }\n    }\n  }\n": typeof types.CampaignProgressForCampaignTestDocument,
    "\n  query CampaignProgressSummaryForCampaignTest($id: ID!) { campaign(id: $id) { progress { targetsTotal targetsAnswered attempts percent } } }\n": typeof types.CampaignProgressSummaryForCampaignTestDocument,
    "\n  query TwoCampaignProgressesForCampaignTest($a: ID!, $b: ID!) {\n    a: campaign(id: $a) { progress { targetsTotal percent } } b: campaign(id: $b) { progress { targetsTotal percent } }\n  }\n": typeof types.TwoCampaignProgressesForCampaignTestDocument,
    "\n  query CampaignCallsFilteredForCampaignTest($id: ID!, $f: CampaignCallFilter) { campaign(id: $id) { campaignCalls(filter: $f) { totalCount nodes { uuid } } } }\n": typeof types.CampaignCallsFilteredForCampaignTestDocument,
    "\n  query CampaignCallForCampaignTest($id: ID!) {\n    campaignCall(id: $id) { id uuid status result version source { type } destination { type target } destinationIndex tryCount\n      campaign { uuid } outdialTarget { uuid } call { uuid campaignCall { uuid } } createdAt updatedAt deletedAt }\n  }\n": typeof types.CampaignCallForCampaignTestDocument,
    "\n  query CampaignCallCallForCampaignTest($id: ID!) { campaignCall(id: $id) { call { uuid } } }\n": typeof types.CampaignCallCallForCampaignTestDocument,
    "\n  query OutdialTargetCampaignCallsForCampaignTest($id: ID!, $after: String) {\n    outdialTarget(id: $id) { campaignCalls(first: 2, after: $after) { totalCount nodes { uuid tryCount } pageInfo { hasNextPage endCursor } } }\n  }\n": typeof types.OutdialTargetCampaignCallsForCampaignTestDocument,
    "\n  mutation CampaignCallDeleteForCampaignTest($input: DeleteInput!) {\n    campaignCallDelete(input: $input) { campaignCall { uuid status deletedAt version } userErrors { field message code } }\n  }\n": typeof types.CampaignCallDeleteForCampaignTestDocument,
    "\n  query CampaignCallDeletedAtForCampaignTest($id: ID!) { campaignCall(id: $id) { deletedAt } }\n": typeof types.CampaignCallDeletedAtForCampaignTestDocument,
    "\n  mutation PlainCallCreateForCampaignTest {\n    callCreate(input: {source: {type: TEL, target: \"+15559876543\"}, destinations: [{type: TEL, target: \"+15551230001\"}], actions: [{hangup: {}}]}) { calls { id uuid campaignCall { uuid } } }\n  }\n": typeof types.PlainCallCreateForCampaignTestDocument,
    "\n  query CallsOfCampaignForCampaignTest($c: ID) { calls(first: 100, filter: {campaignId: $c}) { totalCount nodes { uuid campaignCall { uuid campaign { uuid } } } } }\n": typeof types.CallsOfCampaignForCampaignTestDocument,
    "\n    mutation OutdialTargetsResetForCampaignTest($input: OutdialTargetsResetInput!) {\n      outdialTargetsReset(input: $input) { outdial { uuid targetStats { idle done } } resetCount userErrors { field message code } }\n    }\n  ": typeof types.OutdialTargetsResetForCampaignTestDocument,
    "\n  mutation OutplanCreateForDashboardTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }\n": typeof types.OutplanCreateForDashboardTestDocument,
    "\n  mutation OutdialCreateForDashboardTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }\n": typeof types.OutdialCreateForDashboardTestDocument,
    "\n  mutation OutdialTargetsCreateForDashboardTest($i: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $i) { createdCount userErrors { message } } }\n": typeof types.OutdialTargetsCreateForDashboardTestDocument,
    "\n  mutation CampaignCreateForDashboardTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id uuid } userErrors { message } } }\n": typeof types.CampaignCreateForDashboardTestDocument,
    "\n  subscription OutdialTargetStatusChangedForDialerDurableTest($id: ID!) { outdialTargetStatusChanged(outdialId: $id) { uuid version status } }\n": typeof types.OutdialTargetStatusChangedForDialerDurableTestDocument,
    "\n  mutation CampaignUpdateStatusForDialerDurableTest($input: CampaignUpdateStatusInput!) {\n    campaignUpdateStatus(input: $input) { campaign { status } userErrors { code message } }\n  }\n": typeof types.CampaignUpdateStatusForDialerDurableTestDocument,
    "\n  mutation DncListCreateForTest($input: DncListCreateInput!) {\n    dncListCreate(input: $input) { dncList { id uuid name detail entryCount createdAt updatedAt } userErrors { field message code } }\n  }\n": typeof types.DncListCreateForTestDocument,
    "\n  mutation DncListUpdateForTest($input: DncListUpdateInput!) { dncListUpdate(input: $input) { dncList { name detail } userErrors { field code } } }\n": typeof types.DncListUpdateForTestDocument,
    "\n  mutation DncListDeleteForTest($id: ID!) { dncListDelete(input: {id: $id}) { dncList { id } userErrors { field code } } }\n": typeof types.DncListDeleteForTestDocument,
    "\n  mutation DncEntriesAddForTest($input: DncEntriesInput!) {\n    dncEntriesAdd(input: $input) { dncList { entryCount } added removed userErrors { field message code } }\n  }\n": typeof types.DncEntriesAddForTestDocument,
    "\n  mutation DncEntriesRemoveForTest($input: DncEntriesInput!) {\n    dncEntriesRemove(input: $input) { dncList { entryCount } added removed userErrors { field message code } }\n  }\n": typeof types.DncEntriesRemoveForTestDocument,
    "\n  mutation DncEntriesImportCsvForTest($input: DncEntriesImportCsvInput!) {\n    dncEntriesImportCsv(input: $input) { dncList { entryCount } added removed userErrors { field message code } }\n  }\n": typeof types.DncEntriesImportCsvForTestDocument,
    "\n  query DncEntriesForTest($id: ID!, $search: String, $first: Int, $after: String) {\n    dncList(id: $id) {\n      entryCount\n      entries(search: $search, first: $first, after: $after) { totalCount nodes { address reason } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": typeof types.DncEntriesForTestDocument,
    "\n  query DncListLookupForTest($id: ID!) { dncList(id: $id) { id } node(id: $id) { id } dncLists(first: 100) { nodes { id } } }\n": typeof types.DncListLookupForTestDocument,
    "\n  mutation OutdialCreateForDuplicateTargetsTest($input: OutdialCreateInput!) {\n    outdialCreate(input: $input) { outdial { id uuid duplicateTargets } userErrors { field message code } }\n  }\n": typeof types.OutdialCreateForDuplicateTargetsTestDocument,
    "\n  mutation OutdialUpdateForDuplicateTargetsTest($input: OutdialUpdateInput!) {\n    outdialUpdate(input: $input) { outdial { duplicateTargets version } userErrors { field message code } }\n  }\n": typeof types.OutdialUpdateForDuplicateTargetsTestDocument,
    "\n  mutation OutdialTargetCreateForDuplicateTargetsTest($input: OutdialTargetCreateInput!) {\n    outdialTargetCreate(input: $input) { outdialTarget { id uuid } userErrors { field message code } }\n  }\n": typeof types.OutdialTargetCreateForDuplicateTargetsTestDocument,
    "\n  mutation OutdialTargetUpdateForDuplicateTargetsTest($input: OutdialTargetUpdateInput!) {\n    outdialTargetUpdate(input: $input) { outdialTarget { name destinations { address { target } } } userErrors { field message code } }\n  }\n": typeof types.OutdialTargetUpdateForDuplicateTargetsTestDocument,
    "\n  mutation OutdialTargetDeleteForDuplicateTargetsTest($id: ID!) { outdialTargetDelete(input: {id: $id}) { userErrors { message } } }\n": typeof types.OutdialTargetDeleteForDuplicateTargetsTestDocument,
    "\n  mutation OutdialTargetsCreateForDuplicateTargetsTest($input: OutdialTargetsCreateInput!) {\n    outdialTargetsCreate(input: $input) { createdCount skippedCount outdial { targetStats { total } } userErrors { field message code } }\n  }\n": typeof types.OutdialTargetsCreateForDuplicateTargetsTestDocument,
    "\n  mutation OutdialTargetsImportCsvForDuplicateTargetsTest($input: OutdialTargetsImportCsvInput!) {\n    outdialTargetsImportCsv(input: $input) { createdCount skippedCount userErrors { field message code } }\n  }\n": typeof types.OutdialTargetsImportCsvForDuplicateTargetsTestDocument,
    "\n  query OutdialTargetNamesForDuplicateTargetsTest($id: ID!) {\n    outdial(id: $id) { targets(first: 100) { nodes { name destinations { index address { target } } } } }\n  }\n": typeof types.OutdialTargetNamesForDuplicateTargetsTestDocument,
    "\n    mutation OutplanCreateForEmbeddedDbTest($input: OutplanCreateInput!) {\n      outplanCreate(input: $input) {\n        outplan { uuid name }\n        userErrors { field message code }\n      }\n    }\n  ": typeof types.OutplanCreateForEmbeddedDbTestDocument,
    "\n    query OutplansForEmbeddedDbTest { outplans { totalCount nodes { uuid name } } }\n  ": typeof types.OutplansForEmbeddedDbTestDocument,
    "\n  mutation OutplanCreateForExamplesTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n": typeof types.OutplanCreateForExamplesTestDocument,
    "\n  mutation OutdialCreateForExamplesTest($name: String!) { outdialCreate(input: { name: $name }) { outdial { id uuid } userErrors { message } } }\n": typeof types.OutdialCreateForExamplesTestDocument,
    "\n  mutation TargetsCreateForExamplesTest($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }\n": typeof types.TargetsCreateForExamplesTestDocument,
    "\n  mutation CampaignCreateForExamplesTest($input: CampaignCreateInput!) { campaignCreate(input: $input) { campaign { id uuid } userErrors { message } } }\n": typeof types.CampaignCreateForExamplesTestDocument,
    "\n  query TargetsOfForExamplesTest($id: ID!) { outdial(id: $id) { targets(first: 100) { nodes { uuid } } } }\n": typeof types.TargetsOfForExamplesTestDocument,
    "\n  query AllOutdialsForExamplesTest { outdials(first: 100) { totalCount nodes { uuid name } } }\n": typeof types.AllOutdialsForExamplesTestDocument,
    "\n  mutation OutplanCreateForGraphiqlBrowserTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }\n": typeof types.OutplanCreateForGraphiqlBrowserTestDocument,
    "\n  mutation OutdialCreateForGraphiqlBrowserTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }\n": typeof types.OutdialCreateForGraphiqlBrowserTestDocument,
    "\n  mutation OutdialTargetsCreateForGraphiqlBrowserTest($i: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $i) { createdCount userErrors { message } } }\n": typeof types.OutdialTargetsCreateForGraphiqlBrowserTestDocument,
    "\n  mutation CampaignCreateForGraphiqlBrowserTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }\n": typeof types.CampaignCreateForGraphiqlBrowserTestDocument,
    "\n  mutation CampaignRunForGraphiqlBrowserTest($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { status } userErrors { message } } }\n": typeof types.CampaignRunForGraphiqlBrowserTestDocument,
    "\n  mutation OutplanCreateForGraphiqlTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n": typeof types.OutplanCreateForGraphiqlTestDocument,
    "\n  mutation CallCreateForIdempotencyTest($input: CallCreateInput!) {\n    callCreate(input: $input) { calls { id uuid } userErrors { field message code } }\n  }\n": typeof types.CallCreateForIdempotencyTestDocument,
    "\n  mutation CallCreateStatusForIdempotencyTest($input: CallCreateInput!) {\n    callCreate(input: $input) { calls { uuid status destination { target } } userErrors { field message code } }\n  }\n": typeof types.CallCreateStatusForIdempotencyTestDocument,
    "\n  mutation OutdialTargetsCreateForIdempotencyTest($input: OutdialTargetsCreateInput!) {\n    outdialTargetsCreate(input: $input) { createdCount outdial { uuid targetStats { total } } userErrors { field message code } }\n  }\n": typeof types.OutdialTargetsCreateForIdempotencyTestDocument,
    "\n  mutation OutdialTargetsImportCsvForIdempotencyTest($input: OutdialTargetsImportCsvInput!) {\n    outdialTargetsImportCsv(input: $input) { createdCount outdial { uuid targetStats { total } } userErrors { field message code } }\n  }\n": typeof types.OutdialTargetsImportCsvForIdempotencyTestDocument,
    "\n  mutation CampaignUpdateStatusForIdempotencyTest($input: CampaignUpdateStatusInput!) {\n    campaignUpdateStatus(input: $input) { campaign { uuid status version } userErrors { field message code } }\n  }\n": typeof types.CampaignUpdateStatusForIdempotencyTestDocument,
    "\n  mutation CustomerCreateForIdempotencyTest($input: CustomerCreateInput!) { customerCreate(input: $input) { userErrors { message } } }\n": typeof types.CustomerCreateForIdempotencyTestDocument,
    "\n  query ViewerForIdentityTest { viewer { username role customer { name } } }\n": typeof types.ViewerForIdentityTestDocument,
    "\n  query OutplansCountForIdentityTest { outplans { totalCount } }\n": typeof types.OutplansCountForIdentityTestDocument,
    "\n  query SchemaForIdentityTest { __schema { queryType { name } } }\n": typeof types.SchemaForIdentityTestDocument,
    "\n  mutation LoginForIdentityTest($input: LoginInput!) { login(input: $input) { token userErrors { message code } } }\n": typeof types.LoginForIdentityTestDocument,
    "\n  mutation UserCreateForIdentityTest($input: UserCreateInput!) { userCreate(input: $input) { user { id username role } userErrors { field message code } } }\n": typeof types.UserCreateForIdentityTestDocument,
    "\n  mutation UserPromoteForIdentityTest($id: ID!) { userUpdateRole(input: {id: $id, role: ADMIN}) { user { role } } }\n": typeof types.UserPromoteForIdentityTestDocument,
    "\n  mutation UserDeleteForIdentityTest($id: ID!) { userDelete(input: {id: $id}) { user { deletedAt } } }\n": typeof types.UserDeleteForIdentityTestDocument,
    "\n  query UsersCountForIdentityTest { users { totalCount } }\n": typeof types.UsersCountForIdentityTestDocument,
    "\n  query UsersNamesForIdentityTest { users { nodes { username } } }\n": typeof types.UsersNamesForIdentityTestDocument,
    "\n  query UsersListForIdentityTest { users(first: 100) { nodes { id username role } } }\n": typeof types.UsersListForIdentityTestDocument,
    "\n  mutation PasswordChangeForIdentityTest($input: PasswordChangeInput!) { passwordChange(input: $input) { changed userErrors { field } } }\n": typeof types.PasswordChangeForIdentityTestDocument,
    "\n  mutation AccessKeyCreateForIdentityTest($input: AccessKeyCreateInput!) {\n    accessKeyCreate(input: $input) { accessKey { id uuid name expiresAt } token userErrors { message } }\n  }\n": typeof types.AccessKeyCreateForIdentityTestDocument,
    "\n  mutation AccessKeyCreateExpiredForIdentityTest { accessKeyCreate(input: {name: \"old\", expiresAt: \"2000-01-01T00:00:00Z\"}) { token userErrors { field message } } }\n": typeof types.AccessKeyCreateExpiredForIdentityTestDocument,
    "\n  mutation AccessKeyCreateByManagerForIdentityTest { accessKeyCreate(input: {name: \"x\"}) { token } }\n": typeof types.AccessKeyCreateByManagerForIdentityTestDocument,
    "\n  mutation AccessKeyDeleteForIdentityTest($id: ID!) { accessKeyDelete(input: {id: $id}) { accessKey { deletedAt } userErrors { message } } }\n": typeof types.AccessKeyDeleteForIdentityTestDocument,
    "\n  query AccessKeysCountForIdentityTest { accessKeys { totalCount } }\n": typeof types.AccessKeysCountForIdentityTestDocument,
    "\n  query AccessKeysListForIdentityTest($id: ID!) { accessKeys(first: 100) { nodes { id name expiresAt createdAt } } node(id: $id) { ... on AccessKey { name } } }\n": typeof types.AccessKeysListForIdentityTestDocument,
    "\n  query CustomersCountForIdentityTest { customers { totalCount } }\n": typeof types.CustomersCountForIdentityTestDocument,
    "\n  mutation CustomerCreateForIdentityTest($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { name } userErrors { message } } }\n": typeof types.CustomerCreateForIdentityTestDocument,
    "\n  mutation CustomerCreateConflictForIdentityTest($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { name } userErrors { field code } } }\n": typeof types.CustomerCreateConflictForIdentityTestDocument,
    "\n  mutation OutplanCreateForInProcessTest($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) { outplan { id name maxTryCounts } userErrors { field code } }\n  }\n": typeof types.OutplanCreateForInProcessTestDocument,
    "\n  query OutplanNodeForInProcessTest($id: ID!) { node(id: $id) { ... on Outplan { name } } }\n": typeof types.OutplanNodeForInProcessTestDocument,
    "\n  query OutplansCountForInProcessTest { outplans { totalCount } }\n": typeof types.OutplansCountForInProcessTestDocument,
    "\n  mutation OutplanDeleteForLockOrderTest($id: ID!) { outplanDelete(input: {id: $id}) { outplan { id } userErrors { code message } } }\n": typeof types.OutplanDeleteForLockOrderTestDocument,
    "\n  mutation OutdialDeleteForLockOrderTest($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } userErrors { code message } } }\n": typeof types.OutdialDeleteForLockOrderTestDocument,
    "\n  mutation OutplanUpdateDialInfoForLockOrderTest($input: OutplanUpdateDialInfoInput!) {\n    outplanUpdateDialInfo(input: $input) { outplan { id } userErrors { field code message } }\n  }\n": typeof types.OutplanUpdateDialInfoForLockOrderTestDocument,
    "\n  mutation CampaignUpdateForLockOrderTest($input: CampaignUpdateInput!) { campaignUpdate(input: $input) { campaign { maxConcurrentCalls } userErrors { code message } } }\n": typeof types.CampaignUpdateForLockOrderTestDocument,
    "\n  mutation CampaignUpdateServiceLevelForLockOrderTest($input: CampaignUpdateServiceLevelInput!) {\n    campaignUpdateServiceLevel(input: $input) { campaign { serviceLevel } userErrors { code message } }\n  }\n": typeof types.CampaignUpdateServiceLevelForLockOrderTestDocument,
    "\n  mutation CampaignUpdateStatusForLockOrderTest($input: CampaignUpdateStatusInput!) {\n    campaignUpdateStatus(input: $input) { campaign { status } userErrors { code message } }\n  }\n": typeof types.CampaignUpdateStatusForLockOrderTestDocument,
    "\n  mutation OutdialTargetsResetForLockOrderTest($input: OutdialTargetsResetInput!) { outdialTargetsReset(input: $input) { userErrors { code message } } }\n": typeof types.OutdialTargetsResetForLockOrderTestDocument,
    "\n  query TypenameForLoggingTest { __typename }\n": typeof types.TypenameForLoggingTestDocument,
    "\n  query OutplansCountForLoggingTest { outplans { totalCount } }\n": typeof types.OutplansCountForLoggingTestDocument,
    "\n  mutation UserCreateForLoginConcurrencyTest($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }\n": typeof types.UserCreateForLoginConcurrencyTestDocument,
    "\n  query OutdialsPageForNPlusOneTest($first: Int!) {\n    outdials(first: $first) {\n      totalCount\n      nodes {\n        id name version\n        targetStats { total idle progressing done }\n        targets(first: 10) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          nodes { id name status version destinations { index tryCount address { type target } } }\n        }\n      }\n    }\n  }\n": typeof types.OutdialsPageForNPlusOneTestDocument,
    "\n  query OutdialTargetsPageForNPlusOneTest { outdials(first: 50) { nodes { targets(first: 10) { nodes { id name } } } } }\n": typeof types.OutdialTargetsPageForNPlusOneTestDocument,
    "\n  query CampaignsPageForNPlusOneTest($first: Int!) {\n    campaigns(first: $first, filter: {status: [STOP]}) {\n      totalCount\n      nodes {\n        id name status version\n        progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent }\n        outdial { id name version }\n        outplan { id name maxTryCounts }\n        campaignCalls(first: 5) {\n          totalCount\n          pageInfo { hasNextPage }\n          nodes { id status result tryCount destination { type target } }\n        }\n      }\n    }\n  }\n": typeof types.CampaignsPageForNPlusOneTestDocument,
    "\n  mutation OutdialTargetsImportCsvForNulInputTest($input: OutdialTargetsImportCsvInput!) {\n    outdialTargetsImportCsv(input: $input) { createdCount userErrors { field message code } }\n  }\n": typeof types.OutdialTargetsImportCsvForNulInputTestDocument,
    "\n  mutation OutdialCreateForNulInputTest($input: OutdialCreateInput!) { outdialCreate(input: $input) { outdial { id } } }\n": typeof types.OutdialCreateForNulInputTestDocument,
    "\n  query OutdialsByNameForNulInputTest($name: String!) { outdials(filter: {name: $name}) { totalCount } }\n": typeof types.OutdialsByNameForNulInputTestDocument,
    "\n  mutation OutdialTargetsCreateForOutdialImportTest($input: OutdialTargetsCreateInput!) {\n    outdialTargetsCreate(input: $input) { createdCount outdial { uuid targetStats { total idle } } userErrors { field message code } }\n  }\n": typeof types.OutdialTargetsCreateForOutdialImportTestDocument,
    "\n  mutation OutdialTargetsImportCsvForOutdialImportTest($input: OutdialTargetsImportCsvInput!) {\n    outdialTargetsImportCsv(input: $input) { createdCount outdial { uuid targetStats { total } } userErrors { field message code } }\n  }\n": typeof types.OutdialTargetsImportCsvForOutdialImportTestDocument,
    "\n  mutation OutdialCreateForOutdialImportTest($name: String!) { outdialCreate(input: {name: $name}) { outdial { id uuid } } }\n": typeof types.OutdialCreateForOutdialImportTestDocument,
    "\n  mutation OutdialDeleteForOutdialImportTest($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } } }\n": typeof types.OutdialDeleteForOutdialImportTestDocument,
    "\n  query OutdialTargetsForOutdialImportTest($id: ID!) {\n    outdial(id: $id) { targets { nodes { name detail data destinations { index address { type target } } } } }\n  }\n": typeof types.OutdialTargetsForOutdialImportTestDocument,
    "\n  mutation OutdialTargetCreateForOutdialTargetTest($input: OutdialTargetCreateInput!) {\n    outdialTargetCreate(input: $input) {\n      outdialTarget {\n        id uuid name detail data status result version outdial { uuid }\n        destinations { index tryCount address { type target targetName name detail } } createdAt updatedAt deletedAt\n      }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OutdialTargetCreateForOutdialTargetTestDocument,
    "\n  mutation OutdialTargetUpdateForOutdialTargetTest($input: OutdialTargetUpdateInput!) {\n    outdialTargetUpdate(input: $input) {\n      outdialTarget {\n        id uuid name detail data status result version outdial { uuid }\n        destinations { index tryCount address { type target targetName name detail } } createdAt updatedAt deletedAt\n      }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OutdialTargetUpdateForOutdialTargetTestDocument,
    "\n  mutation OutdialTargetDeleteForOutdialTargetTest($id: ID!) {\n    outdialTargetDelete(input: {id: $id}) {\n      outdialTarget {\n        id uuid name detail data status result version outdial { uuid }\n        destinations { index tryCount address { type target targetName name detail } } createdAt updatedAt deletedAt\n      }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OutdialTargetDeleteForOutdialTargetTestDocument,
    "\n  mutation OutdialCreateForOutdialTargetTest($input: OutdialCreateInput!) { outdialCreate(input: $input) { outdial { id uuid } } }\n": typeof types.OutdialCreateForOutdialTargetTestDocument,
    "\n  mutation OutdialDeleteForOutdialTargetTest($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } } }\n": typeof types.OutdialDeleteForOutdialTargetTestDocument,
    "\n  query OutdialTargetReadForOutdialTargetTest($id: ID!) { outdialTarget(id: $id) { uuid } node(id: $id) { ... on OutdialTarget { name } } }\n": typeof types.OutdialTargetReadForOutdialTargetTestDocument,
    "\n  query OutdialTargetDeletedAtForOutdialTargetTest($id: ID!) { outdialTarget(id: $id) { deletedAt } }\n": typeof types.OutdialTargetDeletedAtForOutdialTargetTestDocument,
    "\n  query OutdialTargetsLiveAndAllForOutdialTargetTest($id: ID!) {\n    outdial(id: $id) { live: targets(first: 100) { nodes { uuid } } all: targets(first: 100, includeDeleted: true) { nodes { uuid } } }\n  }\n": typeof types.OutdialTargetsLiveAndAllForOutdialTargetTestDocument,
    "\n  query OutdialTargetStatsForOutdialTargetTest($id: ID!) {\n    outdial(id: $id) { targetStats { total idle progressing done } busy: targets(filter: {status: [PROGRESSING, DONE]}) { totalCount } }\n  }\n": typeof types.OutdialTargetStatsForOutdialTargetTestDocument,
    "\n  query OutdialTargetsForwardForOutdialTargetTest($id: ID!, $after: String) {\n    outdial(id: $id) { targets(first: 100, after: $after) { nodes { uuid } pageInfo { hasNextPage endCursor } } }\n  }\n": typeof types.OutdialTargetsForwardForOutdialTargetTestDocument,
    "\n  query OutdialTargetsBackwardForOutdialTargetTest($id: ID!, $before: String) {\n    outdial(id: $id) { targets(last: 37, before: $before) { nodes { uuid } pageInfo { hasPreviousPage startCursor } } }\n  }\n": typeof types.OutdialTargetsBackwardForOutdialTargetTestDocument,
    "\n  query OutdialTargetLookupForOutdialTargetTest($id: ID!) { outdialTarget(id: $id) { id } }\n": typeof types.OutdialTargetLookupForOutdialTargetTestDocument,
    "\n  mutation OutdialCreateForOutdialTest($input: OutdialCreateInput!) {\n    outdialCreate(input: $input) { outdial { id uuid name detail data version createdAt updatedAt deletedAt } userErrors { field message code } }\n  }\n": typeof types.OutdialCreateForOutdialTestDocument,
    "\n  mutation OutdialUpdateForOutdialTest($input: OutdialUpdateInput!) {\n    outdialUpdate(input: $input) { outdial { id uuid name detail data version createdAt updatedAt deletedAt } userErrors { field message code } }\n  }\n": typeof types.OutdialUpdateForOutdialTestDocument,
    "\n  mutation OutdialUpdateDataForOutdialTest($input: OutdialUpdateDataInput!) {\n    outdialUpdateData(input: $input) { outdial { id uuid name detail data version createdAt updatedAt deletedAt } userErrors { field message code } }\n  }\n": typeof types.OutdialUpdateDataForOutdialTestDocument,
    "\n  mutation OutdialDeleteForOutdialTest($id: ID!) {\n    outdialDelete(input: {id: $id}) { outdial { id uuid name detail data version createdAt updatedAt deletedAt } userErrors { field message code } }\n  }\n": typeof types.OutdialDeleteForOutdialTestDocument,
    "\n  query OutdialReadForOutdialTest($id: ID!) {\n    outdial(id: $id) { name detail data targetStats { total idle progressing done } targets { totalCount nodes { id } } } node(id: $id) { ... on Outdial { uuid } }\n  }\n": typeof types.OutdialReadForOutdialTestDocument,
    "\n  query OutdialDeletedAtForOutdialTest($id: ID!) { outdial(id: $id) { deletedAt } }\n": typeof types.OutdialDeletedAtForOutdialTestDocument,
    "\n  query OutdialsLiveAndAllForOutdialTest {\n    live: outdials(first: 100, filter: {name: \"to delete\"}) { totalCount } all: outdials(first: 100, filter: {name: \"to delete\"}, includeDeleted: true) { totalCount }\n  }\n": typeof types.OutdialsLiveAndAllForOutdialTestDocument,
    "\n  query OutdialsByNameTextForOutdialTest($name: String!) { outdials(first: 100, filter: {name: $name}) { totalCount nodes { name } } }\n": typeof types.OutdialsByNameTextForOutdialTestDocument,
    "\n  query OutdialsByNameForOutdialTest { outdials(first: 100, filter: {name: \"sAlE\"}) { totalCount nodes { name } } }\n": typeof types.OutdialsByNameForOutdialTestDocument,
    "\n  query OutdialsForwardForOutdialTest($after: String) {\n    outdials(first: 33, after: $after, filter: {name: \"page-\"}) { totalCount nodes { uuid } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.OutdialsForwardForOutdialTestDocument,
    "\n  query OutdialsBackwardForOutdialTest($before: String) {\n    outdials(last: 40, before: $before, filter: {name: \"page-\"}) { nodes { uuid } pageInfo { hasPreviousPage startCursor } }\n  }\n": typeof types.OutdialsBackwardForOutdialTestDocument,
    "\n  mutation OutplanCreateForOutplanActionsTest($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OutplanCreateForOutplanActionsTestDocument,
    "\n  mutation OutplanUpdateForOutplanActionsTest($input: OutplanUpdateInput!) {\n    outplanUpdate(input: $input) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OutplanUpdateForOutplanActionsTestDocument,
    "\n  mutation OutplanUpdateDialInfoForOutplanActionsTest($input: OutplanUpdateDialInfoInput!) {\n    outplanUpdateDialInfo(input: $input) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OutplanUpdateDialInfoForOutplanActionsTestDocument,
    "\n  mutation OutplanDeleteForOutplanActionsTest($id: ID!) {\n    outplanDelete(input: {id: $id}) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OutplanDeleteForOutplanActionsTestDocument,
    "\n  query OutplanDeletedAtForOutplanActionsTest($id: ID!) { outplan(id: $id) { deletedAt } }\n": typeof types.OutplanDeletedAtForOutplanActionsTestDocument,
    "\n  query OutplansLiveAndAllForOutplanActionsTest {\n    live: outplans(first: 100) { nodes { uuid } } all: outplans(first: 100, includeDeleted: true) { nodes { uuid } }\n  }\n": typeof types.OutplansLiveAndAllForOutplanActionsTestDocument,
    "\n  mutation OutplanCreateForTest($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version createdAt updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OutplanCreateForTestDocument,
    "\n  query OutplanByIdForTest($id: ID!) { outplan(id: $id) { uuid name } node(id: $id) { id ... on Outplan { name } } }\n": typeof types.OutplanByIdForTestDocument,
    "\n  query OutplanLookupForTest($id: ID!) { outplan(id: $id) { id } node(id: $id) { id } }\n": typeof types.OutplanLookupForTestDocument,
    "\n  query OutplansForwardForTest($after: String) { outplans(first: 7, after: $after) { totalCount nodes { uuid } pageInfo { hasNextPage endCursor } } }\n": typeof types.OutplansForwardForTestDocument,
    "\n  query OutplansBackwardForTest($before: String) { outplans(last: 6, before: $before) { nodes { uuid } pageInfo { hasPreviousPage startCursor } } }\n": typeof types.OutplansBackwardForTestDocument,
    "\n  query CampaignPreflightForPreflightTest($id: ID!) {\n    campaign(id: $id) {\n      preflight { targetsTotal dialableNow waitingForRetryInterval outsideCallingHours suppressed overContactLimit done inProgress nextDialableAt }\n    }\n  }\n": typeof types.CampaignPreflightForPreflightTestDocument,
    "\n  subscription OutplanChangedForRedisTest($id: ID) { outplanChanged(outplanId: $id) { id version name } }\n": typeof types.OutplanChangedForRedisTestDocument,
    "\n  mutation OutplanCreateForRedisTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id version name } userErrors { message } } }\n": typeof types.OutplanCreateForRedisTestDocument,
    "\n  mutation OutplanRenameForRedisTest($input: OutplanUpdateInput!) { outplanUpdate(input: $input) { outplan { id version name } userErrors { message } } }\n": typeof types.OutplanRenameForRedisTestDocument,
    "\n  subscription OutplanChangedForShutdownTest { outplanChanged { id name } }\n": typeof types.OutplanChangedForShutdownTestDocument,
    "\n  mutation OutplanCreateForShutdownTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n": typeof types.OutplanCreateForShutdownTestDocument,
    "\n  mutation OutplanCreateForSseModesTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n": typeof types.OutplanCreateForSseModesTestDocument,
    "\n  mutation OutdialCreateForSseModesTest($name: String!) { outdialCreate(input: { name: $name }) { outdial { id } userErrors { message } } }\n": typeof types.OutdialCreateForSseModesTestDocument,
    "\n  mutation TargetsCreateForSseModesTest($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }\n": typeof types.TargetsCreateForSseModesTestDocument,
    "\n  mutation CampaignCreateForSseModesTest($input: CampaignCreateInput!) { campaignCreate(input: $input) { campaign { id createdAt } userErrors { message } } }\n": typeof types.CampaignCreateForSseModesTestDocument,
    "\n  mutation RunForSseModesTest($id: ID!) { campaignUpdateStatus(input: { id: $id, status: RUN }) { userErrors { message } } }\n": typeof types.RunForSseModesTestDocument,
    "\n  mutation OutplanCreateForReplayTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }\n": typeof types.OutplanCreateForReplayTestDocument,
    "\n  mutation OutplanUpdateForReplayTest($i: OutplanUpdateInput!) { outplanUpdate(input: $i) { outplan { version updatedAt } userErrors { message } } }\n": typeof types.OutplanUpdateForReplayTestDocument,
    "\n  mutation CustomerCreateForReplayTest($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id } userErrors { message } } }\n": typeof types.CustomerCreateForReplayTestDocument,
    "\n  subscription OutplanChangedForReplayTest($id: ID, $since: DateTime) { outplanChanged(outplanId: $id, since: $since) { id name version updatedAt } }\n": typeof types.OutplanChangedForReplayTestDocument,
    "\n  subscription CallStatusForReplayTest($c: ID, $since: DateTime) { callStatusChanged(campaignId: $c, since: $since) { uuid status version } }\n": typeof types.CallStatusForReplayTestDocument,
    "\n  subscription CampaignStatusForReplayTest($c: ID, $since: DateTime) { campaignStatusChanged(campaignId: $c, since: $since) { uuid status version } }\n": typeof types.CampaignStatusForReplayTestDocument,
    "\n  subscription TargetStatusForReplayTest($c: ID, $since: DateTime) { outdialTargetStatusChanged(campaignId: $c, since: $since) { uuid status version } }\n": typeof types.TargetStatusForReplayTestDocument,
    "\n  mutation OutdialCreateForReplayTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }\n": typeof types.OutdialCreateForReplayTestDocument,
    "\n  mutation CampaignCreateForReplayTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }\n": typeof types.CampaignCreateForReplayTestDocument,
    "\n  subscription CampaignProgressForReplayTest($id: ID, $since: DateTime) { campaignProgressChanged(campaignId: $id, since: $since) { id name progress { targetsTotal } } }\n": typeof types.CampaignProgressForReplayTestDocument,
    "\n  subscription OutplanChangedForSubscriptionsTest($id: ID) { outplanChanged(outplanId: $id) { id uuid version name } }\n": typeof types.OutplanChangedForSubscriptionsTestDocument,
    "\n  mutation OutplanCreateForSubscriptionsTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id uuid version name } userErrors { message } } }\n": typeof types.OutplanCreateForSubscriptionsTestDocument,
    "\n  mutation OutplanUpdateForSubscriptionsTest($input: OutplanUpdateInput!) { outplanUpdate(input: $input) { outplan { id uuid version name } userErrors { message } } }\n": typeof types.OutplanUpdateForSubscriptionsTestDocument,
    "\n  query NodeForTenancyTest($id: ID!) { node(id: $id) { id } }\n": typeof types.NodeForTenancyTestDocument,
    "\n  query NodesForTenancyTest($ids: [ID!]!) { nodes(ids: $ids) { id } }\n": typeof types.NodesForTenancyTestDocument,
    "\n  mutation CustomerCreateForTenancyTest { customerCreate(input: {name: \"tenant-b\", username: \"b-admin\", password: \"b-admin-password\"}) { userErrors { message } } }\n": typeof types.CustomerCreateForTenancyTestDocument,
    "\n  mutation CallCreateForTenancyCall($target: String!) { callCreate(input: {source: {type: TEL, target: \"+15559876543\"}, destinations: [{type: TEL, target: $target}], actions: [{sleep: {duration: 600000}}]}) { calls { id uuid } userErrors { message } } }\n": typeof types.CallCreateForTenancyCallDocument,
    "\n  query CallForTenancyCall($id: ID!) { call(id: $id) { id status deletedAt } }\n": typeof types.CallForTenancyCallDocument,
    "\n  query CallsForTenancyCall { calls(first: 100, includeDeleted: true) { totalCount nodes { id } } }\n": typeof types.CallsForTenancyCallDocument,
    "\n  mutation CallHangupForTenancyCall($id: ID!) { callHangup(input: {id: $id}) { call { id } userErrors { code } } }\n": typeof types.CallHangupForTenancyCallDocument,
    "\n  mutation CallDeleteForTenancyCall($id: ID!) { callDelete(input: {id: $id}) { call { id } userErrors { code } } }\n": typeof types.CallDeleteForTenancyCallDocument,
    "\n  mutation CallHangupAForTenancyCall($id: ID!) { callHangup(input: {id: $id}) { call { status } } }\n": typeof types.CallHangupAForTenancyCallDocument,
    "\n  subscription CallStatusChangedForTenancyCall { callStatusChanged { id status } }\n": typeof types.CallStatusChangedForTenancyCallDocument,
    "\n  subscription CallStatusChangedCallForTenancyCall($id: ID) { callStatusChanged(callId: $id) { id status } }\n": typeof types.CallStatusChangedCallForTenancyCallDocument,
    "\n  subscription CallStatusChangedCampaignForTenancyCall($id: ID) { callStatusChanged(campaignId: $id) { id status } }\n": typeof types.CallStatusChangedCampaignForTenancyCallDocument,
    "\n  mutation OutplanCreateForTenancyCampaignLive($n: String!) { outplanCreate(input: {name: $n, source: {type: TEL, target: \"+15559876543\"}, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id } userErrors { message } } }\n": typeof types.OutplanCreateForTenancyCampaignLiveDocument,
    "\n  mutation OutdialCreateForTenancyCampaignLive($n: String!) { outdialCreate(input: {name: $n}) { outdial { id } userErrors { message } } }\n": typeof types.OutdialCreateForTenancyCampaignLiveDocument,
    "\n  mutation OutdialTargetCreateForTenancyCampaignLive($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: \"busy\", destinations: [{type: TEL, target: \"+15551230001\"}]}) { outdialTarget { id } userErrors { message } } }\n": typeof types.OutdialTargetCreateForTenancyCampaignLiveDocument,
    "\n  mutation CampaignCreateForTenancyCampaignLive($n: String!, $p: ID, $o: ID) { campaignCreate(input: {name: $n, outplanId: $p, outdialId: $o}) { campaign { id } userErrors { message } } }\n": typeof types.CampaignCreateForTenancyCampaignLiveDocument,
    "\n  mutation OutdialTargetsResetForTenancyCampaignLive($id: ID!) { outdialTargetsReset(input: {outdialId: $id, result: EXHAUSTED}) { resetCount } }\n": typeof types.OutdialTargetsResetForTenancyCampaignLiveDocument,
    "\n  mutation CampaignRunForTenancyCampaignLive($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { status } } }\n": typeof types.CampaignRunForTenancyCampaignLiveDocument,
    "\n  query CampaignForTenancyCampaign($id: ID!) { campaign(id: $id) { name status serviceLevel actions { type } deletedAt outplan { id } outdial { id } nextCampaign { id } } }\n": typeof types.CampaignForTenancyCampaignDocument,
    "\n  query CampaignCallForTenancyCampaign($id: ID!) { campaignCall(id: $id) { status deletedAt } }\n": typeof types.CampaignCallForTenancyCampaignDocument,
    "\n  mutation CampaignCreateBForTenancyCampaign($name: String!) { campaignCreate(input: {name: $name}) { campaign { id } userErrors { message } } }\n": typeof types.CampaignCreateBForTenancyCampaignDocument,
    "\n  mutation OutplanCreateSeedForTenancyCampaign { outplanCreate(input: {name: \"a-campaign-plan\", source: {type: TEL, target: \"+15559876543\"}, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id } } }\n": typeof types.OutplanCreateSeedForTenancyCampaignDocument,
    "\n  mutation OutdialCreateListForTenancyCampaign { outdialCreate(input: {name: \"a-campaign-list\"}) { outdial { id } } }\n": typeof types.OutdialCreateListForTenancyCampaignDocument,
    "\n  mutation OutdialCreateFreeForTenancyCampaign { outdialCreate(input: {name: \"a-free-list\"}) { outdial { id } } }\n": typeof types.OutdialCreateFreeForTenancyCampaignDocument,
    "\n  mutation CampaignCreateNextForTenancyCampaign { campaignCreate(input: {name: \"a-next\"}) { campaign { id } } }\n": typeof types.CampaignCreateNextForTenancyCampaignDocument,
    "\n  mutation CampaignCreateSeedForTenancyCampaign($p: ID, $o: ID, $n: ID) { campaignCreate(input: {name: \"a-campaign\", serviceLevel: 5, actions: [{talk: {text: \"hi\", language: \"en-US\"}}], outplanId: $p, outdialId: $o, nextCampaignId: $n}) { campaign { id } userErrors { message } } }\n": typeof types.CampaignCreateSeedForTenancyCampaignDocument,
    "\n  mutation OutdialTargetCreateSeedForTenancyCampaign($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: \"a-done\", destinations: [{type: TEL, target: \"+15559876543\"}]}) { outdialTarget { id } } }\n": typeof types.OutdialTargetCreateSeedForTenancyCampaignDocument,
    "\n  query FilteredByCampaignForTenancyCampaign($id: ID) { calls(first: 100, includeDeleted: true, filter: {campaignId: $id}) { totalCount } outdials(first: 100, includeDeleted: true, filter: {campaignId: $id}) { totalCount } }\n": typeof types.FilteredByCampaignForTenancyCampaignDocument,
    "\n  query CallForTenancyCampaign($id: ID!) { call(id: $id) { id } }\n": typeof types.CallForTenancyCampaignDocument,
    "\n  query CampaignsForTenancyCampaign { campaigns(first: 100, includeDeleted: true) { totalCount nodes { id progress { targetsTotal attempts } campaignCalls { totalCount } } } }\n": typeof types.CampaignsForTenancyCampaignDocument,
    "\n  mutation CampaignCreateStealForTenancyCampaign($p: ID, $o: ID, $n: ID) { campaignCreate(input: {name: \"b-steal\", outplanId: $p, outdialId: $o, nextCampaignId: $n}) { campaign { id } userErrors { field code } } }\n": typeof types.CampaignCreateStealForTenancyCampaignDocument,
    "\n  query OutdialCampaignForTenancyCampaign($id: ID!) { outdial(id: $id) { campaign { id } } }\n": typeof types.OutdialCampaignForTenancyCampaignDocument,
    "\n  query CampaignIdsForTenancyCampaign { campaigns(first: 100) { nodes { id } } }\n": typeof types.CampaignIdsForTenancyCampaignDocument,
    "\n  mutation CampaignUpdateForTenancyCampaign($id: ID!) { campaignUpdate(input: {id: $id, name: \"stolen\"}) { campaign { id } userErrors { field code } } }\n": typeof types.CampaignUpdateForTenancyCampaignDocument,
    "\n  mutation CampaignUpdateStatusForTenancyCampaign($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { id } userErrors { field code } } }\n": typeof types.CampaignUpdateStatusForTenancyCampaignDocument,
    "\n  mutation CampaignUpdateServiceLevelForTenancyCampaign($id: ID!) { campaignUpdateServiceLevel(input: {id: $id, serviceLevel: 99}) { campaign { id } userErrors { field code } } }\n": typeof types.CampaignUpdateServiceLevelForTenancyCampaignDocument,
    "\n  mutation CampaignUpdateDialingRulesForTenancyCampaign($id: ID!) { campaignUpdateDialingRules(input: {id: $id, callingWindows: [{days: [MONDAY], start: \"03:00\", end: \"04:00\"}], defaultTimeZone: \"Asia/Tokyo\"}) { campaign { id } userErrors { field code } } }\n": typeof types.CampaignUpdateDialingRulesForTenancyCampaignDocument,
    "\n  query CampaignDialingRulesForTenancyCampaign($id: ID!) { campaign(id: $id) { dialingRules { callingWindows { start } defaultTimeZone } } }\n": typeof types.CampaignDialingRulesForTenancyCampaignDocument,
    "\n  query CampaignPreflightForTenancyCampaign($id: ID!) { campaign(id: $id) { preflight { targetsTotal done dialableNow } } }\n": typeof types.CampaignPreflightForTenancyCampaignDocument,
    "\n  mutation CampaignUpdateActionsForTenancyCampaign($id: ID!) { campaignUpdateActions(input: {id: $id, actions: []}) { campaign { id } userErrors { field code } } }\n": typeof types.CampaignUpdateActionsForTenancyCampaignDocument,
    "\n  mutation CampaignUpdateResourceInfoForTenancyCampaign($id: ID!, $p: ID, $o: ID, $n: ID) { campaignUpdateResourceInfo(input: {id: $id, outplanId: $p, outdialId: $o, nextCampaignId: $n}) { campaign { id } userErrors { field code } } }\n": typeof types.CampaignUpdateResourceInfoForTenancyCampaignDocument,
    "\n  mutation CampaignUpdateNextCampaignForTenancyCampaign($id: ID!, $n: ID) { campaignUpdateNextCampaign(input: {id: $id, nextCampaignId: $n}) { campaign { id } userErrors { field code } } }\n": typeof types.CampaignUpdateNextCampaignForTenancyCampaignDocument,
    "\n  mutation CampaignDeleteForTenancyCampaign($id: ID!) { campaignDelete(input: {id: $id}) { campaign { id } userErrors { field code } } }\n": typeof types.CampaignDeleteForTenancyCampaignDocument,
    "\n  mutation CampaignCallDeleteForTenancyCampaign($id: ID!) { campaignCallDelete(input: {id: $id}) { campaignCall { id } userErrors { field code } } }\n": typeof types.CampaignCallDeleteForTenancyCampaignDocument,
    "\n  mutation OutdialUpdateCampaignForTenancyCampaign($id: ID!, $c: ID) { outdialUpdateCampaign(input: {id: $id, campaignId: $c}) { outdial { id } userErrors { field code } } }\n": typeof types.OutdialUpdateCampaignForTenancyCampaignDocument,
    "\n  mutation OutdialCreateBindForTenancyCampaign { outdialCreate(input: {name: \"b-bind\"}) { outdial { id } } }\n": typeof types.OutdialCreateBindForTenancyCampaignDocument,
    "\n  mutation OutdialCreateBoundForTenancyCampaign($c: ID) { outdialCreate(input: {name: \"b-bound\", campaignId: $c}) { outdial { id } userErrors { field code } } }\n": typeof types.OutdialCreateBoundForTenancyCampaignDocument,
    "\n  query OutdialsBoundForTenancyCampaign { outdials(first: 100, filter: {name: \"b-bound\"}) { totalCount } }\n": typeof types.OutdialsBoundForTenancyCampaignDocument,
    "\n  subscription OutdialTargetStatusChangedForTenancyCampaign { outdialTargetStatusChanged { id status } }\n": typeof types.OutdialTargetStatusChangedForTenancyCampaignDocument,
    "\n  subscription OutdialTargetStatusChangedOutdialForTenancyCampaign($id: ID) { outdialTargetStatusChanged(outdialId: $id) { id } }\n": typeof types.OutdialTargetStatusChangedOutdialForTenancyCampaignDocument,
    "\n  subscription OutdialTargetStatusChangedCampaignForTenancyCampaign($id: ID) { outdialTargetStatusChanged(campaignId: $id) { id } }\n": typeof types.OutdialTargetStatusChangedCampaignForTenancyCampaignDocument,
    "\n  subscription CampaignStatusChangedForTenancyCampaign { campaignStatusChanged { id status } }\n": typeof types.CampaignStatusChangedForTenancyCampaignDocument,
    "\n  subscription CampaignStatusChangedOneForTenancyCampaign($id: ID) { campaignStatusChanged(campaignId: $id) { id status } }\n": typeof types.CampaignStatusChangedOneForTenancyCampaignDocument,
    "\n  subscription CampaignProgressChangedForTenancyCampaign { campaignProgressChanged { id progress { attempts } } }\n": typeof types.CampaignProgressChangedForTenancyCampaignDocument,
    "\n  subscription CampaignProgressChangedOneForTenancyCampaign($id: ID) { campaignProgressChanged(campaignId: $id) { id progress { attempts } } }\n": typeof types.CampaignProgressChangedOneForTenancyCampaignDocument,
    "\n  mutation OutdialTargetsResetForTenancyCampaign($id: ID!) { outdialTargetsReset(input: {outdialId: $id}) { outdial { id } resetCount userErrors { field code } } }\n": typeof types.OutdialTargetsResetForTenancyCampaignDocument,
    "\n  query OutdialTargetStateForTenancyCampaign($id: ID!) { outdialTarget(id: $id) { status result } }\n": typeof types.OutdialTargetStateForTenancyCampaignDocument,
    "\n  mutation DncListCreateForTenancyDnc($name: String!) { dncListCreate(input: {name: $name}) { dncList { id } userErrors { code } } }\n": typeof types.DncListCreateForTenancyDncDocument,
    "\n  mutation DncEntriesAddForTenancyDnc($id: ID!, $addresses: [String!]!) {\n    dncEntriesAdd(input: {dncListId: $id, addresses: $addresses}) { dncList { id } added removed userErrors { code field } }\n  }\n": typeof types.DncEntriesAddForTenancyDncDocument,
    "\n  mutation DncEntriesRemoveForTenancyDnc($id: ID!, $addresses: [String!]!) {\n    dncEntriesRemove(input: {dncListId: $id, addresses: $addresses}) { dncList { id } added removed userErrors { code field } }\n  }\n": typeof types.DncEntriesRemoveForTenancyDncDocument,
    "\n  mutation DncEntriesImportCsvForTenancyDnc($id: ID!, $csv: String!) {\n    dncEntriesImportCsv(input: {dncListId: $id, csv: $csv}) { dncList { id } added removed userErrors { code field } }\n  }\n": typeof types.DncEntriesImportCsvForTenancyDncDocument,
    "\n  mutation DncListUpdateForTenancyDnc($id: ID!) { dncListUpdate(input: {id: $id, name: \"stolen\"}) { dncList { id } userErrors { code } } }\n": typeof types.DncListUpdateForTenancyDncDocument,
    "\n  mutation DncListDeleteForTenancyDnc($id: ID!) { dncListDelete(input: {id: $id}) { dncList { id } userErrors { code } } }\n": typeof types.DncListDeleteForTenancyDncDocument,
    "\n  query DncListForTenancyDnc($id: ID!) { dncList(id: $id) { id name entryCount entries(first: 10) { totalCount nodes { address } } } }\n": typeof types.DncListForTenancyDncDocument,
    "\n  query DncListsForTenancyDnc { dncLists(first: 100) { totalCount nodes { id } } }\n": typeof types.DncListsForTenancyDncDocument,
    "\n  mutation UserCreateAForTenancyIdentity { userCreate(input: {username: \"a-manager\", password: \"a-manager-password\", role: MANAGER}) { user { id } } }\n": typeof types.UserCreateAForTenancyIdentityDocument,
    "\n  mutation AccessKeyCreateAForTenancyIdentity { accessKeyCreate(input: {name: \"a-key\"}) { accessKey { id } token } }\n": typeof types.AccessKeyCreateAForTenancyIdentityDocument,
    "\n  query ViewerForTenancyIdentity { viewer { customer { name } } }\n": typeof types.ViewerForTenancyIdentityDocument,
    "\n  query CustomersForTenancyIdentity { customers { totalCount } }\n": typeof types.CustomersForTenancyIdentityDocument,
    "\n  query UsersForTenancyIdentity { users(first: 100) { totalCount nodes { id username } } }\n": typeof types.UsersForTenancyIdentityDocument,
    "\n  query AccessKeysForTenancyIdentity { accessKeys(first: 100) { nodes { id } } }\n": typeof types.AccessKeysForTenancyIdentityDocument,
    "\n  mutation CustomerCreateBForTenancyIdentity { customerCreate(input: {name: \"b-child\", username: \"b-child-admin\", password: \"child-password\"}) { customer { id } } }\n": typeof types.CustomerCreateBForTenancyIdentityDocument,
    "\n  mutation UserCreateBForTenancyIdentity { userCreate(input: {username: \"b-created\", password: \"b-created-password\", role: MANAGER}) { user { id } } }\n": typeof types.UserCreateBForTenancyIdentityDocument,
    "\n  query UsernamesForTenancyIdentity { users(first: 100) { nodes { username } } }\n": typeof types.UsernamesForTenancyIdentityDocument,
    "\n  mutation UserUpdateRoleForTenancyIdentity($id: ID!) { userUpdateRole(input: {id: $id, role: ADMIN}) { user { id } userErrors { code } } }\n": typeof types.UserUpdateRoleForTenancyIdentityDocument,
    "\n  query UserRoleForTenancyIdentity($id: ID!) { node(id: $id) { ... on User { role } } }\n": typeof types.UserRoleForTenancyIdentityDocument,
    "\n  mutation UserDeleteForTenancyIdentity($id: ID!) { userDelete(input: {id: $id}) { user { id } userErrors { code } } }\n": typeof types.UserDeleteForTenancyIdentityDocument,
    "\n  query UserDeletedAtForTenancyIdentity($id: ID!) { node(id: $id) { ... on User { deletedAt } } }\n": typeof types.UserDeletedAtForTenancyIdentityDocument,
    "\n  mutation AccessKeyCreateBForTenancyIdentity { accessKeyCreate(input: {name: \"b-key\"}) { token } }\n": typeof types.AccessKeyCreateBForTenancyIdentityDocument,
    "\n  mutation AccessKeyDeleteForTenancyIdentity($id: ID!) { accessKeyDelete(input: {id: $id}) { accessKey { id } userErrors { code } } }\n": typeof types.AccessKeyDeleteForTenancyIdentityDocument,
    "\n  query AccessKeyDeletedAtForTenancyIdentity($id: ID!) { node(id: $id) { ... on AccessKey { deletedAt } } }\n": typeof types.AccessKeyDeletedAtForTenancyIdentityDocument,
    "\n  query OutdialForTenancyOutdial($id: ID!) { outdial(id: $id) { name detail data deletedAt targetStats { total } targets(includeDeleted: true) { totalCount nodes { uuid name deletedAt } } } }\n": typeof types.OutdialForTenancyOutdialDocument,
    "\n  query OutdialTargetForTenancyOutdial($id: ID!) { outdialTarget(id: $id) { name deletedAt } }\n": typeof types.OutdialTargetForTenancyOutdialDocument,
    "\n  mutation OutdialCreateAForTenancyOutdial { outdialCreate(input: {name: \"a-outdial\", data: \"a-data\"}) { outdial { id } } }\n": typeof types.OutdialCreateAForTenancyOutdialDocument,
    "\n  mutation OutdialTargetCreateAForTenancyOutdial($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: \"a-target\", destinations: [{type: TEL, target: \"+15559876543\"}]}) { outdialTarget { id } } }\n": typeof types.OutdialTargetCreateAForTenancyOutdialDocument,
    "\n  mutation OutplanCreateAForTenancyOutdial { outplanCreate(input: {name: \"a-outplan-2\", dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id } } }\n": typeof types.OutplanCreateAForTenancyOutdialDocument,
    "\n  query OutdialsForTenancyOutdial { outdials(first: 100, includeDeleted: true) { totalCount nodes { id targets(includeDeleted: true) { totalCount } } } }\n": typeof types.OutdialsForTenancyOutdialDocument,
    "\n  mutation OutdialCreateBForTenancyOutdial { outdialCreate(input: {name: \"b-outdial\"}) { outdial { id } } }\n": typeof types.OutdialCreateBForTenancyOutdialDocument,
    "\n  query OutdialsNamedBForTenancyOutdial { outdials(first: 100, filter: {name: \"b-outdial\"}) { totalCount } }\n": typeof types.OutdialsNamedBForTenancyOutdialDocument,
    "\n  mutation OutdialUpdateForTenancyOutdial($id: ID!) { outdialUpdate(input: {id: $id, name: \"stolen\"}) { outdial { id } userErrors { code } } }\n": typeof types.OutdialUpdateForTenancyOutdialDocument,
    "\n  mutation OutdialUpdateDataForTenancyOutdial($id: ID!) { outdialUpdateData(input: {id: $id, data: \"stolen\"}) { outdial { id } userErrors { code } } }\n": typeof types.OutdialUpdateDataForTenancyOutdialDocument,
    "\n  mutation OutdialDeleteForTenancyOutdial($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } userErrors { code } } }\n": typeof types.OutdialDeleteForTenancyOutdialDocument,
    "\n  mutation OutdialTargetCreateBForTenancyOutdial($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: \"b-target\", destinations: [{type: TEL, target: \"+15559876543\"}]}) { outdialTarget { id } userErrors { field code } } }\n": typeof types.OutdialTargetCreateBForTenancyOutdialDocument,
    "\n  mutation OutdialTargetUpdateForTenancyOutdial($id: ID!) { outdialTargetUpdate(input: {id: $id, name: \"stolen\"}) { outdialTarget { id } userErrors { code } } }\n": typeof types.OutdialTargetUpdateForTenancyOutdialDocument,
    "\n  mutation OutdialTargetDeleteForTenancyOutdial($id: ID!) { outdialTargetDelete(input: {id: $id}) { outdialTarget { id } userErrors { code } } }\n": typeof types.OutdialTargetDeleteForTenancyOutdialDocument,
    "\n  mutation OutdialTargetsCreateForTenancyOutdial($id: ID!) { outdialTargetsCreate(input: {outdialId: $id, targets: [{name: \"b-bulk\", destinations: [{type: TEL, target: \"+15559876543\"}]}]}) { outdial { id } createdCount userErrors { field code } } }\n": typeof types.OutdialTargetsCreateForTenancyOutdialDocument,
    "\n  mutation OutdialTargetsImportCsvForTenancyOutdial($id: ID!, $csv: String!) { outdialTargetsImportCsv(input: {outdialId: $id, csv: $csv}) { outdial { id } createdCount userErrors { field code } } }\n": typeof types.OutdialTargetsImportCsvForTenancyOutdialDocument,
    "\n  mutation OutplanUpdateDialInfoForTenancyOutdial($id: ID!) { outplanUpdateDialInfo(input: {id: $id, dialTimeout: 60000, tryInterval: 0, maxTryCounts: [9]}) { outplan { id } userErrors { code } } }\n": typeof types.OutplanUpdateDialInfoForTenancyOutdialDocument,
    "\n  query OutplanDialInfoForTenancyOutdial($id: ID!) { outplan(id: $id) { dialTimeout maxTryCounts } }\n": typeof types.OutplanDialInfoForTenancyOutdialDocument,
    "\n  mutation OutplanDeleteForTenancyOutdial($id: ID!) { outplanDelete(input: {id: $id}) { outplan { id } userErrors { code } } }\n": typeof types.OutplanDeleteForTenancyOutdialDocument,
    "\n  query OutplanDeletedAtForTenancyOutdial($id: ID!) { outplan(id: $id) { deletedAt } }\n": typeof types.OutplanDeletedAtForTenancyOutdialDocument,
    "\n  mutation OutplanCreateForTenancyOutplan($name: String!) { outplanCreate(input: {name: $name, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id uuid } } }\n": typeof types.OutplanCreateForTenancyOutplanDocument,
    "\n  query OutplanIdForTenancyOutplan($id: ID!) { outplan(id: $id) { id } }\n": typeof types.OutplanIdForTenancyOutplanDocument,
    "\n  query OutplansForTenancyOutplan { outplans(first: 100, includeDeleted: true) { totalCount nodes { id } } }\n": typeof types.OutplansForTenancyOutplanDocument,
    "\n  mutation OutplanUpdateStolenForTenancyOutplan($id: ID!) { outplanUpdate(input: {id: $id, name: \"stolen\"}) { outplan { id } userErrors { code } } }\n": typeof types.OutplanUpdateStolenForTenancyOutplanDocument,
    "\n  mutation OutplanRulesStolenForTenancyOutplan($id: ID!) {\n    outplanUpdateOutcomeRules(input: {id: $id, rules: [{outcome: DECLINED, action: STOP_TARGET}], machineDetection: OFF}) { outplan { id } userErrors { code } }\n  }\n": typeof types.OutplanRulesStolenForTenancyOutplanDocument,
    "\n  query OutplanRulesForTenancyOutplan($id: ID!) { outplan(id: $id) { machineDetection outcomeRules { outcome } } }\n": typeof types.OutplanRulesForTenancyOutplanDocument,
    "\n  query OutplanNameForTenancyOutplan($id: ID!) { outplan(id: $id) { name } }\n": typeof types.OutplanNameForTenancyOutplanDocument,
    "\n  mutation OutplanUpdateNameForTenancyOutplan($id: ID!, $name: String) { outplanUpdate(input: {id: $id, name: $name}) { outplan { version } } }\n": typeof types.OutplanUpdateNameForTenancyOutplanDocument,
    "\n  subscription OutplanChangedForTenancyOutplan { outplanChanged { id name } }\n": typeof types.OutplanChangedForTenancyOutplanDocument,
    "\n  subscription OutplanChangedOneForTenancyOutplan($id: ID) { outplanChanged(outplanId: $id) { id name } }\n": typeof types.OutplanChangedOneForTenancyOutplanDocument,
    "\n  mutation WebhookCreateAForTenancy { webhookCreate(input: {url: \"https://a.example.invalid/hook\", eventTypes: [CAMPAIGN_CALL_FINISHED]}) { webhook { id uuid } secret } }\n": typeof types.WebhookCreateAForTenancyDocument,
    "\n  query WebhooksForTenancy { webhooks(first: 100, includeDeleted: true) { nodes { id url } } }\n": typeof types.WebhooksForTenancyDocument,
    "\n  mutation WebhookCreateBForTenancy { webhookCreate(input: {url: \"https://b.example.invalid/hook\", eventTypes: [CAMPAIGN_CALL_FINISHED]}) { webhook { id } } }\n": typeof types.WebhookCreateBForTenancyDocument,
    "\n  mutation WebhookUpdateForTenancy($id: ID!) { webhookUpdate(input: {id: $id, url: \"https://b.example.invalid/stolen\"}) { webhook { id } userErrors { code } } }\n": typeof types.WebhookUpdateForTenancyDocument,
    "\n  mutation WebhookDeleteForTenancy($id: ID!) { webhookDelete(input: {id: $id}) { webhook { id } userErrors { code } } }\n": typeof types.WebhookDeleteForTenancyDocument,
    "\n  mutation WebhookRotateSecretForTenancy($id: ID!) { webhookRotateSecret(input: {id: $id}) { secret userErrors { code } } }\n": typeof types.WebhookRotateSecretForTenancyDocument,
    "\n  mutation WebhookDeliveryRetryForTenancy($id: ID!) { webhookDeliveryRetry(input: {id: $id}) { webhookDelivery { id } userErrors { code } } }\n": typeof types.WebhookDeliveryRetryForTenancyDocument,
    "\n  query WebhookOfAForTenancy($id: ID!) { node(id: $id) { ... on Webhook { url deletedAt previousSecretExpiresAt } } }\n": typeof types.WebhookOfAForTenancyDocument,
    "\n  query WebhookDeliveryOfAForTenancy($id: ID!) { node(id: $id) { ... on WebhookDelivery { status } } }\n": typeof types.WebhookDeliveryOfAForTenancyDocument,
    "\n  mutation UserCreateForUsernameCaseTest($input: UserCreateInput!) { userCreate(input: $input) { user { username } userErrors { field message code } } }\n": typeof types.UserCreateForUsernameCaseTestDocument,
    "\n  mutation CustomerCreateForUsernameCaseTest($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { name } userErrors { field code } } }\n": typeof types.CustomerCreateForUsernameCaseTestDocument,
    "\n  query ViewerForUsernameCaseTest { viewer { username } }\n": typeof types.ViewerForUsernameCaseTestDocument,
    "\n  mutation OutplanCreateForUuidIdsTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id uuid } userErrors { message } } }\n": typeof types.OutplanCreateForUuidIdsTestDocument,
    "\n  mutation OutdialCreateForUuidIdsTest($name: String!) { outdialCreate(input: { name: $name }) { outdial { id uuid } userErrors { message } } }\n": typeof types.OutdialCreateForUuidIdsTestDocument,
    "\n  mutation TargetCreateForUuidIdsTest($input: OutdialTargetCreateInput!) {\n    outdialTargetCreate(input: $input) { outdialTarget { id uuid outdial { uuid } } userErrors { field message code } }\n  }\n": typeof types.TargetCreateForUuidIdsTestDocument,
    "\n  mutation CampaignCreateForUuidIdsTest($input: CampaignCreateInput!) {\n    campaignCreate(input: $input) { campaign { id uuid outplan { uuid } outdial { uuid } } userErrors { field message code } }\n  }\n": typeof types.CampaignCreateForUuidIdsTestDocument,
    "\n  mutation CallCreateForUuidIdsTest($input: CallCreateInput!) { callCreate(input: $input) { calls { id uuid } userErrors { message } } }\n": typeof types.CallCreateForUuidIdsTestDocument,
    "\n  query LookupsForUuidIdsTest($outdial: ID!, $outplan: ID!, $campaign: ID!, $target: ID!, $call: ID!) {\n    outdial(id: $outdial) { uuid } outplan(id: $outplan) { uuid } campaign(id: $campaign) { uuid }\n    outdialTarget(id: $target) { uuid } call(id: $call) { uuid }\n  }\n": typeof types.LookupsForUuidIdsTestDocument,
    "\n  query OutdialForUuidIdsTest($id: ID!) { outdial(id: $id) { uuid name } }\n": typeof types.OutdialForUuidIdsTestDocument,
    "\n  query NodeAndNodesForUuidIdsTest($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } }\n": typeof types.NodeAndNodesForUuidIdsTestDocument,
    "\n  mutation OutdialUpdateForUuidIdsTest($input: OutdialUpdateInput!) { outdialUpdate(input: $input) { outdial { uuid name } userErrors { field message code } } }\n": typeof types.OutdialUpdateForUuidIdsTestDocument,
    "\n  mutation CampaignUpdateForUuidIdsTest($input: CampaignUpdateInput!) { campaignUpdate(input: $input) { campaign { uuid name } userErrors { field message code } } }\n": typeof types.CampaignUpdateForUuidIdsTestDocument,
    "\n  mutation OutplanDeleteForUuidIdsTest($id: ID!) { outplanDelete(input: { id: $id }) { outplan { uuid deletedAt } userErrors { field message code } } }\n": typeof types.OutplanDeleteForUuidIdsTestDocument,
    "\n  query OutdialsOfCampaignForUuidIdsTest($campaignId: ID!) { outdials(filter: { campaignId: $campaignId }) { nodes { uuid } } }\n": typeof types.OutdialsOfCampaignForUuidIdsTestDocument,
    "\n  mutation OutplanRenameForUuidIdsTest($input: OutplanUpdateInput!) { outplanUpdate(input: $input) { userErrors { message } } }\n": typeof types.OutplanRenameForUuidIdsTestDocument,
    "\n  mutation DncListCreateForUuidIdsTest($name: String!) { dncListCreate(input: { name: $name }) { dncList { id } userErrors { message } } }\n": typeof types.DncListCreateForUuidIdsTestDocument,
    "\n  mutation CampaignDncListsForUuidIdsTest($id: ID!, $dncListIds: [ID!]) {\n    campaignUpdateDialingRules(input: { id: $id, dncListIds: $dncListIds }) { campaign { dialingRules { dncLists { id } } } userErrors { field message code } }\n  }\n": typeof types.CampaignDncListsForUuidIdsTestDocument,
    "\n  mutation CustomerCreateForUuidIdsTest { customerCreate(input: { name: \"uuid-b\", username: \"uuid-b-admin\", password: \"uuid-b-admin-password\" }) { userErrors { message } } }\n": typeof types.CustomerCreateForUuidIdsTestDocument,
    "\n  query TypenameForWsLimitsTest { __typename }\n": typeof types.TypenameForWsLimitsTestDocument,
    "\n  subscription OutplanChangedForWsLimitsTest { outplanChanged { name } }\n": typeof types.OutplanChangedForWsLimitsTestDocument,
    "\n  mutation OutplanCreateForWsLimitsTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } } }\n": typeof types.OutplanCreateForWsLimitsTestDocument,
    "\n  mutation CustomerCreateForWsLimitsTest($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id } userErrors { message } } }\n": typeof types.CustomerCreateForWsLimitsTestDocument,
    "\n  subscription OutplanChangedForWsProtocolTest { outplanChanged { id name } }\n": typeof types.OutplanChangedForWsProtocolTestDocument,
    "\n  query TypenameForWsProtocolTest { __typename }\n": typeof types.TypenameForWsProtocolTestDocument,
    "\n  mutation OutplanCreateForWsProtocolTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n": typeof types.OutplanCreateForWsProtocolTestDocument,
    "\n  mutation OutplanCreateForWsStatementsTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }\n": typeof types.OutplanCreateForWsStatementsTestDocument,
    "\n  mutation OutdialCreateForWsStatementsTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }\n": typeof types.OutdialCreateForWsStatementsTestDocument,
    "\n  mutation CampaignCreateForWsStatementsTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }\n": typeof types.CampaignCreateForWsStatementsTestDocument,
    "\n  mutation CampaignStatusForWsStatementsTest($id: ID!, $s: CampaignStatusChange!) {\n    campaignUpdateStatus(input: {id: $id, status: $s}) { campaign { status version } userErrors { message } }\n  }\n": typeof types.CampaignStatusForWsStatementsTestDocument,
    "\n  mutation UserCreateForWsStatementsTest($i: UserCreateInput!) { userCreate(input: $i) { user { id } userErrors { message } } }\n": typeof types.UserCreateForWsStatementsTestDocument,
    "\n  mutation CustomerCreateForWsStatementsTest($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id } userErrors { message } } }\n": typeof types.CustomerCreateForWsStatementsTestDocument,
    "\n  mutation AccessKeyCreateForWsStatementsTest { accessKeyCreate(input: {name: \"ws-statements\"}) { token userErrors { message } } }\n": typeof types.AccessKeyCreateForWsStatementsTestDocument,
    "\n  subscription CampaignStatusChangedForWsStatementsTest($id: ID!) { campaignStatusChanged(campaignId: $id) { id status version progress { targetsTotal attempts } } }\n": typeof types.CampaignStatusChangedForWsStatementsTestDocument,
    "\n  query ViewerForWsStatementsTest { viewer { username } }\n": typeof types.ViewerForWsStatementsTestDocument,
};
const documents: Documents = {
    "\n  mutation UserCreateForAccessKeyMakerTest($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }\n": types.UserCreateForAccessKeyMakerTestDocument,
    "\n  mutation UserRoleForAccessKeyMakerTest($id: ID!, $role: UserRole!) { userUpdateRole(input: {id: $id, role: $role}) { user { role } userErrors { message } } }\n": types.UserRoleForAccessKeyMakerTestDocument,
    "\n  mutation UserDeleteForAccessKeyMakerTest($id: ID!) { userDelete(input: {id: $id}) { user { deletedAt } userErrors { message } } }\n": types.UserDeleteForAccessKeyMakerTestDocument,
    "\n  mutation AccessKeyCreateForAccessKeyMakerTest($name: String!) { accessKeyCreate(input: {name: $name}) { accessKey { uuid } token userErrors { message } } }\n": types.AccessKeyCreateForAccessKeyMakerTestDocument,
    "\n  query ViewerForAccessKeyMakerTest { viewer { username role } }\n": types.ViewerForAccessKeyMakerTestDocument,
    "\n  query OutplansForAccessKeyMakerTest { outplans { totalCount } }\n": types.OutplansForAccessKeyMakerTestDocument,
    "\n  query UsersForAccessKeyMakerTest { users { totalCount } }\n": types.UsersForAccessKeyMakerTestDocument,
    "\n  mutation CustomerCreateForAccessKeyMakerTest { customerCreate(input: {name: \"by-key\", username: \"by-key-admin\", password: \"by-key-password\"}) { userErrors { message } } }\n": types.CustomerCreateForAccessKeyMakerTestDocument,
    "\n  mutation OutdialCreateForAddressLimitsTest($input: OutdialCreateInput!) { outdialCreate(input: $input) { outdial { id } } }\n": types.OutdialCreateForAddressLimitsTestDocument,
    "\n  mutation OutplanCreateForAddressLimitsTest($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) { outplan { id source { target } } userErrors { field message code } }\n  }\n": types.OutplanCreateForAddressLimitsTestDocument,
    "\n  mutation OutplanUpdateDialInfoForAddressLimitsTest($input: OutplanUpdateDialInfoInput!) {\n    outplanUpdateDialInfo(input: $input) { outplan { id } userErrors { field message code } }\n  }\n": types.OutplanUpdateDialInfoForAddressLimitsTestDocument,
    "\n  mutation OutdialTargetCreateForAddressLimitsTest($input: OutdialTargetCreateInput!) {\n    outdialTargetCreate(input: $input) { outdialTarget { id } userErrors { field message code } }\n  }\n": types.OutdialTargetCreateForAddressLimitsTestDocument,
    "\n  mutation OutdialTargetUpdateForAddressLimitsTest($input: OutdialTargetUpdateInput!) {\n    outdialTargetUpdate(input: $input) { outdialTarget { id } userErrors { field message code } }\n  }\n": types.OutdialTargetUpdateForAddressLimitsTestDocument,
    "\n  mutation OutdialTargetsCreateForAddressLimitsTest($input: OutdialTargetsCreateInput!) {\n    outdialTargetsCreate(input: $input) { createdCount userErrors { field message code } }\n  }\n": types.OutdialTargetsCreateForAddressLimitsTestDocument,
    "\n  mutation OutdialTargetsImportCsvForAddressLimitsTest($input: OutdialTargetsImportCsvInput!) {\n    outdialTargetsImportCsv(input: $input) { createdCount userErrors { field message code } }\n  }\n": types.OutdialTargetsImportCsvForAddressLimitsTestDocument,
    "\n  mutation CallCreateForAddressLimitsTest($input: CallCreateInput!) {\n    callCreate(input: $input) { calls { id } userErrors { field message code } }\n  }\n": types.CallCreateForAddressLimitsTestDocument,
    "\n  mutation CampaignCreateForAddressLimitsTest($input: CampaignCreateInput!) {\n    campaignCreate(input: $input) { campaign { id } userErrors { field message code } }\n  }\n": types.CampaignCreateForAddressLimitsTestDocument,
    "\n  mutation CampaignUpdateActionsForAddressLimitsTest($input: CampaignUpdateActionsInput!) {\n    campaignUpdateActions(input: $input) { campaign { id } userErrors { field message code } }\n  }\n": types.CampaignUpdateActionsForAddressLimitsTestDocument,
    "\n  mutation OutplanCreateForApolloTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n": types.OutplanCreateForApolloTestDocument,
    "\n  mutation OutdialCreateForApolloTest($name: String!) { outdialCreate(input: { name: $name }) { outdial { id uuid } userErrors { message } } }\n": types.OutdialCreateForApolloTestDocument,
    "\n  mutation TargetsCreateForApolloTest($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }\n": types.TargetsCreateForApolloTestDocument,
    "\n  mutation CampaignCreateForApolloTest($input: CampaignCreateInput!) { campaignCreate(input: $input) { campaign { id uuid createdAt } userErrors { message } } }\n": types.CampaignCreateForApolloTestDocument,
    "\n  query AllOutdialsForApolloTest { outdials(first: 100) { nodes { id } } }\n": types.AllOutdialsForApolloTestDocument,
    "\n  query TargetsOfForApolloTest($id: ID!) { outdial(id: $id) { targets(first: 100) { nodes { uuid } } } }\n": types.TargetsOfForApolloTestDocument,
    "\n  mutation RunForApolloTest($input: CampaignUpdateStatusInput!) { campaignUpdateStatus(input: $input) { campaign { status } userErrors { message } } }\n": types.RunForApolloTestDocument,
    "\n  query OutplansCountForAuthErrorsTest { outplans { totalCount } }\n": types.OutplansCountForAuthErrorsTestDocument,
    "\n  mutation AccessKeyCreateForAuthErrorsTest($input: AccessKeyCreateInput!) { accessKeyCreate(input: $input) { accessKey { id uuid } token userErrors { message } } }\n": types.AccessKeyCreateForAuthErrorsTestDocument,
    "\n  mutation AccessKeyDeleteForAuthErrorsTest($id: ID!) { accessKeyDelete(input: {id: $id}) { accessKey { deletedAt } } }\n": types.AccessKeyDeleteForAuthErrorsTestDocument,
    "\n  mutation UserCreateForAuthErrorsTest($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }\n": types.UserCreateForAuthErrorsTestDocument,
    "\n  mutation UserDeleteForAuthErrorsTest($id: ID!) { userDelete(input: {id: $id}) { user { deletedAt } } }\n": types.UserDeleteForAuthErrorsTestDocument,
    "\n  fragment LegFieldsForCallConnectTest on Call { id uuid status type hangupBy hangupReason progressingAt hangupAt createdAt destination { target } masterCall { uuid type } }\n": types.LegFieldsForCallConnectTestFragmentDoc,
    "\n  mutation CallCreateForCallConnectTest($input: CallCreateInput!) { callCreate(input: $input) { calls { id uuid type } userErrors { field message } } }\n": types.CallCreateForCallConnectTestDocument,
    "\n  query CallForCallConnectTest($id: ID!) { call(id: $id) { ...LegFieldsForCallConnectTest chainedCalls { ...LegFieldsForCallConnectTest chainedCalls { uuid } } } }\n": types.CallForCallConnectTestDocument,
    "\n  mutation CallHangupForCallConnectTest($id: ID!) { callHangup(input: {id: $id}) { userErrors { message } } }\n": types.CallHangupForCallConnectTestDocument,
    "\n  subscription CallStatusChangedForCallConnectTest($campaignId: ID, $since: DateTime) { callStatusChanged(campaignId: $campaignId, since: $since) { uuid status type hangupBy } }\n": types.CallStatusChangedForCallConnectTestDocument,
    "\n  query CampaignCallsForCallConnectTest($campaignId: ID!) { calls(first: 10, filter: {campaignId: $campaignId}) { nodes { uuid type masterCall { uuid } } } }\n": types.CampaignCallsForCallConnectTestDocument,
    "\n  mutation CallCreateForCallEventRetryTest($target: String!) {\n    callCreate(input: {source: {type: TEL, target: \"+15559876543\"}, destinations: [{type: TEL, target: $target}], actions: [{talk: {text: \"hello\", language: \"en-US\"}}]}) {\n      calls { id } userErrors { message }\n    }\n  }\n": types.CallCreateForCallEventRetryTestDocument,
    "\n  mutation CallCreateForCallReconcileTest($target: String!, $actions: [ActionInput!]!) {\n    callCreate(input: {source: {type: TEL, target: \"+15559876543\"}, destinations: [{type: TEL, target: $target}], actions: $actions}) { calls { id } userErrors { message } }\n  }\n": types.CallCreateForCallReconcileTestDocument,
    "\n  query CallForCallReconcileTest($id: ID!) { call(id: $id) { status hangupReason hangupBy progressingAt } }\n": types.CallForCallReconcileTestDocument,
    "\n  mutation CallHangupForCallReconcileTest($id: ID!) { callHangup(input: {id: $id}) { call { status } } }\n": types.CallHangupForCallReconcileTestDocument,
    "\n  fragment CallFieldsForCallTest on Call { id uuid status version direction type hangupBy hangupReason ringingAt progressingAt hangupAt createdAt updatedAt deletedAt }\n": types.CallFieldsForCallTestFragmentDoc,
    "\n  mutation CallCreateForCallTest($input: CallCreateInput!) {\n    callCreate(input: $input) { calls { ...CallFieldsForCallTest source { type target } destination { type target } } userErrors { field message code } }\n  }\n": types.CallCreateForCallTestDocument,
    "\n  query CallForCallTest($id: ID!) { call(id: $id) { ...CallFieldsForCallTest masterCall { uuid } chainedCalls { uuid status hangupBy hangupReason } } }\n": types.CallForCallTestDocument,
    "\n  mutation CallHangupForCallTest($id: ID!) { callHangup(input: {id: $id}) { call { ...CallFieldsForCallTest } userErrors { field code } } }\n": types.CallHangupForCallTestDocument,
    "\n  mutation CallDeleteForCallTest($id: ID!) { callDelete(input: {id: $id}) { call { ...CallFieldsForCallTest } userErrors { field code } } }\n": types.CallDeleteForCallTestDocument,
    "\n  subscription CallStatusChangedForCallTest { callStatusChanged { uuid status version hangupReason hangupBy } }\n": types.CallStatusChangedForCallTestDocument,
    "\n  subscription CallStatusChangedSseForCallTest { callStatusChanged { uuid status } }\n": types.CallStatusChangedSseForCallTestDocument,
    "\n  query CallsListForCallTest { calls(first: 100) { nodes { uuid } } all: calls(first: 100, includeDeleted: true) { nodes { uuid } } }\n": types.CallsListForCallTestDocument,
    "\n  query CallsFilteredForCallTest { calls(first: 100, filter: {status: [HANGUP]}) { totalCount nodes { status createdAt } } out: calls(first: 1, filter: {direction: INCOMING}) { totalCount } }\n": types.CallsFilteredForCallTestDocument,
    "\n  query CallNodeForCallTest($id: ID!) { node(id: $id) { ... on Call { status } } }\n": types.CallNodeForCallTestDocument,
    "\n  mutation OutplanCreateForCampaignSubscriptionsTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }\n": types.OutplanCreateForCampaignSubscriptionsTestDocument,
    "\n  mutation OutdialCreateForCampaignSubscriptionsTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }\n": types.OutdialCreateForCampaignSubscriptionsTestDocument,
    "\n  mutation OutdialTargetsCreateForCampaignSubscriptionsTest($i: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $i) { createdCount userErrors { message } } }\n": types.OutdialTargetsCreateForCampaignSubscriptionsTestDocument,
    "\n  mutation CampaignCreateForCampaignSubscriptionsTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }\n": types.CampaignCreateForCampaignSubscriptionsTestDocument,
    "\n  mutation CampaignRunForCampaignSubscriptionsTest($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { status } userErrors { message } } }\n": types.CampaignRunForCampaignSubscriptionsTestDocument,
    "\n  subscription CampaignStatusChangedForCampaignSubscriptionsTest($id: ID) { campaignStatusChanged(campaignId: $id) { id status version } }\n": types.CampaignStatusChangedForCampaignSubscriptionsTestDocument,
    "\n  subscription CampaignProgressChangedForCampaignSubscriptionsTest($id: ID) {\n    campaignProgressChanged(campaignId: $id) { id status\n      progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent } }\n  }\n": types.CampaignProgressChangedForCampaignSubscriptionsTestDocument,
    "\n  subscription OutdialTargetStatusChangedForCampaignSubscriptionsTest($id: ID) {\n    outdialTargetStatusChanged(campaignId: $id) { uuid status version outdial { id } destinations { tryCount } }\n  }\n": types.OutdialTargetStatusChangedForCampaignSubscriptionsTestDocument,
    "\n  subscription CallStatusChangedForCampaignSubscriptionsTest($id: ID) { callStatusChanged(campaignId: $id) { uuid status campaignCall { campaign { id } } } }\n": types.CallStatusChangedForCampaignSubscriptionsTestDocument,
    "\n  mutation CampaignResourceInfoForCampaignSubscriptionsTest($id: ID!, $outdialId: ID) {\n    campaignUpdateResourceInfo(input: {id: $id, outdialId: $outdialId}) { campaign { id } userErrors { message } }\n  }\n": types.CampaignResourceInfoForCampaignSubscriptionsTestDocument,
    "\n  fragment CampaignFieldsForCampaignTest on Campaign {\n    id uuid name detail type status version endHandle serviceLevel maxConcurrentCalls\n    actions { __typename type ... on TalkAction { text language } ... on HangupAction { reason } }\n    outplan { uuid deletedAt } outdial { uuid deletedAt } nextCampaign { uuid }\n    createdAt updatedAt deletedAt\n  }\n": types.CampaignFieldsForCampaignTestFragmentDoc,
    "\n  fragment OutdialFieldsForCampaignTest on Outdial { id uuid name version deletedAt campaign { uuid name } }\n": types.OutdialFieldsForCampaignTestFragmentDoc,
    "\n  mutation CampaignCreateForTest($input: CampaignCreateInput!) {\n    campaignCreate(input: $input) {\n      campaign {\n        id uuid name detail type status version endHandle serviceLevel maxConcurrentCalls\n        actions { __typename type }\n        outplan { uuid } outdial { uuid campaign { uuid } } nextCampaign { uuid }\n        progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent }\n        campaignCalls(first: 5) { totalCount nodes { id } }\n        createdAt updatedAt deletedAt\n      }\n      userErrors { field message code }\n    }\n  }\n": types.CampaignCreateForTestDocument,
    "\n  mutation CampaignCreatePayloadForCampaignTest($input: CampaignCreateInput!) {\n    campaignCreate(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n": types.CampaignCreatePayloadForCampaignTestDocument,
    "\n  mutation CampaignUpdateForCampaignTest($input: CampaignUpdateInput!) {\n    campaignUpdate(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n": types.CampaignUpdateForCampaignTestDocument,
    "\n  mutation CampaignUpdateStatusForCampaignTest($input: CampaignUpdateStatusInput!) {\n    campaignUpdateStatus(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n": types.CampaignUpdateStatusForCampaignTestDocument,
    "\n  mutation CampaignUpdateServiceLevelForCampaignTest($input: CampaignUpdateServiceLevelInput!) {\n    campaignUpdateServiceLevel(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n": types.CampaignUpdateServiceLevelForCampaignTestDocument,
    "\n  mutation CampaignUpdateActionsForCampaignTest($input: CampaignUpdateActionsInput!) {\n    campaignUpdateActions(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n": types.CampaignUpdateActionsForCampaignTestDocument,
    "\n  mutation CampaignUpdateResourceInfoForCampaignTest($input: CampaignUpdateResourceInfoInput!) {\n    campaignUpdateResourceInfo(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n": types.CampaignUpdateResourceInfoForCampaignTestDocument,
    "\n  mutation CampaignUpdateNextCampaignForCampaignTest($input: CampaignUpdateNextCampaignInput!) {\n    campaignUpdateNextCampaign(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n": types.CampaignUpdateNextCampaignForCampaignTestDocument,
    "\n  mutation CampaignDeleteByIdForCampaignTest($id: ID!) {\n    campaignDelete(input: {id: $id}) { campaign { id status deletedAt version outdial { uuid } } userErrors { field message code } }\n  }\n": types.CampaignDeleteByIdForCampaignTestDocument,
    "\n  mutation CampaignDeleteForCampaignTest($input: DeleteInput!) { campaignDelete(input: $input) { campaign { id } userErrors { field message code } } }\n": types.CampaignDeleteForCampaignTestDocument,
    "\n  mutation OutdialUpdateCampaignForCampaignTest($input: OutdialUpdateCampaignInput!) {\n    outdialUpdateCampaign(input: $input) { outdial { ...OutdialFieldsForCampaignTest } userErrors { field message code } }\n  }\n": types.OutdialUpdateCampaignForCampaignTestDocument,
    "\n  mutation OutdialCreateForCampaignTest($input: OutdialCreateInput!) {\n    outdialCreate(input: $input) { outdial { ...OutdialFieldsForCampaignTest } userErrors { field message code } }\n  }\n": types.OutdialCreateForCampaignTestDocument,
    "\n  query CampaignForCampaignTest($id: ID!) { campaign(id: $id) { ...CampaignFieldsForCampaignTest } }\n": types.CampaignForCampaignTestDocument,
    "\n  query OutdialForCampaignTest($id: ID!) { outdial(id: $id) { ...OutdialFieldsForCampaignTest } }\n": types.OutdialForCampaignTestDocument,
    "\n  mutation OutplanCreateForCampaignTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id uuid } userErrors { message } } }\n": types.OutplanCreateForCampaignTestDocument,
    "\n  mutation OutplanDeleteByIdForCampaignTest($id: ID!) { outplanDelete(input: {id: $id}) { userErrors { code } } }\n": types.OutplanDeleteByIdForCampaignTestDocument,
    "\n  mutation OutdialDeleteByIdForCampaignTest($id: ID!) { outdialDelete(input: {id: $id}) { userErrors { code } } }\n": types.OutdialDeleteByIdForCampaignTestDocument,
    "\n  query CampaignNodeForCampaignTest($id: ID!) { node(id: $id) { ... on Campaign { uuid } } }\n": types.CampaignNodeForCampaignTestDocument,
    "\n  query OutdialsOfCampaignForCampaignTest($c: ID) { outdials(first: 100, filter: {campaignId: $c}) { totalCount nodes { uuid } } }\n": types.OutdialsOfCampaignForCampaignTestDocument,
    "\n  query OutdialCountOfCampaignForCampaignTest($c: ID) { outdials(first: 100, filter: {campaignId: $c}) { totalCount } }\n": types.OutdialCountOfCampaignForCampaignTestDocument,
    "\n  query NextCampaignForCampaignTest($id: ID!) { campaign(id: $id) { nextCampaign { uuid deletedAt } } }\n": types.NextCampaignForCampaignTestDocument,
    "\n  query CampaignsIncludingDeletedForCampaignTest($d: Boolean) { campaigns(first: 100, includeDeleted: $d) { totalCount nodes { uuid } } }\n": types.CampaignsIncludingDeletedForCampaignTestDocument,
    "\n  mutation OutplanDeleteForCampaignTest($input: DeleteInput!) { outplanDelete(input: $input) { outplan { id deletedAt } userErrors { field message code } } }\n": types.OutplanDeleteForCampaignTestDocument,
    "\n  mutation OutplanUpdateDialInfoForCampaignTest($input: OutplanUpdateDialInfoInput!) {\n    outplanUpdateDialInfo(input: $input) { outplan { id dialTimeout source { type target } } userErrors { field message code } }\n  }\n": types.OutplanUpdateDialInfoForCampaignTestDocument,
    "\n  mutation OutdialDeleteForCampaignTest($input: DeleteInput!) { outdialDelete(input: $input) { outdial { id deletedAt } userErrors { field message code } } }\n": types.OutdialDeleteForCampaignTestDocument,
    "\n  query CampaignsByStatusForCampaignTest($s: [CampaignStatus!]) { campaigns(first: 100, filter: {status: $s}) { totalCount nodes { uuid status } } }\n": types.CampaignsByStatusForCampaignTestDocument,
    "\n  query CampaignAndCampaignCallForCampaignTest($id: ID!) { campaign(id: $id) { id } campaignCall(id: $id) { id } }\n": types.CampaignAndCampaignCallForCampaignTestDocument,
    "\n  mutation OutdialTargetsCreateForCampaignTest($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }\n": types.OutdialTargetsCreateForCampaignTestDocument,
    "\n  query CampaignProgressForCampaignTest($id: ID!) {\n    campaign(id: $id) {\n      progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent } campaignCalls { totalCount }\n    }\n  }\n": types.CampaignProgressForCampaignTestDocument,
    "\n  query CampaignProgressSummaryForCampaignTest($id: ID!) { campaign(id: $id) { progress { targetsTotal targetsAnswered attempts percent } } }\n": types.CampaignProgressSummaryForCampaignTestDocument,
    "\n  query TwoCampaignProgressesForCampaignTest($a: ID!, $b: ID!) {\n    a: campaign(id: $a) { progress { targetsTotal percent } } b: campaign(id: $b) { progress { targetsTotal percent } }\n  }\n": types.TwoCampaignProgressesForCampaignTestDocument,
    "\n  query CampaignCallsFilteredForCampaignTest($id: ID!, $f: CampaignCallFilter) { campaign(id: $id) { campaignCalls(filter: $f) { totalCount nodes { uuid } } } }\n": types.CampaignCallsFilteredForCampaignTestDocument,
    "\n  query CampaignCallForCampaignTest($id: ID!) {\n    campaignCall(id: $id) { id uuid status result version source { type } destination { type target } destinationIndex tryCount\n      campaign { uuid } outdialTarget { uuid } call { uuid campaignCall { uuid } } createdAt updatedAt deletedAt }\n  }\n": types.CampaignCallForCampaignTestDocument,
    "\n  query CampaignCallCallForCampaignTest($id: ID!) { campaignCall(id: $id) { call { uuid } } }\n": types.CampaignCallCallForCampaignTestDocument,
    "\n  query OutdialTargetCampaignCallsForCampaignTest($id: ID!, $after: String) {\n    outdialTarget(id: $id) { campaignCalls(first: 2, after: $after) { totalCount nodes { uuid tryCount } pageInfo { hasNextPage endCursor } } }\n  }\n": types.OutdialTargetCampaignCallsForCampaignTestDocument,
    "\n  mutation CampaignCallDeleteForCampaignTest($input: DeleteInput!) {\n    campaignCallDelete(input: $input) { campaignCall { uuid status deletedAt version } userErrors { field message code } }\n  }\n": types.CampaignCallDeleteForCampaignTestDocument,
    "\n  query CampaignCallDeletedAtForCampaignTest($id: ID!) { campaignCall(id: $id) { deletedAt } }\n": types.CampaignCallDeletedAtForCampaignTestDocument,
    "\n  mutation PlainCallCreateForCampaignTest {\n    callCreate(input: {source: {type: TEL, target: \"+15559876543\"}, destinations: [{type: TEL, target: \"+15551230001\"}], actions: [{hangup: {}}]}) { calls { id uuid campaignCall { uuid } } }\n  }\n": types.PlainCallCreateForCampaignTestDocument,
    "\n  query CallsOfCampaignForCampaignTest($c: ID) { calls(first: 100, filter: {campaignId: $c}) { totalCount nodes { uuid campaignCall { uuid campaign { uuid } } } } }\n": types.CallsOfCampaignForCampaignTestDocument,
    "\n    mutation OutdialTargetsResetForCampaignTest($input: OutdialTargetsResetInput!) {\n      outdialTargetsReset(input: $input) { outdial { uuid targetStats { idle done } } resetCount userErrors { field message code } }\n    }\n  ": types.OutdialTargetsResetForCampaignTestDocument,
    "\n  mutation OutplanCreateForDashboardTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }\n": types.OutplanCreateForDashboardTestDocument,
    "\n  mutation OutdialCreateForDashboardTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }\n": types.OutdialCreateForDashboardTestDocument,
    "\n  mutation OutdialTargetsCreateForDashboardTest($i: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $i) { createdCount userErrors { message } } }\n": types.OutdialTargetsCreateForDashboardTestDocument,
    "\n  mutation CampaignCreateForDashboardTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id uuid } userErrors { message } } }\n": types.CampaignCreateForDashboardTestDocument,
    "\n  subscription OutdialTargetStatusChangedForDialerDurableTest($id: ID!) { outdialTargetStatusChanged(outdialId: $id) { uuid version status } }\n": types.OutdialTargetStatusChangedForDialerDurableTestDocument,
    "\n  mutation CampaignUpdateStatusForDialerDurableTest($input: CampaignUpdateStatusInput!) {\n    campaignUpdateStatus(input: $input) { campaign { status } userErrors { code message } }\n  }\n": types.CampaignUpdateStatusForDialerDurableTestDocument,
    "\n  mutation DncListCreateForTest($input: DncListCreateInput!) {\n    dncListCreate(input: $input) { dncList { id uuid name detail entryCount createdAt updatedAt } userErrors { field message code } }\n  }\n": types.DncListCreateForTestDocument,
    "\n  mutation DncListUpdateForTest($input: DncListUpdateInput!) { dncListUpdate(input: $input) { dncList { name detail } userErrors { field code } } }\n": types.DncListUpdateForTestDocument,
    "\n  mutation DncListDeleteForTest($id: ID!) { dncListDelete(input: {id: $id}) { dncList { id } userErrors { field code } } }\n": types.DncListDeleteForTestDocument,
    "\n  mutation DncEntriesAddForTest($input: DncEntriesInput!) {\n    dncEntriesAdd(input: $input) { dncList { entryCount } added removed userErrors { field message code } }\n  }\n": types.DncEntriesAddForTestDocument,
    "\n  mutation DncEntriesRemoveForTest($input: DncEntriesInput!) {\n    dncEntriesRemove(input: $input) { dncList { entryCount } added removed userErrors { field message code } }\n  }\n": types.DncEntriesRemoveForTestDocument,
    "\n  mutation DncEntriesImportCsvForTest($input: DncEntriesImportCsvInput!) {\n    dncEntriesImportCsv(input: $input) { dncList { entryCount } added removed userErrors { field message code } }\n  }\n": types.DncEntriesImportCsvForTestDocument,
    "\n  query DncEntriesForTest($id: ID!, $search: String, $first: Int, $after: String) {\n    dncList(id: $id) {\n      entryCount\n      entries(search: $search, first: $first, after: $after) { totalCount nodes { address reason } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": types.DncEntriesForTestDocument,
    "\n  query DncListLookupForTest($id: ID!) { dncList(id: $id) { id } node(id: $id) { id } dncLists(first: 100) { nodes { id } } }\n": types.DncListLookupForTestDocument,
    "\n  mutation OutdialCreateForDuplicateTargetsTest($input: OutdialCreateInput!) {\n    outdialCreate(input: $input) { outdial { id uuid duplicateTargets } userErrors { field message code } }\n  }\n": types.OutdialCreateForDuplicateTargetsTestDocument,
    "\n  mutation OutdialUpdateForDuplicateTargetsTest($input: OutdialUpdateInput!) {\n    outdialUpdate(input: $input) { outdial { duplicateTargets version } userErrors { field message code } }\n  }\n": types.OutdialUpdateForDuplicateTargetsTestDocument,
    "\n  mutation OutdialTargetCreateForDuplicateTargetsTest($input: OutdialTargetCreateInput!) {\n    outdialTargetCreate(input: $input) { outdialTarget { id uuid } userErrors { field message code } }\n  }\n": types.OutdialTargetCreateForDuplicateTargetsTestDocument,
    "\n  mutation OutdialTargetUpdateForDuplicateTargetsTest($input: OutdialTargetUpdateInput!) {\n    outdialTargetUpdate(input: $input) { outdialTarget { name destinations { address { target } } } userErrors { field message code } }\n  }\n": types.OutdialTargetUpdateForDuplicateTargetsTestDocument,
    "\n  mutation OutdialTargetDeleteForDuplicateTargetsTest($id: ID!) { outdialTargetDelete(input: {id: $id}) { userErrors { message } } }\n": types.OutdialTargetDeleteForDuplicateTargetsTestDocument,
    "\n  mutation OutdialTargetsCreateForDuplicateTargetsTest($input: OutdialTargetsCreateInput!) {\n    outdialTargetsCreate(input: $input) { createdCount skippedCount outdial { targetStats { total } } userErrors { field message code } }\n  }\n": types.OutdialTargetsCreateForDuplicateTargetsTestDocument,
    "\n  mutation OutdialTargetsImportCsvForDuplicateTargetsTest($input: OutdialTargetsImportCsvInput!) {\n    outdialTargetsImportCsv(input: $input) { createdCount skippedCount userErrors { field message code } }\n  }\n": types.OutdialTargetsImportCsvForDuplicateTargetsTestDocument,
    "\n  query OutdialTargetNamesForDuplicateTargetsTest($id: ID!) {\n    outdial(id: $id) { targets(first: 100) { nodes { name destinations { index address { target } } } } }\n  }\n": types.OutdialTargetNamesForDuplicateTargetsTestDocument,
    "\n    mutation OutplanCreateForEmbeddedDbTest($input: OutplanCreateInput!) {\n      outplanCreate(input: $input) {\n        outplan { uuid name }\n        userErrors { field message code }\n      }\n    }\n  ": types.OutplanCreateForEmbeddedDbTestDocument,
    "\n    query OutplansForEmbeddedDbTest { outplans { totalCount nodes { uuid name } } }\n  ": types.OutplansForEmbeddedDbTestDocument,
    "\n  mutation OutplanCreateForExamplesTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n": types.OutplanCreateForExamplesTestDocument,
    "\n  mutation OutdialCreateForExamplesTest($name: String!) { outdialCreate(input: { name: $name }) { outdial { id uuid } userErrors { message } } }\n": types.OutdialCreateForExamplesTestDocument,
    "\n  mutation TargetsCreateForExamplesTest($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }\n": types.TargetsCreateForExamplesTestDocument,
    "\n  mutation CampaignCreateForExamplesTest($input: CampaignCreateInput!) { campaignCreate(input: $input) { campaign { id uuid } userErrors { message } } }\n": types.CampaignCreateForExamplesTestDocument,
    "\n  query TargetsOfForExamplesTest($id: ID!) { outdial(id: $id) { targets(first: 100) { nodes { uuid } } } }\n": types.TargetsOfForExamplesTestDocument,
    "\n  query AllOutdialsForExamplesTest { outdials(first: 100) { totalCount nodes { uuid name } } }\n": types.AllOutdialsForExamplesTestDocument,
    "\n  mutation OutplanCreateForGraphiqlBrowserTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }\n": types.OutplanCreateForGraphiqlBrowserTestDocument,
    "\n  mutation OutdialCreateForGraphiqlBrowserTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }\n": types.OutdialCreateForGraphiqlBrowserTestDocument,
    "\n  mutation OutdialTargetsCreateForGraphiqlBrowserTest($i: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $i) { createdCount userErrors { message } } }\n": types.OutdialTargetsCreateForGraphiqlBrowserTestDocument,
    "\n  mutation CampaignCreateForGraphiqlBrowserTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }\n": types.CampaignCreateForGraphiqlBrowserTestDocument,
    "\n  mutation CampaignRunForGraphiqlBrowserTest($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { status } userErrors { message } } }\n": types.CampaignRunForGraphiqlBrowserTestDocument,
    "\n  mutation OutplanCreateForGraphiqlTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n": types.OutplanCreateForGraphiqlTestDocument,
    "\n  mutation CallCreateForIdempotencyTest($input: CallCreateInput!) {\n    callCreate(input: $input) { calls { id uuid } userErrors { field message code } }\n  }\n": types.CallCreateForIdempotencyTestDocument,
    "\n  mutation CallCreateStatusForIdempotencyTest($input: CallCreateInput!) {\n    callCreate(input: $input) { calls { uuid status destination { target } } userErrors { field message code } }\n  }\n": types.CallCreateStatusForIdempotencyTestDocument,
    "\n  mutation OutdialTargetsCreateForIdempotencyTest($input: OutdialTargetsCreateInput!) {\n    outdialTargetsCreate(input: $input) { createdCount outdial { uuid targetStats { total } } userErrors { field message code } }\n  }\n": types.OutdialTargetsCreateForIdempotencyTestDocument,
    "\n  mutation OutdialTargetsImportCsvForIdempotencyTest($input: OutdialTargetsImportCsvInput!) {\n    outdialTargetsImportCsv(input: $input) { createdCount outdial { uuid targetStats { total } } userErrors { field message code } }\n  }\n": types.OutdialTargetsImportCsvForIdempotencyTestDocument,
    "\n  mutation CampaignUpdateStatusForIdempotencyTest($input: CampaignUpdateStatusInput!) {\n    campaignUpdateStatus(input: $input) { campaign { uuid status version } userErrors { field message code } }\n  }\n": types.CampaignUpdateStatusForIdempotencyTestDocument,
    "\n  mutation CustomerCreateForIdempotencyTest($input: CustomerCreateInput!) { customerCreate(input: $input) { userErrors { message } } }\n": types.CustomerCreateForIdempotencyTestDocument,
    "\n  query ViewerForIdentityTest { viewer { username role customer { name } } }\n": types.ViewerForIdentityTestDocument,
    "\n  query OutplansCountForIdentityTest { outplans { totalCount } }\n": types.OutplansCountForIdentityTestDocument,
    "\n  query SchemaForIdentityTest { __schema { queryType { name } } }\n": types.SchemaForIdentityTestDocument,
    "\n  mutation LoginForIdentityTest($input: LoginInput!) { login(input: $input) { token userErrors { message code } } }\n": types.LoginForIdentityTestDocument,
    "\n  mutation UserCreateForIdentityTest($input: UserCreateInput!) { userCreate(input: $input) { user { id username role } userErrors { field message code } } }\n": types.UserCreateForIdentityTestDocument,
    "\n  mutation UserPromoteForIdentityTest($id: ID!) { userUpdateRole(input: {id: $id, role: ADMIN}) { user { role } } }\n": types.UserPromoteForIdentityTestDocument,
    "\n  mutation UserDeleteForIdentityTest($id: ID!) { userDelete(input: {id: $id}) { user { deletedAt } } }\n": types.UserDeleteForIdentityTestDocument,
    "\n  query UsersCountForIdentityTest { users { totalCount } }\n": types.UsersCountForIdentityTestDocument,
    "\n  query UsersNamesForIdentityTest { users { nodes { username } } }\n": types.UsersNamesForIdentityTestDocument,
    "\n  query UsersListForIdentityTest { users(first: 100) { nodes { id username role } } }\n": types.UsersListForIdentityTestDocument,
    "\n  mutation PasswordChangeForIdentityTest($input: PasswordChangeInput!) { passwordChange(input: $input) { changed userErrors { field } } }\n": types.PasswordChangeForIdentityTestDocument,
    "\n  mutation AccessKeyCreateForIdentityTest($input: AccessKeyCreateInput!) {\n    accessKeyCreate(input: $input) { accessKey { id uuid name expiresAt } token userErrors { message } }\n  }\n": types.AccessKeyCreateForIdentityTestDocument,
    "\n  mutation AccessKeyCreateExpiredForIdentityTest { accessKeyCreate(input: {name: \"old\", expiresAt: \"2000-01-01T00:00:00Z\"}) { token userErrors { field message } } }\n": types.AccessKeyCreateExpiredForIdentityTestDocument,
    "\n  mutation AccessKeyCreateByManagerForIdentityTest { accessKeyCreate(input: {name: \"x\"}) { token } }\n": types.AccessKeyCreateByManagerForIdentityTestDocument,
    "\n  mutation AccessKeyDeleteForIdentityTest($id: ID!) { accessKeyDelete(input: {id: $id}) { accessKey { deletedAt } userErrors { message } } }\n": types.AccessKeyDeleteForIdentityTestDocument,
    "\n  query AccessKeysCountForIdentityTest { accessKeys { totalCount } }\n": types.AccessKeysCountForIdentityTestDocument,
    "\n  query AccessKeysListForIdentityTest($id: ID!) { accessKeys(first: 100) { nodes { id name expiresAt createdAt } } node(id: $id) { ... on AccessKey { name } } }\n": types.AccessKeysListForIdentityTestDocument,
    "\n  query CustomersCountForIdentityTest { customers { totalCount } }\n": types.CustomersCountForIdentityTestDocument,
    "\n  mutation CustomerCreateForIdentityTest($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { name } userErrors { message } } }\n": types.CustomerCreateForIdentityTestDocument,
    "\n  mutation CustomerCreateConflictForIdentityTest($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { name } userErrors { field code } } }\n": types.CustomerCreateConflictForIdentityTestDocument,
    "\n  mutation OutplanCreateForInProcessTest($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) { outplan { id name maxTryCounts } userErrors { field code } }\n  }\n": types.OutplanCreateForInProcessTestDocument,
    "\n  query OutplanNodeForInProcessTest($id: ID!) { node(id: $id) { ... on Outplan { name } } }\n": types.OutplanNodeForInProcessTestDocument,
    "\n  query OutplansCountForInProcessTest { outplans { totalCount } }\n": types.OutplansCountForInProcessTestDocument,
    "\n  mutation OutplanDeleteForLockOrderTest($id: ID!) { outplanDelete(input: {id: $id}) { outplan { id } userErrors { code message } } }\n": types.OutplanDeleteForLockOrderTestDocument,
    "\n  mutation OutdialDeleteForLockOrderTest($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } userErrors { code message } } }\n": types.OutdialDeleteForLockOrderTestDocument,
    "\n  mutation OutplanUpdateDialInfoForLockOrderTest($input: OutplanUpdateDialInfoInput!) {\n    outplanUpdateDialInfo(input: $input) { outplan { id } userErrors { field code message } }\n  }\n": types.OutplanUpdateDialInfoForLockOrderTestDocument,
    "\n  mutation CampaignUpdateForLockOrderTest($input: CampaignUpdateInput!) { campaignUpdate(input: $input) { campaign { maxConcurrentCalls } userErrors { code message } } }\n": types.CampaignUpdateForLockOrderTestDocument,
    "\n  mutation CampaignUpdateServiceLevelForLockOrderTest($input: CampaignUpdateServiceLevelInput!) {\n    campaignUpdateServiceLevel(input: $input) { campaign { serviceLevel } userErrors { code message } }\n  }\n": types.CampaignUpdateServiceLevelForLockOrderTestDocument,
    "\n  mutation CampaignUpdateStatusForLockOrderTest($input: CampaignUpdateStatusInput!) {\n    campaignUpdateStatus(input: $input) { campaign { status } userErrors { code message } }\n  }\n": types.CampaignUpdateStatusForLockOrderTestDocument,
    "\n  mutation OutdialTargetsResetForLockOrderTest($input: OutdialTargetsResetInput!) { outdialTargetsReset(input: $input) { userErrors { code message } } }\n": types.OutdialTargetsResetForLockOrderTestDocument,
    "\n  query TypenameForLoggingTest { __typename }\n": types.TypenameForLoggingTestDocument,
    "\n  query OutplansCountForLoggingTest { outplans { totalCount } }\n": types.OutplansCountForLoggingTestDocument,
    "\n  mutation UserCreateForLoginConcurrencyTest($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }\n": types.UserCreateForLoginConcurrencyTestDocument,
    "\n  query OutdialsPageForNPlusOneTest($first: Int!) {\n    outdials(first: $first) {\n      totalCount\n      nodes {\n        id name version\n        targetStats { total idle progressing done }\n        targets(first: 10) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          nodes { id name status version destinations { index tryCount address { type target } } }\n        }\n      }\n    }\n  }\n": types.OutdialsPageForNPlusOneTestDocument,
    "\n  query OutdialTargetsPageForNPlusOneTest { outdials(first: 50) { nodes { targets(first: 10) { nodes { id name } } } } }\n": types.OutdialTargetsPageForNPlusOneTestDocument,
    "\n  query CampaignsPageForNPlusOneTest($first: Int!) {\n    campaigns(first: $first, filter: {status: [STOP]}) {\n      totalCount\n      nodes {\n        id name status version\n        progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent }\n        outdial { id name version }\n        outplan { id name maxTryCounts }\n        campaignCalls(first: 5) {\n          totalCount\n          pageInfo { hasNextPage }\n          nodes { id status result tryCount destination { type target } }\n        }\n      }\n    }\n  }\n": types.CampaignsPageForNPlusOneTestDocument,
    "\n  mutation OutdialTargetsImportCsvForNulInputTest($input: OutdialTargetsImportCsvInput!) {\n    outdialTargetsImportCsv(input: $input) { createdCount userErrors { field message code } }\n  }\n": types.OutdialTargetsImportCsvForNulInputTestDocument,
    "\n  mutation OutdialCreateForNulInputTest($input: OutdialCreateInput!) { outdialCreate(input: $input) { outdial { id } } }\n": types.OutdialCreateForNulInputTestDocument,
    "\n  query OutdialsByNameForNulInputTest($name: String!) { outdials(filter: {name: $name}) { totalCount } }\n": types.OutdialsByNameForNulInputTestDocument,
    "\n  mutation OutdialTargetsCreateForOutdialImportTest($input: OutdialTargetsCreateInput!) {\n    outdialTargetsCreate(input: $input) { createdCount outdial { uuid targetStats { total idle } } userErrors { field message code } }\n  }\n": types.OutdialTargetsCreateForOutdialImportTestDocument,
    "\n  mutation OutdialTargetsImportCsvForOutdialImportTest($input: OutdialTargetsImportCsvInput!) {\n    outdialTargetsImportCsv(input: $input) { createdCount outdial { uuid targetStats { total } } userErrors { field message code } }\n  }\n": types.OutdialTargetsImportCsvForOutdialImportTestDocument,
    "\n  mutation OutdialCreateForOutdialImportTest($name: String!) { outdialCreate(input: {name: $name}) { outdial { id uuid } } }\n": types.OutdialCreateForOutdialImportTestDocument,
    "\n  mutation OutdialDeleteForOutdialImportTest($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } } }\n": types.OutdialDeleteForOutdialImportTestDocument,
    "\n  query OutdialTargetsForOutdialImportTest($id: ID!) {\n    outdial(id: $id) { targets { nodes { name detail data destinations { index address { type target } } } } }\n  }\n": types.OutdialTargetsForOutdialImportTestDocument,
    "\n  mutation OutdialTargetCreateForOutdialTargetTest($input: OutdialTargetCreateInput!) {\n    outdialTargetCreate(input: $input) {\n      outdialTarget {\n        id uuid name detail data status result version outdial { uuid }\n        destinations { index tryCount address { type target targetName name detail } } createdAt updatedAt deletedAt\n      }\n      userErrors { field message code }\n    }\n  }\n": types.OutdialTargetCreateForOutdialTargetTestDocument,
    "\n  mutation OutdialTargetUpdateForOutdialTargetTest($input: OutdialTargetUpdateInput!) {\n    outdialTargetUpdate(input: $input) {\n      outdialTarget {\n        id uuid name detail data status result version outdial { uuid }\n        destinations { index tryCount address { type target targetName name detail } } createdAt updatedAt deletedAt\n      }\n      userErrors { field message code }\n    }\n  }\n": types.OutdialTargetUpdateForOutdialTargetTestDocument,
    "\n  mutation OutdialTargetDeleteForOutdialTargetTest($id: ID!) {\n    outdialTargetDelete(input: {id: $id}) {\n      outdialTarget {\n        id uuid name detail data status result version outdial { uuid }\n        destinations { index tryCount address { type target targetName name detail } } createdAt updatedAt deletedAt\n      }\n      userErrors { field message code }\n    }\n  }\n": types.OutdialTargetDeleteForOutdialTargetTestDocument,
    "\n  mutation OutdialCreateForOutdialTargetTest($input: OutdialCreateInput!) { outdialCreate(input: $input) { outdial { id uuid } } }\n": types.OutdialCreateForOutdialTargetTestDocument,
    "\n  mutation OutdialDeleteForOutdialTargetTest($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } } }\n": types.OutdialDeleteForOutdialTargetTestDocument,
    "\n  query OutdialTargetReadForOutdialTargetTest($id: ID!) { outdialTarget(id: $id) { uuid } node(id: $id) { ... on OutdialTarget { name } } }\n": types.OutdialTargetReadForOutdialTargetTestDocument,
    "\n  query OutdialTargetDeletedAtForOutdialTargetTest($id: ID!) { outdialTarget(id: $id) { deletedAt } }\n": types.OutdialTargetDeletedAtForOutdialTargetTestDocument,
    "\n  query OutdialTargetsLiveAndAllForOutdialTargetTest($id: ID!) {\n    outdial(id: $id) { live: targets(first: 100) { nodes { uuid } } all: targets(first: 100, includeDeleted: true) { nodes { uuid } } }\n  }\n": types.OutdialTargetsLiveAndAllForOutdialTargetTestDocument,
    "\n  query OutdialTargetStatsForOutdialTargetTest($id: ID!) {\n    outdial(id: $id) { targetStats { total idle progressing done } busy: targets(filter: {status: [PROGRESSING, DONE]}) { totalCount } }\n  }\n": types.OutdialTargetStatsForOutdialTargetTestDocument,
    "\n  query OutdialTargetsForwardForOutdialTargetTest($id: ID!, $after: String) {\n    outdial(id: $id) { targets(first: 100, after: $after) { nodes { uuid } pageInfo { hasNextPage endCursor } } }\n  }\n": types.OutdialTargetsForwardForOutdialTargetTestDocument,
    "\n  query OutdialTargetsBackwardForOutdialTargetTest($id: ID!, $before: String) {\n    outdial(id: $id) { targets(last: 37, before: $before) { nodes { uuid } pageInfo { hasPreviousPage startCursor } } }\n  }\n": types.OutdialTargetsBackwardForOutdialTargetTestDocument,
    "\n  query OutdialTargetLookupForOutdialTargetTest($id: ID!) { outdialTarget(id: $id) { id } }\n": types.OutdialTargetLookupForOutdialTargetTestDocument,
    "\n  mutation OutdialCreateForOutdialTest($input: OutdialCreateInput!) {\n    outdialCreate(input: $input) { outdial { id uuid name detail data version createdAt updatedAt deletedAt } userErrors { field message code } }\n  }\n": types.OutdialCreateForOutdialTestDocument,
    "\n  mutation OutdialUpdateForOutdialTest($input: OutdialUpdateInput!) {\n    outdialUpdate(input: $input) { outdial { id uuid name detail data version createdAt updatedAt deletedAt } userErrors { field message code } }\n  }\n": types.OutdialUpdateForOutdialTestDocument,
    "\n  mutation OutdialUpdateDataForOutdialTest($input: OutdialUpdateDataInput!) {\n    outdialUpdateData(input: $input) { outdial { id uuid name detail data version createdAt updatedAt deletedAt } userErrors { field message code } }\n  }\n": types.OutdialUpdateDataForOutdialTestDocument,
    "\n  mutation OutdialDeleteForOutdialTest($id: ID!) {\n    outdialDelete(input: {id: $id}) { outdial { id uuid name detail data version createdAt updatedAt deletedAt } userErrors { field message code } }\n  }\n": types.OutdialDeleteForOutdialTestDocument,
    "\n  query OutdialReadForOutdialTest($id: ID!) {\n    outdial(id: $id) { name detail data targetStats { total idle progressing done } targets { totalCount nodes { id } } } node(id: $id) { ... on Outdial { uuid } }\n  }\n": types.OutdialReadForOutdialTestDocument,
    "\n  query OutdialDeletedAtForOutdialTest($id: ID!) { outdial(id: $id) { deletedAt } }\n": types.OutdialDeletedAtForOutdialTestDocument,
    "\n  query OutdialsLiveAndAllForOutdialTest {\n    live: outdials(first: 100, filter: {name: \"to delete\"}) { totalCount } all: outdials(first: 100, filter: {name: \"to delete\"}, includeDeleted: true) { totalCount }\n  }\n": types.OutdialsLiveAndAllForOutdialTestDocument,
    "\n  query OutdialsByNameTextForOutdialTest($name: String!) { outdials(first: 100, filter: {name: $name}) { totalCount nodes { name } } }\n": types.OutdialsByNameTextForOutdialTestDocument,
    "\n  query OutdialsByNameForOutdialTest { outdials(first: 100, filter: {name: \"sAlE\"}) { totalCount nodes { name } } }\n": types.OutdialsByNameForOutdialTestDocument,
    "\n  query OutdialsForwardForOutdialTest($after: String) {\n    outdials(first: 33, after: $after, filter: {name: \"page-\"}) { totalCount nodes { uuid } pageInfo { hasNextPage endCursor } }\n  }\n": types.OutdialsForwardForOutdialTestDocument,
    "\n  query OutdialsBackwardForOutdialTest($before: String) {\n    outdials(last: 40, before: $before, filter: {name: \"page-\"}) { nodes { uuid } pageInfo { hasPreviousPage startCursor } }\n  }\n": types.OutdialsBackwardForOutdialTestDocument,
    "\n  mutation OutplanCreateForOutplanActionsTest($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n": types.OutplanCreateForOutplanActionsTestDocument,
    "\n  mutation OutplanUpdateForOutplanActionsTest($input: OutplanUpdateInput!) {\n    outplanUpdate(input: $input) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n": types.OutplanUpdateForOutplanActionsTestDocument,
    "\n  mutation OutplanUpdateDialInfoForOutplanActionsTest($input: OutplanUpdateDialInfoInput!) {\n    outplanUpdateDialInfo(input: $input) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n": types.OutplanUpdateDialInfoForOutplanActionsTestDocument,
    "\n  mutation OutplanDeleteForOutplanActionsTest($id: ID!) {\n    outplanDelete(input: {id: $id}) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n": types.OutplanDeleteForOutplanActionsTestDocument,
    "\n  query OutplanDeletedAtForOutplanActionsTest($id: ID!) { outplan(id: $id) { deletedAt } }\n": types.OutplanDeletedAtForOutplanActionsTestDocument,
    "\n  query OutplansLiveAndAllForOutplanActionsTest {\n    live: outplans(first: 100) { nodes { uuid } } all: outplans(first: 100, includeDeleted: true) { nodes { uuid } }\n  }\n": types.OutplansLiveAndAllForOutplanActionsTestDocument,
    "\n  mutation OutplanCreateForTest($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version createdAt updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n": types.OutplanCreateForTestDocument,
    "\n  query OutplanByIdForTest($id: ID!) { outplan(id: $id) { uuid name } node(id: $id) { id ... on Outplan { name } } }\n": types.OutplanByIdForTestDocument,
    "\n  query OutplanLookupForTest($id: ID!) { outplan(id: $id) { id } node(id: $id) { id } }\n": types.OutplanLookupForTestDocument,
    "\n  query OutplansForwardForTest($after: String) { outplans(first: 7, after: $after) { totalCount nodes { uuid } pageInfo { hasNextPage endCursor } } }\n": types.OutplansForwardForTestDocument,
    "\n  query OutplansBackwardForTest($before: String) { outplans(last: 6, before: $before) { nodes { uuid } pageInfo { hasPreviousPage startCursor } } }\n": types.OutplansBackwardForTestDocument,
    "\n  query CampaignPreflightForPreflightTest($id: ID!) {\n    campaign(id: $id) {\n      preflight { targetsTotal dialableNow waitingForRetryInterval outsideCallingHours suppressed overContactLimit done inProgress nextDialableAt }\n    }\n  }\n": types.CampaignPreflightForPreflightTestDocument,
    "\n  subscription OutplanChangedForRedisTest($id: ID) { outplanChanged(outplanId: $id) { id version name } }\n": types.OutplanChangedForRedisTestDocument,
    "\n  mutation OutplanCreateForRedisTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id version name } userErrors { message } } }\n": types.OutplanCreateForRedisTestDocument,
    "\n  mutation OutplanRenameForRedisTest($input: OutplanUpdateInput!) { outplanUpdate(input: $input) { outplan { id version name } userErrors { message } } }\n": types.OutplanRenameForRedisTestDocument,
    "\n  subscription OutplanChangedForShutdownTest { outplanChanged { id name } }\n": types.OutplanChangedForShutdownTestDocument,
    "\n  mutation OutplanCreateForShutdownTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n": types.OutplanCreateForShutdownTestDocument,
    "\n  mutation OutplanCreateForSseModesTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n": types.OutplanCreateForSseModesTestDocument,
    "\n  mutation OutdialCreateForSseModesTest($name: String!) { outdialCreate(input: { name: $name }) { outdial { id } userErrors { message } } }\n": types.OutdialCreateForSseModesTestDocument,
    "\n  mutation TargetsCreateForSseModesTest($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }\n": types.TargetsCreateForSseModesTestDocument,
    "\n  mutation CampaignCreateForSseModesTest($input: CampaignCreateInput!) { campaignCreate(input: $input) { campaign { id createdAt } userErrors { message } } }\n": types.CampaignCreateForSseModesTestDocument,
    "\n  mutation RunForSseModesTest($id: ID!) { campaignUpdateStatus(input: { id: $id, status: RUN }) { userErrors { message } } }\n": types.RunForSseModesTestDocument,
    "\n  mutation OutplanCreateForReplayTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }\n": types.OutplanCreateForReplayTestDocument,
    "\n  mutation OutplanUpdateForReplayTest($i: OutplanUpdateInput!) { outplanUpdate(input: $i) { outplan { version updatedAt } userErrors { message } } }\n": types.OutplanUpdateForReplayTestDocument,
    "\n  mutation CustomerCreateForReplayTest($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id } userErrors { message } } }\n": types.CustomerCreateForReplayTestDocument,
    "\n  subscription OutplanChangedForReplayTest($id: ID, $since: DateTime) { outplanChanged(outplanId: $id, since: $since) { id name version updatedAt } }\n": types.OutplanChangedForReplayTestDocument,
    "\n  subscription CallStatusForReplayTest($c: ID, $since: DateTime) { callStatusChanged(campaignId: $c, since: $since) { uuid status version } }\n": types.CallStatusForReplayTestDocument,
    "\n  subscription CampaignStatusForReplayTest($c: ID, $since: DateTime) { campaignStatusChanged(campaignId: $c, since: $since) { uuid status version } }\n": types.CampaignStatusForReplayTestDocument,
    "\n  subscription TargetStatusForReplayTest($c: ID, $since: DateTime) { outdialTargetStatusChanged(campaignId: $c, since: $since) { uuid status version } }\n": types.TargetStatusForReplayTestDocument,
    "\n  mutation OutdialCreateForReplayTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }\n": types.OutdialCreateForReplayTestDocument,
    "\n  mutation CampaignCreateForReplayTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }\n": types.CampaignCreateForReplayTestDocument,
    "\n  subscription CampaignProgressForReplayTest($id: ID, $since: DateTime) { campaignProgressChanged(campaignId: $id, since: $since) { id name progress { targetsTotal } } }\n": types.CampaignProgressForReplayTestDocument,
    "\n  subscription OutplanChangedForSubscriptionsTest($id: ID) { outplanChanged(outplanId: $id) { id uuid version name } }\n": types.OutplanChangedForSubscriptionsTestDocument,
    "\n  mutation OutplanCreateForSubscriptionsTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id uuid version name } userErrors { message } } }\n": types.OutplanCreateForSubscriptionsTestDocument,
    "\n  mutation OutplanUpdateForSubscriptionsTest($input: OutplanUpdateInput!) { outplanUpdate(input: $input) { outplan { id uuid version name } userErrors { message } } }\n": types.OutplanUpdateForSubscriptionsTestDocument,
    "\n  query NodeForTenancyTest($id: ID!) { node(id: $id) { id } }\n": types.NodeForTenancyTestDocument,
    "\n  query NodesForTenancyTest($ids: [ID!]!) { nodes(ids: $ids) { id } }\n": types.NodesForTenancyTestDocument,
    "\n  mutation CustomerCreateForTenancyTest { customerCreate(input: {name: \"tenant-b\", username: \"b-admin\", password: \"b-admin-password\"}) { userErrors { message } } }\n": types.CustomerCreateForTenancyTestDocument,
    "\n  mutation CallCreateForTenancyCall($target: String!) { callCreate(input: {source: {type: TEL, target: \"+15559876543\"}, destinations: [{type: TEL, target: $target}], actions: [{sleep: {duration: 600000}}]}) { calls { id uuid } userErrors { message } } }\n": types.CallCreateForTenancyCallDocument,
    "\n  query CallForTenancyCall($id: ID!) { call(id: $id) { id status deletedAt } }\n": types.CallForTenancyCallDocument,
    "\n  query CallsForTenancyCall { calls(first: 100, includeDeleted: true) { totalCount nodes { id } } }\n": types.CallsForTenancyCallDocument,
    "\n  mutation CallHangupForTenancyCall($id: ID!) { callHangup(input: {id: $id}) { call { id } userErrors { code } } }\n": types.CallHangupForTenancyCallDocument,
    "\n  mutation CallDeleteForTenancyCall($id: ID!) { callDelete(input: {id: $id}) { call { id } userErrors { code } } }\n": types.CallDeleteForTenancyCallDocument,
    "\n  mutation CallHangupAForTenancyCall($id: ID!) { callHangup(input: {id: $id}) { call { status } } }\n": types.CallHangupAForTenancyCallDocument,
    "\n  subscription CallStatusChangedForTenancyCall { callStatusChanged { id status } }\n": types.CallStatusChangedForTenancyCallDocument,
    "\n  subscription CallStatusChangedCallForTenancyCall($id: ID) { callStatusChanged(callId: $id) { id status } }\n": types.CallStatusChangedCallForTenancyCallDocument,
    "\n  subscription CallStatusChangedCampaignForTenancyCall($id: ID) { callStatusChanged(campaignId: $id) { id status } }\n": types.CallStatusChangedCampaignForTenancyCallDocument,
    "\n  mutation OutplanCreateForTenancyCampaignLive($n: String!) { outplanCreate(input: {name: $n, source: {type: TEL, target: \"+15559876543\"}, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id } userErrors { message } } }\n": types.OutplanCreateForTenancyCampaignLiveDocument,
    "\n  mutation OutdialCreateForTenancyCampaignLive($n: String!) { outdialCreate(input: {name: $n}) { outdial { id } userErrors { message } } }\n": types.OutdialCreateForTenancyCampaignLiveDocument,
    "\n  mutation OutdialTargetCreateForTenancyCampaignLive($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: \"busy\", destinations: [{type: TEL, target: \"+15551230001\"}]}) { outdialTarget { id } userErrors { message } } }\n": types.OutdialTargetCreateForTenancyCampaignLiveDocument,
    "\n  mutation CampaignCreateForTenancyCampaignLive($n: String!, $p: ID, $o: ID) { campaignCreate(input: {name: $n, outplanId: $p, outdialId: $o}) { campaign { id } userErrors { message } } }\n": types.CampaignCreateForTenancyCampaignLiveDocument,
    "\n  mutation OutdialTargetsResetForTenancyCampaignLive($id: ID!) { outdialTargetsReset(input: {outdialId: $id, result: EXHAUSTED}) { resetCount } }\n": types.OutdialTargetsResetForTenancyCampaignLiveDocument,
    "\n  mutation CampaignRunForTenancyCampaignLive($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { status } } }\n": types.CampaignRunForTenancyCampaignLiveDocument,
    "\n  query CampaignForTenancyCampaign($id: ID!) { campaign(id: $id) { name status serviceLevel actions { type } deletedAt outplan { id } outdial { id } nextCampaign { id } } }\n": types.CampaignForTenancyCampaignDocument,
    "\n  query CampaignCallForTenancyCampaign($id: ID!) { campaignCall(id: $id) { status deletedAt } }\n": types.CampaignCallForTenancyCampaignDocument,
    "\n  mutation CampaignCreateBForTenancyCampaign($name: String!) { campaignCreate(input: {name: $name}) { campaign { id } userErrors { message } } }\n": types.CampaignCreateBForTenancyCampaignDocument,
    "\n  mutation OutplanCreateSeedForTenancyCampaign { outplanCreate(input: {name: \"a-campaign-plan\", source: {type: TEL, target: \"+15559876543\"}, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id } } }\n": types.OutplanCreateSeedForTenancyCampaignDocument,
    "\n  mutation OutdialCreateListForTenancyCampaign { outdialCreate(input: {name: \"a-campaign-list\"}) { outdial { id } } }\n": types.OutdialCreateListForTenancyCampaignDocument,
    "\n  mutation OutdialCreateFreeForTenancyCampaign { outdialCreate(input: {name: \"a-free-list\"}) { outdial { id } } }\n": types.OutdialCreateFreeForTenancyCampaignDocument,
    "\n  mutation CampaignCreateNextForTenancyCampaign { campaignCreate(input: {name: \"a-next\"}) { campaign { id } } }\n": types.CampaignCreateNextForTenancyCampaignDocument,
    "\n  mutation CampaignCreateSeedForTenancyCampaign($p: ID, $o: ID, $n: ID) { campaignCreate(input: {name: \"a-campaign\", serviceLevel: 5, actions: [{talk: {text: \"hi\", language: \"en-US\"}}], outplanId: $p, outdialId: $o, nextCampaignId: $n}) { campaign { id } userErrors { message } } }\n": types.CampaignCreateSeedForTenancyCampaignDocument,
    "\n  mutation OutdialTargetCreateSeedForTenancyCampaign($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: \"a-done\", destinations: [{type: TEL, target: \"+15559876543\"}]}) { outdialTarget { id } } }\n": types.OutdialTargetCreateSeedForTenancyCampaignDocument,
    "\n  query FilteredByCampaignForTenancyCampaign($id: ID) { calls(first: 100, includeDeleted: true, filter: {campaignId: $id}) { totalCount } outdials(first: 100, includeDeleted: true, filter: {campaignId: $id}) { totalCount } }\n": types.FilteredByCampaignForTenancyCampaignDocument,
    "\n  query CallForTenancyCampaign($id: ID!) { call(id: $id) { id } }\n": types.CallForTenancyCampaignDocument,
    "\n  query CampaignsForTenancyCampaign { campaigns(first: 100, includeDeleted: true) { totalCount nodes { id progress { targetsTotal attempts } campaignCalls { totalCount } } } }\n": types.CampaignsForTenancyCampaignDocument,
    "\n  mutation CampaignCreateStealForTenancyCampaign($p: ID, $o: ID, $n: ID) { campaignCreate(input: {name: \"b-steal\", outplanId: $p, outdialId: $o, nextCampaignId: $n}) { campaign { id } userErrors { field code } } }\n": types.CampaignCreateStealForTenancyCampaignDocument,
    "\n  query OutdialCampaignForTenancyCampaign($id: ID!) { outdial(id: $id) { campaign { id } } }\n": types.OutdialCampaignForTenancyCampaignDocument,
    "\n  query CampaignIdsForTenancyCampaign { campaigns(first: 100) { nodes { id } } }\n": types.CampaignIdsForTenancyCampaignDocument,
    "\n  mutation CampaignUpdateForTenancyCampaign($id: ID!) { campaignUpdate(input: {id: $id, name: \"stolen\"}) { campaign { id } userErrors { field code } } }\n": types.CampaignUpdateForTenancyCampaignDocument,
    "\n  mutation CampaignUpdateStatusForTenancyCampaign($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { id } userErrors { field code } } }\n": types.CampaignUpdateStatusForTenancyCampaignDocument,
    "\n  mutation CampaignUpdateServiceLevelForTenancyCampaign($id: ID!) { campaignUpdateServiceLevel(input: {id: $id, serviceLevel: 99}) { campaign { id } userErrors { field code } } }\n": types.CampaignUpdateServiceLevelForTenancyCampaignDocument,
    "\n  mutation CampaignUpdateDialingRulesForTenancyCampaign($id: ID!) { campaignUpdateDialingRules(input: {id: $id, callingWindows: [{days: [MONDAY], start: \"03:00\", end: \"04:00\"}], defaultTimeZone: \"Asia/Tokyo\"}) { campaign { id } userErrors { field code } } }\n": types.CampaignUpdateDialingRulesForTenancyCampaignDocument,
    "\n  query CampaignDialingRulesForTenancyCampaign($id: ID!) { campaign(id: $id) { dialingRules { callingWindows { start } defaultTimeZone } } }\n": types.CampaignDialingRulesForTenancyCampaignDocument,
    "\n  query CampaignPreflightForTenancyCampaign($id: ID!) { campaign(id: $id) { preflight { targetsTotal done dialableNow } } }\n": types.CampaignPreflightForTenancyCampaignDocument,
    "\n  mutation CampaignUpdateActionsForTenancyCampaign($id: ID!) { campaignUpdateActions(input: {id: $id, actions: []}) { campaign { id } userErrors { field code } } }\n": types.CampaignUpdateActionsForTenancyCampaignDocument,
    "\n  mutation CampaignUpdateResourceInfoForTenancyCampaign($id: ID!, $p: ID, $o: ID, $n: ID) { campaignUpdateResourceInfo(input: {id: $id, outplanId: $p, outdialId: $o, nextCampaignId: $n}) { campaign { id } userErrors { field code } } }\n": types.CampaignUpdateResourceInfoForTenancyCampaignDocument,
    "\n  mutation CampaignUpdateNextCampaignForTenancyCampaign($id: ID!, $n: ID) { campaignUpdateNextCampaign(input: {id: $id, nextCampaignId: $n}) { campaign { id } userErrors { field code } } }\n": types.CampaignUpdateNextCampaignForTenancyCampaignDocument,
    "\n  mutation CampaignDeleteForTenancyCampaign($id: ID!) { campaignDelete(input: {id: $id}) { campaign { id } userErrors { field code } } }\n": types.CampaignDeleteForTenancyCampaignDocument,
    "\n  mutation CampaignCallDeleteForTenancyCampaign($id: ID!) { campaignCallDelete(input: {id: $id}) { campaignCall { id } userErrors { field code } } }\n": types.CampaignCallDeleteForTenancyCampaignDocument,
    "\n  mutation OutdialUpdateCampaignForTenancyCampaign($id: ID!, $c: ID) { outdialUpdateCampaign(input: {id: $id, campaignId: $c}) { outdial { id } userErrors { field code } } }\n": types.OutdialUpdateCampaignForTenancyCampaignDocument,
    "\n  mutation OutdialCreateBindForTenancyCampaign { outdialCreate(input: {name: \"b-bind\"}) { outdial { id } } }\n": types.OutdialCreateBindForTenancyCampaignDocument,
    "\n  mutation OutdialCreateBoundForTenancyCampaign($c: ID) { outdialCreate(input: {name: \"b-bound\", campaignId: $c}) { outdial { id } userErrors { field code } } }\n": types.OutdialCreateBoundForTenancyCampaignDocument,
    "\n  query OutdialsBoundForTenancyCampaign { outdials(first: 100, filter: {name: \"b-bound\"}) { totalCount } }\n": types.OutdialsBoundForTenancyCampaignDocument,
    "\n  subscription OutdialTargetStatusChangedForTenancyCampaign { outdialTargetStatusChanged { id status } }\n": types.OutdialTargetStatusChangedForTenancyCampaignDocument,
    "\n  subscription OutdialTargetStatusChangedOutdialForTenancyCampaign($id: ID) { outdialTargetStatusChanged(outdialId: $id) { id } }\n": types.OutdialTargetStatusChangedOutdialForTenancyCampaignDocument,
    "\n  subscription OutdialTargetStatusChangedCampaignForTenancyCampaign($id: ID) { outdialTargetStatusChanged(campaignId: $id) { id } }\n": types.OutdialTargetStatusChangedCampaignForTenancyCampaignDocument,
    "\n  subscription CampaignStatusChangedForTenancyCampaign { campaignStatusChanged { id status } }\n": types.CampaignStatusChangedForTenancyCampaignDocument,
    "\n  subscription CampaignStatusChangedOneForTenancyCampaign($id: ID) { campaignStatusChanged(campaignId: $id) { id status } }\n": types.CampaignStatusChangedOneForTenancyCampaignDocument,
    "\n  subscription CampaignProgressChangedForTenancyCampaign { campaignProgressChanged { id progress { attempts } } }\n": types.CampaignProgressChangedForTenancyCampaignDocument,
    "\n  subscription CampaignProgressChangedOneForTenancyCampaign($id: ID) { campaignProgressChanged(campaignId: $id) { id progress { attempts } } }\n": types.CampaignProgressChangedOneForTenancyCampaignDocument,
    "\n  mutation OutdialTargetsResetForTenancyCampaign($id: ID!) { outdialTargetsReset(input: {outdialId: $id}) { outdial { id } resetCount userErrors { field code } } }\n": types.OutdialTargetsResetForTenancyCampaignDocument,
    "\n  query OutdialTargetStateForTenancyCampaign($id: ID!) { outdialTarget(id: $id) { status result } }\n": types.OutdialTargetStateForTenancyCampaignDocument,
    "\n  mutation DncListCreateForTenancyDnc($name: String!) { dncListCreate(input: {name: $name}) { dncList { id } userErrors { code } } }\n": types.DncListCreateForTenancyDncDocument,
    "\n  mutation DncEntriesAddForTenancyDnc($id: ID!, $addresses: [String!]!) {\n    dncEntriesAdd(input: {dncListId: $id, addresses: $addresses}) { dncList { id } added removed userErrors { code field } }\n  }\n": types.DncEntriesAddForTenancyDncDocument,
    "\n  mutation DncEntriesRemoveForTenancyDnc($id: ID!, $addresses: [String!]!) {\n    dncEntriesRemove(input: {dncListId: $id, addresses: $addresses}) { dncList { id } added removed userErrors { code field } }\n  }\n": types.DncEntriesRemoveForTenancyDncDocument,
    "\n  mutation DncEntriesImportCsvForTenancyDnc($id: ID!, $csv: String!) {\n    dncEntriesImportCsv(input: {dncListId: $id, csv: $csv}) { dncList { id } added removed userErrors { code field } }\n  }\n": types.DncEntriesImportCsvForTenancyDncDocument,
    "\n  mutation DncListUpdateForTenancyDnc($id: ID!) { dncListUpdate(input: {id: $id, name: \"stolen\"}) { dncList { id } userErrors { code } } }\n": types.DncListUpdateForTenancyDncDocument,
    "\n  mutation DncListDeleteForTenancyDnc($id: ID!) { dncListDelete(input: {id: $id}) { dncList { id } userErrors { code } } }\n": types.DncListDeleteForTenancyDncDocument,
    "\n  query DncListForTenancyDnc($id: ID!) { dncList(id: $id) { id name entryCount entries(first: 10) { totalCount nodes { address } } } }\n": types.DncListForTenancyDncDocument,
    "\n  query DncListsForTenancyDnc { dncLists(first: 100) { totalCount nodes { id } } }\n": types.DncListsForTenancyDncDocument,
    "\n  mutation UserCreateAForTenancyIdentity { userCreate(input: {username: \"a-manager\", password: \"a-manager-password\", role: MANAGER}) { user { id } } }\n": types.UserCreateAForTenancyIdentityDocument,
    "\n  mutation AccessKeyCreateAForTenancyIdentity { accessKeyCreate(input: {name: \"a-key\"}) { accessKey { id } token } }\n": types.AccessKeyCreateAForTenancyIdentityDocument,
    "\n  query ViewerForTenancyIdentity { viewer { customer { name } } }\n": types.ViewerForTenancyIdentityDocument,
    "\n  query CustomersForTenancyIdentity { customers { totalCount } }\n": types.CustomersForTenancyIdentityDocument,
    "\n  query UsersForTenancyIdentity { users(first: 100) { totalCount nodes { id username } } }\n": types.UsersForTenancyIdentityDocument,
    "\n  query AccessKeysForTenancyIdentity { accessKeys(first: 100) { nodes { id } } }\n": types.AccessKeysForTenancyIdentityDocument,
    "\n  mutation CustomerCreateBForTenancyIdentity { customerCreate(input: {name: \"b-child\", username: \"b-child-admin\", password: \"child-password\"}) { customer { id } } }\n": types.CustomerCreateBForTenancyIdentityDocument,
    "\n  mutation UserCreateBForTenancyIdentity { userCreate(input: {username: \"b-created\", password: \"b-created-password\", role: MANAGER}) { user { id } } }\n": types.UserCreateBForTenancyIdentityDocument,
    "\n  query UsernamesForTenancyIdentity { users(first: 100) { nodes { username } } }\n": types.UsernamesForTenancyIdentityDocument,
    "\n  mutation UserUpdateRoleForTenancyIdentity($id: ID!) { userUpdateRole(input: {id: $id, role: ADMIN}) { user { id } userErrors { code } } }\n": types.UserUpdateRoleForTenancyIdentityDocument,
    "\n  query UserRoleForTenancyIdentity($id: ID!) { node(id: $id) { ... on User { role } } }\n": types.UserRoleForTenancyIdentityDocument,
    "\n  mutation UserDeleteForTenancyIdentity($id: ID!) { userDelete(input: {id: $id}) { user { id } userErrors { code } } }\n": types.UserDeleteForTenancyIdentityDocument,
    "\n  query UserDeletedAtForTenancyIdentity($id: ID!) { node(id: $id) { ... on User { deletedAt } } }\n": types.UserDeletedAtForTenancyIdentityDocument,
    "\n  mutation AccessKeyCreateBForTenancyIdentity { accessKeyCreate(input: {name: \"b-key\"}) { token } }\n": types.AccessKeyCreateBForTenancyIdentityDocument,
    "\n  mutation AccessKeyDeleteForTenancyIdentity($id: ID!) { accessKeyDelete(input: {id: $id}) { accessKey { id } userErrors { code } } }\n": types.AccessKeyDeleteForTenancyIdentityDocument,
    "\n  query AccessKeyDeletedAtForTenancyIdentity($id: ID!) { node(id: $id) { ... on AccessKey { deletedAt } } }\n": types.AccessKeyDeletedAtForTenancyIdentityDocument,
    "\n  query OutdialForTenancyOutdial($id: ID!) { outdial(id: $id) { name detail data deletedAt targetStats { total } targets(includeDeleted: true) { totalCount nodes { uuid name deletedAt } } } }\n": types.OutdialForTenancyOutdialDocument,
    "\n  query OutdialTargetForTenancyOutdial($id: ID!) { outdialTarget(id: $id) { name deletedAt } }\n": types.OutdialTargetForTenancyOutdialDocument,
    "\n  mutation OutdialCreateAForTenancyOutdial { outdialCreate(input: {name: \"a-outdial\", data: \"a-data\"}) { outdial { id } } }\n": types.OutdialCreateAForTenancyOutdialDocument,
    "\n  mutation OutdialTargetCreateAForTenancyOutdial($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: \"a-target\", destinations: [{type: TEL, target: \"+15559876543\"}]}) { outdialTarget { id } } }\n": types.OutdialTargetCreateAForTenancyOutdialDocument,
    "\n  mutation OutplanCreateAForTenancyOutdial { outplanCreate(input: {name: \"a-outplan-2\", dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id } } }\n": types.OutplanCreateAForTenancyOutdialDocument,
    "\n  query OutdialsForTenancyOutdial { outdials(first: 100, includeDeleted: true) { totalCount nodes { id targets(includeDeleted: true) { totalCount } } } }\n": types.OutdialsForTenancyOutdialDocument,
    "\n  mutation OutdialCreateBForTenancyOutdial { outdialCreate(input: {name: \"b-outdial\"}) { outdial { id } } }\n": types.OutdialCreateBForTenancyOutdialDocument,
    "\n  query OutdialsNamedBForTenancyOutdial { outdials(first: 100, filter: {name: \"b-outdial\"}) { totalCount } }\n": types.OutdialsNamedBForTenancyOutdialDocument,
    "\n  mutation OutdialUpdateForTenancyOutdial($id: ID!) { outdialUpdate(input: {id: $id, name: \"stolen\"}) { outdial { id } userErrors { code } } }\n": types.OutdialUpdateForTenancyOutdialDocument,
    "\n  mutation OutdialUpdateDataForTenancyOutdial($id: ID!) { outdialUpdateData(input: {id: $id, data: \"stolen\"}) { outdial { id } userErrors { code } } }\n": types.OutdialUpdateDataForTenancyOutdialDocument,
    "\n  mutation OutdialDeleteForTenancyOutdial($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } userErrors { code } } }\n": types.OutdialDeleteForTenancyOutdialDocument,
    "\n  mutation OutdialTargetCreateBForTenancyOutdial($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: \"b-target\", destinations: [{type: TEL, target: \"+15559876543\"}]}) { outdialTarget { id } userErrors { field code } } }\n": types.OutdialTargetCreateBForTenancyOutdialDocument,
    "\n  mutation OutdialTargetUpdateForTenancyOutdial($id: ID!) { outdialTargetUpdate(input: {id: $id, name: \"stolen\"}) { outdialTarget { id } userErrors { code } } }\n": types.OutdialTargetUpdateForTenancyOutdialDocument,
    "\n  mutation OutdialTargetDeleteForTenancyOutdial($id: ID!) { outdialTargetDelete(input: {id: $id}) { outdialTarget { id } userErrors { code } } }\n": types.OutdialTargetDeleteForTenancyOutdialDocument,
    "\n  mutation OutdialTargetsCreateForTenancyOutdial($id: ID!) { outdialTargetsCreate(input: {outdialId: $id, targets: [{name: \"b-bulk\", destinations: [{type: TEL, target: \"+15559876543\"}]}]}) { outdial { id } createdCount userErrors { field code } } }\n": types.OutdialTargetsCreateForTenancyOutdialDocument,
    "\n  mutation OutdialTargetsImportCsvForTenancyOutdial($id: ID!, $csv: String!) { outdialTargetsImportCsv(input: {outdialId: $id, csv: $csv}) { outdial { id } createdCount userErrors { field code } } }\n": types.OutdialTargetsImportCsvForTenancyOutdialDocument,
    "\n  mutation OutplanUpdateDialInfoForTenancyOutdial($id: ID!) { outplanUpdateDialInfo(input: {id: $id, dialTimeout: 60000, tryInterval: 0, maxTryCounts: [9]}) { outplan { id } userErrors { code } } }\n": types.OutplanUpdateDialInfoForTenancyOutdialDocument,
    "\n  query OutplanDialInfoForTenancyOutdial($id: ID!) { outplan(id: $id) { dialTimeout maxTryCounts } }\n": types.OutplanDialInfoForTenancyOutdialDocument,
    "\n  mutation OutplanDeleteForTenancyOutdial($id: ID!) { outplanDelete(input: {id: $id}) { outplan { id } userErrors { code } } }\n": types.OutplanDeleteForTenancyOutdialDocument,
    "\n  query OutplanDeletedAtForTenancyOutdial($id: ID!) { outplan(id: $id) { deletedAt } }\n": types.OutplanDeletedAtForTenancyOutdialDocument,
    "\n  mutation OutplanCreateForTenancyOutplan($name: String!) { outplanCreate(input: {name: $name, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id uuid } } }\n": types.OutplanCreateForTenancyOutplanDocument,
    "\n  query OutplanIdForTenancyOutplan($id: ID!) { outplan(id: $id) { id } }\n": types.OutplanIdForTenancyOutplanDocument,
    "\n  query OutplansForTenancyOutplan { outplans(first: 100, includeDeleted: true) { totalCount nodes { id } } }\n": types.OutplansForTenancyOutplanDocument,
    "\n  mutation OutplanUpdateStolenForTenancyOutplan($id: ID!) { outplanUpdate(input: {id: $id, name: \"stolen\"}) { outplan { id } userErrors { code } } }\n": types.OutplanUpdateStolenForTenancyOutplanDocument,
    "\n  mutation OutplanRulesStolenForTenancyOutplan($id: ID!) {\n    outplanUpdateOutcomeRules(input: {id: $id, rules: [{outcome: DECLINED, action: STOP_TARGET}], machineDetection: OFF}) { outplan { id } userErrors { code } }\n  }\n": types.OutplanRulesStolenForTenancyOutplanDocument,
    "\n  query OutplanRulesForTenancyOutplan($id: ID!) { outplan(id: $id) { machineDetection outcomeRules { outcome } } }\n": types.OutplanRulesForTenancyOutplanDocument,
    "\n  query OutplanNameForTenancyOutplan($id: ID!) { outplan(id: $id) { name } }\n": types.OutplanNameForTenancyOutplanDocument,
    "\n  mutation OutplanUpdateNameForTenancyOutplan($id: ID!, $name: String) { outplanUpdate(input: {id: $id, name: $name}) { outplan { version } } }\n": types.OutplanUpdateNameForTenancyOutplanDocument,
    "\n  subscription OutplanChangedForTenancyOutplan { outplanChanged { id name } }\n": types.OutplanChangedForTenancyOutplanDocument,
    "\n  subscription OutplanChangedOneForTenancyOutplan($id: ID) { outplanChanged(outplanId: $id) { id name } }\n": types.OutplanChangedOneForTenancyOutplanDocument,
    "\n  mutation WebhookCreateAForTenancy { webhookCreate(input: {url: \"https://a.example.invalid/hook\", eventTypes: [CAMPAIGN_CALL_FINISHED]}) { webhook { id uuid } secret } }\n": types.WebhookCreateAForTenancyDocument,
    "\n  query WebhooksForTenancy { webhooks(first: 100, includeDeleted: true) { nodes { id url } } }\n": types.WebhooksForTenancyDocument,
    "\n  mutation WebhookCreateBForTenancy { webhookCreate(input: {url: \"https://b.example.invalid/hook\", eventTypes: [CAMPAIGN_CALL_FINISHED]}) { webhook { id } } }\n": types.WebhookCreateBForTenancyDocument,
    "\n  mutation WebhookUpdateForTenancy($id: ID!) { webhookUpdate(input: {id: $id, url: \"https://b.example.invalid/stolen\"}) { webhook { id } userErrors { code } } }\n": types.WebhookUpdateForTenancyDocument,
    "\n  mutation WebhookDeleteForTenancy($id: ID!) { webhookDelete(input: {id: $id}) { webhook { id } userErrors { code } } }\n": types.WebhookDeleteForTenancyDocument,
    "\n  mutation WebhookRotateSecretForTenancy($id: ID!) { webhookRotateSecret(input: {id: $id}) { secret userErrors { code } } }\n": types.WebhookRotateSecretForTenancyDocument,
    "\n  mutation WebhookDeliveryRetryForTenancy($id: ID!) { webhookDeliveryRetry(input: {id: $id}) { webhookDelivery { id } userErrors { code } } }\n": types.WebhookDeliveryRetryForTenancyDocument,
    "\n  query WebhookOfAForTenancy($id: ID!) { node(id: $id) { ... on Webhook { url deletedAt previousSecretExpiresAt } } }\n": types.WebhookOfAForTenancyDocument,
    "\n  query WebhookDeliveryOfAForTenancy($id: ID!) { node(id: $id) { ... on WebhookDelivery { status } } }\n": types.WebhookDeliveryOfAForTenancyDocument,
    "\n  mutation UserCreateForUsernameCaseTest($input: UserCreateInput!) { userCreate(input: $input) { user { username } userErrors { field message code } } }\n": types.UserCreateForUsernameCaseTestDocument,
    "\n  mutation CustomerCreateForUsernameCaseTest($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { name } userErrors { field code } } }\n": types.CustomerCreateForUsernameCaseTestDocument,
    "\n  query ViewerForUsernameCaseTest { viewer { username } }\n": types.ViewerForUsernameCaseTestDocument,
    "\n  mutation OutplanCreateForUuidIdsTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id uuid } userErrors { message } } }\n": types.OutplanCreateForUuidIdsTestDocument,
    "\n  mutation OutdialCreateForUuidIdsTest($name: String!) { outdialCreate(input: { name: $name }) { outdial { id uuid } userErrors { message } } }\n": types.OutdialCreateForUuidIdsTestDocument,
    "\n  mutation TargetCreateForUuidIdsTest($input: OutdialTargetCreateInput!) {\n    outdialTargetCreate(input: $input) { outdialTarget { id uuid outdial { uuid } } userErrors { field message code } }\n  }\n": types.TargetCreateForUuidIdsTestDocument,
    "\n  mutation CampaignCreateForUuidIdsTest($input: CampaignCreateInput!) {\n    campaignCreate(input: $input) { campaign { id uuid outplan { uuid } outdial { uuid } } userErrors { field message code } }\n  }\n": types.CampaignCreateForUuidIdsTestDocument,
    "\n  mutation CallCreateForUuidIdsTest($input: CallCreateInput!) { callCreate(input: $input) { calls { id uuid } userErrors { message } } }\n": types.CallCreateForUuidIdsTestDocument,
    "\n  query LookupsForUuidIdsTest($outdial: ID!, $outplan: ID!, $campaign: ID!, $target: ID!, $call: ID!) {\n    outdial(id: $outdial) { uuid } outplan(id: $outplan) { uuid } campaign(id: $campaign) { uuid }\n    outdialTarget(id: $target) { uuid } call(id: $call) { uuid }\n  }\n": types.LookupsForUuidIdsTestDocument,
    "\n  query OutdialForUuidIdsTest($id: ID!) { outdial(id: $id) { uuid name } }\n": types.OutdialForUuidIdsTestDocument,
    "\n  query NodeAndNodesForUuidIdsTest($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } }\n": types.NodeAndNodesForUuidIdsTestDocument,
    "\n  mutation OutdialUpdateForUuidIdsTest($input: OutdialUpdateInput!) { outdialUpdate(input: $input) { outdial { uuid name } userErrors { field message code } } }\n": types.OutdialUpdateForUuidIdsTestDocument,
    "\n  mutation CampaignUpdateForUuidIdsTest($input: CampaignUpdateInput!) { campaignUpdate(input: $input) { campaign { uuid name } userErrors { field message code } } }\n": types.CampaignUpdateForUuidIdsTestDocument,
    "\n  mutation OutplanDeleteForUuidIdsTest($id: ID!) { outplanDelete(input: { id: $id }) { outplan { uuid deletedAt } userErrors { field message code } } }\n": types.OutplanDeleteForUuidIdsTestDocument,
    "\n  query OutdialsOfCampaignForUuidIdsTest($campaignId: ID!) { outdials(filter: { campaignId: $campaignId }) { nodes { uuid } } }\n": types.OutdialsOfCampaignForUuidIdsTestDocument,
    "\n  mutation OutplanRenameForUuidIdsTest($input: OutplanUpdateInput!) { outplanUpdate(input: $input) { userErrors { message } } }\n": types.OutplanRenameForUuidIdsTestDocument,
    "\n  mutation DncListCreateForUuidIdsTest($name: String!) { dncListCreate(input: { name: $name }) { dncList { id } userErrors { message } } }\n": types.DncListCreateForUuidIdsTestDocument,
    "\n  mutation CampaignDncListsForUuidIdsTest($id: ID!, $dncListIds: [ID!]) {\n    campaignUpdateDialingRules(input: { id: $id, dncListIds: $dncListIds }) { campaign { dialingRules { dncLists { id } } } userErrors { field message code } }\n  }\n": types.CampaignDncListsForUuidIdsTestDocument,
    "\n  mutation CustomerCreateForUuidIdsTest { customerCreate(input: { name: \"uuid-b\", username: \"uuid-b-admin\", password: \"uuid-b-admin-password\" }) { userErrors { message } } }\n": types.CustomerCreateForUuidIdsTestDocument,
    "\n  query TypenameForWsLimitsTest { __typename }\n": types.TypenameForWsLimitsTestDocument,
    "\n  subscription OutplanChangedForWsLimitsTest { outplanChanged { name } }\n": types.OutplanChangedForWsLimitsTestDocument,
    "\n  mutation OutplanCreateForWsLimitsTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } } }\n": types.OutplanCreateForWsLimitsTestDocument,
    "\n  mutation CustomerCreateForWsLimitsTest($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id } userErrors { message } } }\n": types.CustomerCreateForWsLimitsTestDocument,
    "\n  subscription OutplanChangedForWsProtocolTest { outplanChanged { id name } }\n": types.OutplanChangedForWsProtocolTestDocument,
    "\n  query TypenameForWsProtocolTest { __typename }\n": types.TypenameForWsProtocolTestDocument,
    "\n  mutation OutplanCreateForWsProtocolTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n": types.OutplanCreateForWsProtocolTestDocument,
    "\n  mutation OutplanCreateForWsStatementsTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }\n": types.OutplanCreateForWsStatementsTestDocument,
    "\n  mutation OutdialCreateForWsStatementsTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }\n": types.OutdialCreateForWsStatementsTestDocument,
    "\n  mutation CampaignCreateForWsStatementsTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }\n": types.CampaignCreateForWsStatementsTestDocument,
    "\n  mutation CampaignStatusForWsStatementsTest($id: ID!, $s: CampaignStatusChange!) {\n    campaignUpdateStatus(input: {id: $id, status: $s}) { campaign { status version } userErrors { message } }\n  }\n": types.CampaignStatusForWsStatementsTestDocument,
    "\n  mutation UserCreateForWsStatementsTest($i: UserCreateInput!) { userCreate(input: $i) { user { id } userErrors { message } } }\n": types.UserCreateForWsStatementsTestDocument,
    "\n  mutation CustomerCreateForWsStatementsTest($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id } userErrors { message } } }\n": types.CustomerCreateForWsStatementsTestDocument,
    "\n  mutation AccessKeyCreateForWsStatementsTest { accessKeyCreate(input: {name: \"ws-statements\"}) { token userErrors { message } } }\n": types.AccessKeyCreateForWsStatementsTestDocument,
    "\n  subscription CampaignStatusChangedForWsStatementsTest($id: ID!) { campaignStatusChanged(campaignId: $id) { id status version progress { targetsTotal attempts } } }\n": types.CampaignStatusChangedForWsStatementsTestDocument,
    "\n  query ViewerForWsStatementsTest { viewer { username } }\n": types.ViewerForWsStatementsTestDocument,
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
export function graphql(source: "\n  mutation UserCreateForAccessKeyMakerTest($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation UserCreateForAccessKeyMakerTest($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserRoleForAccessKeyMakerTest($id: ID!, $role: UserRole!) { userUpdateRole(input: {id: $id, role: $role}) { user { role } userErrors { message } } }\n"): (typeof documents)["\n  mutation UserRoleForAccessKeyMakerTest($id: ID!, $role: UserRole!) { userUpdateRole(input: {id: $id, role: $role}) { user { role } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserDeleteForAccessKeyMakerTest($id: ID!) { userDelete(input: {id: $id}) { user { deletedAt } userErrors { message } } }\n"): (typeof documents)["\n  mutation UserDeleteForAccessKeyMakerTest($id: ID!) { userDelete(input: {id: $id}) { user { deletedAt } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessKeyCreateForAccessKeyMakerTest($name: String!) { accessKeyCreate(input: {name: $name}) { accessKey { uuid } token userErrors { message } } }\n"): (typeof documents)["\n  mutation AccessKeyCreateForAccessKeyMakerTest($name: String!) { accessKeyCreate(input: {name: $name}) { accessKey { uuid } token userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerForAccessKeyMakerTest { viewer { username role } }\n"): (typeof documents)["\n  query ViewerForAccessKeyMakerTest { viewer { username role } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutplansForAccessKeyMakerTest { outplans { totalCount } }\n"): (typeof documents)["\n  query OutplansForAccessKeyMakerTest { outplans { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersForAccessKeyMakerTest { users { totalCount } }\n"): (typeof documents)["\n  query UsersForAccessKeyMakerTest { users { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerCreateForAccessKeyMakerTest { customerCreate(input: {name: \"by-key\", username: \"by-key-admin\", password: \"by-key-password\"}) { userErrors { message } } }\n"): (typeof documents)["\n  mutation CustomerCreateForAccessKeyMakerTest { customerCreate(input: {name: \"by-key\", username: \"by-key-admin\", password: \"by-key-password\"}) { userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateForAddressLimitsTest($input: OutdialCreateInput!) { outdialCreate(input: $input) { outdial { id } } }\n"): (typeof documents)["\n  mutation OutdialCreateForAddressLimitsTest($input: OutdialCreateInput!) { outdialCreate(input: $input) { outdial { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForAddressLimitsTest($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) { outplan { id source { target } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutplanCreateForAddressLimitsTest($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) { outplan { id source { target } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanUpdateDialInfoForAddressLimitsTest($input: OutplanUpdateDialInfoInput!) {\n    outplanUpdateDialInfo(input: $input) { outplan { id } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutplanUpdateDialInfoForAddressLimitsTest($input: OutplanUpdateDialInfoInput!) {\n    outplanUpdateDialInfo(input: $input) { outplan { id } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetCreateForAddressLimitsTest($input: OutdialTargetCreateInput!) {\n    outdialTargetCreate(input: $input) { outdialTarget { id } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutdialTargetCreateForAddressLimitsTest($input: OutdialTargetCreateInput!) {\n    outdialTargetCreate(input: $input) { outdialTarget { id } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetUpdateForAddressLimitsTest($input: OutdialTargetUpdateInput!) {\n    outdialTargetUpdate(input: $input) { outdialTarget { id } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutdialTargetUpdateForAddressLimitsTest($input: OutdialTargetUpdateInput!) {\n    outdialTargetUpdate(input: $input) { outdialTarget { id } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetsCreateForAddressLimitsTest($input: OutdialTargetsCreateInput!) {\n    outdialTargetsCreate(input: $input) { createdCount userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutdialTargetsCreateForAddressLimitsTest($input: OutdialTargetsCreateInput!) {\n    outdialTargetsCreate(input: $input) { createdCount userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetsImportCsvForAddressLimitsTest($input: OutdialTargetsImportCsvInput!) {\n    outdialTargetsImportCsv(input: $input) { createdCount userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutdialTargetsImportCsvForAddressLimitsTest($input: OutdialTargetsImportCsvInput!) {\n    outdialTargetsImportCsv(input: $input) { createdCount userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallCreateForAddressLimitsTest($input: CallCreateInput!) {\n    callCreate(input: $input) { calls { id } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CallCreateForAddressLimitsTest($input: CallCreateInput!) {\n    callCreate(input: $input) { calls { id } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCreateForAddressLimitsTest($input: CampaignCreateInput!) {\n    campaignCreate(input: $input) { campaign { id } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CampaignCreateForAddressLimitsTest($input: CampaignCreateInput!) {\n    campaignCreate(input: $input) { campaign { id } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateActionsForAddressLimitsTest($input: CampaignUpdateActionsInput!) {\n    campaignUpdateActions(input: $input) { campaign { id } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CampaignUpdateActionsForAddressLimitsTest($input: CampaignUpdateActionsInput!) {\n    campaignUpdateActions(input: $input) { campaign { id } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForApolloTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutplanCreateForApolloTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateForApolloTest($name: String!) { outdialCreate(input: { name: $name }) { outdial { id uuid } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutdialCreateForApolloTest($name: String!) { outdialCreate(input: { name: $name }) { outdial { id uuid } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TargetsCreateForApolloTest($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }\n"): (typeof documents)["\n  mutation TargetsCreateForApolloTest($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCreateForApolloTest($input: CampaignCreateInput!) { campaignCreate(input: $input) { campaign { id uuid createdAt } userErrors { message } } }\n"): (typeof documents)["\n  mutation CampaignCreateForApolloTest($input: CampaignCreateInput!) { campaignCreate(input: $input) { campaign { id uuid createdAt } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllOutdialsForApolloTest { outdials(first: 100) { nodes { id } } }\n"): (typeof documents)["\n  query AllOutdialsForApolloTest { outdials(first: 100) { nodes { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetsOfForApolloTest($id: ID!) { outdial(id: $id) { targets(first: 100) { nodes { uuid } } } }\n"): (typeof documents)["\n  query TargetsOfForApolloTest($id: ID!) { outdial(id: $id) { targets(first: 100) { nodes { uuid } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunForApolloTest($input: CampaignUpdateStatusInput!) { campaignUpdateStatus(input: $input) { campaign { status } userErrors { message } } }\n"): (typeof documents)["\n  mutation RunForApolloTest($input: CampaignUpdateStatusInput!) { campaignUpdateStatus(input: $input) { campaign { status } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutplansCountForAuthErrorsTest { outplans { totalCount } }\n"): (typeof documents)["\n  query OutplansCountForAuthErrorsTest { outplans { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessKeyCreateForAuthErrorsTest($input: AccessKeyCreateInput!) { accessKeyCreate(input: $input) { accessKey { id uuid } token userErrors { message } } }\n"): (typeof documents)["\n  mutation AccessKeyCreateForAuthErrorsTest($input: AccessKeyCreateInput!) { accessKeyCreate(input: $input) { accessKey { id uuid } token userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessKeyDeleteForAuthErrorsTest($id: ID!) { accessKeyDelete(input: {id: $id}) { accessKey { deletedAt } } }\n"): (typeof documents)["\n  mutation AccessKeyDeleteForAuthErrorsTest($id: ID!) { accessKeyDelete(input: {id: $id}) { accessKey { deletedAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserCreateForAuthErrorsTest($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation UserCreateForAuthErrorsTest($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserDeleteForAuthErrorsTest($id: ID!) { userDelete(input: {id: $id}) { user { deletedAt } } }\n"): (typeof documents)["\n  mutation UserDeleteForAuthErrorsTest($id: ID!) { userDelete(input: {id: $id}) { user { deletedAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LegFieldsForCallConnectTest on Call { id uuid status type hangupBy hangupReason progressingAt hangupAt createdAt destination { target } masterCall { uuid type } }\n"): (typeof documents)["\n  fragment LegFieldsForCallConnectTest on Call { id uuid status type hangupBy hangupReason progressingAt hangupAt createdAt destination { target } masterCall { uuid type } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallCreateForCallConnectTest($input: CallCreateInput!) { callCreate(input: $input) { calls { id uuid type } userErrors { field message } } }\n"): (typeof documents)["\n  mutation CallCreateForCallConnectTest($input: CallCreateInput!) { callCreate(input: $input) { calls { id uuid type } userErrors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallForCallConnectTest($id: ID!) { call(id: $id) { ...LegFieldsForCallConnectTest chainedCalls { ...LegFieldsForCallConnectTest chainedCalls { uuid } } } }\n"): (typeof documents)["\n  query CallForCallConnectTest($id: ID!) { call(id: $id) { ...LegFieldsForCallConnectTest chainedCalls { ...LegFieldsForCallConnectTest chainedCalls { uuid } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallHangupForCallConnectTest($id: ID!) { callHangup(input: {id: $id}) { userErrors { message } } }\n"): (typeof documents)["\n  mutation CallHangupForCallConnectTest($id: ID!) { callHangup(input: {id: $id}) { userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CallStatusChangedForCallConnectTest($campaignId: ID, $since: DateTime) { callStatusChanged(campaignId: $campaignId, since: $since) { uuid status type hangupBy } }\n"): (typeof documents)["\n  subscription CallStatusChangedForCallConnectTest($campaignId: ID, $since: DateTime) { callStatusChanged(campaignId: $campaignId, since: $since) { uuid status type hangupBy } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignCallsForCallConnectTest($campaignId: ID!) { calls(first: 10, filter: {campaignId: $campaignId}) { nodes { uuid type masterCall { uuid } } } }\n"): (typeof documents)["\n  query CampaignCallsForCallConnectTest($campaignId: ID!) { calls(first: 10, filter: {campaignId: $campaignId}) { nodes { uuid type masterCall { uuid } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallCreateForCallEventRetryTest($target: String!) {\n    callCreate(input: {source: {type: TEL, target: \"+15559876543\"}, destinations: [{type: TEL, target: $target}], actions: [{talk: {text: \"hello\", language: \"en-US\"}}]}) {\n      calls { id } userErrors { message }\n    }\n  }\n"): (typeof documents)["\n  mutation CallCreateForCallEventRetryTest($target: String!) {\n    callCreate(input: {source: {type: TEL, target: \"+15559876543\"}, destinations: [{type: TEL, target: $target}], actions: [{talk: {text: \"hello\", language: \"en-US\"}}]}) {\n      calls { id } userErrors { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallCreateForCallReconcileTest($target: String!, $actions: [ActionInput!]!) {\n    callCreate(input: {source: {type: TEL, target: \"+15559876543\"}, destinations: [{type: TEL, target: $target}], actions: $actions}) { calls { id } userErrors { message } }\n  }\n"): (typeof documents)["\n  mutation CallCreateForCallReconcileTest($target: String!, $actions: [ActionInput!]!) {\n    callCreate(input: {source: {type: TEL, target: \"+15559876543\"}, destinations: [{type: TEL, target: $target}], actions: $actions}) { calls { id } userErrors { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallForCallReconcileTest($id: ID!) { call(id: $id) { status hangupReason hangupBy progressingAt } }\n"): (typeof documents)["\n  query CallForCallReconcileTest($id: ID!) { call(id: $id) { status hangupReason hangupBy progressingAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallHangupForCallReconcileTest($id: ID!) { callHangup(input: {id: $id}) { call { status } } }\n"): (typeof documents)["\n  mutation CallHangupForCallReconcileTest($id: ID!) { callHangup(input: {id: $id}) { call { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallFieldsForCallTest on Call { id uuid status version direction type hangupBy hangupReason ringingAt progressingAt hangupAt createdAt updatedAt deletedAt }\n"): (typeof documents)["\n  fragment CallFieldsForCallTest on Call { id uuid status version direction type hangupBy hangupReason ringingAt progressingAt hangupAt createdAt updatedAt deletedAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallCreateForCallTest($input: CallCreateInput!) {\n    callCreate(input: $input) { calls { ...CallFieldsForCallTest source { type target } destination { type target } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CallCreateForCallTest($input: CallCreateInput!) {\n    callCreate(input: $input) { calls { ...CallFieldsForCallTest source { type target } destination { type target } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallForCallTest($id: ID!) { call(id: $id) { ...CallFieldsForCallTest masterCall { uuid } chainedCalls { uuid status hangupBy hangupReason } } }\n"): (typeof documents)["\n  query CallForCallTest($id: ID!) { call(id: $id) { ...CallFieldsForCallTest masterCall { uuid } chainedCalls { uuid status hangupBy hangupReason } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallHangupForCallTest($id: ID!) { callHangup(input: {id: $id}) { call { ...CallFieldsForCallTest } userErrors { field code } } }\n"): (typeof documents)["\n  mutation CallHangupForCallTest($id: ID!) { callHangup(input: {id: $id}) { call { ...CallFieldsForCallTest } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallDeleteForCallTest($id: ID!) { callDelete(input: {id: $id}) { call { ...CallFieldsForCallTest } userErrors { field code } } }\n"): (typeof documents)["\n  mutation CallDeleteForCallTest($id: ID!) { callDelete(input: {id: $id}) { call { ...CallFieldsForCallTest } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CallStatusChangedForCallTest { callStatusChanged { uuid status version hangupReason hangupBy } }\n"): (typeof documents)["\n  subscription CallStatusChangedForCallTest { callStatusChanged { uuid status version hangupReason hangupBy } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CallStatusChangedSseForCallTest { callStatusChanged { uuid status } }\n"): (typeof documents)["\n  subscription CallStatusChangedSseForCallTest { callStatusChanged { uuid status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallsListForCallTest { calls(first: 100) { nodes { uuid } } all: calls(first: 100, includeDeleted: true) { nodes { uuid } } }\n"): (typeof documents)["\n  query CallsListForCallTest { calls(first: 100) { nodes { uuid } } all: calls(first: 100, includeDeleted: true) { nodes { uuid } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallsFilteredForCallTest { calls(first: 100, filter: {status: [HANGUP]}) { totalCount nodes { status createdAt } } out: calls(first: 1, filter: {direction: INCOMING}) { totalCount } }\n"): (typeof documents)["\n  query CallsFilteredForCallTest { calls(first: 100, filter: {status: [HANGUP]}) { totalCount nodes { status createdAt } } out: calls(first: 1, filter: {direction: INCOMING}) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallNodeForCallTest($id: ID!) { node(id: $id) { ... on Call { status } } }\n"): (typeof documents)["\n  query CallNodeForCallTest($id: ID!) { node(id: $id) { ... on Call { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForCampaignSubscriptionsTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutplanCreateForCampaignSubscriptionsTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateForCampaignSubscriptionsTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutdialCreateForCampaignSubscriptionsTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetsCreateForCampaignSubscriptionsTest($i: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $i) { createdCount userErrors { message } } }\n"): (typeof documents)["\n  mutation OutdialTargetsCreateForCampaignSubscriptionsTest($i: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $i) { createdCount userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCreateForCampaignSubscriptionsTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation CampaignCreateForCampaignSubscriptionsTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignRunForCampaignSubscriptionsTest($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { status } userErrors { message } } }\n"): (typeof documents)["\n  mutation CampaignRunForCampaignSubscriptionsTest($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { status } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CampaignStatusChangedForCampaignSubscriptionsTest($id: ID) { campaignStatusChanged(campaignId: $id) { id status version } }\n"): (typeof documents)["\n  subscription CampaignStatusChangedForCampaignSubscriptionsTest($id: ID) { campaignStatusChanged(campaignId: $id) { id status version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CampaignProgressChangedForCampaignSubscriptionsTest($id: ID) {\n    campaignProgressChanged(campaignId: $id) { id status\n      progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent } }\n  }\n"): (typeof documents)["\n  subscription CampaignProgressChangedForCampaignSubscriptionsTest($id: ID) {\n    campaignProgressChanged(campaignId: $id) { id status\n      progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OutdialTargetStatusChangedForCampaignSubscriptionsTest($id: ID) {\n    outdialTargetStatusChanged(campaignId: $id) { uuid status version outdial { id } destinations { tryCount } }\n  }\n"): (typeof documents)["\n  subscription OutdialTargetStatusChangedForCampaignSubscriptionsTest($id: ID) {\n    outdialTargetStatusChanged(campaignId: $id) { uuid status version outdial { id } destinations { tryCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CallStatusChangedForCampaignSubscriptionsTest($id: ID) { callStatusChanged(campaignId: $id) { uuid status campaignCall { campaign { id } } } }\n"): (typeof documents)["\n  subscription CallStatusChangedForCampaignSubscriptionsTest($id: ID) { callStatusChanged(campaignId: $id) { uuid status campaignCall { campaign { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignResourceInfoForCampaignSubscriptionsTest($id: ID!, $outdialId: ID) {\n    campaignUpdateResourceInfo(input: {id: $id, outdialId: $outdialId}) { campaign { id } userErrors { message } }\n  }\n"): (typeof documents)["\n  mutation CampaignResourceInfoForCampaignSubscriptionsTest($id: ID!, $outdialId: ID) {\n    campaignUpdateResourceInfo(input: {id: $id, outdialId: $outdialId}) { campaign { id } userErrors { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignFieldsForCampaignTest on Campaign {\n    id uuid name detail type status version endHandle serviceLevel maxConcurrentCalls\n    actions { __typename type ... on TalkAction { text language } ... on HangupAction { reason } }\n    outplan { uuid deletedAt } outdial { uuid deletedAt } nextCampaign { uuid }\n    createdAt updatedAt deletedAt\n  }\n"): (typeof documents)["\n  fragment CampaignFieldsForCampaignTest on Campaign {\n    id uuid name detail type status version endHandle serviceLevel maxConcurrentCalls\n    actions { __typename type ... on TalkAction { text language } ... on HangupAction { reason } }\n    outplan { uuid deletedAt } outdial { uuid deletedAt } nextCampaign { uuid }\n    createdAt updatedAt deletedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutdialFieldsForCampaignTest on Outdial { id uuid name version deletedAt campaign { uuid name } }\n"): (typeof documents)["\n  fragment OutdialFieldsForCampaignTest on Outdial { id uuid name version deletedAt campaign { uuid name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCreateForTest($input: CampaignCreateInput!) {\n    campaignCreate(input: $input) {\n      campaign {\n        id uuid name detail type status version endHandle serviceLevel maxConcurrentCalls\n        actions { __typename type }\n        outplan { uuid } outdial { uuid campaign { uuid } } nextCampaign { uuid }\n        progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent }\n        campaignCalls(first: 5) { totalCount nodes { id } }\n        createdAt updatedAt deletedAt\n      }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignCreateForTest($input: CampaignCreateInput!) {\n    campaignCreate(input: $input) {\n      campaign {\n        id uuid name detail type status version endHandle serviceLevel maxConcurrentCalls\n        actions { __typename type }\n        outplan { uuid } outdial { uuid campaign { uuid } } nextCampaign { uuid }\n        progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent }\n        campaignCalls(first: 5) { totalCount nodes { id } }\n        createdAt updatedAt deletedAt\n      }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCreatePayloadForCampaignTest($input: CampaignCreateInput!) {\n    campaignCreate(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CampaignCreatePayloadForCampaignTest($input: CampaignCreateInput!) {\n    campaignCreate(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateForCampaignTest($input: CampaignUpdateInput!) {\n    campaignUpdate(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CampaignUpdateForCampaignTest($input: CampaignUpdateInput!) {\n    campaignUpdate(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateStatusForCampaignTest($input: CampaignUpdateStatusInput!) {\n    campaignUpdateStatus(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CampaignUpdateStatusForCampaignTest($input: CampaignUpdateStatusInput!) {\n    campaignUpdateStatus(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateServiceLevelForCampaignTest($input: CampaignUpdateServiceLevelInput!) {\n    campaignUpdateServiceLevel(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CampaignUpdateServiceLevelForCampaignTest($input: CampaignUpdateServiceLevelInput!) {\n    campaignUpdateServiceLevel(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateActionsForCampaignTest($input: CampaignUpdateActionsInput!) {\n    campaignUpdateActions(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CampaignUpdateActionsForCampaignTest($input: CampaignUpdateActionsInput!) {\n    campaignUpdateActions(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateResourceInfoForCampaignTest($input: CampaignUpdateResourceInfoInput!) {\n    campaignUpdateResourceInfo(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CampaignUpdateResourceInfoForCampaignTest($input: CampaignUpdateResourceInfoInput!) {\n    campaignUpdateResourceInfo(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateNextCampaignForCampaignTest($input: CampaignUpdateNextCampaignInput!) {\n    campaignUpdateNextCampaign(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CampaignUpdateNextCampaignForCampaignTest($input: CampaignUpdateNextCampaignInput!) {\n    campaignUpdateNextCampaign(input: $input) { campaign { ...CampaignFieldsForCampaignTest } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignDeleteByIdForCampaignTest($id: ID!) {\n    campaignDelete(input: {id: $id}) { campaign { id status deletedAt version outdial { uuid } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CampaignDeleteByIdForCampaignTest($id: ID!) {\n    campaignDelete(input: {id: $id}) { campaign { id status deletedAt version outdial { uuid } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignDeleteForCampaignTest($input: DeleteInput!) { campaignDelete(input: $input) { campaign { id } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CampaignDeleteForCampaignTest($input: DeleteInput!) { campaignDelete(input: $input) { campaign { id } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialUpdateCampaignForCampaignTest($input: OutdialUpdateCampaignInput!) {\n    outdialUpdateCampaign(input: $input) { outdial { ...OutdialFieldsForCampaignTest } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutdialUpdateCampaignForCampaignTest($input: OutdialUpdateCampaignInput!) {\n    outdialUpdateCampaign(input: $input) { outdial { ...OutdialFieldsForCampaignTest } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateForCampaignTest($input: OutdialCreateInput!) {\n    outdialCreate(input: $input) { outdial { ...OutdialFieldsForCampaignTest } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutdialCreateForCampaignTest($input: OutdialCreateInput!) {\n    outdialCreate(input: $input) { outdial { ...OutdialFieldsForCampaignTest } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignForCampaignTest($id: ID!) { campaign(id: $id) { ...CampaignFieldsForCampaignTest } }\n"): (typeof documents)["\n  query CampaignForCampaignTest($id: ID!) { campaign(id: $id) { ...CampaignFieldsForCampaignTest } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialForCampaignTest($id: ID!) { outdial(id: $id) { ...OutdialFieldsForCampaignTest } }\n"): (typeof documents)["\n  query OutdialForCampaignTest($id: ID!) { outdial(id: $id) { ...OutdialFieldsForCampaignTest } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForCampaignTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id uuid } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutplanCreateForCampaignTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id uuid } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanDeleteByIdForCampaignTest($id: ID!) { outplanDelete(input: {id: $id}) { userErrors { code } } }\n"): (typeof documents)["\n  mutation OutplanDeleteByIdForCampaignTest($id: ID!) { outplanDelete(input: {id: $id}) { userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialDeleteByIdForCampaignTest($id: ID!) { outdialDelete(input: {id: $id}) { userErrors { code } } }\n"): (typeof documents)["\n  mutation OutdialDeleteByIdForCampaignTest($id: ID!) { outdialDelete(input: {id: $id}) { userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignNodeForCampaignTest($id: ID!) { node(id: $id) { ... on Campaign { uuid } } }\n"): (typeof documents)["\n  query CampaignNodeForCampaignTest($id: ID!) { node(id: $id) { ... on Campaign { uuid } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialsOfCampaignForCampaignTest($c: ID) { outdials(first: 100, filter: {campaignId: $c}) { totalCount nodes { uuid } } }\n"): (typeof documents)["\n  query OutdialsOfCampaignForCampaignTest($c: ID) { outdials(first: 100, filter: {campaignId: $c}) { totalCount nodes { uuid } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialCountOfCampaignForCampaignTest($c: ID) { outdials(first: 100, filter: {campaignId: $c}) { totalCount } }\n"): (typeof documents)["\n  query OutdialCountOfCampaignForCampaignTest($c: ID) { outdials(first: 100, filter: {campaignId: $c}) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NextCampaignForCampaignTest($id: ID!) { campaign(id: $id) { nextCampaign { uuid deletedAt } } }\n"): (typeof documents)["\n  query NextCampaignForCampaignTest($id: ID!) { campaign(id: $id) { nextCampaign { uuid deletedAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignsIncludingDeletedForCampaignTest($d: Boolean) { campaigns(first: 100, includeDeleted: $d) { totalCount nodes { uuid } } }\n"): (typeof documents)["\n  query CampaignsIncludingDeletedForCampaignTest($d: Boolean) { campaigns(first: 100, includeDeleted: $d) { totalCount nodes { uuid } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanDeleteForCampaignTest($input: DeleteInput!) { outplanDelete(input: $input) { outplan { id deletedAt } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation OutplanDeleteForCampaignTest($input: DeleteInput!) { outplanDelete(input: $input) { outplan { id deletedAt } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanUpdateDialInfoForCampaignTest($input: OutplanUpdateDialInfoInput!) {\n    outplanUpdateDialInfo(input: $input) { outplan { id dialTimeout source { type target } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutplanUpdateDialInfoForCampaignTest($input: OutplanUpdateDialInfoInput!) {\n    outplanUpdateDialInfo(input: $input) { outplan { id dialTimeout source { type target } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialDeleteForCampaignTest($input: DeleteInput!) { outdialDelete(input: $input) { outdial { id deletedAt } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation OutdialDeleteForCampaignTest($input: DeleteInput!) { outdialDelete(input: $input) { outdial { id deletedAt } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignsByStatusForCampaignTest($s: [CampaignStatus!]) { campaigns(first: 100, filter: {status: $s}) { totalCount nodes { uuid status } } }\n"): (typeof documents)["\n  query CampaignsByStatusForCampaignTest($s: [CampaignStatus!]) { campaigns(first: 100, filter: {status: $s}) { totalCount nodes { uuid status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignAndCampaignCallForCampaignTest($id: ID!) { campaign(id: $id) { id } campaignCall(id: $id) { id } }\n"): (typeof documents)["\n  query CampaignAndCampaignCallForCampaignTest($id: ID!) { campaign(id: $id) { id } campaignCall(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetsCreateForCampaignTest($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }\n"): (typeof documents)["\n  mutation OutdialTargetsCreateForCampaignTest($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignProgressForCampaignTest($id: ID!) {\n    campaign(id: $id) {\n      progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent } campaignCalls { totalCount }\n    }\n  }\n"): (typeof documents)["\n  query CampaignProgressForCampaignTest($id: ID!) {\n    campaign(id: $id) {\n      progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent } campaignCalls { totalCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignProgressSummaryForCampaignTest($id: ID!) { campaign(id: $id) { progress { targetsTotal targetsAnswered attempts percent } } }\n"): (typeof documents)["\n  query CampaignProgressSummaryForCampaignTest($id: ID!) { campaign(id: $id) { progress { targetsTotal targetsAnswered attempts percent } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoCampaignProgressesForCampaignTest($a: ID!, $b: ID!) {\n    a: campaign(id: $a) { progress { targetsTotal percent } } b: campaign(id: $b) { progress { targetsTotal percent } }\n  }\n"): (typeof documents)["\n  query TwoCampaignProgressesForCampaignTest($a: ID!, $b: ID!) {\n    a: campaign(id: $a) { progress { targetsTotal percent } } b: campaign(id: $b) { progress { targetsTotal percent } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignCallsFilteredForCampaignTest($id: ID!, $f: CampaignCallFilter) { campaign(id: $id) { campaignCalls(filter: $f) { totalCount nodes { uuid } } } }\n"): (typeof documents)["\n  query CampaignCallsFilteredForCampaignTest($id: ID!, $f: CampaignCallFilter) { campaign(id: $id) { campaignCalls(filter: $f) { totalCount nodes { uuid } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignCallForCampaignTest($id: ID!) {\n    campaignCall(id: $id) { id uuid status result version source { type } destination { type target } destinationIndex tryCount\n      campaign { uuid } outdialTarget { uuid } call { uuid campaignCall { uuid } } createdAt updatedAt deletedAt }\n  }\n"): (typeof documents)["\n  query CampaignCallForCampaignTest($id: ID!) {\n    campaignCall(id: $id) { id uuid status result version source { type } destination { type target } destinationIndex tryCount\n      campaign { uuid } outdialTarget { uuid } call { uuid campaignCall { uuid } } createdAt updatedAt deletedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignCallCallForCampaignTest($id: ID!) { campaignCall(id: $id) { call { uuid } } }\n"): (typeof documents)["\n  query CampaignCallCallForCampaignTest($id: ID!) { campaignCall(id: $id) { call { uuid } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialTargetCampaignCallsForCampaignTest($id: ID!, $after: String) {\n    outdialTarget(id: $id) { campaignCalls(first: 2, after: $after) { totalCount nodes { uuid tryCount } pageInfo { hasNextPage endCursor } } }\n  }\n"): (typeof documents)["\n  query OutdialTargetCampaignCallsForCampaignTest($id: ID!, $after: String) {\n    outdialTarget(id: $id) { campaignCalls(first: 2, after: $after) { totalCount nodes { uuid tryCount } pageInfo { hasNextPage endCursor } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCallDeleteForCampaignTest($input: DeleteInput!) {\n    campaignCallDelete(input: $input) { campaignCall { uuid status deletedAt version } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CampaignCallDeleteForCampaignTest($input: DeleteInput!) {\n    campaignCallDelete(input: $input) { campaignCall { uuid status deletedAt version } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignCallDeletedAtForCampaignTest($id: ID!) { campaignCall(id: $id) { deletedAt } }\n"): (typeof documents)["\n  query CampaignCallDeletedAtForCampaignTest($id: ID!) { campaignCall(id: $id) { deletedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlainCallCreateForCampaignTest {\n    callCreate(input: {source: {type: TEL, target: \"+15559876543\"}, destinations: [{type: TEL, target: \"+15551230001\"}], actions: [{hangup: {}}]}) { calls { id uuid campaignCall { uuid } } }\n  }\n"): (typeof documents)["\n  mutation PlainCallCreateForCampaignTest {\n    callCreate(input: {source: {type: TEL, target: \"+15559876543\"}, destinations: [{type: TEL, target: \"+15551230001\"}], actions: [{hangup: {}}]}) { calls { id uuid campaignCall { uuid } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallsOfCampaignForCampaignTest($c: ID) { calls(first: 100, filter: {campaignId: $c}) { totalCount nodes { uuid campaignCall { uuid campaign { uuid } } } } }\n"): (typeof documents)["\n  query CallsOfCampaignForCampaignTest($c: ID) { calls(first: 100, filter: {campaignId: $c}) { totalCount nodes { uuid campaignCall { uuid campaign { uuid } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OutdialTargetsResetForCampaignTest($input: OutdialTargetsResetInput!) {\n      outdialTargetsReset(input: $input) { outdial { uuid targetStats { idle done } } resetCount userErrors { field message code } }\n    }\n  "): (typeof documents)["\n    mutation OutdialTargetsResetForCampaignTest($input: OutdialTargetsResetInput!) {\n      outdialTargetsReset(input: $input) { outdial { uuid targetStats { idle done } } resetCount userErrors { field message code } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForDashboardTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutplanCreateForDashboardTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateForDashboardTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutdialCreateForDashboardTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetsCreateForDashboardTest($i: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $i) { createdCount userErrors { message } } }\n"): (typeof documents)["\n  mutation OutdialTargetsCreateForDashboardTest($i: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $i) { createdCount userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCreateForDashboardTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id uuid } userErrors { message } } }\n"): (typeof documents)["\n  mutation CampaignCreateForDashboardTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id uuid } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OutdialTargetStatusChangedForDialerDurableTest($id: ID!) { outdialTargetStatusChanged(outdialId: $id) { uuid version status } }\n"): (typeof documents)["\n  subscription OutdialTargetStatusChangedForDialerDurableTest($id: ID!) { outdialTargetStatusChanged(outdialId: $id) { uuid version status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateStatusForDialerDurableTest($input: CampaignUpdateStatusInput!) {\n    campaignUpdateStatus(input: $input) { campaign { status } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation CampaignUpdateStatusForDialerDurableTest($input: CampaignUpdateStatusInput!) {\n    campaignUpdateStatus(input: $input) { campaign { status } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DncListCreateForTest($input: DncListCreateInput!) {\n    dncListCreate(input: $input) { dncList { id uuid name detail entryCount createdAt updatedAt } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation DncListCreateForTest($input: DncListCreateInput!) {\n    dncListCreate(input: $input) { dncList { id uuid name detail entryCount createdAt updatedAt } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DncListUpdateForTest($input: DncListUpdateInput!) { dncListUpdate(input: $input) { dncList { name detail } userErrors { field code } } }\n"): (typeof documents)["\n  mutation DncListUpdateForTest($input: DncListUpdateInput!) { dncListUpdate(input: $input) { dncList { name detail } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DncListDeleteForTest($id: ID!) { dncListDelete(input: {id: $id}) { dncList { id } userErrors { field code } } }\n"): (typeof documents)["\n  mutation DncListDeleteForTest($id: ID!) { dncListDelete(input: {id: $id}) { dncList { id } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DncEntriesAddForTest($input: DncEntriesInput!) {\n    dncEntriesAdd(input: $input) { dncList { entryCount } added removed userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation DncEntriesAddForTest($input: DncEntriesInput!) {\n    dncEntriesAdd(input: $input) { dncList { entryCount } added removed userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DncEntriesRemoveForTest($input: DncEntriesInput!) {\n    dncEntriesRemove(input: $input) { dncList { entryCount } added removed userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation DncEntriesRemoveForTest($input: DncEntriesInput!) {\n    dncEntriesRemove(input: $input) { dncList { entryCount } added removed userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DncEntriesImportCsvForTest($input: DncEntriesImportCsvInput!) {\n    dncEntriesImportCsv(input: $input) { dncList { entryCount } added removed userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation DncEntriesImportCsvForTest($input: DncEntriesImportCsvInput!) {\n    dncEntriesImportCsv(input: $input) { dncList { entryCount } added removed userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DncEntriesForTest($id: ID!, $search: String, $first: Int, $after: String) {\n    dncList(id: $id) {\n      entryCount\n      entries(search: $search, first: $first, after: $after) { totalCount nodes { address reason } pageInfo { hasNextPage endCursor } }\n    }\n  }\n"): (typeof documents)["\n  query DncEntriesForTest($id: ID!, $search: String, $first: Int, $after: String) {\n    dncList(id: $id) {\n      entryCount\n      entries(search: $search, first: $first, after: $after) { totalCount nodes { address reason } pageInfo { hasNextPage endCursor } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DncListLookupForTest($id: ID!) { dncList(id: $id) { id } node(id: $id) { id } dncLists(first: 100) { nodes { id } } }\n"): (typeof documents)["\n  query DncListLookupForTest($id: ID!) { dncList(id: $id) { id } node(id: $id) { id } dncLists(first: 100) { nodes { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateForDuplicateTargetsTest($input: OutdialCreateInput!) {\n    outdialCreate(input: $input) { outdial { id uuid duplicateTargets } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutdialCreateForDuplicateTargetsTest($input: OutdialCreateInput!) {\n    outdialCreate(input: $input) { outdial { id uuid duplicateTargets } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialUpdateForDuplicateTargetsTest($input: OutdialUpdateInput!) {\n    outdialUpdate(input: $input) { outdial { duplicateTargets version } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutdialUpdateForDuplicateTargetsTest($input: OutdialUpdateInput!) {\n    outdialUpdate(input: $input) { outdial { duplicateTargets version } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetCreateForDuplicateTargetsTest($input: OutdialTargetCreateInput!) {\n    outdialTargetCreate(input: $input) { outdialTarget { id uuid } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutdialTargetCreateForDuplicateTargetsTest($input: OutdialTargetCreateInput!) {\n    outdialTargetCreate(input: $input) { outdialTarget { id uuid } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetUpdateForDuplicateTargetsTest($input: OutdialTargetUpdateInput!) {\n    outdialTargetUpdate(input: $input) { outdialTarget { name destinations { address { target } } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutdialTargetUpdateForDuplicateTargetsTest($input: OutdialTargetUpdateInput!) {\n    outdialTargetUpdate(input: $input) { outdialTarget { name destinations { address { target } } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetDeleteForDuplicateTargetsTest($id: ID!) { outdialTargetDelete(input: {id: $id}) { userErrors { message } } }\n"): (typeof documents)["\n  mutation OutdialTargetDeleteForDuplicateTargetsTest($id: ID!) { outdialTargetDelete(input: {id: $id}) { userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetsCreateForDuplicateTargetsTest($input: OutdialTargetsCreateInput!) {\n    outdialTargetsCreate(input: $input) { createdCount skippedCount outdial { targetStats { total } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutdialTargetsCreateForDuplicateTargetsTest($input: OutdialTargetsCreateInput!) {\n    outdialTargetsCreate(input: $input) { createdCount skippedCount outdial { targetStats { total } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetsImportCsvForDuplicateTargetsTest($input: OutdialTargetsImportCsvInput!) {\n    outdialTargetsImportCsv(input: $input) { createdCount skippedCount userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutdialTargetsImportCsvForDuplicateTargetsTest($input: OutdialTargetsImportCsvInput!) {\n    outdialTargetsImportCsv(input: $input) { createdCount skippedCount userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialTargetNamesForDuplicateTargetsTest($id: ID!) {\n    outdial(id: $id) { targets(first: 100) { nodes { name destinations { index address { target } } } } }\n  }\n"): (typeof documents)["\n  query OutdialTargetNamesForDuplicateTargetsTest($id: ID!) {\n    outdial(id: $id) { targets(first: 100) { nodes { name destinations { index address { target } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OutplanCreateForEmbeddedDbTest($input: OutplanCreateInput!) {\n      outplanCreate(input: $input) {\n        outplan { uuid name }\n        userErrors { field message code }\n      }\n    }\n  "): (typeof documents)["\n    mutation OutplanCreateForEmbeddedDbTest($input: OutplanCreateInput!) {\n      outplanCreate(input: $input) {\n        outplan { uuid name }\n        userErrors { field message code }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query OutplansForEmbeddedDbTest { outplans { totalCount nodes { uuid name } } }\n  "): (typeof documents)["\n    query OutplansForEmbeddedDbTest { outplans { totalCount nodes { uuid name } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForExamplesTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutplanCreateForExamplesTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateForExamplesTest($name: String!) { outdialCreate(input: { name: $name }) { outdial { id uuid } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutdialCreateForExamplesTest($name: String!) { outdialCreate(input: { name: $name }) { outdial { id uuid } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TargetsCreateForExamplesTest($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }\n"): (typeof documents)["\n  mutation TargetsCreateForExamplesTest($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCreateForExamplesTest($input: CampaignCreateInput!) { campaignCreate(input: $input) { campaign { id uuid } userErrors { message } } }\n"): (typeof documents)["\n  mutation CampaignCreateForExamplesTest($input: CampaignCreateInput!) { campaignCreate(input: $input) { campaign { id uuid } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetsOfForExamplesTest($id: ID!) { outdial(id: $id) { targets(first: 100) { nodes { uuid } } } }\n"): (typeof documents)["\n  query TargetsOfForExamplesTest($id: ID!) { outdial(id: $id) { targets(first: 100) { nodes { uuid } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllOutdialsForExamplesTest { outdials(first: 100) { totalCount nodes { uuid name } } }\n"): (typeof documents)["\n  query AllOutdialsForExamplesTest { outdials(first: 100) { totalCount nodes { uuid name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForGraphiqlBrowserTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutplanCreateForGraphiqlBrowserTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateForGraphiqlBrowserTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutdialCreateForGraphiqlBrowserTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetsCreateForGraphiqlBrowserTest($i: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $i) { createdCount userErrors { message } } }\n"): (typeof documents)["\n  mutation OutdialTargetsCreateForGraphiqlBrowserTest($i: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $i) { createdCount userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCreateForGraphiqlBrowserTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation CampaignCreateForGraphiqlBrowserTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignRunForGraphiqlBrowserTest($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { status } userErrors { message } } }\n"): (typeof documents)["\n  mutation CampaignRunForGraphiqlBrowserTest($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { status } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForGraphiqlTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutplanCreateForGraphiqlTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallCreateForIdempotencyTest($input: CallCreateInput!) {\n    callCreate(input: $input) { calls { id uuid } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CallCreateForIdempotencyTest($input: CallCreateInput!) {\n    callCreate(input: $input) { calls { id uuid } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallCreateStatusForIdempotencyTest($input: CallCreateInput!) {\n    callCreate(input: $input) { calls { uuid status destination { target } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CallCreateStatusForIdempotencyTest($input: CallCreateInput!) {\n    callCreate(input: $input) { calls { uuid status destination { target } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetsCreateForIdempotencyTest($input: OutdialTargetsCreateInput!) {\n    outdialTargetsCreate(input: $input) { createdCount outdial { uuid targetStats { total } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutdialTargetsCreateForIdempotencyTest($input: OutdialTargetsCreateInput!) {\n    outdialTargetsCreate(input: $input) { createdCount outdial { uuid targetStats { total } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetsImportCsvForIdempotencyTest($input: OutdialTargetsImportCsvInput!) {\n    outdialTargetsImportCsv(input: $input) { createdCount outdial { uuid targetStats { total } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutdialTargetsImportCsvForIdempotencyTest($input: OutdialTargetsImportCsvInput!) {\n    outdialTargetsImportCsv(input: $input) { createdCount outdial { uuid targetStats { total } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateStatusForIdempotencyTest($input: CampaignUpdateStatusInput!) {\n    campaignUpdateStatus(input: $input) { campaign { uuid status version } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CampaignUpdateStatusForIdempotencyTest($input: CampaignUpdateStatusInput!) {\n    campaignUpdateStatus(input: $input) { campaign { uuid status version } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerCreateForIdempotencyTest($input: CustomerCreateInput!) { customerCreate(input: $input) { userErrors { message } } }\n"): (typeof documents)["\n  mutation CustomerCreateForIdempotencyTest($input: CustomerCreateInput!) { customerCreate(input: $input) { userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerForIdentityTest { viewer { username role customer { name } } }\n"): (typeof documents)["\n  query ViewerForIdentityTest { viewer { username role customer { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutplansCountForIdentityTest { outplans { totalCount } }\n"): (typeof documents)["\n  query OutplansCountForIdentityTest { outplans { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchemaForIdentityTest { __schema { queryType { name } } }\n"): (typeof documents)["\n  query SchemaForIdentityTest { __schema { queryType { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginForIdentityTest($input: LoginInput!) { login(input: $input) { token userErrors { message code } } }\n"): (typeof documents)["\n  mutation LoginForIdentityTest($input: LoginInput!) { login(input: $input) { token userErrors { message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserCreateForIdentityTest($input: UserCreateInput!) { userCreate(input: $input) { user { id username role } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation UserCreateForIdentityTest($input: UserCreateInput!) { userCreate(input: $input) { user { id username role } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserPromoteForIdentityTest($id: ID!) { userUpdateRole(input: {id: $id, role: ADMIN}) { user { role } } }\n"): (typeof documents)["\n  mutation UserPromoteForIdentityTest($id: ID!) { userUpdateRole(input: {id: $id, role: ADMIN}) { user { role } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserDeleteForIdentityTest($id: ID!) { userDelete(input: {id: $id}) { user { deletedAt } } }\n"): (typeof documents)["\n  mutation UserDeleteForIdentityTest($id: ID!) { userDelete(input: {id: $id}) { user { deletedAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersCountForIdentityTest { users { totalCount } }\n"): (typeof documents)["\n  query UsersCountForIdentityTest { users { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersNamesForIdentityTest { users { nodes { username } } }\n"): (typeof documents)["\n  query UsersNamesForIdentityTest { users { nodes { username } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersListForIdentityTest { users(first: 100) { nodes { id username role } } }\n"): (typeof documents)["\n  query UsersListForIdentityTest { users(first: 100) { nodes { id username role } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswordChangeForIdentityTest($input: PasswordChangeInput!) { passwordChange(input: $input) { changed userErrors { field } } }\n"): (typeof documents)["\n  mutation PasswordChangeForIdentityTest($input: PasswordChangeInput!) { passwordChange(input: $input) { changed userErrors { field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessKeyCreateForIdentityTest($input: AccessKeyCreateInput!) {\n    accessKeyCreate(input: $input) { accessKey { id uuid name expiresAt } token userErrors { message } }\n  }\n"): (typeof documents)["\n  mutation AccessKeyCreateForIdentityTest($input: AccessKeyCreateInput!) {\n    accessKeyCreate(input: $input) { accessKey { id uuid name expiresAt } token userErrors { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessKeyCreateExpiredForIdentityTest { accessKeyCreate(input: {name: \"old\", expiresAt: \"2000-01-01T00:00:00Z\"}) { token userErrors { field message } } }\n"): (typeof documents)["\n  mutation AccessKeyCreateExpiredForIdentityTest { accessKeyCreate(input: {name: \"old\", expiresAt: \"2000-01-01T00:00:00Z\"}) { token userErrors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessKeyCreateByManagerForIdentityTest { accessKeyCreate(input: {name: \"x\"}) { token } }\n"): (typeof documents)["\n  mutation AccessKeyCreateByManagerForIdentityTest { accessKeyCreate(input: {name: \"x\"}) { token } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessKeyDeleteForIdentityTest($id: ID!) { accessKeyDelete(input: {id: $id}) { accessKey { deletedAt } userErrors { message } } }\n"): (typeof documents)["\n  mutation AccessKeyDeleteForIdentityTest($id: ID!) { accessKeyDelete(input: {id: $id}) { accessKey { deletedAt } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessKeysCountForIdentityTest { accessKeys { totalCount } }\n"): (typeof documents)["\n  query AccessKeysCountForIdentityTest { accessKeys { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessKeysListForIdentityTest($id: ID!) { accessKeys(first: 100) { nodes { id name expiresAt createdAt } } node(id: $id) { ... on AccessKey { name } } }\n"): (typeof documents)["\n  query AccessKeysListForIdentityTest($id: ID!) { accessKeys(first: 100) { nodes { id name expiresAt createdAt } } node(id: $id) { ... on AccessKey { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersCountForIdentityTest { customers { totalCount } }\n"): (typeof documents)["\n  query CustomersCountForIdentityTest { customers { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerCreateForIdentityTest($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { name } userErrors { message } } }\n"): (typeof documents)["\n  mutation CustomerCreateForIdentityTest($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { name } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerCreateConflictForIdentityTest($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { name } userErrors { field code } } }\n"): (typeof documents)["\n  mutation CustomerCreateConflictForIdentityTest($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { name } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForInProcessTest($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) { outplan { id name maxTryCounts } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation OutplanCreateForInProcessTest($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) { outplan { id name maxTryCounts } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutplanNodeForInProcessTest($id: ID!) { node(id: $id) { ... on Outplan { name } } }\n"): (typeof documents)["\n  query OutplanNodeForInProcessTest($id: ID!) { node(id: $id) { ... on Outplan { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutplansCountForInProcessTest { outplans { totalCount } }\n"): (typeof documents)["\n  query OutplansCountForInProcessTest { outplans { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanDeleteForLockOrderTest($id: ID!) { outplanDelete(input: {id: $id}) { outplan { id } userErrors { code message } } }\n"): (typeof documents)["\n  mutation OutplanDeleteForLockOrderTest($id: ID!) { outplanDelete(input: {id: $id}) { outplan { id } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialDeleteForLockOrderTest($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } userErrors { code message } } }\n"): (typeof documents)["\n  mutation OutdialDeleteForLockOrderTest($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanUpdateDialInfoForLockOrderTest($input: OutplanUpdateDialInfoInput!) {\n    outplanUpdateDialInfo(input: $input) { outplan { id } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation OutplanUpdateDialInfoForLockOrderTest($input: OutplanUpdateDialInfoInput!) {\n    outplanUpdateDialInfo(input: $input) { outplan { id } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateForLockOrderTest($input: CampaignUpdateInput!) { campaignUpdate(input: $input) { campaign { maxConcurrentCalls } userErrors { code message } } }\n"): (typeof documents)["\n  mutation CampaignUpdateForLockOrderTest($input: CampaignUpdateInput!) { campaignUpdate(input: $input) { campaign { maxConcurrentCalls } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateServiceLevelForLockOrderTest($input: CampaignUpdateServiceLevelInput!) {\n    campaignUpdateServiceLevel(input: $input) { campaign { serviceLevel } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation CampaignUpdateServiceLevelForLockOrderTest($input: CampaignUpdateServiceLevelInput!) {\n    campaignUpdateServiceLevel(input: $input) { campaign { serviceLevel } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateStatusForLockOrderTest($input: CampaignUpdateStatusInput!) {\n    campaignUpdateStatus(input: $input) { campaign { status } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation CampaignUpdateStatusForLockOrderTest($input: CampaignUpdateStatusInput!) {\n    campaignUpdateStatus(input: $input) { campaign { status } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetsResetForLockOrderTest($input: OutdialTargetsResetInput!) { outdialTargetsReset(input: $input) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation OutdialTargetsResetForLockOrderTest($input: OutdialTargetsResetInput!) { outdialTargetsReset(input: $input) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TypenameForLoggingTest { __typename }\n"): (typeof documents)["\n  query TypenameForLoggingTest { __typename }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutplansCountForLoggingTest { outplans { totalCount } }\n"): (typeof documents)["\n  query OutplansCountForLoggingTest { outplans { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserCreateForLoginConcurrencyTest($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation UserCreateForLoginConcurrencyTest($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialsPageForNPlusOneTest($first: Int!) {\n    outdials(first: $first) {\n      totalCount\n      nodes {\n        id name version\n        targetStats { total idle progressing done }\n        targets(first: 10) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          nodes { id name status version destinations { index tryCount address { type target } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutdialsPageForNPlusOneTest($first: Int!) {\n    outdials(first: $first) {\n      totalCount\n      nodes {\n        id name version\n        targetStats { total idle progressing done }\n        targets(first: 10) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          nodes { id name status version destinations { index tryCount address { type target } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialTargetsPageForNPlusOneTest { outdials(first: 50) { nodes { targets(first: 10) { nodes { id name } } } } }\n"): (typeof documents)["\n  query OutdialTargetsPageForNPlusOneTest { outdials(first: 50) { nodes { targets(first: 10) { nodes { id name } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignsPageForNPlusOneTest($first: Int!) {\n    campaigns(first: $first, filter: {status: [STOP]}) {\n      totalCount\n      nodes {\n        id name status version\n        progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent }\n        outdial { id name version }\n        outplan { id name maxTryCounts }\n        campaignCalls(first: 5) {\n          totalCount\n          pageInfo { hasNextPage }\n          nodes { id status result tryCount destination { type target } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignsPageForNPlusOneTest($first: Int!) {\n    campaigns(first: $first, filter: {status: [STOP]}) {\n      totalCount\n      nodes {\n        id name status version\n        progress { targetsTotal targetsIdle targetsProgressing targetsAnswered targetsExhausted attempts callsInFlight percent }\n        outdial { id name version }\n        outplan { id name maxTryCounts }\n        campaignCalls(first: 5) {\n          totalCount\n          pageInfo { hasNextPage }\n          nodes { id status result tryCount destination { type target } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetsImportCsvForNulInputTest($input: OutdialTargetsImportCsvInput!) {\n    outdialTargetsImportCsv(input: $input) { createdCount userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutdialTargetsImportCsvForNulInputTest($input: OutdialTargetsImportCsvInput!) {\n    outdialTargetsImportCsv(input: $input) { createdCount userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateForNulInputTest($input: OutdialCreateInput!) { outdialCreate(input: $input) { outdial { id } } }\n"): (typeof documents)["\n  mutation OutdialCreateForNulInputTest($input: OutdialCreateInput!) { outdialCreate(input: $input) { outdial { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialsByNameForNulInputTest($name: String!) { outdials(filter: {name: $name}) { totalCount } }\n"): (typeof documents)["\n  query OutdialsByNameForNulInputTest($name: String!) { outdials(filter: {name: $name}) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetsCreateForOutdialImportTest($input: OutdialTargetsCreateInput!) {\n    outdialTargetsCreate(input: $input) { createdCount outdial { uuid targetStats { total idle } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutdialTargetsCreateForOutdialImportTest($input: OutdialTargetsCreateInput!) {\n    outdialTargetsCreate(input: $input) { createdCount outdial { uuid targetStats { total idle } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetsImportCsvForOutdialImportTest($input: OutdialTargetsImportCsvInput!) {\n    outdialTargetsImportCsv(input: $input) { createdCount outdial { uuid targetStats { total } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutdialTargetsImportCsvForOutdialImportTest($input: OutdialTargetsImportCsvInput!) {\n    outdialTargetsImportCsv(input: $input) { createdCount outdial { uuid targetStats { total } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateForOutdialImportTest($name: String!) { outdialCreate(input: {name: $name}) { outdial { id uuid } } }\n"): (typeof documents)["\n  mutation OutdialCreateForOutdialImportTest($name: String!) { outdialCreate(input: {name: $name}) { outdial { id uuid } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialDeleteForOutdialImportTest($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } } }\n"): (typeof documents)["\n  mutation OutdialDeleteForOutdialImportTest($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialTargetsForOutdialImportTest($id: ID!) {\n    outdial(id: $id) { targets { nodes { name detail data destinations { index address { type target } } } } }\n  }\n"): (typeof documents)["\n  query OutdialTargetsForOutdialImportTest($id: ID!) {\n    outdial(id: $id) { targets { nodes { name detail data destinations { index address { type target } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetCreateForOutdialTargetTest($input: OutdialTargetCreateInput!) {\n    outdialTargetCreate(input: $input) {\n      outdialTarget {\n        id uuid name detail data status result version outdial { uuid }\n        destinations { index tryCount address { type target targetName name detail } } createdAt updatedAt deletedAt\n      }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OutdialTargetCreateForOutdialTargetTest($input: OutdialTargetCreateInput!) {\n    outdialTargetCreate(input: $input) {\n      outdialTarget {\n        id uuid name detail data status result version outdial { uuid }\n        destinations { index tryCount address { type target targetName name detail } } createdAt updatedAt deletedAt\n      }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetUpdateForOutdialTargetTest($input: OutdialTargetUpdateInput!) {\n    outdialTargetUpdate(input: $input) {\n      outdialTarget {\n        id uuid name detail data status result version outdial { uuid }\n        destinations { index tryCount address { type target targetName name detail } } createdAt updatedAt deletedAt\n      }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OutdialTargetUpdateForOutdialTargetTest($input: OutdialTargetUpdateInput!) {\n    outdialTargetUpdate(input: $input) {\n      outdialTarget {\n        id uuid name detail data status result version outdial { uuid }\n        destinations { index tryCount address { type target targetName name detail } } createdAt updatedAt deletedAt\n      }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetDeleteForOutdialTargetTest($id: ID!) {\n    outdialTargetDelete(input: {id: $id}) {\n      outdialTarget {\n        id uuid name detail data status result version outdial { uuid }\n        destinations { index tryCount address { type target targetName name detail } } createdAt updatedAt deletedAt\n      }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OutdialTargetDeleteForOutdialTargetTest($id: ID!) {\n    outdialTargetDelete(input: {id: $id}) {\n      outdialTarget {\n        id uuid name detail data status result version outdial { uuid }\n        destinations { index tryCount address { type target targetName name detail } } createdAt updatedAt deletedAt\n      }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateForOutdialTargetTest($input: OutdialCreateInput!) { outdialCreate(input: $input) { outdial { id uuid } } }\n"): (typeof documents)["\n  mutation OutdialCreateForOutdialTargetTest($input: OutdialCreateInput!) { outdialCreate(input: $input) { outdial { id uuid } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialDeleteForOutdialTargetTest($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } } }\n"): (typeof documents)["\n  mutation OutdialDeleteForOutdialTargetTest($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialTargetReadForOutdialTargetTest($id: ID!) { outdialTarget(id: $id) { uuid } node(id: $id) { ... on OutdialTarget { name } } }\n"): (typeof documents)["\n  query OutdialTargetReadForOutdialTargetTest($id: ID!) { outdialTarget(id: $id) { uuid } node(id: $id) { ... on OutdialTarget { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialTargetDeletedAtForOutdialTargetTest($id: ID!) { outdialTarget(id: $id) { deletedAt } }\n"): (typeof documents)["\n  query OutdialTargetDeletedAtForOutdialTargetTest($id: ID!) { outdialTarget(id: $id) { deletedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialTargetsLiveAndAllForOutdialTargetTest($id: ID!) {\n    outdial(id: $id) { live: targets(first: 100) { nodes { uuid } } all: targets(first: 100, includeDeleted: true) { nodes { uuid } } }\n  }\n"): (typeof documents)["\n  query OutdialTargetsLiveAndAllForOutdialTargetTest($id: ID!) {\n    outdial(id: $id) { live: targets(first: 100) { nodes { uuid } } all: targets(first: 100, includeDeleted: true) { nodes { uuid } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialTargetStatsForOutdialTargetTest($id: ID!) {\n    outdial(id: $id) { targetStats { total idle progressing done } busy: targets(filter: {status: [PROGRESSING, DONE]}) { totalCount } }\n  }\n"): (typeof documents)["\n  query OutdialTargetStatsForOutdialTargetTest($id: ID!) {\n    outdial(id: $id) { targetStats { total idle progressing done } busy: targets(filter: {status: [PROGRESSING, DONE]}) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialTargetsForwardForOutdialTargetTest($id: ID!, $after: String) {\n    outdial(id: $id) { targets(first: 100, after: $after) { nodes { uuid } pageInfo { hasNextPage endCursor } } }\n  }\n"): (typeof documents)["\n  query OutdialTargetsForwardForOutdialTargetTest($id: ID!, $after: String) {\n    outdial(id: $id) { targets(first: 100, after: $after) { nodes { uuid } pageInfo { hasNextPage endCursor } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialTargetsBackwardForOutdialTargetTest($id: ID!, $before: String) {\n    outdial(id: $id) { targets(last: 37, before: $before) { nodes { uuid } pageInfo { hasPreviousPage startCursor } } }\n  }\n"): (typeof documents)["\n  query OutdialTargetsBackwardForOutdialTargetTest($id: ID!, $before: String) {\n    outdial(id: $id) { targets(last: 37, before: $before) { nodes { uuid } pageInfo { hasPreviousPage startCursor } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialTargetLookupForOutdialTargetTest($id: ID!) { outdialTarget(id: $id) { id } }\n"): (typeof documents)["\n  query OutdialTargetLookupForOutdialTargetTest($id: ID!) { outdialTarget(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateForOutdialTest($input: OutdialCreateInput!) {\n    outdialCreate(input: $input) { outdial { id uuid name detail data version createdAt updatedAt deletedAt } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutdialCreateForOutdialTest($input: OutdialCreateInput!) {\n    outdialCreate(input: $input) { outdial { id uuid name detail data version createdAt updatedAt deletedAt } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialUpdateForOutdialTest($input: OutdialUpdateInput!) {\n    outdialUpdate(input: $input) { outdial { id uuid name detail data version createdAt updatedAt deletedAt } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutdialUpdateForOutdialTest($input: OutdialUpdateInput!) {\n    outdialUpdate(input: $input) { outdial { id uuid name detail data version createdAt updatedAt deletedAt } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialUpdateDataForOutdialTest($input: OutdialUpdateDataInput!) {\n    outdialUpdateData(input: $input) { outdial { id uuid name detail data version createdAt updatedAt deletedAt } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutdialUpdateDataForOutdialTest($input: OutdialUpdateDataInput!) {\n    outdialUpdateData(input: $input) { outdial { id uuid name detail data version createdAt updatedAt deletedAt } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialDeleteForOutdialTest($id: ID!) {\n    outdialDelete(input: {id: $id}) { outdial { id uuid name detail data version createdAt updatedAt deletedAt } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation OutdialDeleteForOutdialTest($id: ID!) {\n    outdialDelete(input: {id: $id}) { outdial { id uuid name detail data version createdAt updatedAt deletedAt } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialReadForOutdialTest($id: ID!) {\n    outdial(id: $id) { name detail data targetStats { total idle progressing done } targets { totalCount nodes { id } } } node(id: $id) { ... on Outdial { uuid } }\n  }\n"): (typeof documents)["\n  query OutdialReadForOutdialTest($id: ID!) {\n    outdial(id: $id) { name detail data targetStats { total idle progressing done } targets { totalCount nodes { id } } } node(id: $id) { ... on Outdial { uuid } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialDeletedAtForOutdialTest($id: ID!) { outdial(id: $id) { deletedAt } }\n"): (typeof documents)["\n  query OutdialDeletedAtForOutdialTest($id: ID!) { outdial(id: $id) { deletedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialsLiveAndAllForOutdialTest {\n    live: outdials(first: 100, filter: {name: \"to delete\"}) { totalCount } all: outdials(first: 100, filter: {name: \"to delete\"}, includeDeleted: true) { totalCount }\n  }\n"): (typeof documents)["\n  query OutdialsLiveAndAllForOutdialTest {\n    live: outdials(first: 100, filter: {name: \"to delete\"}) { totalCount } all: outdials(first: 100, filter: {name: \"to delete\"}, includeDeleted: true) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialsByNameTextForOutdialTest($name: String!) { outdials(first: 100, filter: {name: $name}) { totalCount nodes { name } } }\n"): (typeof documents)["\n  query OutdialsByNameTextForOutdialTest($name: String!) { outdials(first: 100, filter: {name: $name}) { totalCount nodes { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialsByNameForOutdialTest { outdials(first: 100, filter: {name: \"sAlE\"}) { totalCount nodes { name } } }\n"): (typeof documents)["\n  query OutdialsByNameForOutdialTest { outdials(first: 100, filter: {name: \"sAlE\"}) { totalCount nodes { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialsForwardForOutdialTest($after: String) {\n    outdials(first: 33, after: $after, filter: {name: \"page-\"}) { totalCount nodes { uuid } pageInfo { hasNextPage endCursor } }\n  }\n"): (typeof documents)["\n  query OutdialsForwardForOutdialTest($after: String) {\n    outdials(first: 33, after: $after, filter: {name: \"page-\"}) { totalCount nodes { uuid } pageInfo { hasNextPage endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialsBackwardForOutdialTest($before: String) {\n    outdials(last: 40, before: $before, filter: {name: \"page-\"}) { nodes { uuid } pageInfo { hasPreviousPage startCursor } }\n  }\n"): (typeof documents)["\n  query OutdialsBackwardForOutdialTest($before: String) {\n    outdials(last: 40, before: $before, filter: {name: \"page-\"}) { nodes { uuid } pageInfo { hasPreviousPage startCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForOutplanActionsTest($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OutplanCreateForOutplanActionsTest($input: OutplanCreateInput!) {\n    outplanCreate(input: $input) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanUpdateForOutplanActionsTest($input: OutplanUpdateInput!) {\n    outplanUpdate(input: $input) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OutplanUpdateForOutplanActionsTest($input: OutplanUpdateInput!) {\n    outplanUpdate(input: $input) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanUpdateDialInfoForOutplanActionsTest($input: OutplanUpdateDialInfoInput!) {\n    outplanUpdateDialInfo(input: $input) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OutplanUpdateDialInfoForOutplanActionsTest($input: OutplanUpdateDialInfoInput!) {\n    outplanUpdateDialInfo(input: $input) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanDeleteForOutplanActionsTest($id: ID!) {\n    outplanDelete(input: {id: $id}) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OutplanDeleteForOutplanActionsTest($id: ID!) {\n    outplanDelete(input: {id: $id}) {\n      outplan { id uuid name detail source { type target } dialTimeout tryInterval maxTryCounts version updatedAt deletedAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutplanDeletedAtForOutplanActionsTest($id: ID!) { outplan(id: $id) { deletedAt } }\n"): (typeof documents)["\n  query OutplanDeletedAtForOutplanActionsTest($id: ID!) { outplan(id: $id) { deletedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutplansLiveAndAllForOutplanActionsTest {\n    live: outplans(first: 100) { nodes { uuid } } all: outplans(first: 100, includeDeleted: true) { nodes { uuid } }\n  }\n"): (typeof documents)["\n  query OutplansLiveAndAllForOutplanActionsTest {\n    live: outplans(first: 100) { nodes { uuid } } all: outplans(first: 100, includeDeleted: true) { nodes { uuid } }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignPreflightForPreflightTest($id: ID!) {\n    campaign(id: $id) {\n      preflight { targetsTotal dialableNow waitingForRetryInterval outsideCallingHours suppressed overContactLimit done inProgress nextDialableAt }\n    }\n  }\n"): (typeof documents)["\n  query CampaignPreflightForPreflightTest($id: ID!) {\n    campaign(id: $id) {\n      preflight { targetsTotal dialableNow waitingForRetryInterval outsideCallingHours suppressed overContactLimit done inProgress nextDialableAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OutplanChangedForRedisTest($id: ID) { outplanChanged(outplanId: $id) { id version name } }\n"): (typeof documents)["\n  subscription OutplanChangedForRedisTest($id: ID) { outplanChanged(outplanId: $id) { id version name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForRedisTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id version name } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutplanCreateForRedisTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id version name } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanRenameForRedisTest($input: OutplanUpdateInput!) { outplanUpdate(input: $input) { outplan { id version name } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutplanRenameForRedisTest($input: OutplanUpdateInput!) { outplanUpdate(input: $input) { outplan { id version name } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OutplanChangedForShutdownTest { outplanChanged { id name } }\n"): (typeof documents)["\n  subscription OutplanChangedForShutdownTest { outplanChanged { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForShutdownTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutplanCreateForShutdownTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForSseModesTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutplanCreateForSseModesTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateForSseModesTest($name: String!) { outdialCreate(input: { name: $name }) { outdial { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutdialCreateForSseModesTest($name: String!) { outdialCreate(input: { name: $name }) { outdial { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TargetsCreateForSseModesTest($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }\n"): (typeof documents)["\n  mutation TargetsCreateForSseModesTest($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCreateForSseModesTest($input: CampaignCreateInput!) { campaignCreate(input: $input) { campaign { id createdAt } userErrors { message } } }\n"): (typeof documents)["\n  mutation CampaignCreateForSseModesTest($input: CampaignCreateInput!) { campaignCreate(input: $input) { campaign { id createdAt } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunForSseModesTest($id: ID!) { campaignUpdateStatus(input: { id: $id, status: RUN }) { userErrors { message } } }\n"): (typeof documents)["\n  mutation RunForSseModesTest($id: ID!) { campaignUpdateStatus(input: { id: $id, status: RUN }) { userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForReplayTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutplanCreateForReplayTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanUpdateForReplayTest($i: OutplanUpdateInput!) { outplanUpdate(input: $i) { outplan { version updatedAt } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutplanUpdateForReplayTest($i: OutplanUpdateInput!) { outplanUpdate(input: $i) { outplan { version updatedAt } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerCreateForReplayTest($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation CustomerCreateForReplayTest($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OutplanChangedForReplayTest($id: ID, $since: DateTime) { outplanChanged(outplanId: $id, since: $since) { id name version updatedAt } }\n"): (typeof documents)["\n  subscription OutplanChangedForReplayTest($id: ID, $since: DateTime) { outplanChanged(outplanId: $id, since: $since) { id name version updatedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CallStatusForReplayTest($c: ID, $since: DateTime) { callStatusChanged(campaignId: $c, since: $since) { uuid status version } }\n"): (typeof documents)["\n  subscription CallStatusForReplayTest($c: ID, $since: DateTime) { callStatusChanged(campaignId: $c, since: $since) { uuid status version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CampaignStatusForReplayTest($c: ID, $since: DateTime) { campaignStatusChanged(campaignId: $c, since: $since) { uuid status version } }\n"): (typeof documents)["\n  subscription CampaignStatusForReplayTest($c: ID, $since: DateTime) { campaignStatusChanged(campaignId: $c, since: $since) { uuid status version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TargetStatusForReplayTest($c: ID, $since: DateTime) { outdialTargetStatusChanged(campaignId: $c, since: $since) { uuid status version } }\n"): (typeof documents)["\n  subscription TargetStatusForReplayTest($c: ID, $since: DateTime) { outdialTargetStatusChanged(campaignId: $c, since: $since) { uuid status version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateForReplayTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutdialCreateForReplayTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCreateForReplayTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation CampaignCreateForReplayTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CampaignProgressForReplayTest($id: ID, $since: DateTime) { campaignProgressChanged(campaignId: $id, since: $since) { id name progress { targetsTotal } } }\n"): (typeof documents)["\n  subscription CampaignProgressForReplayTest($id: ID, $since: DateTime) { campaignProgressChanged(campaignId: $id, since: $since) { id name progress { targetsTotal } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OutplanChangedForSubscriptionsTest($id: ID) { outplanChanged(outplanId: $id) { id uuid version name } }\n"): (typeof documents)["\n  subscription OutplanChangedForSubscriptionsTest($id: ID) { outplanChanged(outplanId: $id) { id uuid version name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForSubscriptionsTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id uuid version name } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutplanCreateForSubscriptionsTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id uuid version name } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanUpdateForSubscriptionsTest($input: OutplanUpdateInput!) { outplanUpdate(input: $input) { outplan { id uuid version name } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutplanUpdateForSubscriptionsTest($input: OutplanUpdateInput!) { outplanUpdate(input: $input) { outplan { id uuid version name } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeForTenancyTest($id: ID!) { node(id: $id) { id } }\n"): (typeof documents)["\n  query NodeForTenancyTest($id: ID!) { node(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodesForTenancyTest($ids: [ID!]!) { nodes(ids: $ids) { id } }\n"): (typeof documents)["\n  query NodesForTenancyTest($ids: [ID!]!) { nodes(ids: $ids) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerCreateForTenancyTest { customerCreate(input: {name: \"tenant-b\", username: \"b-admin\", password: \"b-admin-password\"}) { userErrors { message } } }\n"): (typeof documents)["\n  mutation CustomerCreateForTenancyTest { customerCreate(input: {name: \"tenant-b\", username: \"b-admin\", password: \"b-admin-password\"}) { userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallCreateForTenancyCall($target: String!) { callCreate(input: {source: {type: TEL, target: \"+15559876543\"}, destinations: [{type: TEL, target: $target}], actions: [{sleep: {duration: 600000}}]}) { calls { id uuid } userErrors { message } } }\n"): (typeof documents)["\n  mutation CallCreateForTenancyCall($target: String!) { callCreate(input: {source: {type: TEL, target: \"+15559876543\"}, destinations: [{type: TEL, target: $target}], actions: [{sleep: {duration: 600000}}]}) { calls { id uuid } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallForTenancyCall($id: ID!) { call(id: $id) { id status deletedAt } }\n"): (typeof documents)["\n  query CallForTenancyCall($id: ID!) { call(id: $id) { id status deletedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallsForTenancyCall { calls(first: 100, includeDeleted: true) { totalCount nodes { id } } }\n"): (typeof documents)["\n  query CallsForTenancyCall { calls(first: 100, includeDeleted: true) { totalCount nodes { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallHangupForTenancyCall($id: ID!) { callHangup(input: {id: $id}) { call { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation CallHangupForTenancyCall($id: ID!) { callHangup(input: {id: $id}) { call { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallDeleteForTenancyCall($id: ID!) { callDelete(input: {id: $id}) { call { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation CallDeleteForTenancyCall($id: ID!) { callDelete(input: {id: $id}) { call { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallHangupAForTenancyCall($id: ID!) { callHangup(input: {id: $id}) { call { status } } }\n"): (typeof documents)["\n  mutation CallHangupAForTenancyCall($id: ID!) { callHangup(input: {id: $id}) { call { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CallStatusChangedForTenancyCall { callStatusChanged { id status } }\n"): (typeof documents)["\n  subscription CallStatusChangedForTenancyCall { callStatusChanged { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CallStatusChangedCallForTenancyCall($id: ID) { callStatusChanged(callId: $id) { id status } }\n"): (typeof documents)["\n  subscription CallStatusChangedCallForTenancyCall($id: ID) { callStatusChanged(callId: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CallStatusChangedCampaignForTenancyCall($id: ID) { callStatusChanged(campaignId: $id) { id status } }\n"): (typeof documents)["\n  subscription CallStatusChangedCampaignForTenancyCall($id: ID) { callStatusChanged(campaignId: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForTenancyCampaignLive($n: String!) { outplanCreate(input: {name: $n, source: {type: TEL, target: \"+15559876543\"}, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutplanCreateForTenancyCampaignLive($n: String!) { outplanCreate(input: {name: $n, source: {type: TEL, target: \"+15559876543\"}, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateForTenancyCampaignLive($n: String!) { outdialCreate(input: {name: $n}) { outdial { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutdialCreateForTenancyCampaignLive($n: String!) { outdialCreate(input: {name: $n}) { outdial { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetCreateForTenancyCampaignLive($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: \"busy\", destinations: [{type: TEL, target: \"+15551230001\"}]}) { outdialTarget { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutdialTargetCreateForTenancyCampaignLive($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: \"busy\", destinations: [{type: TEL, target: \"+15551230001\"}]}) { outdialTarget { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCreateForTenancyCampaignLive($n: String!, $p: ID, $o: ID) { campaignCreate(input: {name: $n, outplanId: $p, outdialId: $o}) { campaign { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation CampaignCreateForTenancyCampaignLive($n: String!, $p: ID, $o: ID) { campaignCreate(input: {name: $n, outplanId: $p, outdialId: $o}) { campaign { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetsResetForTenancyCampaignLive($id: ID!) { outdialTargetsReset(input: {outdialId: $id, result: EXHAUSTED}) { resetCount } }\n"): (typeof documents)["\n  mutation OutdialTargetsResetForTenancyCampaignLive($id: ID!) { outdialTargetsReset(input: {outdialId: $id, result: EXHAUSTED}) { resetCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignRunForTenancyCampaignLive($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { status } } }\n"): (typeof documents)["\n  mutation CampaignRunForTenancyCampaignLive($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignForTenancyCampaign($id: ID!) { campaign(id: $id) { name status serviceLevel actions { type } deletedAt outplan { id } outdial { id } nextCampaign { id } } }\n"): (typeof documents)["\n  query CampaignForTenancyCampaign($id: ID!) { campaign(id: $id) { name status serviceLevel actions { type } deletedAt outplan { id } outdial { id } nextCampaign { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignCallForTenancyCampaign($id: ID!) { campaignCall(id: $id) { status deletedAt } }\n"): (typeof documents)["\n  query CampaignCallForTenancyCampaign($id: ID!) { campaignCall(id: $id) { status deletedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCreateBForTenancyCampaign($name: String!) { campaignCreate(input: {name: $name}) { campaign { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation CampaignCreateBForTenancyCampaign($name: String!) { campaignCreate(input: {name: $name}) { campaign { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateSeedForTenancyCampaign { outplanCreate(input: {name: \"a-campaign-plan\", source: {type: TEL, target: \"+15559876543\"}, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id } } }\n"): (typeof documents)["\n  mutation OutplanCreateSeedForTenancyCampaign { outplanCreate(input: {name: \"a-campaign-plan\", source: {type: TEL, target: \"+15559876543\"}, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateListForTenancyCampaign { outdialCreate(input: {name: \"a-campaign-list\"}) { outdial { id } } }\n"): (typeof documents)["\n  mutation OutdialCreateListForTenancyCampaign { outdialCreate(input: {name: \"a-campaign-list\"}) { outdial { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateFreeForTenancyCampaign { outdialCreate(input: {name: \"a-free-list\"}) { outdial { id } } }\n"): (typeof documents)["\n  mutation OutdialCreateFreeForTenancyCampaign { outdialCreate(input: {name: \"a-free-list\"}) { outdial { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCreateNextForTenancyCampaign { campaignCreate(input: {name: \"a-next\"}) { campaign { id } } }\n"): (typeof documents)["\n  mutation CampaignCreateNextForTenancyCampaign { campaignCreate(input: {name: \"a-next\"}) { campaign { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCreateSeedForTenancyCampaign($p: ID, $o: ID, $n: ID) { campaignCreate(input: {name: \"a-campaign\", serviceLevel: 5, actions: [{talk: {text: \"hi\", language: \"en-US\"}}], outplanId: $p, outdialId: $o, nextCampaignId: $n}) { campaign { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation CampaignCreateSeedForTenancyCampaign($p: ID, $o: ID, $n: ID) { campaignCreate(input: {name: \"a-campaign\", serviceLevel: 5, actions: [{talk: {text: \"hi\", language: \"en-US\"}}], outplanId: $p, outdialId: $o, nextCampaignId: $n}) { campaign { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetCreateSeedForTenancyCampaign($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: \"a-done\", destinations: [{type: TEL, target: \"+15559876543\"}]}) { outdialTarget { id } } }\n"): (typeof documents)["\n  mutation OutdialTargetCreateSeedForTenancyCampaign($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: \"a-done\", destinations: [{type: TEL, target: \"+15559876543\"}]}) { outdialTarget { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilteredByCampaignForTenancyCampaign($id: ID) { calls(first: 100, includeDeleted: true, filter: {campaignId: $id}) { totalCount } outdials(first: 100, includeDeleted: true, filter: {campaignId: $id}) { totalCount } }\n"): (typeof documents)["\n  query FilteredByCampaignForTenancyCampaign($id: ID) { calls(first: 100, includeDeleted: true, filter: {campaignId: $id}) { totalCount } outdials(first: 100, includeDeleted: true, filter: {campaignId: $id}) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallForTenancyCampaign($id: ID!) { call(id: $id) { id } }\n"): (typeof documents)["\n  query CallForTenancyCampaign($id: ID!) { call(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignsForTenancyCampaign { campaigns(first: 100, includeDeleted: true) { totalCount nodes { id progress { targetsTotal attempts } campaignCalls { totalCount } } } }\n"): (typeof documents)["\n  query CampaignsForTenancyCampaign { campaigns(first: 100, includeDeleted: true) { totalCount nodes { id progress { targetsTotal attempts } campaignCalls { totalCount } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCreateStealForTenancyCampaign($p: ID, $o: ID, $n: ID) { campaignCreate(input: {name: \"b-steal\", outplanId: $p, outdialId: $o, nextCampaignId: $n}) { campaign { id } userErrors { field code } } }\n"): (typeof documents)["\n  mutation CampaignCreateStealForTenancyCampaign($p: ID, $o: ID, $n: ID) { campaignCreate(input: {name: \"b-steal\", outplanId: $p, outdialId: $o, nextCampaignId: $n}) { campaign { id } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialCampaignForTenancyCampaign($id: ID!) { outdial(id: $id) { campaign { id } } }\n"): (typeof documents)["\n  query OutdialCampaignForTenancyCampaign($id: ID!) { outdial(id: $id) { campaign { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignIdsForTenancyCampaign { campaigns(first: 100) { nodes { id } } }\n"): (typeof documents)["\n  query CampaignIdsForTenancyCampaign { campaigns(first: 100) { nodes { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateForTenancyCampaign($id: ID!) { campaignUpdate(input: {id: $id, name: \"stolen\"}) { campaign { id } userErrors { field code } } }\n"): (typeof documents)["\n  mutation CampaignUpdateForTenancyCampaign($id: ID!) { campaignUpdate(input: {id: $id, name: \"stolen\"}) { campaign { id } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateStatusForTenancyCampaign($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { id } userErrors { field code } } }\n"): (typeof documents)["\n  mutation CampaignUpdateStatusForTenancyCampaign($id: ID!) { campaignUpdateStatus(input: {id: $id, status: RUN}) { campaign { id } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateServiceLevelForTenancyCampaign($id: ID!) { campaignUpdateServiceLevel(input: {id: $id, serviceLevel: 99}) { campaign { id } userErrors { field code } } }\n"): (typeof documents)["\n  mutation CampaignUpdateServiceLevelForTenancyCampaign($id: ID!) { campaignUpdateServiceLevel(input: {id: $id, serviceLevel: 99}) { campaign { id } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateDialingRulesForTenancyCampaign($id: ID!) { campaignUpdateDialingRules(input: {id: $id, callingWindows: [{days: [MONDAY], start: \"03:00\", end: \"04:00\"}], defaultTimeZone: \"Asia/Tokyo\"}) { campaign { id } userErrors { field code } } }\n"): (typeof documents)["\n  mutation CampaignUpdateDialingRulesForTenancyCampaign($id: ID!) { campaignUpdateDialingRules(input: {id: $id, callingWindows: [{days: [MONDAY], start: \"03:00\", end: \"04:00\"}], defaultTimeZone: \"Asia/Tokyo\"}) { campaign { id } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignDialingRulesForTenancyCampaign($id: ID!) { campaign(id: $id) { dialingRules { callingWindows { start } defaultTimeZone } } }\n"): (typeof documents)["\n  query CampaignDialingRulesForTenancyCampaign($id: ID!) { campaign(id: $id) { dialingRules { callingWindows { start } defaultTimeZone } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignPreflightForTenancyCampaign($id: ID!) { campaign(id: $id) { preflight { targetsTotal done dialableNow } } }\n"): (typeof documents)["\n  query CampaignPreflightForTenancyCampaign($id: ID!) { campaign(id: $id) { preflight { targetsTotal done dialableNow } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateActionsForTenancyCampaign($id: ID!) { campaignUpdateActions(input: {id: $id, actions: []}) { campaign { id } userErrors { field code } } }\n"): (typeof documents)["\n  mutation CampaignUpdateActionsForTenancyCampaign($id: ID!) { campaignUpdateActions(input: {id: $id, actions: []}) { campaign { id } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateResourceInfoForTenancyCampaign($id: ID!, $p: ID, $o: ID, $n: ID) { campaignUpdateResourceInfo(input: {id: $id, outplanId: $p, outdialId: $o, nextCampaignId: $n}) { campaign { id } userErrors { field code } } }\n"): (typeof documents)["\n  mutation CampaignUpdateResourceInfoForTenancyCampaign($id: ID!, $p: ID, $o: ID, $n: ID) { campaignUpdateResourceInfo(input: {id: $id, outplanId: $p, outdialId: $o, nextCampaignId: $n}) { campaign { id } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateNextCampaignForTenancyCampaign($id: ID!, $n: ID) { campaignUpdateNextCampaign(input: {id: $id, nextCampaignId: $n}) { campaign { id } userErrors { field code } } }\n"): (typeof documents)["\n  mutation CampaignUpdateNextCampaignForTenancyCampaign($id: ID!, $n: ID) { campaignUpdateNextCampaign(input: {id: $id, nextCampaignId: $n}) { campaign { id } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignDeleteForTenancyCampaign($id: ID!) { campaignDelete(input: {id: $id}) { campaign { id } userErrors { field code } } }\n"): (typeof documents)["\n  mutation CampaignDeleteForTenancyCampaign($id: ID!) { campaignDelete(input: {id: $id}) { campaign { id } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCallDeleteForTenancyCampaign($id: ID!) { campaignCallDelete(input: {id: $id}) { campaignCall { id } userErrors { field code } } }\n"): (typeof documents)["\n  mutation CampaignCallDeleteForTenancyCampaign($id: ID!) { campaignCallDelete(input: {id: $id}) { campaignCall { id } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialUpdateCampaignForTenancyCampaign($id: ID!, $c: ID) { outdialUpdateCampaign(input: {id: $id, campaignId: $c}) { outdial { id } userErrors { field code } } }\n"): (typeof documents)["\n  mutation OutdialUpdateCampaignForTenancyCampaign($id: ID!, $c: ID) { outdialUpdateCampaign(input: {id: $id, campaignId: $c}) { outdial { id } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateBindForTenancyCampaign { outdialCreate(input: {name: \"b-bind\"}) { outdial { id } } }\n"): (typeof documents)["\n  mutation OutdialCreateBindForTenancyCampaign { outdialCreate(input: {name: \"b-bind\"}) { outdial { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateBoundForTenancyCampaign($c: ID) { outdialCreate(input: {name: \"b-bound\", campaignId: $c}) { outdial { id } userErrors { field code } } }\n"): (typeof documents)["\n  mutation OutdialCreateBoundForTenancyCampaign($c: ID) { outdialCreate(input: {name: \"b-bound\", campaignId: $c}) { outdial { id } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialsBoundForTenancyCampaign { outdials(first: 100, filter: {name: \"b-bound\"}) { totalCount } }\n"): (typeof documents)["\n  query OutdialsBoundForTenancyCampaign { outdials(first: 100, filter: {name: \"b-bound\"}) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OutdialTargetStatusChangedForTenancyCampaign { outdialTargetStatusChanged { id status } }\n"): (typeof documents)["\n  subscription OutdialTargetStatusChangedForTenancyCampaign { outdialTargetStatusChanged { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OutdialTargetStatusChangedOutdialForTenancyCampaign($id: ID) { outdialTargetStatusChanged(outdialId: $id) { id } }\n"): (typeof documents)["\n  subscription OutdialTargetStatusChangedOutdialForTenancyCampaign($id: ID) { outdialTargetStatusChanged(outdialId: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OutdialTargetStatusChangedCampaignForTenancyCampaign($id: ID) { outdialTargetStatusChanged(campaignId: $id) { id } }\n"): (typeof documents)["\n  subscription OutdialTargetStatusChangedCampaignForTenancyCampaign($id: ID) { outdialTargetStatusChanged(campaignId: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CampaignStatusChangedForTenancyCampaign { campaignStatusChanged { id status } }\n"): (typeof documents)["\n  subscription CampaignStatusChangedForTenancyCampaign { campaignStatusChanged { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CampaignStatusChangedOneForTenancyCampaign($id: ID) { campaignStatusChanged(campaignId: $id) { id status } }\n"): (typeof documents)["\n  subscription CampaignStatusChangedOneForTenancyCampaign($id: ID) { campaignStatusChanged(campaignId: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CampaignProgressChangedForTenancyCampaign { campaignProgressChanged { id progress { attempts } } }\n"): (typeof documents)["\n  subscription CampaignProgressChangedForTenancyCampaign { campaignProgressChanged { id progress { attempts } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CampaignProgressChangedOneForTenancyCampaign($id: ID) { campaignProgressChanged(campaignId: $id) { id progress { attempts } } }\n"): (typeof documents)["\n  subscription CampaignProgressChangedOneForTenancyCampaign($id: ID) { campaignProgressChanged(campaignId: $id) { id progress { attempts } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetsResetForTenancyCampaign($id: ID!) { outdialTargetsReset(input: {outdialId: $id}) { outdial { id } resetCount userErrors { field code } } }\n"): (typeof documents)["\n  mutation OutdialTargetsResetForTenancyCampaign($id: ID!) { outdialTargetsReset(input: {outdialId: $id}) { outdial { id } resetCount userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialTargetStateForTenancyCampaign($id: ID!) { outdialTarget(id: $id) { status result } }\n"): (typeof documents)["\n  query OutdialTargetStateForTenancyCampaign($id: ID!) { outdialTarget(id: $id) { status result } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DncListCreateForTenancyDnc($name: String!) { dncListCreate(input: {name: $name}) { dncList { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation DncListCreateForTenancyDnc($name: String!) { dncListCreate(input: {name: $name}) { dncList { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DncEntriesAddForTenancyDnc($id: ID!, $addresses: [String!]!) {\n    dncEntriesAdd(input: {dncListId: $id, addresses: $addresses}) { dncList { id } added removed userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation DncEntriesAddForTenancyDnc($id: ID!, $addresses: [String!]!) {\n    dncEntriesAdd(input: {dncListId: $id, addresses: $addresses}) { dncList { id } added removed userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DncEntriesRemoveForTenancyDnc($id: ID!, $addresses: [String!]!) {\n    dncEntriesRemove(input: {dncListId: $id, addresses: $addresses}) { dncList { id } added removed userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation DncEntriesRemoveForTenancyDnc($id: ID!, $addresses: [String!]!) {\n    dncEntriesRemove(input: {dncListId: $id, addresses: $addresses}) { dncList { id } added removed userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DncEntriesImportCsvForTenancyDnc($id: ID!, $csv: String!) {\n    dncEntriesImportCsv(input: {dncListId: $id, csv: $csv}) { dncList { id } added removed userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation DncEntriesImportCsvForTenancyDnc($id: ID!, $csv: String!) {\n    dncEntriesImportCsv(input: {dncListId: $id, csv: $csv}) { dncList { id } added removed userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DncListUpdateForTenancyDnc($id: ID!) { dncListUpdate(input: {id: $id, name: \"stolen\"}) { dncList { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation DncListUpdateForTenancyDnc($id: ID!) { dncListUpdate(input: {id: $id, name: \"stolen\"}) { dncList { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DncListDeleteForTenancyDnc($id: ID!) { dncListDelete(input: {id: $id}) { dncList { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation DncListDeleteForTenancyDnc($id: ID!) { dncListDelete(input: {id: $id}) { dncList { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DncListForTenancyDnc($id: ID!) { dncList(id: $id) { id name entryCount entries(first: 10) { totalCount nodes { address } } } }\n"): (typeof documents)["\n  query DncListForTenancyDnc($id: ID!) { dncList(id: $id) { id name entryCount entries(first: 10) { totalCount nodes { address } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DncListsForTenancyDnc { dncLists(first: 100) { totalCount nodes { id } } }\n"): (typeof documents)["\n  query DncListsForTenancyDnc { dncLists(first: 100) { totalCount nodes { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserCreateAForTenancyIdentity { userCreate(input: {username: \"a-manager\", password: \"a-manager-password\", role: MANAGER}) { user { id } } }\n"): (typeof documents)["\n  mutation UserCreateAForTenancyIdentity { userCreate(input: {username: \"a-manager\", password: \"a-manager-password\", role: MANAGER}) { user { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessKeyCreateAForTenancyIdentity { accessKeyCreate(input: {name: \"a-key\"}) { accessKey { id } token } }\n"): (typeof documents)["\n  mutation AccessKeyCreateAForTenancyIdentity { accessKeyCreate(input: {name: \"a-key\"}) { accessKey { id } token } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerForTenancyIdentity { viewer { customer { name } } }\n"): (typeof documents)["\n  query ViewerForTenancyIdentity { viewer { customer { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersForTenancyIdentity { customers { totalCount } }\n"): (typeof documents)["\n  query CustomersForTenancyIdentity { customers { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersForTenancyIdentity { users(first: 100) { totalCount nodes { id username } } }\n"): (typeof documents)["\n  query UsersForTenancyIdentity { users(first: 100) { totalCount nodes { id username } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessKeysForTenancyIdentity { accessKeys(first: 100) { nodes { id } } }\n"): (typeof documents)["\n  query AccessKeysForTenancyIdentity { accessKeys(first: 100) { nodes { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerCreateBForTenancyIdentity { customerCreate(input: {name: \"b-child\", username: \"b-child-admin\", password: \"child-password\"}) { customer { id } } }\n"): (typeof documents)["\n  mutation CustomerCreateBForTenancyIdentity { customerCreate(input: {name: \"b-child\", username: \"b-child-admin\", password: \"child-password\"}) { customer { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserCreateBForTenancyIdentity { userCreate(input: {username: \"b-created\", password: \"b-created-password\", role: MANAGER}) { user { id } } }\n"): (typeof documents)["\n  mutation UserCreateBForTenancyIdentity { userCreate(input: {username: \"b-created\", password: \"b-created-password\", role: MANAGER}) { user { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsernamesForTenancyIdentity { users(first: 100) { nodes { username } } }\n"): (typeof documents)["\n  query UsernamesForTenancyIdentity { users(first: 100) { nodes { username } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserUpdateRoleForTenancyIdentity($id: ID!) { userUpdateRole(input: {id: $id, role: ADMIN}) { user { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation UserUpdateRoleForTenancyIdentity($id: ID!) { userUpdateRole(input: {id: $id, role: ADMIN}) { user { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserRoleForTenancyIdentity($id: ID!) { node(id: $id) { ... on User { role } } }\n"): (typeof documents)["\n  query UserRoleForTenancyIdentity($id: ID!) { node(id: $id) { ... on User { role } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserDeleteForTenancyIdentity($id: ID!) { userDelete(input: {id: $id}) { user { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation UserDeleteForTenancyIdentity($id: ID!) { userDelete(input: {id: $id}) { user { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserDeletedAtForTenancyIdentity($id: ID!) { node(id: $id) { ... on User { deletedAt } } }\n"): (typeof documents)["\n  query UserDeletedAtForTenancyIdentity($id: ID!) { node(id: $id) { ... on User { deletedAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessKeyCreateBForTenancyIdentity { accessKeyCreate(input: {name: \"b-key\"}) { token } }\n"): (typeof documents)["\n  mutation AccessKeyCreateBForTenancyIdentity { accessKeyCreate(input: {name: \"b-key\"}) { token } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessKeyDeleteForTenancyIdentity($id: ID!) { accessKeyDelete(input: {id: $id}) { accessKey { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation AccessKeyDeleteForTenancyIdentity($id: ID!) { accessKeyDelete(input: {id: $id}) { accessKey { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessKeyDeletedAtForTenancyIdentity($id: ID!) { node(id: $id) { ... on AccessKey { deletedAt } } }\n"): (typeof documents)["\n  query AccessKeyDeletedAtForTenancyIdentity($id: ID!) { node(id: $id) { ... on AccessKey { deletedAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialForTenancyOutdial($id: ID!) { outdial(id: $id) { name detail data deletedAt targetStats { total } targets(includeDeleted: true) { totalCount nodes { uuid name deletedAt } } } }\n"): (typeof documents)["\n  query OutdialForTenancyOutdial($id: ID!) { outdial(id: $id) { name detail data deletedAt targetStats { total } targets(includeDeleted: true) { totalCount nodes { uuid name deletedAt } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialTargetForTenancyOutdial($id: ID!) { outdialTarget(id: $id) { name deletedAt } }\n"): (typeof documents)["\n  query OutdialTargetForTenancyOutdial($id: ID!) { outdialTarget(id: $id) { name deletedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateAForTenancyOutdial { outdialCreate(input: {name: \"a-outdial\", data: \"a-data\"}) { outdial { id } } }\n"): (typeof documents)["\n  mutation OutdialCreateAForTenancyOutdial { outdialCreate(input: {name: \"a-outdial\", data: \"a-data\"}) { outdial { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetCreateAForTenancyOutdial($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: \"a-target\", destinations: [{type: TEL, target: \"+15559876543\"}]}) { outdialTarget { id } } }\n"): (typeof documents)["\n  mutation OutdialTargetCreateAForTenancyOutdial($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: \"a-target\", destinations: [{type: TEL, target: \"+15559876543\"}]}) { outdialTarget { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateAForTenancyOutdial { outplanCreate(input: {name: \"a-outplan-2\", dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id } } }\n"): (typeof documents)["\n  mutation OutplanCreateAForTenancyOutdial { outplanCreate(input: {name: \"a-outplan-2\", dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialsForTenancyOutdial { outdials(first: 100, includeDeleted: true) { totalCount nodes { id targets(includeDeleted: true) { totalCount } } } }\n"): (typeof documents)["\n  query OutdialsForTenancyOutdial { outdials(first: 100, includeDeleted: true) { totalCount nodes { id targets(includeDeleted: true) { totalCount } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateBForTenancyOutdial { outdialCreate(input: {name: \"b-outdial\"}) { outdial { id } } }\n"): (typeof documents)["\n  mutation OutdialCreateBForTenancyOutdial { outdialCreate(input: {name: \"b-outdial\"}) { outdial { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialsNamedBForTenancyOutdial { outdials(first: 100, filter: {name: \"b-outdial\"}) { totalCount } }\n"): (typeof documents)["\n  query OutdialsNamedBForTenancyOutdial { outdials(first: 100, filter: {name: \"b-outdial\"}) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialUpdateForTenancyOutdial($id: ID!) { outdialUpdate(input: {id: $id, name: \"stolen\"}) { outdial { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation OutdialUpdateForTenancyOutdial($id: ID!) { outdialUpdate(input: {id: $id, name: \"stolen\"}) { outdial { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialUpdateDataForTenancyOutdial($id: ID!) { outdialUpdateData(input: {id: $id, data: \"stolen\"}) { outdial { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation OutdialUpdateDataForTenancyOutdial($id: ID!) { outdialUpdateData(input: {id: $id, data: \"stolen\"}) { outdial { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialDeleteForTenancyOutdial($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation OutdialDeleteForTenancyOutdial($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetCreateBForTenancyOutdial($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: \"b-target\", destinations: [{type: TEL, target: \"+15559876543\"}]}) { outdialTarget { id } userErrors { field code } } }\n"): (typeof documents)["\n  mutation OutdialTargetCreateBForTenancyOutdial($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: \"b-target\", destinations: [{type: TEL, target: \"+15559876543\"}]}) { outdialTarget { id } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetUpdateForTenancyOutdial($id: ID!) { outdialTargetUpdate(input: {id: $id, name: \"stolen\"}) { outdialTarget { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation OutdialTargetUpdateForTenancyOutdial($id: ID!) { outdialTargetUpdate(input: {id: $id, name: \"stolen\"}) { outdialTarget { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetDeleteForTenancyOutdial($id: ID!) { outdialTargetDelete(input: {id: $id}) { outdialTarget { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation OutdialTargetDeleteForTenancyOutdial($id: ID!) { outdialTargetDelete(input: {id: $id}) { outdialTarget { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetsCreateForTenancyOutdial($id: ID!) { outdialTargetsCreate(input: {outdialId: $id, targets: [{name: \"b-bulk\", destinations: [{type: TEL, target: \"+15559876543\"}]}]}) { outdial { id } createdCount userErrors { field code } } }\n"): (typeof documents)["\n  mutation OutdialTargetsCreateForTenancyOutdial($id: ID!) { outdialTargetsCreate(input: {outdialId: $id, targets: [{name: \"b-bulk\", destinations: [{type: TEL, target: \"+15559876543\"}]}]}) { outdial { id } createdCount userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialTargetsImportCsvForTenancyOutdial($id: ID!, $csv: String!) { outdialTargetsImportCsv(input: {outdialId: $id, csv: $csv}) { outdial { id } createdCount userErrors { field code } } }\n"): (typeof documents)["\n  mutation OutdialTargetsImportCsvForTenancyOutdial($id: ID!, $csv: String!) { outdialTargetsImportCsv(input: {outdialId: $id, csv: $csv}) { outdial { id } createdCount userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanUpdateDialInfoForTenancyOutdial($id: ID!) { outplanUpdateDialInfo(input: {id: $id, dialTimeout: 60000, tryInterval: 0, maxTryCounts: [9]}) { outplan { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation OutplanUpdateDialInfoForTenancyOutdial($id: ID!) { outplanUpdateDialInfo(input: {id: $id, dialTimeout: 60000, tryInterval: 0, maxTryCounts: [9]}) { outplan { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutplanDialInfoForTenancyOutdial($id: ID!) { outplan(id: $id) { dialTimeout maxTryCounts } }\n"): (typeof documents)["\n  query OutplanDialInfoForTenancyOutdial($id: ID!) { outplan(id: $id) { dialTimeout maxTryCounts } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanDeleteForTenancyOutdial($id: ID!) { outplanDelete(input: {id: $id}) { outplan { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation OutplanDeleteForTenancyOutdial($id: ID!) { outplanDelete(input: {id: $id}) { outplan { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutplanDeletedAtForTenancyOutdial($id: ID!) { outplan(id: $id) { deletedAt } }\n"): (typeof documents)["\n  query OutplanDeletedAtForTenancyOutdial($id: ID!) { outplan(id: $id) { deletedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForTenancyOutplan($name: String!) { outplanCreate(input: {name: $name, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id uuid } } }\n"): (typeof documents)["\n  mutation OutplanCreateForTenancyOutplan($name: String!) { outplanCreate(input: {name: $name, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id uuid } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutplanIdForTenancyOutplan($id: ID!) { outplan(id: $id) { id } }\n"): (typeof documents)["\n  query OutplanIdForTenancyOutplan($id: ID!) { outplan(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutplansForTenancyOutplan { outplans(first: 100, includeDeleted: true) { totalCount nodes { id } } }\n"): (typeof documents)["\n  query OutplansForTenancyOutplan { outplans(first: 100, includeDeleted: true) { totalCount nodes { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanUpdateStolenForTenancyOutplan($id: ID!) { outplanUpdate(input: {id: $id, name: \"stolen\"}) { outplan { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation OutplanUpdateStolenForTenancyOutplan($id: ID!) { outplanUpdate(input: {id: $id, name: \"stolen\"}) { outplan { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanRulesStolenForTenancyOutplan($id: ID!) {\n    outplanUpdateOutcomeRules(input: {id: $id, rules: [{outcome: DECLINED, action: STOP_TARGET}], machineDetection: OFF}) { outplan { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation OutplanRulesStolenForTenancyOutplan($id: ID!) {\n    outplanUpdateOutcomeRules(input: {id: $id, rules: [{outcome: DECLINED, action: STOP_TARGET}], machineDetection: OFF}) { outplan { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutplanRulesForTenancyOutplan($id: ID!) { outplan(id: $id) { machineDetection outcomeRules { outcome } } }\n"): (typeof documents)["\n  query OutplanRulesForTenancyOutplan($id: ID!) { outplan(id: $id) { machineDetection outcomeRules { outcome } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutplanNameForTenancyOutplan($id: ID!) { outplan(id: $id) { name } }\n"): (typeof documents)["\n  query OutplanNameForTenancyOutplan($id: ID!) { outplan(id: $id) { name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanUpdateNameForTenancyOutplan($id: ID!, $name: String) { outplanUpdate(input: {id: $id, name: $name}) { outplan { version } } }\n"): (typeof documents)["\n  mutation OutplanUpdateNameForTenancyOutplan($id: ID!, $name: String) { outplanUpdate(input: {id: $id, name: $name}) { outplan { version } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OutplanChangedForTenancyOutplan { outplanChanged { id name } }\n"): (typeof documents)["\n  subscription OutplanChangedForTenancyOutplan { outplanChanged { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OutplanChangedOneForTenancyOutplan($id: ID) { outplanChanged(outplanId: $id) { id name } }\n"): (typeof documents)["\n  subscription OutplanChangedOneForTenancyOutplan($id: ID) { outplanChanged(outplanId: $id) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookCreateAForTenancy { webhookCreate(input: {url: \"https://a.example.invalid/hook\", eventTypes: [CAMPAIGN_CALL_FINISHED]}) { webhook { id uuid } secret } }\n"): (typeof documents)["\n  mutation WebhookCreateAForTenancy { webhookCreate(input: {url: \"https://a.example.invalid/hook\", eventTypes: [CAMPAIGN_CALL_FINISHED]}) { webhook { id uuid } secret } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksForTenancy { webhooks(first: 100, includeDeleted: true) { nodes { id url } } }\n"): (typeof documents)["\n  query WebhooksForTenancy { webhooks(first: 100, includeDeleted: true) { nodes { id url } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookCreateBForTenancy { webhookCreate(input: {url: \"https://b.example.invalid/hook\", eventTypes: [CAMPAIGN_CALL_FINISHED]}) { webhook { id } } }\n"): (typeof documents)["\n  mutation WebhookCreateBForTenancy { webhookCreate(input: {url: \"https://b.example.invalid/hook\", eventTypes: [CAMPAIGN_CALL_FINISHED]}) { webhook { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookUpdateForTenancy($id: ID!) { webhookUpdate(input: {id: $id, url: \"https://b.example.invalid/stolen\"}) { webhook { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation WebhookUpdateForTenancy($id: ID!) { webhookUpdate(input: {id: $id, url: \"https://b.example.invalid/stolen\"}) { webhook { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookDeleteForTenancy($id: ID!) { webhookDelete(input: {id: $id}) { webhook { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation WebhookDeleteForTenancy($id: ID!) { webhookDelete(input: {id: $id}) { webhook { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookRotateSecretForTenancy($id: ID!) { webhookRotateSecret(input: {id: $id}) { secret userErrors { code } } }\n"): (typeof documents)["\n  mutation WebhookRotateSecretForTenancy($id: ID!) { webhookRotateSecret(input: {id: $id}) { secret userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookDeliveryRetryForTenancy($id: ID!) { webhookDeliveryRetry(input: {id: $id}) { webhookDelivery { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation WebhookDeliveryRetryForTenancy($id: ID!) { webhookDeliveryRetry(input: {id: $id}) { webhookDelivery { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookOfAForTenancy($id: ID!) { node(id: $id) { ... on Webhook { url deletedAt previousSecretExpiresAt } } }\n"): (typeof documents)["\n  query WebhookOfAForTenancy($id: ID!) { node(id: $id) { ... on Webhook { url deletedAt previousSecretExpiresAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveryOfAForTenancy($id: ID!) { node(id: $id) { ... on WebhookDelivery { status } } }\n"): (typeof documents)["\n  query WebhookDeliveryOfAForTenancy($id: ID!) { node(id: $id) { ... on WebhookDelivery { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserCreateForUsernameCaseTest($input: UserCreateInput!) { userCreate(input: $input) { user { username } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation UserCreateForUsernameCaseTest($input: UserCreateInput!) { userCreate(input: $input) { user { username } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerCreateForUsernameCaseTest($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { name } userErrors { field code } } }\n"): (typeof documents)["\n  mutation CustomerCreateForUsernameCaseTest($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { name } userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerForUsernameCaseTest { viewer { username } }\n"): (typeof documents)["\n  query ViewerForUsernameCaseTest { viewer { username } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForUuidIdsTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id uuid } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutplanCreateForUuidIdsTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id uuid } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateForUuidIdsTest($name: String!) { outdialCreate(input: { name: $name }) { outdial { id uuid } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutdialCreateForUuidIdsTest($name: String!) { outdialCreate(input: { name: $name }) { outdial { id uuid } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TargetCreateForUuidIdsTest($input: OutdialTargetCreateInput!) {\n    outdialTargetCreate(input: $input) { outdialTarget { id uuid outdial { uuid } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation TargetCreateForUuidIdsTest($input: OutdialTargetCreateInput!) {\n    outdialTargetCreate(input: $input) { outdialTarget { id uuid outdial { uuid } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCreateForUuidIdsTest($input: CampaignCreateInput!) {\n    campaignCreate(input: $input) { campaign { id uuid outplan { uuid } outdial { uuid } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CampaignCreateForUuidIdsTest($input: CampaignCreateInput!) {\n    campaignCreate(input: $input) { campaign { id uuid outplan { uuid } outdial { uuid } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallCreateForUuidIdsTest($input: CallCreateInput!) { callCreate(input: $input) { calls { id uuid } userErrors { message } } }\n"): (typeof documents)["\n  mutation CallCreateForUuidIdsTest($input: CallCreateInput!) { callCreate(input: $input) { calls { id uuid } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookupsForUuidIdsTest($outdial: ID!, $outplan: ID!, $campaign: ID!, $target: ID!, $call: ID!) {\n    outdial(id: $outdial) { uuid } outplan(id: $outplan) { uuid } campaign(id: $campaign) { uuid }\n    outdialTarget(id: $target) { uuid } call(id: $call) { uuid }\n  }\n"): (typeof documents)["\n  query LookupsForUuidIdsTest($outdial: ID!, $outplan: ID!, $campaign: ID!, $target: ID!, $call: ID!) {\n    outdial(id: $outdial) { uuid } outplan(id: $outplan) { uuid } campaign(id: $campaign) { uuid }\n    outdialTarget(id: $target) { uuid } call(id: $call) { uuid }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialForUuidIdsTest($id: ID!) { outdial(id: $id) { uuid name } }\n"): (typeof documents)["\n  query OutdialForUuidIdsTest($id: ID!) { outdial(id: $id) { uuid name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeAndNodesForUuidIdsTest($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } }\n"): (typeof documents)["\n  query NodeAndNodesForUuidIdsTest($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialUpdateForUuidIdsTest($input: OutdialUpdateInput!) { outdialUpdate(input: $input) { outdial { uuid name } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation OutdialUpdateForUuidIdsTest($input: OutdialUpdateInput!) { outdialUpdate(input: $input) { outdial { uuid name } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateForUuidIdsTest($input: CampaignUpdateInput!) { campaignUpdate(input: $input) { campaign { uuid name } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation CampaignUpdateForUuidIdsTest($input: CampaignUpdateInput!) { campaignUpdate(input: $input) { campaign { uuid name } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanDeleteForUuidIdsTest($id: ID!) { outplanDelete(input: { id: $id }) { outplan { uuid deletedAt } userErrors { field message code } } }\n"): (typeof documents)["\n  mutation OutplanDeleteForUuidIdsTest($id: ID!) { outplanDelete(input: { id: $id }) { outplan { uuid deletedAt } userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutdialsOfCampaignForUuidIdsTest($campaignId: ID!) { outdials(filter: { campaignId: $campaignId }) { nodes { uuid } } }\n"): (typeof documents)["\n  query OutdialsOfCampaignForUuidIdsTest($campaignId: ID!) { outdials(filter: { campaignId: $campaignId }) { nodes { uuid } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanRenameForUuidIdsTest($input: OutplanUpdateInput!) { outplanUpdate(input: $input) { userErrors { message } } }\n"): (typeof documents)["\n  mutation OutplanRenameForUuidIdsTest($input: OutplanUpdateInput!) { outplanUpdate(input: $input) { userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DncListCreateForUuidIdsTest($name: String!) { dncListCreate(input: { name: $name }) { dncList { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation DncListCreateForUuidIdsTest($name: String!) { dncListCreate(input: { name: $name }) { dncList { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignDncListsForUuidIdsTest($id: ID!, $dncListIds: [ID!]) {\n    campaignUpdateDialingRules(input: { id: $id, dncListIds: $dncListIds }) { campaign { dialingRules { dncLists { id } } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CampaignDncListsForUuidIdsTest($id: ID!, $dncListIds: [ID!]) {\n    campaignUpdateDialingRules(input: { id: $id, dncListIds: $dncListIds }) { campaign { dialingRules { dncLists { id } } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerCreateForUuidIdsTest { customerCreate(input: { name: \"uuid-b\", username: \"uuid-b-admin\", password: \"uuid-b-admin-password\" }) { userErrors { message } } }\n"): (typeof documents)["\n  mutation CustomerCreateForUuidIdsTest { customerCreate(input: { name: \"uuid-b\", username: \"uuid-b-admin\", password: \"uuid-b-admin-password\" }) { userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TypenameForWsLimitsTest { __typename }\n"): (typeof documents)["\n  query TypenameForWsLimitsTest { __typename }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OutplanChangedForWsLimitsTest { outplanChanged { name } }\n"): (typeof documents)["\n  subscription OutplanChangedForWsLimitsTest { outplanChanged { name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForWsLimitsTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } } }\n"): (typeof documents)["\n  mutation OutplanCreateForWsLimitsTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerCreateForWsLimitsTest($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation CustomerCreateForWsLimitsTest($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OutplanChangedForWsProtocolTest { outplanChanged { id name } }\n"): (typeof documents)["\n  subscription OutplanChangedForWsProtocolTest { outplanChanged { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TypenameForWsProtocolTest { __typename }\n"): (typeof documents)["\n  query TypenameForWsProtocolTest { __typename }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForWsProtocolTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutplanCreateForWsProtocolTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutplanCreateForWsStatementsTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutplanCreateForWsStatementsTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutdialCreateForWsStatementsTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation OutdialCreateForWsStatementsTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCreateForWsStatementsTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation CampaignCreateForWsStatementsTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignStatusForWsStatementsTest($id: ID!, $s: CampaignStatusChange!) {\n    campaignUpdateStatus(input: {id: $id, status: $s}) { campaign { status version } userErrors { message } }\n  }\n"): (typeof documents)["\n  mutation CampaignStatusForWsStatementsTest($id: ID!, $s: CampaignStatusChange!) {\n    campaignUpdateStatus(input: {id: $id, status: $s}) { campaign { status version } userErrors { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserCreateForWsStatementsTest($i: UserCreateInput!) { userCreate(input: $i) { user { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation UserCreateForWsStatementsTest($i: UserCreateInput!) { userCreate(input: $i) { user { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerCreateForWsStatementsTest($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation CustomerCreateForWsStatementsTest($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessKeyCreateForWsStatementsTest { accessKeyCreate(input: {name: \"ws-statements\"}) { token userErrors { message } } }\n"): (typeof documents)["\n  mutation AccessKeyCreateForWsStatementsTest { accessKeyCreate(input: {name: \"ws-statements\"}) { token userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CampaignStatusChangedForWsStatementsTest($id: ID!) { campaignStatusChanged(campaignId: $id) { id status version progress { targetsTotal attempts } } }\n"): (typeof documents)["\n  subscription CampaignStatusChangedForWsStatementsTest($id: ID!) { campaignStatusChanged(campaignId: $id) { id status version progress { targetsTotal attempts } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerForWsStatementsTest { viewer { username } }\n"): (typeof documents)["\n  query ViewerForWsStatementsTest { viewer { username } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;