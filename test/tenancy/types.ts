import type { Client } from 'graphql-ws';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Prisma } from '../../src/db/database.ts';

/** One signed-in caller of the shared test server. */
export interface Caller {
  name: 'A' | 'B';
  token: string;
  /** POSTs a GraphQL operation (text, or a typed document from test/gql) with this caller's token. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: any[] }>;
  gql<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<{ data?: R; errors?: any[] }>;
  wsClient(): Client;
}

export interface TenancyContext {
  /** Customer A (owns the seeded rows). */
  a: Caller;
  /** Customer B, an ADMIN of another customer: must never read, change or hear about A's rows. */
  b: Caller;
  /** Ids of A's rows, by name, from every domain's seed. */
  ids: Record<string, string>;
  /** Asserts that B's subscription (text, or a typed document) receives none of A's events while A's own subscriber does. */
  expectNoLeak(subscription: string, variables: Record<string, unknown>, trigger: () => Promise<unknown>): Promise<void>;
  expectNoLeak<V>(subscription: TypedDocumentNode<unknown, V>, variables: V, trigger: () => Promise<unknown>): Promise<void>;
}

/** A root field's tenancy check, or the reason it has none. */
export type TenancyCase = ((ctx: TenancyContext) => Promise<void>) | { exempt: string };

export interface TenancyModule {
  /**
   * Creates A's rows; returns their ids (global ids) by name. `db` is for rows no mutation creates (the
   * dialer's campaign calls, target states).
   */
  seed(a: Caller, db: { prisma: Prisma }): Promise<Record<string, string>>;
  /** Keyed by "Query.x", "Mutation.y", "Subscription.z". */
  cases: Record<string, TenancyCase>;
}
