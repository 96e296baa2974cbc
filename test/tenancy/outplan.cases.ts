import { expect } from 'vitest';
import type { TenancyModule } from './types.ts';

const CREATE = `mutation($name: String!) { outplanCreate(input: {name: $name, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id uuid } } }`;

export const outplanTenancy: TenancyModule = {
  async seed(a) {
    const res = await a.gql(CREATE, { name: 'a-outplan' });
    return { aOutplan: res.data.outplanCreate.outplan.id };
  },
  cases: {
    'Query.outplan': async ({ b, ids }) => {
      expect((await b.gql('query($id: ID!) { outplan(id: $id) { id } }', { id: ids.aOutplan })).data).toEqual({ outplan: null });
    },
    'Query.outplans': async ({ b, ids }) => {
      const res = await b.gql('{ outplans(first: 100, includeDeleted: true) { totalCount nodes { id } } }');
      expect(res.data.outplans.nodes.map((o: { id: string }) => o.id)).not.toContain(ids.aOutplan);
      expect(res.data.outplans.totalCount).toBe(res.data.outplans.nodes.length);
    },
    'Mutation.outplanCreate': async ({ a, b }) => {
      const created = (await b.gql(CREATE, { name: 'b-outplan' })).data.outplanCreate.outplan;
      expect((await a.gql('query($id: ID!) { outplan(id: $id) { id } }', { id: created.id })).data.outplan).toBeNull();
    },
    'Mutation.outplanUpdate': async ({ a, b, ids }) => {
      const res = await b.gql('mutation($id: ID!) { outplanUpdate(input: {id: $id, name: "stolen"}) { outplan { id } userErrors { code } } }', { id: ids.aOutplan });
      expect(res.data.outplanUpdate).toEqual({ outplan: null, userErrors: [{ code: 'NOT_FOUND' }] });
      expect((await a.gql('query($id: ID!) { outplan(id: $id) { name } }', { id: ids.aOutplan })).data.outplan.name).not.toBe('stolen');
    },
    'Subscription.outplanChanged': async ({ a, ids, expectNoLeak }) => {
      let n = 0;
      const trigger = () => a.gql('mutation($id: ID!, $name: String) { outplanUpdate(input: {id: $id, name: $name}) { outplan { version } } }', { id: ids.aOutplan, name: `a-outplan-${++n}` });
      await expectNoLeak('subscription { outplanChanged { id name } }', {}, trigger);
      await expectNoLeak('subscription($id: ID) { outplanChanged(outplanId: $id) { id name } }', { id: ids.aOutplan }, trigger);
    },
  },
};
