import { expect } from 'vitest';
import type { TenancyModule } from './types.ts';

export const identityTenancy: TenancyModule = {
  async seed(a) {
    const user = await a.gql(`mutation { userCreate(input: {username: "a-manager", password: "a-manager-password", role: MANAGER}) { user { id } } }`);
    const key = await a.gql(`mutation { accessKeyCreate(input: {name: "a-key"}) { accessKey { id } token } }`);
    return { aUser: user.data.userCreate.user.id, aKey: key.data.accessKeyCreate.accessKey.id, aKeyToken: key.data.accessKeyCreate.token };
  },
  cases: {
    'Query.viewer': async ({ b }) => {
      expect((await b.gql('{ viewer { customer { name } } }')).data.viewer.customer.name).toBe('tenant-b');
    },
    'Query.customers': async ({ b }) => {
      expect((await b.gql('{ customers { totalCount } }')).errors?.[0].extensions.code).toBe('FORBIDDEN');
    },
    'Query.users': async ({ b, ids }) => {
      const res = await b.gql('{ users(first: 100) { totalCount nodes { id username } } }');
      expect(res.data.users.nodes.map((u: { id: string }) => u.id)).not.toContain(ids.aUser);
      expect(res.data.users.nodes.every((u: { username: string }) => u.username.startsWith('b-'))).toBe(true);
    },
    'Query.accessKeys': async ({ b, ids }) => {
      const res = await b.gql('{ accessKeys(first: 100) { nodes { id } } }');
      expect(res.data.accessKeys.nodes.map((k: { id: string }) => k.id)).not.toContain(ids.aKey);
    },
    'Mutation.login': { exempt: 'public: a login yields a token for the user it names, nothing else' },
    'Mutation.customerCreate': async ({ b }) => {
      const res = await b.gql('mutation { customerCreate(input: {name: "b-child", username: "b-child-admin", password: "child-password"}) { customer { id } } }');
      expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    },
    'Mutation.userCreate': async ({ a, b }) => {
      await b.gql('mutation { userCreate(input: {username: "b-created", password: "b-created-password", role: MANAGER}) { user { id } } }');
      const aUsers = await a.gql('{ users(first: 100) { nodes { username } } }');
      expect(aUsers.data.users.nodes.map((u: { username: string }) => u.username)).not.toContain('b-created');
    },
    'Mutation.userUpdateRole': async ({ a, b, ids }) => {
      const res = await b.gql('mutation($id: ID!) { userUpdateRole(input: {id: $id, role: ADMIN}) { user { id } userErrors { code } } }', { id: ids.aUser });
      expect(res.data.userUpdateRole).toEqual({ user: null, userErrors: [{ code: 'NOT_FOUND' }] });
      expect((await a.gql('query($id: ID!) { node(id: $id) { ... on User { role } } }', { id: ids.aUser })).data.node.role).toBe('MANAGER');
    },
    'Mutation.userDelete': async ({ a, b, ids }) => {
      const res = await b.gql('mutation($id: ID!) { userDelete(input: {id: $id}) { user { id } userErrors { code } } }', { id: ids.aUser });
      expect(res.data.userDelete).toEqual({ user: null, userErrors: [{ code: 'NOT_FOUND' }] });
      expect((await a.gql('query($id: ID!) { node(id: $id) { ... on User { deletedAt } } }', { id: ids.aUser })).data.node.deletedAt).toBeNull();
    },
    'Mutation.passwordChange': { exempt: "acts only on the caller's own user; covered in identity.test.ts" },
    'Mutation.accessKeyCreate': async ({ b }) => {
      const res = await b.gql('mutation { accessKeyCreate(input: {name: "b-key"}) { token } }');
      const token = res.data.accessKeyCreate.token;
      const viewer = await fetch(process.env.TENANCY_URL!, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ viewer { customer { name } } }' }),
      }).then((r) => r.json() as Promise<any>);
      expect(viewer.data.viewer.customer.name).toBe('tenant-b');
    },
    'Mutation.accessKeyDelete': async ({ a, b, ids }) => {
      const res = await b.gql('mutation($id: ID!) { accessKeyDelete(input: {id: $id}) { accessKey { id } userErrors { code } } }', { id: ids.aKey });
      expect(res.data.accessKeyDelete).toEqual({ accessKey: null, userErrors: [{ code: 'NOT_FOUND' }] });
      expect((await a.gql('query($id: ID!) { node(id: $id) { ... on AccessKey { deletedAt } } }', { id: ids.aKey })).data.node.deletedAt).toBeNull();
    },
  },
};
