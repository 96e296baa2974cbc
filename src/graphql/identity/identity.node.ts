import { builder } from '../builder.ts';
import { readsColumns } from '../common/columns.ts';
import { NO_ROW_ID, OWN_NODE } from '../global-id.ts';

export const UserRoleEnum = builder.enumType('UserRole', { values: ['SUPERADMIN', 'ADMIN', 'MANAGER'] as const });

export const CustomerNode = builder.prismaNode('Customer', {
  description: 'A tenant: every row belongs to exactly one customer.',
  id: { field: 'id' },
  nullable: true,
  // A customer is visible to its own members; SUPERADMINs see every customer.
  findUnique: (id, ctx) =>
    ctx.viewer?.role === 'SUPERADMIN' ? { id } : { id, AND: [{ id: ctx.viewer?.customerId ?? NO_ROW_ID }] },
  authScopes: { member: true },
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID' }),
    name: t.exposeString('name'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const UserNode = builder.prismaNode('User', {
  description: 'A person who logs in. The password is never readable.',
  ...OWN_NODE,
  authScopes: { admin: true },
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID' }),
    username: t.exposeString('username'),
    role: t.field({ type: UserRoleEnum, ...readsColumns('role'), resolve: (u) => u.role }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
  }),
});

export const AccessKeyNode = builder.prismaNode('AccessKey', {
  description: 'A long-lived API token; the token itself is shown only once, by accessKeyCreate.',
  ...OWN_NODE,
  authScopes: { admin: true },
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID' }),
    name: t.exposeString('name'),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
  }),
});

export const CustomerConnection = builder.connectionObject({ type: CustomerNode, name: 'CustomerConnection' }, { name: 'CustomerEdge' });
export const UserConnection = builder.connectionObject({ type: UserNode, name: 'UserConnection' }, { name: 'UserEdge' });
export const AccessKeyConnection = builder.connectionObject({ type: AccessKeyNode, name: 'AccessKeyConnection' }, { name: 'AccessKeyEdge' });

interface ViewerShape {
  username: string;
  role: 'SUPERADMIN' | 'ADMIN' | 'MANAGER';
  customerId: string;
}

export const ViewerRef = builder.objectRef<ViewerShape>('Viewer').implement({
  description: 'The caller.',
  fields: (t) => ({
    username: t.exposeString('username'),
    role: t.field({ type: UserRoleEnum, resolve: (v) => v.role }),
    customer: t.prismaField({
      type: 'Customer',
      resolve: (query, v, _args, ctx) => ctx.prisma.customer.findUniqueOrThrow({ ...query, where: { id: v.customerId } }),
    }),
  }),
});
