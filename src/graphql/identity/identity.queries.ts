import { builder } from '../builder.ts';
import { newestFirst, pageArgs } from '../common/pagination.ts';
import { AccessKeyConnection, CustomerConnection, UserConnection, ViewerRef } from './identity.node.ts';

builder.queryFields((t) => ({
  viewer: t.field({
    type: ViewerRef,
    nullable: true,
    description: 'The caller; null without a valid token.',
    resolve: (_root, _args, ctx) => ctx.viewer,
  }),
  customers: t.prismaConnection(
    {
      type: 'Customer',
      cursor: 'createdAt_id',
      description: 'SUPERADMIN only: every customer.',
      authScopes: { superadmin: true },
      validate: pageArgs,
      resolve: (query, _root, _args, ctx) => ctx.prisma.customer.findMany({ ...query, orderBy: newestFirst }),
      totalCount: (_parent, _args, ctx) => ctx.prisma.customer.count(),
    },
    CustomerConnection,
  ),
  users: t.prismaConnection(
    {
      type: 'User',
      cursor: 'createdAt_id',
      description: "ADMIN: the users of the caller's customer.",
      authScopes: { admin: true },
      args: { includeDeleted: t.arg.boolean({ defaultValue: false }) },
      validate: pageArgs,
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.user.findMany({ ...query, where: { customerId: ctx.viewer!.customerId, ...(args.includeDeleted ? {} : { deletedAt: null }) }, orderBy: newestFirst }),
      totalCount: (_parent, args, ctx) =>
        ctx.prisma.user.count({ where: { customerId: ctx.viewer!.customerId, ...(args.includeDeleted ? {} : { deletedAt: null }) } }),
    },
    UserConnection,
  ),
  accessKeys: t.prismaConnection(
    {
      type: 'AccessKey',
      cursor: 'createdAt_id',
      description: "ADMIN: the access keys of the caller's customer (never the tokens).",
      authScopes: { admin: true },
      args: { includeDeleted: t.arg.boolean({ defaultValue: false }) },
      validate: pageArgs,
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.accessKey.findMany({ ...query, where: { customerId: ctx.viewer!.customerId, ...(args.includeDeleted ? {} : { deletedAt: null }) }, orderBy: newestFirst }),
      totalCount: (_parent, args, ctx) =>
        ctx.prisma.accessKey.count({ where: { customerId: ctx.viewer!.customerId, ...(args.includeDeleted ? {} : { deletedAt: null }) } }),
    },
    AccessKeyConnection,
  ),
}));
