// Issue 16: bad input gets a clear refusal and changes nothing, for every mutation. The cases are generated from
// the schema (every scalar and enum field of every mutation's input, nested inputs and @oneOf members included),
// each applied to a valid base input, so the variant is the only thing wrong with it:
// - ids of the wrong type, of another customer's row, of a deleted row, malformed or empty;
// - oversized strings, strings with a NUL, addresses that are not addresses (targets, do-not-call entries), URLs
//   that are not webhook URLs;
// - numbers out of range (and of the wrong JSON type), dates in the past, local dates and times that are not;
// - enum values and booleans of the wrong JSON type.
// Each must be refused with a userError at the variant's own path (or a coded GraphQL error for what GraphQL itself
// refuses), never INTERNAL_SERVER_ERROR, and nothing may be written. Empty and blank strings may be valid for some
// fields (a detail): those are only required never to fail unexpectedly, and to write nothing when refused.
// A mutation without a base input below fails the first test, so a new mutation cannot be skipped; so does a field
// of a scalar or enum type variantsOf() has no variants for, so a new scalar cannot be skipped either.
import {
  getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType,
  type GraphQLEnumType, type GraphQLInputObjectType, type GraphQLInputType, type GraphQLScalarType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/graphql/schema.ts';
import { encodeGlobalId } from '../src/graphql/global-id.ts';
import { ERROR_CODES } from '../src/graphql/error-codes.ts';
import { login, TEST_ADMIN, useTestApp } from './helpers/app.ts';

// Failed logins are part of the matrix: the limiter must not be what refuses them.
const t = useTestApp({ LOGIN_MAX_FAILURES: '1000' });

const NODE_TYPES = ['Outplan', 'Outdial', 'OutdialTarget', 'Campaign', 'CampaignCall', 'Call', 'User', 'AccessKey', 'Webhook', 'WebhookDelivery', 'DncList'] as const;
type NodeType = (typeof NODE_TYPES)[number];
type Ids = Record<NodeType, string>;
type Gql = (query: string, variables?: Record<string, unknown>) => Promise<{ data?: any; errors?: any[] }>;

/** The node type an ID field of a mutation's input refers to (null: a field this table does not know yet). */
function idType(mutation: string, path: string[]): NodeType | null {
  // A list of ids is named by its field (dncListIds.0 is a DncList's id).
  const field = [...path].reverse().find((p) => !/^\d+$/.test(p))!;
  if (field === 'id' && path.length === 1) {
    // The mutation's own noun: the longest type name it starts with (outdialTargetUpdate is an OutdialTarget's).
    const nouns = [...NODE_TYPES].sort((a, b) => b.length - a.length);
    return nouns.find((n) => mutation.startsWith(n[0].toLowerCase() + n.slice(1))) ?? null;
  }
  const byField: Record<string, NodeType> = { outplanId: 'Outplan', outdialId: 'Outdial', campaignId: 'Campaign', nextCampaignId: 'Campaign', dncListId: 'DncList', dncListIds: 'DncList' };
  return byField[field] ?? null;
}

const TEL = (n: number) => ({ type: 'TEL', target: `+1555111${String(n).padStart(4, '0')}` });
const FUTURE = '2099-01-01T00:00:00Z';
const PLAN = { name: 'matrix plan', dialTimeout: 30_000, tryInterval: 60_000, maxTryCounts: [1, 1, 1, 1, 1] };
let unique = 0;

/** A valid input of every mutation, on customer A's rows. */
const BASE: Record<string, (ids: Ids) => Record<string, unknown>> = {
  accessKeyCreate: () => ({ name: 'matrix key', expiresAt: FUTURE }),
  accessKeyDelete: (ids) => ({ id: ids.AccessKey }),
  callCreate: () => ({ source: TEL(1), destinations: [TEL(2)], actions: [{ talk: { text: 'Hello.', language: 'en-US' } }] }),
  callDelete: (ids) => ({ id: ids.Call }),
  callHangup: (ids) => ({ id: ids.Call }),
  campaignCallDelete: (ids) => ({ id: ids.CampaignCall }),
  campaignCreate: (ids) => ({ name: 'matrix campaign', outplanId: ids.Outplan, outdialId: ids.Outdial, actions: [{ talk: { text: 'Hi.', language: 'en-US' } }] }),
  campaignDelete: (ids) => ({ id: ids.Campaign }),
  campaignUpdate: (ids) => ({ id: ids.Campaign, name: 'renamed', detail: 'd', maxConcurrentCalls: 5, serviceLevel: 10 }),
  campaignUpdateActions: (ids) => ({ id: ids.Campaign, actions: [{ talk: { text: 'Hi.', language: 'en-US' } }] }),
  campaignUpdateDialingRules: (ids) => ({
    id: ids.Campaign, callingWindows: [{ days: ['MONDAY', 'FRIDAY'], start: '08:00', end: '21:00' }], restrictedDates: ['2026-12-25'],
    defaultTimeZone: 'America/New_York', contactLimit: { maxAttempts: 3, periodDays: 7 }, maxCallsPerSecond: 5,
  }),
  campaignUpdateNextCampaign: (ids) => ({ id: ids.Campaign, nextCampaignId: null }),
  campaignUpdateResourceInfo: (ids) => ({ id: ids.Campaign, outplanId: ids.Outplan, outdialId: ids.Outdial }),
  campaignUpdateServiceLevel: (ids) => ({ id: ids.Campaign, serviceLevel: 50 }),
  campaignUpdateStatus: (ids) => ({ id: ids.Campaign, status: 'STOP' }),
  dncEntriesAdd: (ids) => ({ dncListId: ids.DncList, addresses: ['+15551110030'], reason: 'asked' }),
  dncEntriesImportCsv: (ids) => ({ dncListId: ids.DncList, csv: 'address,reason\n+15551110031,asked\n' }),
  dncEntriesRemove: (ids) => ({ dncListId: ids.DncList, addresses: ['+15551110030'], reason: 'asked' }),
  dncListCreate: () => ({ name: 'matrix dnc', detail: 'd' }),
  dncListDelete: (ids) => ({ id: ids.DncList }),
  dncListUpdate: (ids) => ({ id: ids.DncList, name: 'renamed', detail: 'd' }),
  customerCreate: () => ({ name: `matrix customer ${++unique}`, username: `matrix-owner-${unique}`, password: 'a-long-enough-password' }),
  login: () => ({ username: TEST_ADMIN.username, password: TEST_ADMIN.password }),
  outdialCreate: () => ({ name: 'matrix list', detail: 'd', data: '{}' }),
  outdialDelete: (ids) => ({ id: ids.Outdial }),
  outdialTargetCreate: (ids) => ({ outdialId: ids.Outdial, name: 'matrix target', destinations: [TEL(3)] }),
  outdialTargetDelete: (ids) => ({ id: ids.OutdialTarget }),
  outdialTargetUpdate: (ids) => ({ id: ids.OutdialTarget, name: 'renamed', destinations: [TEL(4)] }),
  outdialTargetsCreate: (ids) => ({ outdialId: ids.Outdial, targets: [{ name: 'bulk target', destinations: [TEL(5)] }] }),
  outdialTargetsImportCsv: (ids) => ({ outdialId: ids.Outdial, csv: 'name,destination_0\ncsv target,+15551110006\n' }),
  outdialTargetsReset: (ids) => ({ outdialId: ids.Outdial, result: 'EXHAUSTED' }),
  outdialUpdate: (ids) => ({ id: ids.Outdial, name: 'renamed', detail: 'd' }),
  outdialUpdateCampaign: (ids) => ({ id: ids.Outdial, campaignId: ids.Campaign }),
  outdialUpdateData: (ids) => ({ id: ids.Outdial, data: '{"a":1}' }),
  outplanCreate: () => ({ ...PLAN, source: TEL(7) }),
  outplanDelete: (ids) => ({ id: ids.Outplan }),
  outplanUpdate: (ids) => ({ id: ids.Outplan, name: 'renamed', detail: 'd' }),
  outplanUpdateDialInfo: (ids) => ({ id: ids.Outplan, dialTimeout: 30_000, tryInterval: 60_000, maxTryCounts: [2, 1], source: TEL(8) }),
  outplanUpdateOutcomeRules: (ids) => ({
    id: ids.Outplan, machineDetection: 'LEAVE_MESSAGE',
    rules: [{ outcome: 'BUSY', action: 'RETRY', retryInterval: 120_000 }, { outcome: 'DECLINED', action: 'STOP_TARGET' }],
  }),
  passwordChange: () => ({ currentPassword: TEST_ADMIN.password, newPassword: 'another-long-password' }),
  userCreate: () => ({ username: `matrix-user-${++unique}`, password: 'a-long-enough-password', role: 'MANAGER' }),
  userDelete: (ids) => ({ id: ids.User }),
  userUpdateRole: (ids) => ({ id: ids.User, role: 'ADMIN' }),
  // An unreachable URL and an event type the matrix never causes: the seeded endpoints are never sent anything.
  webhookCreate: () => ({ url: 'https://matrix.example.invalid/hook', eventTypes: ['CAMPAIGN_CALL_FINISHED'], description: 'd' }),
  webhookDelete: (ids) => ({ id: ids.Webhook }),
  webhookDeliveryRetry: (ids) => ({ id: ids.WebhookDelivery }),
  webhookRotateSecret: (ids) => ({ id: ids.Webhook }),
  webhookUpdate: (ids) => ({ id: ids.Webhook, url: 'https://matrix.example.invalid/other', description: 'd' }),
};

/** Valid values of the inputs a variant's path may need and a base input lacks (a @oneOf member, a list item). */
function validValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return validValue(type.ofType);
  if (isListType(type)) return [validValue(type.ofType)];
  const named: Record<string, unknown> = {
    AddressInput: TEL(9), TalkActionInput: { text: 'Hi.', language: 'en-US' }, SleepActionInput: { duration: 1000 },
    PlayActionInput: { streamUrls: ['https://example.com/a.wav'] }, ConnectActionInput: { destinations: [TEL(10)] }, HangupActionInput: {},
  };
  if (type.name in named) return structuredClone(named[type.name]);
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (isNonNullType(f.type) && f.defaultValue === undefined) value[f.name] = validValue(f.type);
    return value;
  }
  if (isEnumType(type)) return type.getValues()[0].value;
  if (type.name === 'Int') return 1;
  if (type.name === 'Boolean') return false;
  if (type.name === 'DateTime') return FUTURE;
  return 'x';
}

/** `base` with `value` at `path`, keeping the rest (a @oneOf item off the path's member is replaced by that member). */
function withValue(type: GraphQLInputType, base: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  if (isNonNullType(type)) return withValue(type.ofType, base, path, value);
  if (isListType(type)) {
    const list = Array.isArray(base) ? [...base] : [];
    list[0] = withValue(type.ofType, list[0], path.slice(1), value);
    return list;
  }
  const object = type as GraphQLInputObjectType;
  const [field, ...rest] = path;
  let current = base && typeof base === 'object' ? { ...(base as Record<string, unknown>) } : (validValue(object) as Record<string, unknown>);
  if (object.isOneOf && !(field in current)) current = {};
  const fieldType = object.getFields()[field].type;
  current[field] = withValue(fieldType, current[field] ?? (rest.length > 0 ? validValue(fieldType) : undefined), rest, value);
  return current;
}

/** A scalar or enum field of an input, at its path (a list's item as 0), in its input object type. */
interface Leaf { path: string[]; type: GraphQLScalarType | GraphQLEnumType; parent: string }

function leaves(type: GraphQLInputType, prefix: string[] = [], parent = ''): Leaf[] {
  if (isNonNullType(type)) return leaves(type.ofType, prefix, parent);
  if (isListType(type)) return leaves(type.ofType, [...prefix, '0'], parent);
  if (isInputObjectType(type)) return Object.values(type.getFields()).flatMap((f) => leaves(f.type, [...prefix, f.name], type.name));
  return [{ path: prefix, type, parent }];
}

interface Variant { label: string; value: (ids: { a: Ids; b: Ids; deleted: Ids }) => unknown; mustRefuse: boolean; graphqlRefuses?: boolean }

const OVERSIZED = 'a'.repeat(100_001);
const WRONG_TYPE: Record<NodeType, NodeType> = {
  Outplan: 'Outdial', Outdial: 'Outplan', OutdialTarget: 'Outdial', Campaign: 'Outplan', CampaignCall: 'Call', Call: 'CampaignCall', User: 'AccessKey', AccessKey: 'User',
  Webhook: 'Outplan', WebhookDelivery: 'Webhook', DncList: 'Outplan',
};

/** The leaves variantsOf() has no variants for (the first test fails with them). */
const uncovered: string[] = [];

function variantsOf(mutation: string, leaf: Leaf): Variant[] {
  const field = [...leaf.path].reverse().find((p) => !/^\d+$/.test(p));
  // What GraphQL refuses while it coerces the variables: every enum value is checked the same way, one case each.
  if (isEnumType(leaf.type)) return [{ label: 'not a value of the enum', value: () => 'NOT_A_VALUE', mustRefuse: true, graphqlRefuses: true }];
  switch (leaf.type.name) {
    case 'ID': {
      const type = idType(mutation, leaf.path);
      if (!type) throw new Error(`${mutation} ${leaf.path.join('.')}: an ID field of a type this test does not know; add it to idType()`);
      return [
        { label: `a ${WRONG_TYPE[type]} id`, value: ({ a }) => a[WRONG_TYPE[type]], mustRefuse: true },
        { label: "another customer's id", value: ({ b }) => b[type], mustRefuse: true },
        { label: 'a deleted row', value: ({ deleted }) => deleted[type], mustRefuse: true },
        { label: 'a malformed id', value: () => 'not-an-id', mustRefuse: true },
        { label: 'an empty id', value: () => '', mustRefuse: true },
      ];
    }
    case 'String': {
      const variants: Variant[] = [
        { label: 'an oversized string', value: () => OVERSIZED, mustRefuse: true },
        { label: 'an empty string', value: () => '', mustRefuse: false },
        { label: 'a blank string', value: () => '   ', mustRefuse: false },
      ];
      variants.push({ label: 'a NUL character', value: () => 'a\u0000b', mustRefuse: true });
      if (leaf.parent === 'AddressInput' && field === 'target') variants.push({ label: 'not an address', value: () => 'not an address!', mustRefuse: true });
      if (mutation.startsWith('dncEntries') && field === 'addresses') {
        variants.push(
          { label: 'not an address', value: () => 'not an address!', mustRefuse: true },
          { label: 'a national phone number (no +)', value: () => '5551234567', mustRefuse: true },
          { label: 'a SIP URI without a host', value: () => 'sip:alice', mustRefuse: true },
        );
      }
      if (mutation.startsWith('webhook') && field === 'url') {
        variants.push(
          { label: 'not a URL', value: () => 'not a url', mustRefuse: true },
          { label: 'an ftp URL', value: () => 'ftp://example.com/hook', mustRefuse: true },
          { label: 'a URL with a password', value: () => 'https://user:secret@example.com/hook', mustRefuse: true },
        );
      }
      return variants;
    }
    case 'Int':
      return [
        { label: '-1', value: () => -1, mustRefuse: true },
        { label: '2147483647', value: () => 2_147_483_647, mustRefuse: true },
        { label: '2^31 (not a GraphQL Int)', value: () => 2 ** 31, mustRefuse: true, graphqlRefuses: true },
        { label: 'a string', value: () => '10', mustRefuse: true, graphqlRefuses: true },
      ];
    case 'Float':
      return [
        { label: '-1', value: () => -1, mustRefuse: true },
        { label: '0', value: () => 0, mustRefuse: true },
        { label: '1e9', value: () => 1e9, mustRefuse: true },
        // JSON has no NaN or Infinity: a client can only send them as strings, which a Float is not.
        { label: '"NaN"', value: () => 'NaN', mustRefuse: true, graphqlRefuses: true },
        { label: '"Infinity"', value: () => 'Infinity', mustRefuse: true, graphqlRefuses: true },
        { label: 'a string', value: () => '5', mustRefuse: true, graphqlRefuses: true },
      ];
    case 'DateTime':
      return [
        { label: 'a past date', value: () => '2000-01-01T00:00:00Z', mustRefuse: true },
        { label: 'not a date', value: () => 'tomorrow', mustRefuse: true, graphqlRefuses: true },
      ];
    case 'LocalDate':
      return [
        { label: 'February 30th', value: () => '2026-02-30', mustRefuse: true, graphqlRefuses: true },
        { label: 'month 13', value: () => '2026-13-01', mustRefuse: true, graphqlRefuses: true },
        { label: 'an empty date', value: () => '', mustRefuse: true, graphqlRefuses: true },
        { label: 'an oversized date', value: () => OVERSIZED, mustRefuse: true, graphqlRefuses: true },
      ];
    case 'LocalTime':
      return [
        { label: '25:00', value: () => '25:00', mustRefuse: true, graphqlRefuses: true },
        { label: '12:60', value: () => '12:60', mustRefuse: true, graphqlRefuses: true },
        { label: 'an empty time', value: () => '', mustRefuse: true, graphqlRefuses: true },
        { label: 'an oversized time', value: () => OVERSIZED, mustRefuse: true, graphqlRefuses: true },
      ];
    case 'Boolean':
      return [{ label: 'a string', value: () => 'true', mustRefuse: true, graphqlRefuses: true }];
    default:
      uncovered.push(`${mutation} ${leaf.path.join('.')}: ${leaf.type.name}`);
      return [];
  }
}

const mutations = Object.values(schema.getMutationType()!.getFields());
const CASES = mutations.flatMap((m) => {
  const input = m.args.find((a) => a.name === 'input')!;
  return leaves(input.type).flatMap((leaf) => variantsOf(m.name, leaf).map((variant) => ({
    mutation: m.name, inputType: getNamedType(input.type).name, type: input.type, leaf, variant, label: `${m.name} ${leaf.path.join('.')}: ${variant.label}`,
  })));
});

/** Every table a mutation may write; server_instance is left out (its heartbeat changes it on its own). */
const TABLES = ['customer', 'app_user', 'access_key', 'setting', 'outplan', 'outdial', 'outdial_target', 'call', 'campaign', 'campaign_call', 'event', 'webhook', 'webhook_delivery',
  'dnc_list', 'dnc_entry', 'campaign_dnc_list', 'idempotency_key'];
async function fingerprint(withContent: boolean): Promise<Record<string, string>> {
  // Counts only: calls placed by accepted cases go on changing their rows and writing events meanwhile.
  const tables = withContent ? TABLES : TABLES.filter((table) => table !== 'event');
  const parts = tables.map((table) => `SELECT '${table}' AS t, count(*)::text AS n, ${withContent ? `md5(string_agg(r::text, '|' ORDER BY r::text))` : 'NULL'} AS h FROM "${table}" AS r`);
  const rows = await t.db.query<{ t: string; n: string; h: string | null }>(parts.join(' UNION ALL '));
  return Object.fromEntries(rows.map((r) => [r.t, `${r.n} ${r.h ?? ''}`]));
}

/** One of each node type of a customer, through the API (calls and attempts written as the dialer leaves them). */
async function seed(gql: Gql, label: string): Promise<Ids> {
  const one = async (query: string, input: Record<string, unknown>, key: string) => {
    const res = await gql(query, { input });
    const payload = Object.values(res.data ?? {})[0] as Record<string, any> | undefined;
    if (!payload?.[key]) throw new Error(`seed ${label}: ${JSON.stringify(res)}`);
    return payload[key];
  };
  const outplan = await one('mutation($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id uuid } userErrors { message } } }', PLAN, 'outplan');
  const outdial = await one('mutation($input: OutdialCreateInput!) { outdialCreate(input: $input) { outdial { id uuid } userErrors { message } } }', { name: `${label} list` }, 'outdial');
  const target = await one('mutation($input: OutdialTargetCreateInput!) { outdialTargetCreate(input: $input) { outdialTarget { id uuid } userErrors { message } } }',
    { outdialId: outdial.id, name: `${label} target`, destinations: [TEL(20)] }, 'outdialTarget');
  const campaign = await one('mutation($input: CampaignCreateInput!) { campaignCreate(input: $input) { campaign { id uuid } userErrors { message } } }',
    { name: `${label} campaign`, outplanId: outplan.id, outdialId: outdial.id }, 'campaign');
  const user = await one('mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }',
    { username: `${label}-user-${++unique}`, password: 'a-long-enough-password', role: 'MANAGER' }, 'user');
  const key = await one('mutation($input: AccessKeyCreateInput!) { accessKeyCreate(input: $input) { accessKey { id } userErrors { message } } }', { name: `${label} key` }, 'accessKey');
  const dncList = await one('mutation($input: DncListCreateInput!) { dncListCreate(input: $input) { dncList { id } userErrors { message } } }', { name: `${label} dnc` }, 'dncList');
  const { prisma } = t.db;
  const row = await prisma.outdialTarget.findUniqueOrThrow({ where: { id: target.uuid } });
  const call = await prisma.call.create({
    data: { customerId: row.customerId, campaignId: campaign.uuid, source: TEL(21), destination: row.destination0 as object, status: 'HANGUP', hangupReason: 'BUSY', hangupBy: 'REMOTE' },
  });
  const attempt = await prisma.campaignCall.create({
    data: {
      customerId: row.customerId, campaignId: campaign.uuid, outdialTargetId: row.id, outdialId: row.outdialId, callId: call.id,
      status: 'DONE', result: 'FAIL', destination: row.destination0 as object, destinationIndex: 0, tryCount: 1,
    },
  });
  const webhook = await one('mutation($input: WebhookCreateInput!) { webhookCreate(input: $input) { webhook { id uuid } userErrors { message } } }',
    { url: `https://${label}.example.invalid/hook`, eventTypes: ['CAMPAIGN_CALL_FINISHED'] }, 'webhook');
  const delivery = await prisma.webhookDelivery.create({
    data: {
      customerId: row.customerId, webhookId: webhook.uuid, eventId: 1n, eventType: 'CAMPAIGN_CALL_FINISHED', entityType: 'CampaignCall',
      entityId: attempt.id, version: 1, kind: 'STATUS', snapshot: {}, occurredAt: new Date(), status: 'FAILED', retryUntil: new Date(),
    },
  });
  return {
    Outplan: outplan.id, Outdial: outdial.id, OutdialTarget: target.id, Campaign: campaign.id, User: user.id, AccessKey: key.id, DncList: dncList.id,
    Call: encodeGlobalId('Call', call.id), CampaignCall: encodeGlobalId('CampaignCall', attempt.id),
    Webhook: webhook.id, WebhookDelivery: encodeGlobalId('WebhookDelivery', delivery.id),
  };
}

async function deleteAll(gql: Gql, ids: Ids): Promise<void> {
  // Dependants first: an attempt, its call, the target, the campaign, then what the campaign used.
  // A delivery has no delete: deleting its webhook makes it a deleted row's (its retry is refused).
  for (const type of ['CampaignCall', 'Call', 'OutdialTarget', 'Campaign', 'Outdial', 'Outplan', 'User', 'AccessKey', 'Webhook', 'DncList'] as const) {
    const name = type[0].toLowerCase() + type.slice(1);
    const res = await gql(`mutation($input: DeleteInput!) { ${name}Delete(input: $input) { userErrors { message } } }`, { input: { id: ids[type] } });
    expect(res.data?.[`${name}Delete`]?.userErrors, `${name}Delete of a seeded row: ${JSON.stringify(res)}`).toEqual([]);
  }
}

const KNOWN_CODES = new Set(Object.keys(ERROR_CODES));
/** Codes no case may get: the caller is a SUPERADMIN, so these would mean the server (or the test) broke. */
const NEVER = ['INTERNAL_SERVER_ERROR', 'UNAUTHENTICATED', 'FORBIDDEN', 'DATABASE_UNAVAILABLE', 'RATE_LIMITED'];

let ids: { a: Ids; b: Ids; deleted: Ids };
beforeAll(async () => {
  const a: Gql = (query, variables) => t.gql(query, variables);
  const created = await t.gql('mutation { customerCreate(input: {name: "matrix-b", username: "matrix-b", password: "matrix-b-password"}) { userErrors { message } } }');
  expect(created.data.customerCreate.userErrors).toEqual([]);
  const bToken = await login(t.url, 'matrix-b', 'matrix-b-password');
  const b: Gql = (query, variables) => t.gql(query, variables, { authorization: `Bearer ${bToken}` });
  const deleted = await seed(a, 'deleted');
  await deleteAll(a, deleted);
  ids = { a: await seed(a, 'a'), b: await seed(b, 'b'), deleted };
}, 60_000);

async function run(c: (typeof CASES)[number]) {
  const input = withValue(c.type, BASE[c.mutation](ids.a), c.leaf.path, c.variant.value(ids));
  const query = `mutation BadInput($input: ${c.inputType}!) { ${c.mutation}(input: $input) { userErrors { field message code } } }`;
  const res = await t.gql(query, { input });
  for (const error of res.errors ?? []) {
    expect(KNOWN_CODES, `${c.label}: ${JSON.stringify(error)}`).toContain(error.extensions?.code);
    expect(NEVER, `${c.label}: ${JSON.stringify(error)}`).not.toContain(error.extensions?.code);
    expect(JSON.stringify(error)).not.toMatch(/\bat .+\.(ts|js):\d+/); // no stack trace
    expect(error.message.length, `${c.label}: the value echoed back? ${error.message.slice(0, 200)}`).toBeLessThan(1_000);
  }
  const userErrors: { field: (string | number)[]; message: string; code: string }[] = res.data?.[c.mutation]?.userErrors ?? [];
  for (const e of userErrors) {
    // login says only that the credentials are wrong (no field), on purpose; everything else names a field.
    if (c.mutation !== 'login' || e.field !== null) expect(e.field?.[0], `${c.label}: ${JSON.stringify(e)}`).toBe('input');
    expect(e.message.length, c.label).toBeGreaterThan(10);
    // Neither the message nor the path repeats a 100 KB value whole (a CSV's column names are in its path).
    expect(e.message.length, `${c.label}: the value echoed back? ${e.message.slice(0, 200)}`).toBeLessThan(1_000);
    expect(JSON.stringify(e.field).length, `${c.label}: the value echoed back? ${JSON.stringify(e.field).slice(0, 200)}`).toBeLessThan(1_000);
  }
  return { refused: (res.errors?.length ?? 0) > 0 || userErrors.length > 0, errors: res.errors, userErrors };
}

describe('bad input to every mutation', () => {
  it('has a base input for every mutation and knows the type of every id', () => {
    const names = mutations.map((m) => m.name);
    expect(names.filter((n) => !(n in BASE))).toEqual([]);
    // A field of a scalar or enum this test has no variants for: add them to variantsOf().
    expect(uncovered).toEqual([]);
    expect(Object.keys(BASE).filter((n) => !names.includes(n))).toEqual([]);
    expect(CASES.length).toBeGreaterThan(300);
    const labels = CASES.map((c) => c.label);
    for (const l of ['callCreate actions.0.connect.destinations.0.target: not an address', "campaignCreate outplanId: another customer's id", 'outplanCreate maxTryCounts.0: -1', 'accessKeyCreate expiresAt: a past date',
      'outdialCreate data: a NUL character', 'campaignUpdateDialingRules maxCallsPerSecond: 0', 'campaignUpdateDialingRules restrictedDates.0: February 30th',
      'campaignUpdateDialingRules callingWindows.0.start: 25:00', 'dncEntriesAdd addresses.0: not an address', 'webhookCreate url: an ftp URL']) {
      expect(labels).toContain(l);
    }
  });

  describe('refused at its path, nothing written', () => {
    let before: Record<string, string>;
    beforeAll(async () => {
      before = await fingerprint(true);
    });
    const mustRefuse = CASES.filter((c) => c.variant.mustRefuse);
    it.each(mustRefuse.map((c) => [c.label, c] as const))('%s', async (_label, c) => {
      const { refused, errors, userErrors } = await run(c);
      expect(refused, `${c.label}: accepted`).toBe(true);
      if (c.variant.graphqlRefuses) {
        expect(errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
      } else if (c.mutation !== 'login') {
        expect(errors, c.label).toBeUndefined();
        // At the variant's path, or inside it (a CSV's errors name the line and column).
        const at = ['input', ...c.leaf.path].join('.');
        const paths = userErrors.map((e) => e.field.map(String).join('.'));
        expect(paths.some((p) => p === at || p.startsWith(`${at}.`)), `${c.label}: ${JSON.stringify(userErrors).slice(0, 500)}`).toBe(true);
      }
    });
    it('wrote nothing for any of them', async () => {
      expect(await fingerprint(true)).toEqual(before);
    });
  });

  describe('empty and blank strings: a refusal or a change, never a failure', () => {
    const maybe = CASES.filter((c) => !c.variant.mustRefuse);
    it.each(maybe.map((c) => [c.label, c] as const))('%s', async (_label, c) => {
      const before = await fingerprint(false);
      const { refused } = await run(c);
      if (refused) expect(await fingerprint(false), `${c.label}: refused, but rows were written`).toEqual(before);
    });
  });
});
