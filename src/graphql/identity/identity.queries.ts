import { builder } from '../builder.ts';
import { liveUnless, newestFirstConnection } from '../common/own-rows.ts';
import { AccessKeyConnection, CustomerConnection, UserConnection, ViewerRef } from './identity.node.ts';

builder.queryFields((t) => ({
  viewer: t.field({
    type: ViewerRef,
    nullable: true,
    description: 'The caller; null without a valid token.',
    skipTypeScopes: true,
    resolve: (_root, _args, ctx) => ctx.viewer,
  }),
  customers: t.prismaConnection(
    {
      type: 'Customer',
      description: 'SUPERADMIN only: every customer.',
      authScopes: { superadmin: true },
      ...newestFirstConnection('customer', () => ({})),
    },
    CustomerConnection,
  ),
  users: t.prismaConnection(
    {
      type: 'User',
      description: "ADMIN: the users of the caller's customer.",
      authScopes: { admin: true },
      args: { includeDeleted: t.arg.boolean({ defaultValue: false }) },
      ...newestFirstConnection('user', (args: { includeDeleted?: boolean | null }, customerId) => ({ customerId, ...liveUnless(args.includeDeleted) })),
    },
    UserConnection,
  ),
  accessKeys: t.prismaConnection(
    {
      type: 'AccessKey',
      description: "ADMIN: the access keys of the caller's customer (never the tokens).",
      authScopes: { admin: true },
      args: { includeDeleted: t.arg.boolean({ defaultValue: false }) },
      ...newestFirstConnection('accessKey', (args: { includeDeleted?: boolean | null }, customerId) => ({ customerId, ...liveUnless(args.includeDeleted) })),
    },
    AccessKeyConnection,
  ),
}));
