import { expect } from 'vitest';
import { graphql } from '../gql/index.ts';
import type { TenancyModule } from './types.ts';

const OUTDIAL = graphql(`
  query OutdialForTenancyOutdial($id: ID!) { outdial(id: $id) { name detail data deletedAt targetStats { total } targets(includeDeleted: true) { totalCount nodes { uuid name deletedAt } } } }
`);
const TARGET = graphql(`
  query OutdialTargetForTenancyOutdial($id: ID!) { outdialTarget(id: $id) { name deletedAt } }
`);
const OUTDIAL_CREATE_A = graphql(`
  mutation OutdialCreateAForTenancyOutdial { outdialCreate(input: {name: "a-outdial", data: "a-data"}) { outdial { id } } }
`);
const TARGET_CREATE_A = graphql(`
  mutation OutdialTargetCreateAForTenancyOutdial($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: "a-target", destinations: [{type: TEL, target: "+15559876543"}]}) { outdialTarget { id } } }
`);
const OUTPLAN_CREATE_A = graphql(`
  mutation OutplanCreateAForTenancyOutdial { outplanCreate(input: {name: "a-outplan-2", dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { outplan { id } } }
`);
const OUTDIALS = graphql(`
  query OutdialsForTenancyOutdial { outdials(first: 100, includeDeleted: true) { totalCount nodes { id targets(includeDeleted: true) { totalCount } } } }
`);
const OUTDIAL_CREATE_B = graphql(`
  mutation OutdialCreateBForTenancyOutdial { outdialCreate(input: {name: "b-outdial"}) { outdial { id } } }
`);
const OUTDIALS_NAMED_B = graphql(`
  query OutdialsNamedBForTenancyOutdial { outdials(first: 100, filter: {name: "b-outdial"}) { totalCount } }
`);
const OUTDIAL_UPDATE = graphql(`
  mutation OutdialUpdateForTenancyOutdial($id: ID!) { outdialUpdate(input: {id: $id, name: "stolen"}) { outdial { id } userErrors { code } } }
`);
const OUTDIAL_UPDATE_DATA = graphql(`
  mutation OutdialUpdateDataForTenancyOutdial($id: ID!) { outdialUpdateData(input: {id: $id, data: "stolen"}) { outdial { id } userErrors { code } } }
`);
const OUTDIAL_DELETE = graphql(`
  mutation OutdialDeleteForTenancyOutdial($id: ID!) { outdialDelete(input: {id: $id}) { outdial { id } userErrors { code } } }
`);
const TARGET_CREATE_B = graphql(`
  mutation OutdialTargetCreateBForTenancyOutdial($id: ID!) { outdialTargetCreate(input: {outdialId: $id, name: "b-target", destinations: [{type: TEL, target: "+15559876543"}]}) { outdialTarget { id } userErrors { field code } } }
`);
const TARGET_UPDATE = graphql(`
  mutation OutdialTargetUpdateForTenancyOutdial($id: ID!) { outdialTargetUpdate(input: {id: $id, name: "stolen"}) { outdialTarget { id } userErrors { code } } }
`);
const TARGET_DELETE = graphql(`
  mutation OutdialTargetDeleteForTenancyOutdial($id: ID!) { outdialTargetDelete(input: {id: $id}) { outdialTarget { id } userErrors { code } } }
`);
const TARGETS_CREATE = graphql(`
  mutation OutdialTargetsCreateForTenancyOutdial($id: ID!) { outdialTargetsCreate(input: {outdialId: $id, targets: [{name: "b-bulk", destinations: [{type: TEL, target: "+15559876543"}]}]}) { outdial { id } createdCount userErrors { field code } } }
`);
const TARGETS_IMPORT_CSV = graphql(`
  mutation OutdialTargetsImportCsvForTenancyOutdial($id: ID!, $csv: String!) { outdialTargetsImportCsv(input: {outdialId: $id, csv: $csv}) { outdial { id } createdCount userErrors { field code } } }
`);
const OUTPLAN_UPDATE_DIAL_INFO = graphql(`
  mutation OutplanUpdateDialInfoForTenancyOutdial($id: ID!) { outplanUpdateDialInfo(input: {id: $id, dialTimeout: 60000, tryInterval: 0, maxTryCounts: [9]}) { outplan { id } userErrors { code } } }
`);
const OUTPLAN_DIAL_INFO = graphql(`
  query OutplanDialInfoForTenancyOutdial($id: ID!) { outplan(id: $id) { dialTimeout maxTryCounts } }
`);
const OUTPLAN_DELETE = graphql(`
  mutation OutplanDeleteForTenancyOutdial($id: ID!) { outplanDelete(input: {id: $id}) { outplan { id } userErrors { code } } }
`);
const OUTPLAN_DELETED_AT = graphql(`
  query OutplanDeletedAtForTenancyOutdial($id: ID!) { outplan(id: $id) { deletedAt } }
`);
const notFound = (key: string, entity: string) => ({ [entity]: null, userErrors: [{ code: 'NOT_FOUND' }] });

export const outdialTenancy: TenancyModule = {
  async seed(a) {
    const outdial = (await a.gql(OUTDIAL_CREATE_A)).data!.outdialCreate.outdial!;
    const target = (await a.gql(TARGET_CREATE_A, { id: outdial.id })).data!.outdialTargetCreate.outdialTarget!;
    const bOutplanProbe = (await a.gql(OUTPLAN_CREATE_A)).data!.outplanCreate.outplan!;
    return { aOutdial: outdial.id, aOutdialTarget: target.id, aOutplan2: bOutplanProbe.id };
  },
  cases: {
    'Query.outdial': async ({ b, ids }) => {
      expect((await b.gql(OUTDIAL, { id: ids.aOutdial })).data).toEqual({ outdial: null });
    },
    'Query.outdials': async ({ b, ids }) => {
      const res = await b.gql(OUTDIALS);
      expect(res.data!.outdials.nodes.map((o) => o.id)).not.toContain(ids.aOutdial);
      expect(res.data!.outdials.totalCount).toBe(res.data!.outdials.nodes.length);
    },
    'Query.outdialTarget': async ({ b, ids }) => {
      expect((await b.gql(TARGET, { id: ids.aOutdialTarget })).data).toEqual({ outdialTarget: null });
    },
    'Mutation.outdialCreate': async ({ a, b }) => {
      const created = (await b.gql(OUTDIAL_CREATE_B)).data!.outdialCreate.outdial!;
      expect((await a.gql(OUTDIAL, { id: created.id })).data!.outdial).toBeNull();
      expect((await a.gql(OUTDIALS_NAMED_B)).data!.outdials.totalCount).toBe(0);
    },
    'Mutation.outdialUpdate': async ({ a, b, ids }) => {
      const res = await b.gql(OUTDIAL_UPDATE, { id: ids.aOutdial });
      expect(res.data!.outdialUpdate).toEqual(notFound('outdialUpdate', 'outdial'));
      expect((await a.gql(OUTDIAL, { id: ids.aOutdial })).data!.outdial!.name).toBe('a-outdial');
    },
    'Mutation.outdialUpdateData': async ({ a, b, ids }) => {
      const res = await b.gql(OUTDIAL_UPDATE_DATA, { id: ids.aOutdial });
      expect(res.data!.outdialUpdateData).toEqual(notFound('outdialUpdateData', 'outdial'));
      expect((await a.gql(OUTDIAL, { id: ids.aOutdial })).data!.outdial!.data).toBe('a-data');
    },
    'Mutation.outdialDelete': async ({ a, b, ids }) => {
      const res = await b.gql(OUTDIAL_DELETE, { id: ids.aOutdial });
      expect(res.data!.outdialDelete).toEqual(notFound('outdialDelete', 'outdial'));
      expect((await a.gql(OUTDIAL, { id: ids.aOutdial })).data!.outdial!.deletedAt).toBeNull();
    },
    'Mutation.outdialTargetCreate': async ({ a, b, ids }) => {
      const res = await b.gql(TARGET_CREATE_B, { id: ids.aOutdial });
      expect(res.data!.outdialTargetCreate).toEqual({ outdialTarget: null, userErrors: [{ field: ['input', 'outdialId'], code: 'NOT_FOUND' }] });
      expect((await a.gql(OUTDIAL, { id: ids.aOutdial })).data!.outdial!.targets.totalCount).toBe(1);
    },
    'Mutation.outdialTargetUpdate': async ({ a, b, ids }) => {
      const res = await b.gql(TARGET_UPDATE, { id: ids.aOutdialTarget });
      expect(res.data!.outdialTargetUpdate).toEqual(notFound('outdialTargetUpdate', 'outdialTarget'));
      expect((await a.gql(TARGET, { id: ids.aOutdialTarget })).data!.outdialTarget!.name).toBe('a-target');
    },
    'Mutation.outdialTargetDelete': async ({ a, b, ids }) => {
      const res = await b.gql(TARGET_DELETE, { id: ids.aOutdialTarget });
      expect(res.data!.outdialTargetDelete).toEqual(notFound('outdialTargetDelete', 'outdialTarget'));
      expect((await a.gql(TARGET, { id: ids.aOutdialTarget })).data!.outdialTarget!.deletedAt).toBeNull();
    },
    'Mutation.outdialTargetsCreate': async ({ a, b, ids }) => {
      const res = await b.gql(TARGETS_CREATE, { id: ids.aOutdial });
      expect(res.data!.outdialTargetsCreate).toEqual({ outdial: null, createdCount: 0, userErrors: [{ field: ['input', 'outdialId'], code: 'NOT_FOUND' }] });
      expect((await a.gql(OUTDIAL, { id: ids.aOutdial })).data!.outdial!.targets.totalCount).toBe(1);
    },
    'Mutation.outdialTargetsImportCsv': async ({ a, b, ids }) => {
      const res = await b.gql(TARGETS_IMPORT_CSV, { id: ids.aOutdial, csv: 'name,destination_0\nb-csv,+15559876543' });
      expect(res.data!.outdialTargetsImportCsv).toEqual({ outdial: null, createdCount: 0, userErrors: [{ field: ['input', 'outdialId'], code: 'NOT_FOUND' }] });
      expect((await a.gql(OUTDIAL, { id: ids.aOutdial })).data!.outdial!.targets.totalCount).toBe(1);
    },
    'Mutation.outplanUpdateDialInfo': async ({ a, b, ids }) => {
      const res = await b.gql(OUTPLAN_UPDATE_DIAL_INFO, { id: ids.aOutplan2 });
      expect(res.data!.outplanUpdateDialInfo).toEqual(notFound('outplanUpdateDialInfo', 'outplan'));
      expect((await a.gql(OUTPLAN_DIAL_INFO, { id: ids.aOutplan2 })).data!.outplan).toEqual({ dialTimeout: 30000, maxTryCounts: [1, 0, 0, 0, 0] });
    },
    'Mutation.outplanDelete': async ({ a, b, ids }) => {
      const res = await b.gql(OUTPLAN_DELETE, { id: ids.aOutplan2 });
      expect(res.data!.outplanDelete).toEqual(notFound('outplanDelete', 'outplan'));
      expect((await a.gql(OUTPLAN_DELETED_AT, { id: ids.aOutplan2 })).data!.outplan!.deletedAt).toBeNull();
    },
  },
};
