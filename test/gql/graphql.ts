/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type UserErrorCode =
  /** The change conflicts with another row (for example a unique binding). */
  | 'CONFLICT'
  /** The value is malformed or out of range. */
  | 'INVALID'
  /** The row is in a state that does not allow this change. */
  | 'INVALID_STATE'
  /** No such row visible to you. */
  | 'NOT_FOUND';

export type InProcessOutplanCreateMutationVariables = Exact<{
  input: OutplanCreateInput;
}>;


export type InProcessOutplanCreateMutation = { outplanCreate: { outplan: { id: string, name: string, maxTryCounts: Array<number> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } };

export type OutplanCreateForTestMutationVariables = Exact<{
  input: OutplanCreateInput;
}>;


export type OutplanCreateForTestMutation = { outplanCreate: { outplan: { id: string, uuid: unknown, name: string, detail: string, dialTimeout: number, tryInterval: number, maxTryCounts: Array<number>, version: number, createdAt: unknown, updatedAt: unknown, deletedAt: unknown, source: { type: AddressType, target: string } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };


export const InProcessOutplanCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InProcessOutplanCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutplanCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outplanCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outplan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maxTryCounts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<InProcessOutplanCreateMutation, InProcessOutplanCreateMutationVariables>;
export const OutplanCreateForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutplanCreateForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutplanCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outplanCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outplan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dialTimeout"}},{"kind":"Field","name":{"kind":"Name","value":"tryInterval"}},{"kind":"Field","name":{"kind":"Name","value":"maxTryCounts"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OutplanCreateForTestMutation, OutplanCreateForTestMutationVariables>;