// Issue 16: PostgreSQL cannot store U+0000 (22021), and a NUL in any string input once answered
// INTERNAL_SERVER_ERROR. Every string field of every mutation's input, found in the schema itself (a new mutation
// or field is tried without touching this file), gets a NUL; each must be refused as a userError at its path, and
// nothing may be written.
import {
  getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLInputType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/graphql/schema.ts';
import { useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';

const t = useTestApp();

const NUL_TEXT = 'a\u0000b';
const NUL_MESSAGE = /contains a NUL character \(\\u0000\)(?: on line \d+)?, which cannot be stored/;
/** Every table a mutation may write; server_instance is left out (its heartbeat changes it on its own). */
const TABLES = ['customer', 'app_user', 'access_key', 'setting', 'outplan', 'outdial', 'outdial_target', 'call', 'campaign', 'campaign_call', 'event', 'idempotency_key', 'webhook', 'webhook_delivery', 'dnc_list', 'dnc_entry', 'campaign_dnc_list'];

/** A fingerprint of every row of every table: any insert, update or delete changes it. */
async function fingerprint(): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = await t.db.query<{ n: string; h: string | null }>(
      `SELECT count(*)::text AS n, md5(string_agg(r::text, '|' ORDER BY r::text)) AS h FROM "${table}" AS r`);
    result[table] = `${row.n} ${row.h}`;
  }
  return result;
}

type Path = string[];

/** The paths of the String and ID fields of an input type (a list's item as index 0; each @oneOf member apart). */
function stringPaths(type: GraphQLInputType, prefix: Path = []): Path[] {
  if (isNonNullType(type)) return stringPaths(type.ofType, prefix);
  if (isListType(type)) return stringPaths(type.ofType, [...prefix, '0']);
  if (isInputObjectType(type)) return Object.values(type.getFields()).flatMap((f) => stringPaths(f.type, [...prefix, f.name]));
  return type.name === 'String' || type.name === 'ID' ? [prefix] : [];
}

/** A value of `type` with NUL_TEXT at `path` (null: off the path, where only required fields get a plain value). */
function sample(type: GraphQLInputType, path: Path | null): unknown {
  if (isNonNullType(type)) return sample(type.ofType, path);
  if (isListType(type)) return path ? [sample(type.ofType, path.slice(1))] : [];
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    const fields = Object.values(type.getFields());
    for (const f of fields) {
      if (path?.[0] === f.name) value[f.name] = sample(f.type, path.slice(1));
      else if (!type.isOneOf && isNonNullType(f.type) && f.defaultValue === undefined) value[f.name] = sample(f.type, null);
    }
    // A @oneOf off the path still needs one member.
    if (type.isOneOf && Object.keys(value).length === 0) value[fields[0].name] = sample(fields[0].type, null);
    return value;
  }
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isScalarType(type)) {
    if (type.name === 'String' || type.name === 'ID') return path ? NUL_TEXT : 'x';
    if (type.name === 'Int' || type.name === 'Float') return 1;
    if (type.name === 'Boolean') return false;
    if (type.name === 'DateTime') return '2099-01-01T00:00:00Z';
    return {};
  }
  throw new Error(`no sample for ${String(type)}`);
}

const mutations = Object.values(schema.getMutationType()!.getFields());
const CASES = mutations.flatMap((m) => {
  const input = m.args.find((a) => a.name === 'input');
  if (!input || m.args.length !== 1) throw new Error(`${m.name}: every mutation takes one argument, input (got ${m.args.map((a) => a.name).join(', ')})`);
  return stringPaths(input.type).map((path) => ({ mutation: m.name, inputType: getNamedType(input.type).name, path, input: sample(input.type, path) }));
});

// Untyped: the escape is the point, and codegen would read the document's text differently than the server does.
const OUTDIAL_CREATE_INLINE = /* GraphQL */ `
  mutation OutdialCreateInlineNulForNulInputTest { outdialCreate(input: {name: "inline \\u0000 nul"}) { outdial { id } userErrors { field message code } } }
`;
const TARGETS_CSV = graphql(`
  mutation OutdialTargetsImportCsvForNulInputTest($input: OutdialTargetsImportCsvInput!) {
    outdialTargetsImportCsv(input: $input) { createdCount userErrors { field message code } }
  }
`);
const OUTDIAL_CREATE = graphql(`
  mutation OutdialCreateForNulInputTest($input: OutdialCreateInput!) { outdialCreate(input: $input) { outdial { id } } }
`);
const OUTDIALS_BY_NAME = graphql(`
  query OutdialsByNameForNulInputTest($name: String!) { outdials(filter: {name: $name}) { totalCount } }
`);

let before: Record<string, string>;
beforeAll(async () => {
  before = await fingerprint();
});

describe('a NUL character in any string of a mutation input', () => {
  it('finds the string fields of every mutation in the schema', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(30);
    // Spot checks that the walk reaches nested inputs, lists and @oneOf members.
    const paths = CASES.map((c) => `${c.mutation} ${c.path.join('.')}`);
    for (const p of ['outdialTargetsCreate targets.0.destinations.0.target', 'campaignCreate actions.0.talk.text', 'callCreate actions.0.play.streamUrls.0', 'login password', 'outdialTargetsImportCsv csv']) {
      expect(paths).toContain(p);
    }
  });

  it.each(CASES.map((c) => [`${c.mutation} ${c.path.join('.')}`, c] as const))('%s: a userError at its path, nothing written', async (_label, c) => {
    const query = `mutation($input: ${c.inputType}!) { ${c.mutation}(input: $input) { userErrors { field message code } } }`;
    const res = await t.gql(query, { input: c.input });
    expect(res.errors).toBeUndefined();
    expect(res.data![c.mutation].userErrors).toEqual([{ field: ['input', ...c.path], message: expect.stringMatching(NUL_MESSAGE), code: 'INVALID' }]);
  });

  it('wrote nothing for any of them', async () => {
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses a NUL written in the document itself (a literal, not a variable)', async () => {
    const res = await t.gql(OUTDIAL_CREATE_INLINE);
    expect(res.errors).toBeUndefined();
    expect(res.data!.outdialCreate).toEqual({ outdial: null, userErrors: [{ field: ['input', 'name'], message: expect.stringMatching(NUL_MESSAGE), code: 'INVALID' }] });
  });

  it('names the line of a CSV that holds one', async () => {
    const outdialId = (await t.gql(OUTDIAL_CREATE, { input: { name: 'nul csv' } })).data!.outdialCreate.outdial!.id;
    const csv = 'name,destination_0\nfine,+15559876543\nbad\u0000name,+15559876544\n';
    const res = await t.gql(TARGETS_CSV, { input: { outdialId, csv } });
    expect(res.data!.outdialTargetsImportCsv).toEqual({
      createdCount: 0, userErrors: [{ field: ['input', 'csv'], message: 'csv contains a NUL character (\\u0000) on line 3, which cannot be stored; remove it.', code: 'INVALID' }],
    });
  });

  it('matches nothing in a name filter, instead of failing the query', async () => {
    const res = await t.gql(OUTDIALS_BY_NAME, { name: 'nul\u0000' });
    expect(res).toEqual({ data: { outdials: { totalCount: 0 } } });
  });
});
