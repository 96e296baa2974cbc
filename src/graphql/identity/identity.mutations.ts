import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';
import { DeleteInput, UserErrorRef, toPayload } from '../common/user-error.ts';
import { uuidOf } from '../global-id.ts';
import type { UserError } from '../../domain/errors.ts';
import type { AccessKey, Customer, User } from '../../generated/prisma/client.ts';
import {
  changePassword, createAccessKey, createCustomer, createUser, deleteAccessKey, deleteUser, updateUserRole, verifyLogin,
} from '../../domain/identity.ts';
import { AccessKeyNode, CustomerNode, UserNode, UserRoleEnum } from './identity.node.ts';

const LoginInput = builder.inputType('LoginInput', {
  fields: (t) => ({ username: t.string({ required: true }), password: t.string({ required: true }) }),
});
const LoginPayload = builder.objectRef<{ token: string | null; userErrors: UserError[] }>('LoginPayload').implement({
  fields: (t) => ({
    token: t.string({ nullable: true, description: 'A JWT: send it as `Authorization: Bearer <token>`.', resolve: (p) => p.token }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

const CustomerCreateInput = builder.inputType('CustomerCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    username: t.string({ required: true, description: 'The first ADMIN user of the new customer.' }),
    password: t.string({ required: true }),
  }),
});
const CustomerPayload = builder.objectRef<{ customer: Customer | null; userErrors: UserError[] }>('CustomerPayload').implement({
  fields: (t) => ({
    customer: t.field({ type: CustomerNode, nullable: true, resolve: (p) => p.customer }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

const UserCreateInput = builder.inputType('UserCreateInput', {
  fields: (t) => ({
    username: t.string({ required: true }),
    password: t.string({ required: true }),
    role: t.field({ type: UserRoleEnum, required: true }),
  }),
});
const UserUpdateRoleInput = builder.inputType('UserUpdateRoleInput', {
  fields: (t) => ({ id: t.id({ required: true }), role: t.field({ type: UserRoleEnum, required: true }) }),
});
const PasswordChangeInput = builder.inputType('PasswordChangeInput', {
  fields: (t) => ({ currentPassword: t.string({ required: true }), newPassword: t.string({ required: true }) }),
});
const UserPayload = builder.objectRef<{ user: User | null; userErrors: UserError[] }>('UserPayload').implement({
  fields: (t) => ({
    user: t.field({ type: UserNode, nullable: true, resolve: (p) => p.user }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});
const PasswordChangePayload = builder.objectRef<{ ok: boolean; userErrors: UserError[] }>('PasswordChangePayload').implement({
  fields: (t) => ({
    changed: t.boolean({ resolve: (p) => p.ok }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

const AccessKeyCreateInput = builder.inputType('AccessKeyCreateInput', {
  fields: (t) => ({ name: t.string({ required: true }), expiresAt: t.field({ type: 'DateTime' }) }),
});
const AccessKeyCreatePayload = builder
  .objectRef<{ accessKey: AccessKey | null; token: string | null; userErrors: UserError[] }>('AccessKeyCreatePayload')
  .implement({
    fields: (t) => ({
      accessKey: t.field({ type: AccessKeyNode, nullable: true, resolve: (p) => p.accessKey }),
      token: t.string({ nullable: true, description: 'The key itself; shown only in this response.', resolve: (p) => p.token }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
    }),
  });
const AccessKeyPayload = builder.objectRef<{ accessKey: AccessKey | null; userErrors: UserError[] }>('AccessKeyPayload').implement({
  fields: (t) => ({
    accessKey: t.field({ type: AccessKeyNode, nullable: true, resolve: (p) => p.accessKey }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

builder.mutationFields((t) => ({
  login: t.field({
    type: LoginPayload,
    description: 'Exchanges a username and password for a JWT (7 days by default).',
    args: { input: t.arg({ type: LoginInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const retryAfter = await ctx.loginLimiter.retryAfter(input.username, ctx.clientIp);
      if (retryAfter > 0) {
        throw new GraphQLError(`Too many failed logins; try again in ${retryAfter} s.`, {
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
        });
      }
      const user = await verifyLogin(ctx.prisma, input.username, input.password);
      if (!user) {
        await ctx.loginLimiter.recordFailure(input.username, ctx.clientIp);
        return { token: null, userErrors: [{ field: null, message: 'Wrong username or password.', code: 'INVALID' as const }] };
      }
      await ctx.loginLimiter.recordSuccess(input.username);
      return { token: await ctx.issueToken(user), userErrors: [] };
    },
  }),
  customerCreate: t.field({
    type: CustomerPayload,
    description: 'SUPERADMIN only: a new customer and its first ADMIN user.',
    authScopes: { superadmin: true },
    args: { input: t.arg({ type: CustomerCreateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => toPayload('customer', await createCustomer(ctx.prisma, input)),
  }),
  userCreate: t.field({
    type: UserPayload,
    authScopes: { admin: true },
    args: { input: t.arg({ type: UserCreateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => toPayload('user', await createUser(ctx.prisma, ctx.viewer!, input)),
  }),
  userUpdateRole: t.field({
    type: UserPayload,
    authScopes: { admin: true },
    args: { input: t.arg({ type: UserUpdateRoleInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload('user', await updateUserRole(ctx.prisma, ctx.viewer!, { id: uuidOf(input.id, 'User'), role: input.role })),
  }),
  userDelete: t.field({
    type: UserPayload,
    authScopes: { admin: true },
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => toPayload('user', await deleteUser(ctx.prisma, ctx.viewer!, uuidOf(input.id, 'User'))),
  }),
  passwordChange: t.field({
    type: PasswordChangePayload,
    description: "Changes the caller's own password.",
    authScopes: { member: true },
    args: { input: t.arg({ type: PasswordChangeInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await changePassword(ctx.prisma, ctx.viewer!, input);
      return result.ok ? { ok: true, userErrors: [] } : { ok: false, userErrors: result.errors };
    },
  }),
  accessKeyCreate: t.field({
    type: AccessKeyCreatePayload,
    authScopes: { admin: true },
    args: { input: t.arg({ type: AccessKeyCreateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await createAccessKey(ctx.prisma, ctx.viewer!, input);
      return result.ok ? { ...result.value, userErrors: [] } : { accessKey: null, token: null, userErrors: result.errors };
    },
  }),
  accessKeyDelete: t.field({
    type: AccessKeyPayload,
    authScopes: { admin: true },
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload('accessKey', await deleteAccessKey(ctx.prisma, ctx.viewer!, uuidOf(input.id, 'AccessKey'))),
  }),
}));
