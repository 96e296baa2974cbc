// The root lookups and lists over the caller's own rows: `<type>(id:)` finds a row of the caller's customer by
// its global id or UUID (deleted ones too, A1: a malformed id or another customer's answers null, like a missing
// row; a global id of another type is a BAD_USER_INPUT naming it),
// and a list is a newest-first connection of the caller's rows with its totalCount. Both spread Pothos's
// `query` into the Prisma call, so nested selections load in the same query.
import type { Prisma as P } from '../../generated/prisma/client.ts';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.ts';
import { narrowToSelection, selectsField } from './columns.ts';
import { NO_ROW_ID, typedIdArg } from '../global-id.ts';
import { newestFirst, pageArgs } from './pagination.ts';

interface Models {
  outplan: { row: P.OutplanGetPayload<object>; where: P.OutplanWhereInput };
  outdial: { row: P.OutdialGetPayload<object>; where: P.OutdialWhereInput };
  outdialTarget: { row: P.OutdialTargetGetPayload<object>; where: P.OutdialTargetWhereInput };
  call: { row: P.CallGetPayload<object>; where: P.CallWhereInput };
  campaign: { row: P.CampaignGetPayload<object>; where: P.CampaignWhereInput };
  campaignCall: { row: P.CampaignCallGetPayload<object>; where: P.CampaignCallWhereInput };
  customer: { row: P.CustomerGetPayload<object>; where: P.CustomerWhereInput };
  user: { row: P.UserGetPayload<object>; where: P.UserWhereInput };
  accessKey: { row: P.AccessKeyGetPayload<object>; where: P.AccessKeyWhereInput };
  webhook: { row: P.WebhookGetPayload<object>; where: P.WebhookWhereInput };
  dncList: { row: P.DncListGetPayload<object>; where: P.DncListWhereInput };
}

type Model = keyof Models;

/** The Prisma model name of each delegate. */
const MODEL_NAMES: Record<Model, string> = {
  outplan: 'Outplan', outdial: 'Outdial', outdialTarget: 'OutdialTarget', call: 'Call', campaign: 'Campaign', campaignCall: 'CampaignCall',
  customer: 'Customer', user: 'User', accessKey: 'AccessKey', webhook: 'Webhook', dncList: 'DncList',
};

/** What these helpers call on a Prisma delegate (each model's own delegate type is too specific to share). */
interface Delegate<Row> {
  findMany(args: object): Promise<Row[]>;
  count(args: object): Promise<number>;
}

const delegate = <M extends Model>(ctx: Context, model: M) => ctx.prisma[model] as unknown as Delegate<Models[M]['row']>;

/**
 * findMany, read in one statement whose rows PostgreSQL shapes (../../db/json-reads.ts): a list page's rows and their nested
 * relations without Prisma's row mapping, which was most of such a request's CPU. Prisma reads whatever the JSON
 * reader does not translate. Pinned by test/json-reads.test.ts (same rows as Prisma) and test/n-plus-one.test.ts.
 */
async function findMany<M extends Model>(ctx: Context, model: M, args: object): Promise<Models[M]['row'][]> {
  const rows = await ctx.reads.findMany(MODEL_NAMES[model], args as Record<string, unknown>);
  return (rows as Models[M]['row'][] | undefined) ?? delegate(ctx, model).findMany(args);
}

async function count(ctx: Context, model: Model, args: { where: object }): Promise<number> {
  return (await ctx.reads.count(MODEL_NAMES[model], args as { where: Record<string, unknown> })) ?? delegate(ctx, model).count(args);
}

/**
 * The totalCount a connection's page read along with its rows, by the connection field's resolve info: Pothos
 * hands the same info to the page's resolve and to its totalCount. Weak: it goes with the request.
 */
const countsReadWithPage = new WeakMap<GraphQLResolveInfo, Promise<number>>();

/** A page of rows, and its totalCount too (in the same statement) when the connection selects it. */
async function findPage<M extends Model>(ctx: Context, model: M, args: { where: object }, info: GraphQLResolveInfo): Promise<Models[M]['row'][]> {
  if (!selectsField(info, 'totalCount')) return findMany(ctx, model, args);
  const page = ctx.reads.findManyWithCount(MODEL_NAMES[model], args as Record<string, unknown>, args.where as Record<string, unknown>);
  const counted = page.then((read) => read?.count ?? count(ctx, model, args));
  // When the page fails, the connection fails and its totalCount is never asked: that rejection has no reader,
  // and an unhandled rejection ends the process. The page's own await below reports the failure.
  counted.catch(() => {});
  countsReadWithPage.set(info, counted);
  const read = await page;
  return (read?.rows as Models[M]['row'][] | undefined) ?? delegate(ctx, model).findMany(args);
}

/** The customer the caller acts in; a customer no row has when there is no caller (a field reached without one). */
export function customerOf(ctx: Context): string {
  return ctx.viewer?.customerId ?? NO_ROW_ID;
}

/** The resolver of `<type>(id: ID!)`: the caller's row with this global id or UUID, or null. */
export function ownRowById<M extends Model>(model: M, typename: string) {
  return (query: object, _root: unknown, args: { id: string }, ctx: Context, info: GraphQLResolveInfo): Promise<Models[M]['row'] | null> | null => {
    const id = typedIdArg(args.id, typename, `${info.fieldName}(id:)`);
    if (!id) return null;
    // Unique by id: the list has at most one row.
    return findMany(ctx, model, narrowToSelection(info, { ...query, where: { id, customerId: customerOf(ctx) } })).then((rows) => rows[0] ?? null);
  };
}

/**
 * The options of a newest-first connection of the `model` rows that `where` selects for the caller's customer
 * (spread into t.prismaConnection).
 */
export function newestFirstConnection<M extends Model, Args>(model: M, where: (args: Args, customerId: string) => Models[M]['where']) {
  return {
    cursor: 'createdAt_id' as const,
    validate: pageArgs,
    resolve: (query: object, _root: unknown, args: Args, ctx: Context, info: GraphQLResolveInfo) =>
      findPage(ctx, model, narrowToSelection(info, { ...query, where: where(args, customerOf(ctx)), orderBy: newestFirst }) as { where: object }, info),
    totalCount: (_parent: unknown, args: Args, ctx: Context, info: GraphQLResolveInfo) =>
      countsReadWithPage.get(info) ?? count(ctx, model, { where: where(args, customerOf(ctx)) }),
  };
}

/** Rows not deleted, unless the list asks for deleted ones too. */
export function liveUnless(includeDeleted: boolean | null | undefined): { deletedAt?: null } {
  return includeDeleted ? {} : { deletedAt: null };
}
