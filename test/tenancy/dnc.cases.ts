// Do-not-call lists: B cannot read A's lists or entries, change them, add to or remove from them, or import into them.
import { expect } from 'vitest';
import { graphql } from '../gql/index.ts';
import type { TenancyModule } from './types.ts';

const CREATE = graphql(`
  mutation DncListCreateForTenancyDnc($name: String!) { dncListCreate(input: {name: $name}) { dncList { id } userErrors { code } } }
`);
const ADD = graphql(`
  mutation DncEntriesAddForTenancyDnc($id: ID!, $addresses: [String!]!) {
    dncEntriesAdd(input: {dncListId: $id, addresses: $addresses}) { dncList { id } added removed userErrors { code field } }
  }
`);
const REMOVE = graphql(`
  mutation DncEntriesRemoveForTenancyDnc($id: ID!, $addresses: [String!]!) {
    dncEntriesRemove(input: {dncListId: $id, addresses: $addresses}) { dncList { id } added removed userErrors { code field } }
  }
`);
const IMPORT = graphql(`
  mutation DncEntriesImportCsvForTenancyDnc($id: ID!, $csv: String!) {
    dncEntriesImportCsv(input: {dncListId: $id, csv: $csv}) { dncList { id } added removed userErrors { code field } }
  }
`);
const UPDATE = graphql(`
  mutation DncListUpdateForTenancyDnc($id: ID!) { dncListUpdate(input: {id: $id, name: "stolen"}) { dncList { id } userErrors { code } } }
`);
const DELETE = graphql(`
  mutation DncListDeleteForTenancyDnc($id: ID!) { dncListDelete(input: {id: $id}) { dncList { id } userErrors { code } } }
`);
const LIST = graphql(`
  query DncListForTenancyDnc($id: ID!) { dncList(id: $id) { id name entryCount entries(first: 10) { totalCount nodes { address } } } }
`);
const LISTS = graphql(`
  query DncListsForTenancyDnc { dncLists(first: 100) { totalCount nodes { id } } }
`);

const A_ADDRESS = '+15553330001';
const NOT_FOUND = [{ code: 'NOT_FOUND', field: ['input', 'dncListId'] }];

/** A's list as A reads it: unchanged by anything B tried. */
async function expectUntouched(ctx: Parameters<Exclude<TenancyModule['cases'][string], { exempt: string }>>[0]) {
  const res = await ctx.a.gql(LIST, { id: ctx.ids.aDncList });
  expect(res.data!.dncList).toMatchObject({ name: 'a-dnc', entryCount: 1, entries: { totalCount: 1, nodes: [{ address: A_ADDRESS }] } });
}

export const dncTenancy: TenancyModule = {
  async seed(a) {
    const id = (await a.gql(CREATE, { name: 'a-dnc' })).data!.dncListCreate.dncList!.id;
    const added = await a.gql(ADD, { id, addresses: [A_ADDRESS] });
    expect(added.data!.dncEntriesAdd.added).toBe(1);
    return { aDncList: id };
  },
  cases: {
    'Query.dncList': async ({ b, ids }) => {
      expect((await b.gql(LIST, { id: ids.aDncList })).data).toEqual({ dncList: null });
    },
    'Query.dncLists': async ({ b, ids }) => {
      const res = await b.gql(LISTS);
      expect(res.data!.dncLists.nodes.map((l) => l.id)).not.toContain(ids.aDncList);
      expect(res.data!.dncLists.totalCount).toBe(res.data!.dncLists.nodes.length);
    },
    'Mutation.dncListCreate': async ({ a, b }) => {
      const created = (await b.gql(CREATE, { name: 'b-dnc' })).data!.dncListCreate.dncList!;
      expect((await a.gql(LIST, { id: created.id })).data!.dncList).toBeNull();
    },
    'Mutation.dncListUpdate': async (ctx) => {
      expect((await ctx.b.gql(UPDATE, { id: ctx.ids.aDncList })).data!.dncListUpdate).toEqual({ dncList: null, userErrors: [{ code: 'NOT_FOUND' }] });
      await expectUntouched(ctx);
    },
    'Mutation.dncListDelete': async (ctx) => {
      expect((await ctx.b.gql(DELETE, { id: ctx.ids.aDncList })).data!.dncListDelete).toEqual({ dncList: null, userErrors: [{ code: 'NOT_FOUND' }] });
      await expectUntouched(ctx);
    },
    'Mutation.dncEntriesAdd': async (ctx) => {
      const res = await ctx.b.gql(ADD, { id: ctx.ids.aDncList, addresses: ['+15553330002'] });
      expect(res.data!.dncEntriesAdd).toEqual({ dncList: null, added: 0, removed: 0, userErrors: NOT_FOUND });
      await expectUntouched(ctx);
    },
    'Mutation.dncEntriesRemove': async (ctx) => {
      const res = await ctx.b.gql(REMOVE, { id: ctx.ids.aDncList, addresses: [A_ADDRESS] });
      expect(res.data!.dncEntriesRemove).toEqual({ dncList: null, added: 0, removed: 0, userErrors: NOT_FOUND });
      await expectUntouched(ctx);
    },
    'Mutation.dncEntriesImportCsv': async (ctx) => {
      const res = await ctx.b.gql(IMPORT, { id: ctx.ids.aDncList, csv: 'address\n+15553330003\n' });
      expect(res.data!.dncEntriesImportCsv).toEqual({ dncList: null, added: 0, removed: 0, userErrors: NOT_FOUND });
      await expectUntouched(ctx);
    },
  },
};
