import { expect } from 'vitest';
import { print } from 'graphql';
import { graphql } from '../gql/index.ts';
import type { TenancyModule } from './types.ts';

const USER_CREATE_A = graphql(`
  mutation UserCreateAForTenancyIdentity { userCreate(input: {username: "a-manager", password: "a-manager-password", role: MANAGER}) { user { id } } }
`);
const ACCESS_KEY_CREATE_A = graphql(`
  mutation AccessKeyCreateAForTenancyIdentity { accessKeyCreate(input: {name: "a-key"}) { accessKey { id } token } }
`);
const VIEWER = graphql(`
  query ViewerForTenancyIdentity { viewer { customer { name } } }
`);
const CUSTOMERS = graphql(`
  query CustomersForTenancyIdentity { customers { totalCount } }
`);
const USERS = graphql(`
  query UsersForTenancyIdentity { users(first: 100) { totalCount nodes { id username } } }
`);
const ACCESS_KEYS = graphql(`
  query AccessKeysForTenancyIdentity { accessKeys(first: 100) { nodes { id } } }
`);
const CUSTOMER_CREATE_B = graphql(`
  mutation CustomerCreateBForTenancyIdentity { customerCreate(input: {name: "b-child", username: "b-child-admin", password: "child-password"}) { customer { id } } }
`);
const USER_CREATE_B = graphql(`
  mutation UserCreateBForTenancyIdentity { userCreate(input: {username: "b-created", password: "b-created-password", role: MANAGER}) { user { id } } }
`);
const USERNAMES = graphql(`
  query UsernamesForTenancyIdentity { users(first: 100) { nodes { username } } }
`);
const USER_UPDATE_ROLE = graphql(`
  mutation UserUpdateRoleForTenancyIdentity($id: ID!) { userUpdateRole(input: {id: $id, role: ADMIN}) { user { id } userErrors { code } } }
`);
const USER_ROLE = graphql(`
  query UserRoleForTenancyIdentity($id: ID!) { node(id: $id) { ... on User { role } } }
`);
const USER_DELETE = graphql(`
  mutation UserDeleteForTenancyIdentity($id: ID!) { userDelete(input: {id: $id}) { user { id } userErrors { code } } }
`);
const USER_DELETED_AT = graphql(`
  query UserDeletedAtForTenancyIdentity($id: ID!) { node(id: $id) { ... on User { deletedAt } } }
`);
const ACCESS_KEY_CREATE_B = graphql(`
  mutation AccessKeyCreateBForTenancyIdentity { accessKeyCreate(input: {name: "b-key"}) { token } }
`);
const ACCESS_KEY_DELETE = graphql(`
  mutation AccessKeyDeleteForTenancyIdentity($id: ID!) { accessKeyDelete(input: {id: $id}) { accessKey { id } userErrors { code } } }
`);
const ACCESS_KEY_DELETED_AT = graphql(`
  query AccessKeyDeletedAtForTenancyIdentity($id: ID!) { node(id: $id) { ... on AccessKey { deletedAt } } }
`);

export const identityTenancy: TenancyModule = {
  async seed(a) {
    const user = await a.gql(USER_CREATE_A);
    const key = await a.gql(ACCESS_KEY_CREATE_A);
    return { aUser: user.data!.userCreate.user!.id, aKey: key.data!.accessKeyCreate.accessKey!.id, aKeyToken: key.data!.accessKeyCreate.token! };
  },
  cases: {
    'Query.viewer': async ({ b }) => {
      expect((await b.gql(VIEWER)).data!.viewer!.customer.name).toBe('tenant-b');
    },
    'Query.customers': async ({ b }) => {
      expect((await b.gql(CUSTOMERS)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    },
    'Query.users': async ({ b, ids }) => {
      const res = await b.gql(USERS);
      expect(res.data!.users.nodes.map((u) => u.id)).not.toContain(ids.aUser);
      expect(res.data!.users.nodes.every((u) => u.username.startsWith('b-'))).toBe(true);
    },
    'Query.accessKeys': async ({ b, ids }) => {
      const res = await b.gql(ACCESS_KEYS);
      expect(res.data!.accessKeys.nodes.map((k) => k.id)).not.toContain(ids.aKey);
    },
    'Mutation.login': { exempt: 'public: a login yields a token for the user it names, nothing else' },
    'Mutation.customerCreate': async ({ b }) => {
      const res = await b.gql(CUSTOMER_CREATE_B);
      expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    },
    'Mutation.userCreate': async ({ a, b }) => {
      await b.gql(USER_CREATE_B);
      const aUsers = await a.gql(USERNAMES);
      expect(aUsers.data!.users.nodes.map((u) => u.username)).not.toContain('b-created');
    },
    'Mutation.userUpdateRole': async ({ a, b, ids }) => {
      const res = await b.gql(USER_UPDATE_ROLE, { id: ids.aUser });
      expect(res.data!.userUpdateRole).toEqual({ user: null, userErrors: [{ code: 'NOT_FOUND' }] });
      // node(id:) is typed as any Node: the User fragment's field is read through a cast.
      expect(((await a.gql(USER_ROLE, { id: ids.aUser })).data!.node as { role: string }).role).toBe('MANAGER');
    },
    'Mutation.userDelete': async ({ a, b, ids }) => {
      const res = await b.gql(USER_DELETE, { id: ids.aUser });
      expect(res.data!.userDelete).toEqual({ user: null, userErrors: [{ code: 'NOT_FOUND' }] });
      expect(((await a.gql(USER_DELETED_AT, { id: ids.aUser })).data!.node as { deletedAt: string | null }).deletedAt).toBeNull();
    },
    'Mutation.passwordChange': { exempt: "acts only on the caller's own user; covered in identity.test.ts" },
    'Mutation.accessKeyCreate': async ({ b }) => {
      const res = await b.gql(ACCESS_KEY_CREATE_B);
      const token = res.data!.accessKeyCreate.token;
      const viewer = await fetch(process.env.TENANCY_URL!, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: print(VIEWER) }),
      }).then((r) => r.json() as Promise<any>);
      expect(viewer.data.viewer.customer.name).toBe('tenant-b');
    },
    'Mutation.accessKeyDelete': async ({ a, b, ids }) => {
      const res = await b.gql(ACCESS_KEY_DELETE, { id: ids.aKey });
      expect(res.data!.accessKeyDelete).toEqual({ accessKey: null, userErrors: [{ code: 'NOT_FOUND' }] });
      expect(((await a.gql(ACCESS_KEY_DELETED_AT, { id: ids.aKey })).data!.node as { deletedAt: string | null }).deletedAt).toBeNull();
    },
  },
};
