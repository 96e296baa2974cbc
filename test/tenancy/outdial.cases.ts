import { expect } from 'vitest';
import type { TenancyModule } from './types.ts';

const OUTDIAL = 'query($id: ID!) { outdial(id: $id) { name detail data deletedAt targetStats { total } targets(includeDeleted: true) { totalCount nodes { uuid name deletedAt } } } }';
const TARGET = 'query($id: ID!) { outdialTarget(id: $id) { name deletedAt } }';
const notFound = (key: string, entity: string) => ({ [entity]: null, userErrors: [{ code: 'NOT_FOUND' }] });

export const outdialTenancy: TenancyModule = {
  async seed(a) {
    const outdial = (await a.gql('mutation { outdialCreate(input: {name: "a-outdial", data: "a-data"}) { outdial { id } } }')).data.outdialCreate.outdial;
    const target = (await a.gql(
      'mutation($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: "a-target", destinations: [{type: TEL, target: "+15559876543"}]}) { outdialTarget { id } } }',
      { id: outdial.id },
    )).data.outdialTargetCreate.outdialTarget;
    const bOutplanProbe = (await a.gql('mutation { outplanCreate(input: {name: "a-outplan-2", dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id } } }')).data.outplanCreate.outplan;
    return { aOutdial: outdial.id, aOutdialTarget: target.id, aOutplan2: bOutplanProbe.id };
  },
  cases: {
    'Query.outdial': async ({ b, ids }) => {
      expect((await b.gql(OUTDIAL, { id: ids.aOutdial })).data).toEqual({ outdial: null });
    },
    'Query.outdials': async ({ b, ids }) => {
      const res = await b.gql('{ outdials(first: 100, includeDeleted: true) { totalCount nodes { id targets(includeDeleted: true) { totalCount } } } }');
      expect(res.data.outdials.nodes.map((o: { id: string }) => o.id)).not.toContain(ids.aOutdial);
      expect(res.data.outdials.totalCount).toBe(res.data.outdials.nodes.length);
    },
    'Query.outdialTarget': async ({ b, ids }) => {
      expect((await b.gql(TARGET, { id: ids.aOutdialTarget })).data).toEqual({ outdialTarget: null });
    },
    'Mutation.outdialCreate': async ({ a, b }) => {
      const created = (await b.gql('mutation { outdialCreate(input: {name: "b-outdial"}) { outdial { id } } }')).data.outdialCreate.outdial;
      expect((await a.gql(OUTDIAL, { id: created.id })).data.outdial).toBeNull();
      expect((await a.gql('{ outdials(first: 100, filter: {name: "b-outdial"}) { totalCount } }')).data.outdials.totalCount).toBe(0);
    },
    'Mutation.outdialUpdate': async ({ a, b, ids }) => {
      const res = await b.gql('mutation($id: ID!) { outdialUpdate(input: {id: $id, name: "stolen"}) { outdial { id } userErrors { code } } }', { id: ids.aOutdial });
      expect(res.data.outdialUpdate).toEqual(notFound('outdialUpdate', 'outdial'));
      expect((await a.gql(OUTDIAL, { id: ids.aOutdial })).data.outdial.name).toBe('a-outdial');
    },
    'Mutation.outdialUpdateData': async ({ a, b, ids }) => {
      const res = await b.gql('mutation($id: ID!) { outdialUpdateData(input: {id: $id, data: "stolen"}) { outdial { id } userErrors { code } } }', { id: ids.aOutdial });
      expect(res.data.outdialUpdateData).toEqual(notFound('outdialUpdateData', 'outdial'));
      expect((await a.gql(OUTDIAL, { id: ids.aOutdial })).data.outdial.data).toBe('a-data');
    },
    'Mutation.outdialDelete': async ({ a, b, ids }) => {
      const res = await b.gql('mutation($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } userErrors { code } } }', { id: ids.aOutdial });
      expect(res.data.outdialDelete).toEqual(notFound('outdialDelete', 'outdial'));
      expect((await a.gql(OUTDIAL, { id: ids.aOutdial })).data.outdial.deletedAt).toBeNull();
    },
    'Mutation.outdialTargetCreate': async ({ a, b, ids }) => {
      const res = await b.gql(
        'mutation($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: "b-target", destinations: [{type: TEL, target: "+15559876543"}]}) { outdialTarget { id } userErrors { field code } } }',
        { id: ids.aOutdial },
      );
      expect(res.data.outdialTargetCreate).toEqual({ outdialTarget: null, userErrors: [{ field: ['input', 'outdialId'], code: 'NOT_FOUND' }] });
      expect((await a.gql(OUTDIAL, { id: ids.aOutdial })).data.outdial.targets.totalCount).toBe(1);
    },
    'Mutation.outdialTargetUpdate': async ({ a, b, ids }) => {
      const res = await b.gql('mutation($id: ID!) { outdialTargetUpdate(input: {id: $id, name: "stolen"}) { outdialTarget { id } userErrors { code } } }', { id: ids.aOutdialTarget });
      expect(res.data.outdialTargetUpdate).toEqual(notFound('outdialTargetUpdate', 'outdialTarget'));
      expect((await a.gql(TARGET, { id: ids.aOutdialTarget })).data.outdialTarget.name).toBe('a-target');
    },
    'Mutation.outdialTargetDelete': async ({ a, b, ids }) => {
      const res = await b.gql('mutation($id: ID!) { outdialTargetDelete(input: {id: $id}) { outdialTarget { id } userErrors { code } } }', { id: ids.aOutdialTarget });
      expect(res.data.outdialTargetDelete).toEqual(notFound('outdialTargetDelete', 'outdialTarget'));
      expect((await a.gql(TARGET, { id: ids.aOutdialTarget })).data.outdialTarget.deletedAt).toBeNull();
    },
    'Mutation.outdialTargetsCreate': async ({ a, b, ids }) => {
      const res = await b.gql(
        'mutation($id: ID!) { outdialTargetsCreate(input: {outdialId: $id, targets: [{name: "b-bulk", destinations: [{type: TEL, target: "+15559876543"}]}]}) { outdial { id } createdCount userErrors { field code } } }',
        { id: ids.aOutdial },
      );
      expect(res.data.outdialTargetsCreate).toEqual({ outdial: null, createdCount: 0, userErrors: [{ field: ['input', 'outdialId'], code: 'NOT_FOUND' }] });
      expect((await a.gql(OUTDIAL, { id: ids.aOutdial })).data.outdial.targets.totalCount).toBe(1);
    },
    'Mutation.outdialTargetsImportCsv': async ({ a, b, ids }) => {
      const res = await b.gql(
        'mutation($id: ID!, $csv: String!) { outdialTargetsImportCsv(input: {outdialId: $id, csv: $csv}) { outdial { id } createdCount userErrors { field code } } }',
        { id: ids.aOutdial, csv: 'name,destination_0\nb-csv,+15559876543' },
      );
      expect(res.data.outdialTargetsImportCsv).toEqual({ outdial: null, createdCount: 0, userErrors: [{ field: ['input', 'outdialId'], code: 'NOT_FOUND' }] });
      expect((await a.gql(OUTDIAL, { id: ids.aOutdial })).data.outdial.targets.totalCount).toBe(1);
    },
    'Mutation.outplanUpdateDialInfo': async ({ a, b, ids }) => {
      const res = await b.gql(
        'mutation($id: ID!) { outplanUpdateDialInfo(input: {id: $id, dialTimeout: 60000, tryInterval: 0, maxTryCounts: [9]}) { outplan { id } userErrors { code } } }',
        { id: ids.aOutplan2 },
      );
      expect(res.data.outplanUpdateDialInfo).toEqual(notFound('outplanUpdateDialInfo', 'outplan'));
      expect((await a.gql('query($id: ID!) { outplan(id: $id) { dialTimeout maxTryCounts } }', { id: ids.aOutplan2 })).data.outplan).toEqual({ dialTimeout: 30000, maxTryCounts: [1, 0, 0, 0, 0] });
    },
    'Mutation.outplanDelete': async ({ a, b, ids }) => {
      const res = await b.gql('mutation($id: ID!) { outplanDelete(input: {id: $id}) { outplan { id } userErrors { code } } }', { id: ids.aOutplan2 });
      expect(res.data.outplanDelete).toEqual(notFound('outplanDelete', 'outplan'));
      expect((await a.gql('query($id: ID!) { outplan(id: $id) { deletedAt } }', { id: ids.aOutplan2 })).data.outplan.deletedAt).toBeNull();
    },
  },
};
