// The root lookups and lists over the caller's own rows: `<type>(id:)` finds a row of the caller's customer by
// its global id (deleted ones too, A1: a malformed id or another customer's answers null, like a missing row),
// and a list is a newest-first connection of the caller's rows with its totalCount. Both spread Pothos's
// `query` into the Prisma call, so nested selections load in the same query.
import type { Prisma as P } from '../../generated/prisma/client.ts';
import type { Context } from '../../context.ts';
import { NO_ROW_ID, uuidOf } from '../global-id.ts';
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
}

type Model = keyof Models;

/** What these helpers call on a Prisma delegate (each model's own delegate type is too specific to share). */
interface Delegate<Row> {
  findFirst(args: object): Promise<Row | null>;
  findMany(args: object): Promise<Row[]>;
  count(args: object): Promise<number>;
}

const delegate = <M extends Model>(ctx: Context, model: M) => ctx.prisma[model] as unknown as Delegate<Models[M]['row']>;

/** The customer the caller acts in; a customer no row has when there is no caller (a field reached without one). */
export function customerOf(ctx: Context): string {
  return ctx.viewer?.customerId ?? NO_ROW_ID;
}

/** The resolver of `<type>(id: ID!)`: the caller's row with this global id, or null. */
export function ownRowById<M extends Model>(model: M, typename: string) {
  return (query: object, _root: unknown, args: { id: string }, ctx: Context): Promise<Models[M]['row'] | null> | null => {
    const id = uuidOf(args.id, typename);
    if (!id) return null;
    return delegate(ctx, model).findFirst({ ...query, where: { id, customerId: customerOf(ctx) } });
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
    resolve: (query: object, _root: unknown, args: Args, ctx: Context) =>
      delegate(ctx, model).findMany({ ...query, where: where(args, customerOf(ctx)), orderBy: newestFirst }),
    totalCount: (_parent: unknown, args: Args, ctx: Context) => delegate(ctx, model).count({ where: where(args, customerOf(ctx)) }),
  };
}

/** Rows not deleted, unless the list asks for deleted ones too. */
export function liveUnless(includeDeleted: boolean | null | undefined): { deletedAt?: null } {
  return includeDeleted ? {} : { deletedAt: null };
}
