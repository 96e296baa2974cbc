import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';
import { DeleteInput, entityMutations, inputMutation, nulCharacterErrors, payloadType } from '../common/mutation.ts';
import { idOf, uuidOf, withRowId } from '../global-id.ts';
import type { UserError } from '../../domain/errors.ts';
import type { AccessKey } from '../../generated/prisma/client.ts';
import {
  changePassword, createAccessKey, createCustomer, createUser, deleteAccessKey, deleteUser, updateUserRole,
} from '../../domain/identity.ts';
import { logIn } from '../../domain/login.ts';
import { AccessKeyNode, CustomerNode, UserNode, UserRoleEnum } from './identity.node.ts';

const LoginInput = builder.inputType('LoginInput', {
  fields: (t) => ({ username: t.string({ required: true }), password: t.string({ required: true }) }),
});
const LoginPayload = payloadType<{ token: string | null; userErrors: UserError[] }>('LoginPayload', {
  fields: (t) => ({
    token: t.string({ nullable: true, description: 'A JWT: send it as `Authorization: Bearer <token>`.', resolve: (p) => p.token }),
  }),
  rejected: { token: null },
});

const CustomerCreateInput = builder.inputType('CustomerCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    username: t.string({ required: true, description: 'The first ADMIN user of the new customer.' }),
    password: t.string({ required: true }),
  }),
});
const customerMutation = entityMutations('CustomerPayload', 'customer', CustomerNode);

const UserCreateInput = builder.inputType('UserCreateInput', {
  fields: (t) => ({
    username: t.string({ required: true }),
    password: t.string({ required: true }),
    role: t.field({ type: UserRoleEnum, required: true }),
  }),
});
const UserUpdateRoleInput = builder.inputType('UserUpdateRoleInput', {
  fields: (t) => ({ id: t.id(idOf('User', { required: true })), role: t.field({ type: UserRoleEnum, required: true }) }),
});
const PasswordChangeInput = builder.inputType('PasswordChangeInput', {
  fields: (t) => ({ currentPassword: t.string({ required: true }), newPassword: t.string({ required: true }) }),
});
const userMutation = entityMutations('UserPayload', 'user', UserNode);
const PasswordChangePayload = payloadType<{ ok: boolean; userErrors: UserError[] }>('PasswordChangePayload', {
  fields: (t) => ({ changed: t.boolean({ resolve: (p) => p.ok }) }),
  rejected: { ok: false },
});

const AccessKeyCreateInput = builder.inputType('AccessKeyCreateInput', {
  fields: (t) => ({ name: t.string({ required: true }), expiresAt: t.field({ type: 'DateTime' }) }),
});
const AccessKeyCreatePayload = payloadType<{ accessKey: AccessKey | null; token: string | null; userErrors: UserError[] }>('AccessKeyCreatePayload', {
  fields: (t) => ({
    accessKey: t.field({ type: AccessKeyNode, nullable: true, resolve: (p) => p.accessKey }),
    token: t.string({ nullable: true, description: 'The key itself; shown only in this response.', resolve: (p) => p.token }),
  }),
  rejected: { accessKey: null, token: null },
});
const accessKeyMutation = entityMutations('AccessKeyPayload', 'accessKey', AccessKeyNode);

builder.mutationFields((t) => ({
  login: t.field({
    type: LoginPayload,
    description: 'Exchanges a username and password for a JWT (7 days by default).',
    skipTypeScopes: true,
    args: { input: t.arg({ type: LoginInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      // Not an inputMutation (no signed-in caller needed), so its input gets the NUL check here.
      const refused = nulCharacterErrors(input);
      if (refused.length > 0) return LoginPayload.refused(refused);
      const outcome = await logIn({ prisma: ctx.prisma, limiter: ctx.loginLimiter }, input, ctx.clientIp);
      // Failed logins are an operator's concern (guessing, a client with a stale password): logged with the request.
      const who = { username: input.username.slice(0, 100), clientIp: ctx.clientIp };
      if (outcome.kind === 'rate-limited') {
        ctx.logger.warn({ ...who, retryAfterSeconds: outcome.retryAfterSeconds }, 'login refused: too many failed logins');
        throw new GraphQLError(`Too many failed logins; try again in ${outcome.retryAfterSeconds} s.`, {
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: outcome.retryAfterSeconds },
        });
      }
      if (outcome.kind === 'wrong') {
        ctx.logger.warn(who, 'login failed: wrong username or password');
        return { token: null, userErrors: [{ field: null, message: 'Wrong username or password.', code: 'INVALID' as const }] };
      }
      return { token: await ctx.issueToken(outcome.user), userErrors: [] };
    },
  }),
  customerCreate: customerMutation(t, CustomerCreateInput, (input, ctx) => createCustomer(ctx.prisma, input), {
    scope: 'superadmin', description: 'SUPERADMIN only: a new customer and its first ADMIN user.',
  }),
  userCreate: userMutation(t, UserCreateInput, (input, ctx) => createUser(ctx.prisma, ctx.viewer, input), { scope: 'admin' }),
  userUpdateRole: userMutation(t, UserUpdateRoleInput, (input, ctx) => updateUserRole(ctx.prisma, ctx.viewer, withRowId(input, 'User'), ctx.cachedViewers), { scope: 'admin' }),
  userDelete: userMutation(t, DeleteInput, (input, ctx) => deleteUser(ctx.prisma, ctx.viewer, uuidOf(input.id, 'User'), ctx.cachedViewers), { scope: 'admin' }),
  passwordChange: inputMutation(
    t, PasswordChangePayload, PasswordChangeInput,
    async (input, ctx) => {
      const result = await changePassword(ctx.prisma, ctx.viewer, input);
      return result.ok ? { ok: true, userErrors: [] } : { ok: false, userErrors: result.errors };
    },
    { description: "Changes the caller's own password." },
  ),
  accessKeyCreate: inputMutation(
    t, AccessKeyCreatePayload, AccessKeyCreateInput,
    async (input, ctx) => {
      const result = await createAccessKey(ctx.prisma, ctx.viewer, input);
      return result.ok ? { ...result.value, userErrors: [] } : { accessKey: null, token: null, userErrors: result.errors };
    },
    { scope: 'admin' },
  ),
  accessKeyDelete: accessKeyMutation(t, DeleteInput, (input, ctx) => deleteAccessKey(ctx.prisma, ctx.viewer, uuidOf(input.id, 'AccessKey'), ctx.cachedViewers), { scope: 'admin' }),
}));
