/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Exactly one member must be set. */
export type ActionInput =
  {   connect: ConnectActionInput; hangup?: never; play?: never; sleep?: never; talk?: never; }
  |  { connect?: never;   hangup: HangupActionInput; play?: never; sleep?: never; talk?: never; }
  |  { connect?: never; hangup?: never;   play: PlayActionInput; sleep?: never; talk?: never; }
  |  { connect?: never; hangup?: never; play?: never;   sleep: SleepActionInput; talk?: never; }
  |  { connect?: never; hangup?: never; play?: never; sleep?: never;   talk: TalkActionInput; };

export type ActionType =
  | 'CONNECT'
  | 'HANGUP'
  | 'PLAY'
  | 'SLEEP'
  | 'TALK';

export type AddressInput = {
  detail?: string | null | undefined;
  name?: string | null | undefined;
  target: string;
  targetName?: string | null | undefined;
  type: AddressType;
};

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

export type CampaignCreateInput = {
  /** Run on each answered call. */
  actions?: Array<ActionInput> | null | undefined;
  detail?: string | null | undefined;
  endHandle?: CampaignEndHandle | null | undefined;
  /** Attempts in flight at most, 1 to 1,000. */
  maxConcurrentCalls?: number | null | undefined;
  name: string;
  nextCampaignId?: string | number | null | undefined;
  /** An outdial no other campaign holds (else CONFLICT). */
  outdialId?: string | number | null | undefined;
  outplanId?: string | number | null | undefined;
  /** Percent, 0 to 100; stored for parity. */
  serviceLevel?: number | null | undefined;
  /** Only CALL is supported. */
  type?: CampaignType | null | undefined;
};

/** When no target is left to dial: STOP the campaign (then start its next campaign), or CONTINUE waiting for new targets. */
export type CampaignEndHandle =
  | 'CONTINUE'
  | 'STOP';

/** STOP, RUN (dialing), or STOPPING (no new attempts; waiting for the calls in flight). */
export type CampaignStatus =
  | 'RUN'
  | 'STOP'
  | 'STOPPING';

/** CALL: call each target and run the actions once answered. FLOW exists for parity with VoIPbin and is refused. */
export type CampaignType =
  | 'CALL'
  | 'FLOW';

export type ConnectActionInput = {
  /** TEL or SIP, 1 to 10. */
  destinations: Array<AddressInput>;
  /** Caller id of the new calls; omitted: the call's own source. */
  source?: AddressInput | null | undefined;
};

export type HangupActionInput = {
  reason?: CallHangupReason | null | undefined;
};

export type OutplanCreateInput = {
  detail?: string | null | undefined;
  /** Milliseconds, 1,000 to 600,000. */
  dialTimeout: number;
  /** Up to five budgets (0 to 100); missing slots are 0. */
  maxTryCounts: Array<number>;
  name: string;
  source?: AddressInput | null | undefined;
  /** Milliseconds, 0 or 1,000 to 86,400,000. */
  tryInterval: number;
};

export type PlayActionInput = {
  /** At least one http(s) URL. */
  streamUrls: Array<string>;
};

export type SleepActionInput = {
  /** Milliseconds, 0 to 3,600,000. */
  duration: number;
};

export type TalkActionInput = {
  gender?: string | null | undefined;
  /** IETF language tag, e.g. en-US. */
  language: string;
  text: string;
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

export type CampaignCreateForTestMutationVariables = Exact<{
  input: CampaignCreateInput;
}>;


export type CampaignCreateForTestMutation = { campaignCreate: { campaign: { id: string, uuid: string, name: string, detail: string, type: CampaignType, status: CampaignStatus, version: number, endHandle: CampaignEndHandle, serviceLevel: number, maxConcurrentCalls: number, createdAt: string, updatedAt: string | null, deletedAt: string | null, actions: Array<
        | { __typename: 'ConnectAction', type: ActionType }
        | { __typename: 'HangupAction', type: ActionType }
        | { __typename: 'PlayAction', type: ActionType }
        | { __typename: 'SleepAction', type: ActionType }
        | { __typename: 'TalkAction', type: ActionType }
      >, outplan: { uuid: string } | null, outdial: { uuid: string, campaign: { uuid: string } | null } | null, nextCampaign: { uuid: string } | null, progress: { targetsTotal: number, targetsIdle: number, targetsProgressing: number, targetsAnswered: number, targetsExhausted: number, attempts: number, callsInFlight: number, percent: number }, campaignCalls: { totalCount: number, nodes: Array<{ id: string }> } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type InProcessOutplanCreateMutationVariables = Exact<{
  input: OutplanCreateInput;
}>;


export type InProcessOutplanCreateMutation = { outplanCreate: { outplan: { id: string, name: string, maxTryCounts: Array<number> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } };

export type OutplanCreateForTestMutationVariables = Exact<{
  input: OutplanCreateInput;
}>;


export type OutplanCreateForTestMutation = { outplanCreate: { outplan: { id: string, uuid: string, name: string, detail: string, dialTimeout: number, tryInterval: number, maxTryCounts: Array<number>, version: number, createdAt: string, updatedAt: string | null, deletedAt: string | null, source: { type: AddressType, target: string } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type OutplanByIdForTestQueryVariables = Exact<{
  id: string | number;
}>;


export type OutplanByIdForTestQuery = { outplan: { uuid: string, name: string } | null, node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, id: string }
    | { id: string }
   | null };

export type OutplanLookupForTestQueryVariables = Exact<{
  id: string | number;
}>;


export type OutplanLookupForTestQuery = { outplan: { id: string } | null, node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type OutplansForwardForTestQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type OutplansForwardForTestQuery = { outplans: { totalCount: number, nodes: Array<{ uuid: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OutplansBackwardForTestQueryVariables = Exact<{
  before?: string | null | undefined;
}>;


export type OutplansBackwardForTestQuery = { outplans: { nodes: Array<{ uuid: string }>, pageInfo: { hasPreviousPage: boolean, startCursor: string | null } } };


export const CampaignCreateForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignCreateForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"endHandle"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"maxConcurrentCalls"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outplan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outdial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextCampaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"targetsIdle"}},{"kind":"Field","name":{"kind":"Name","value":"targetsProgressing"}},{"kind":"Field","name":{"kind":"Name","value":"targetsAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"targetsExhausted"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"callsInFlight"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaignCalls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignCreateForTestMutation, CampaignCreateForTestMutationVariables>;
export const InProcessOutplanCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InProcessOutplanCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutplanCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outplanCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outplan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maxTryCounts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<InProcessOutplanCreateMutation, InProcessOutplanCreateMutationVariables>;
export const OutplanCreateForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutplanCreateForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutplanCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outplanCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outplan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dialTimeout"}},{"kind":"Field","name":{"kind":"Name","value":"tryInterval"}},{"kind":"Field","name":{"kind":"Name","value":"maxTryCounts"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OutplanCreateForTestMutation, OutplanCreateForTestMutationVariables>;
export const OutplanByIdForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutplanByIdForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outplan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outplan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OutplanByIdForTestQuery, OutplanByIdForTestQueryVariables>;
export const OutplanLookupForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutplanLookupForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outplan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OutplanLookupForTestQuery, OutplanLookupForTestQueryVariables>;
export const OutplansForwardForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutplansForwardForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outplans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"7"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OutplansForwardForTestQuery, OutplansForwardForTestQueryVariables>;
export const OutplansBackwardForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutplansBackwardForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outplans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"6"}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OutplansBackwardForTestQuery, OutplansBackwardForTestQueryVariables>;