/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddressType =
  | 'AGENT'
  | 'CONFERENCE'
  | 'EMAIL'
  | 'EXTENSION'
  | 'LINE'
  | 'SIP'
  | 'TEL';

export type CallHangupReason =
  /** Hung up because an answering machine picked up. */
  | 'AMD'
  /** The callee was busy. */
  | 'BUSY'
  /** Hung up locally before it was answered. */
  | 'CANCEL'
  /** The callee declined the call (SIP 603 Decline). */
  | 'DECLINED'
  /** Our own dial timeout ran out before answer. */
  | 'DIALOUT'
  /** The network failed, or the instance driving the call was lost before it was answered. */
  | 'FAILED'
  /** Rejected or not answered by the callee. */
  | 'NOANSWER'
  /** Ended after answer (by either side), or cleared normally. */
  | 'NORMAL'
  /** The maximum call duration was reached after answer. */
  | 'TIMEOUT';

export type CallStatus =
  | 'CANCELING'
  | 'DIALING'
  | 'HANGUP'
  | 'PROGRESSING'
  | 'RINGING'
  | 'TERMINATING';

/** STOP, RUN (dialing), or STOPPING (no new attempts; waiting for the calls in flight). */
export type CampaignStatus =
  | 'RUN'
  | 'STOP'
  | 'STOPPING';

export type CampaignStatusChange =
  | 'RUN'
  | 'STOP';

export type CampaignUpdateStatusInput = {
  /** With STOP: also hang up the calls in flight instead of letting them finish. */
  hangupActiveCalls?: boolean | null | undefined;
  /** A Campaign global id or UUID (another type's UUID is not found; another type's global id is refused, naming its type). */
  id: string | number;
  /** Optional; 1 to 255 printable ASCII characters (a UUID is a good key). Scoped to your customer and kept 24 hours. Repeating the request with the same key and the same input (even while the first is still running) does nothing again and answers the first result: the campaign as it is now; the status is not applied again (a RUN replayed after a later STOP leaves the campaign stopped). The same key with other input, or on another mutation, is a CONFLICT userError on this field. A refused request (userErrors) does not keep its key. */
  idempotencyKey?: string | null | undefined;
  status: CampaignStatusChange;
};

export type LoginInput = {
  password: string;
  username: string;
};

export type UserErrorCode =
  /** The change conflicts with another row (for example a unique binding). */
  | 'CONFLICT'
  /** The value is malformed or out of range. */
  | 'INVALID'
  /** The row is in a state that does not allow this change. */
  | 'INVALID_STATE'
  /** No such row visible to you. */
  | 'NOT_FOUND';

export type UserRole =
  | 'ADMIN'
  | 'MANAGER'
  | 'SUPERADMIN';

export type DashboardLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type DashboardLoginMutation = { login: { token: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type DashboardViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardViewerQuery = { viewer: { username: string, role: UserRole, customer: { id: string, name: string } } | null };

export type DashboardCampaignProgressFragment = { id: string, name: string, status: CampaignStatus, version: number, updatedAt: string | null, createdAt: string, progress: { percent: number, targetsTotal: number, targetsIdle: number, targetsProgressing: number, targetsAnswered: number, targetsExhausted: number, targetsSuppressed: number, targetsStopped: number, targetsVoicemail: number, callsInFlight: number, attempts: number } };

export type DashboardCampaignsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type DashboardCampaignsQuery = { campaigns: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, status: CampaignStatus, version: number, updatedAt: string | null, createdAt: string, progress: { percent: number, targetsTotal: number, targetsIdle: number, targetsProgressing: number, targetsAnswered: number, targetsExhausted: number, targetsSuppressed: number, targetsStopped: number, targetsVoicemail: number, callsInFlight: number, attempts: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DashboardCampaignQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardCampaignQuery = { campaign: { uuid: string, maxConcurrentCalls: number, id: string, name: string, status: CampaignStatus, version: number, updatedAt: string | null, createdAt: string, outdial: { id: string, uuid: string, name: string } | null, outplan: { id: string, name: string } | null, progress: { percent: number, targetsTotal: number, targetsIdle: number, targetsProgressing: number, targetsAnswered: number, targetsExhausted: number, targetsSuppressed: number, targetsStopped: number, targetsVoicemail: number, callsInFlight: number, attempts: number } } | null };

export type DashboardCampaignPreflightQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardCampaignPreflightQuery = { campaign: { id: string, preflight: { targetsTotal: number, dialableNow: number, waitingForRetryInterval: number, outsideCallingHours: number, suppressed: number, overContactLimit: number, done: number, inProgress: number, nextDialableAt: string | null } } | null };

export type DashboardCampaignUpdateStatusMutationVariables = Exact<{
  input: CampaignUpdateStatusInput;
}>;


export type DashboardCampaignUpdateStatusMutation = { campaignUpdateStatus: { campaign: { id: string, name: string, status: CampaignStatus, version: number, updatedAt: string | null, createdAt: string, progress: { percent: number, targetsTotal: number, targetsIdle: number, targetsProgressing: number, targetsAnswered: number, targetsExhausted: number, targetsSuppressed: number, targetsStopped: number, targetsVoicemail: number, callsInFlight: number, attempts: number } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type DashboardCampaignProgressSubscriptionVariables = Exact<{
  campaignId?: string | number | null | undefined;
  since?: string | null | undefined;
}>;


export type DashboardCampaignProgressSubscription = { campaignProgressChanged: { id: string, name: string, status: CampaignStatus, version: number, updatedAt: string | null, createdAt: string, progress: { percent: number, targetsTotal: number, targetsIdle: number, targetsProgressing: number, targetsAnswered: number, targetsExhausted: number, targetsSuppressed: number, targetsStopped: number, targetsVoicemail: number, callsInFlight: number, attempts: number } } };

export type DashboardCallStatusSubscriptionVariables = Exact<{
  campaignId: string | number;
  since?: string | null | undefined;
}>;


export type DashboardCallStatusSubscription = { callStatusChanged: { id: string, status: CallStatus, version: number, createdAt: string, updatedAt: string | null, hangupReason: CallHangupReason | null, destination: { type: AddressType, target: string } } };

export const DashboardCampaignProgressFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardCampaignProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"targetsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"targetsIdle"}},{"kind":"Field","name":{"kind":"Name","value":"targetsProgressing"}},{"kind":"Field","name":{"kind":"Name","value":"targetsAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"targetsExhausted"}},{"kind":"Field","name":{"kind":"Name","value":"targetsSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"targetsStopped"}},{"kind":"Field","name":{"kind":"Name","value":"targetsVoicemail"}},{"kind":"Field","name":{"kind":"Name","value":"callsInFlight"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}}]} as unknown as DocumentNode<DashboardCampaignProgressFragment, unknown>;
export const DashboardLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardLoginMutation, DashboardLoginMutationVariables>;
export const DashboardViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardViewerQuery, DashboardViewerQueryVariables>;
export const DashboardCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCampaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCampaignProgress"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardCampaignProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"targetsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"targetsIdle"}},{"kind":"Field","name":{"kind":"Name","value":"targetsProgressing"}},{"kind":"Field","name":{"kind":"Name","value":"targetsAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"targetsExhausted"}},{"kind":"Field","name":{"kind":"Name","value":"targetsSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"targetsStopped"}},{"kind":"Field","name":{"kind":"Name","value":"targetsVoicemail"}},{"kind":"Field","name":{"kind":"Name","value":"callsInFlight"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}}]} as unknown as DocumentNode<DashboardCampaignsQuery, DashboardCampaignsQueryVariables>;
export const DashboardCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCampaignProgress"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"maxConcurrentCalls"}},{"kind":"Field","name":{"kind":"Name","value":"outdial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outplan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardCampaignProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"targetsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"targetsIdle"}},{"kind":"Field","name":{"kind":"Name","value":"targetsProgressing"}},{"kind":"Field","name":{"kind":"Name","value":"targetsAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"targetsExhausted"}},{"kind":"Field","name":{"kind":"Name","value":"targetsSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"targetsStopped"}},{"kind":"Field","name":{"kind":"Name","value":"targetsVoicemail"}},{"kind":"Field","name":{"kind":"Name","value":"callsInFlight"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}}]} as unknown as DocumentNode<DashboardCampaignQuery, DashboardCampaignQueryVariables>;
export const DashboardCampaignPreflightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCampaignPreflight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preflight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"dialableNow"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForRetryInterval"}},{"kind":"Field","name":{"kind":"Name","value":"outsideCallingHours"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"overContactLimit"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"nextDialableAt"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardCampaignPreflightQuery, DashboardCampaignPreflightQueryVariables>;
export const DashboardCampaignUpdateStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardCampaignUpdateStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignUpdateStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignUpdateStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCampaignProgress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardCampaignProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"targetsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"targetsIdle"}},{"kind":"Field","name":{"kind":"Name","value":"targetsProgressing"}},{"kind":"Field","name":{"kind":"Name","value":"targetsAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"targetsExhausted"}},{"kind":"Field","name":{"kind":"Name","value":"targetsSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"targetsStopped"}},{"kind":"Field","name":{"kind":"Name","value":"targetsVoicemail"}},{"kind":"Field","name":{"kind":"Name","value":"callsInFlight"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}}]} as unknown as DocumentNode<DashboardCampaignUpdateStatusMutation, DashboardCampaignUpdateStatusMutationVariables>;
export const DashboardCampaignProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardCampaignProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignProgressChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCampaignProgress"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardCampaignProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"targetsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"targetsIdle"}},{"kind":"Field","name":{"kind":"Name","value":"targetsProgressing"}},{"kind":"Field","name":{"kind":"Name","value":"targetsAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"targetsExhausted"}},{"kind":"Field","name":{"kind":"Name","value":"targetsSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"targetsStopped"}},{"kind":"Field","name":{"kind":"Name","value":"targetsVoicemail"}},{"kind":"Field","name":{"kind":"Name","value":"callsInFlight"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}}]} as unknown as DocumentNode<DashboardCampaignProgressSubscription, DashboardCampaignProgressSubscriptionVariables>;
export const DashboardCallStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardCallStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hangupReason"}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardCallStatusSubscription, DashboardCallStatusSubscriptionVariables>;