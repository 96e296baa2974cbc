// Assembles the schema: imports every module for its side effects, then builds.
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.ts';
import './common/user-error.ts';
import './common/address.ts';
import './identity/identity.node.ts';
import './identity/identity.queries.ts';
import './identity/identity.mutations.ts';
import './outplan/outplan.node.ts';
import './outplan/outplan.queries.ts';
import './outplan/outplan.mutations.ts';
import './outplan/outplan.subscriptions.ts';
import './call/call.node.ts';
import './call/call.queries.ts';
import './call/call.mutations.ts';
import './call/call.subscriptions.ts';
import './outdial/outdial.node.ts';
import './outdial/outdial.queries.ts';
import './outdial/outdial.mutations.ts';
import './outdial-target/outdial-target.node.ts';
import './outdial-target/outdial-target.queries.ts';
import './outdial-target/outdial-target.mutations.ts';
import './outdial-target/outdial-target.subscriptions.ts';
import './outdial-target/outdial-targets-reset.mutations.ts';
import './campaign/campaign.node.ts';
import './campaign/campaign.queries.ts';
import './campaign/campaign.mutations.ts';
import './campaign/campaign.subscriptions.ts';
import './campaign-call/campaign-call.node.ts';
import './campaign-call/campaign-call.queries.ts';
import './campaign-call/campaign-call.mutations.ts';
import './webhook/webhook.node.ts';
import './webhook/webhook.queries.ts';
import './webhook/webhook.mutations.ts';
import './dnc-list/dnc-list.node.ts';
import './dnc-list/dnc-list.queries.ts';
import './dnc-list/dnc-list.mutations.ts';

export const schema: GraphQLSchema = builder.toSchema({ sortSchema: true });

/** The SDL committed as schema.graphql. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
