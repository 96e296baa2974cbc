import { expect } from 'vitest';
import { graphql } from '../gql/index.ts';
import type { TenancyModule } from './types.ts';

const CREATE = graphql(`
  mutation OutplanCreateForTenancyOutplan($name: String!) { outplanCreate(input: {name: $name, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id uuid } } }
`);
const OUTPLAN_ID = graphql(`
  query OutplanIdForTenancyOutplan($id: ID!) { outplan(id: $id) { id } }
`);
const OUTPLANS = graphql(`
  query OutplansForTenancyOutplan { outplans(first: 100, includeDeleted: true) { totalCount nodes { id } } }
`);
const UPDATE_STOLEN = graphql(`
  mutation OutplanUpdateStolenForTenancyOutplan($id: ID!) { outplanUpdate(input: {id: $id, name: "stolen"}) { outplan { id } userErrors { code } } }
`);
const RULES_STOLEN = graphql(`
  mutation OutplanRulesStolenForTenancyOutplan($id: ID!) {
    outplanUpdateOutcomeRules(input: {id: $id, rules: [{outcome: DECLINED, action: STOP_TARGET}], machineDetection: OFF}) { outplan { id } userErrors { code } }
  }
`);
const OUTPLAN_RULES = graphql(`
  query OutplanRulesForTenancyOutplan($id: ID!) { outplan(id: $id) { machineDetection outcomeRules { outcome } } }
`);
const OUTPLAN_NAME = graphql(`
  query OutplanNameForTenancyOutplan($id: ID!) { outplan(id: $id) { name } }
`);
const UPDATE_NAME = graphql(`
  mutation OutplanUpdateNameForTenancyOutplan($id: ID!, $name: String) { outplanUpdate(input: {id: $id, name: $name}) { outplan { version } } }
`);
const CHANGED = graphql(`
  subscription OutplanChangedForTenancyOutplan { outplanChanged { id name } }
`);
const CHANGED_ONE = graphql(`
  subscription OutplanChangedOneForTenancyOutplan($id: ID) { outplanChanged(outplanId: $id) { id name } }
`);

export const outplanTenancy: TenancyModule = {
  async seed(a) {
    const res = await a.gql(CREATE, { name: 'a-outplan' });
    return { aOutplan: res.data!.outplanCreate.outplan!.id };
  },
  cases: {
    'Query.outplan': async ({ b, ids }) => {
      expect((await b.gql(OUTPLAN_ID, { id: ids.aOutplan })).data).toEqual({ outplan: null });
    },
    'Query.outplans': async ({ b, ids }) => {
      const res = await b.gql(OUTPLANS);
      expect(res.data!.outplans.nodes.map((o) => o.id)).not.toContain(ids.aOutplan);
      expect(res.data!.outplans.totalCount).toBe(res.data!.outplans.nodes.length);
    },
    'Mutation.outplanCreate': async ({ a, b }) => {
      const created = (await b.gql(CREATE, { name: 'b-outplan' })).data!.outplanCreate.outplan!;
      expect((await a.gql(OUTPLAN_ID, { id: created.id })).data!.outplan).toBeNull();
    },
    'Mutation.outplanUpdate': async ({ a, b, ids }) => {
      const res = await b.gql(UPDATE_STOLEN, { id: ids.aOutplan });
      expect(res.data!.outplanUpdate).toEqual({ outplan: null, userErrors: [{ code: 'NOT_FOUND' }] });
      expect((await a.gql(OUTPLAN_NAME, { id: ids.aOutplan })).data!.outplan!.name).not.toBe('stolen');
    },
    'Mutation.outplanUpdateOutcomeRules': async ({ a, b, ids }) => {
      const res = await b.gql(RULES_STOLEN, { id: ids.aOutplan });
      expect(res.data!.outplanUpdateOutcomeRules).toEqual({ outplan: null, userErrors: [{ code: 'NOT_FOUND' }] });
      expect((await a.gql(OUTPLAN_RULES, { id: ids.aOutplan })).data!.outplan).toEqual({ machineDetection: 'HANGUP', outcomeRules: [] });
    },
    'Subscription.outplanChanged': async ({ a, ids, expectNoLeak }) => {
      let n = 0;
      const trigger = () => a.gql(UPDATE_NAME, { id: ids.aOutplan, name: `a-outplan-${++n}` });
      await expectNoLeak(CHANGED, {}, trigger);
      await expectNoLeak(CHANGED_ONE, { id: ids.aOutplan }, trigger);
    },
  },
};
