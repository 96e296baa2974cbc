// Do-not-call lists through the API (issue 13): create/update/delete, entries normalised (a number typed any way,
// e-mail lower-case, SIP URI host lower-case), already listed / absent addresses counted not refused, bad addresses
// refused at their index with nothing written, CSV import with line numbers, entries(search:) paging in address order.
import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';

const t = useTestApp();

const CREATE = graphql(`
  mutation DncListCreateForTest($input: DncListCreateInput!) {
    dncListCreate(input: $input) { dncList { id uuid name detail entryCount createdAt updatedAt } userErrors { field message code } }
  }
`);
const UPDATE = graphql(`
  mutation DncListUpdateForTest($input: DncListUpdateInput!) { dncListUpdate(input: $input) { dncList { name detail } userErrors { field code } } }
`);
const DELETE = graphql(`
  mutation DncListDeleteForTest($id: ID!) { dncListDelete(input: {id: $id}) { dncList { id } userErrors { field code } } }
`);
const ADD = graphql(`
  mutation DncEntriesAddForTest($input: DncEntriesInput!) {
    dncEntriesAdd(input: $input) { dncList { entryCount } added removed userErrors { field message code } }
  }
`);
const REMOVE = graphql(`
  mutation DncEntriesRemoveForTest($input: DncEntriesInput!) {
    dncEntriesRemove(input: $input) { dncList { entryCount } added removed userErrors { field message code } }
  }
`);
const IMPORT = graphql(`
  mutation DncEntriesImportCsvForTest($input: DncEntriesImportCsvInput!) {
    dncEntriesImportCsv(input: $input) { dncList { entryCount } added removed userErrors { field message code } }
  }
`);
const ENTRIES = graphql(`
  query DncEntriesForTest($id: ID!, $search: String, $first: Int, $after: String) {
    dncList(id: $id) {
      entryCount
      entries(search: $search, first: $first, after: $after) { totalCount nodes { address reason } pageInfo { hasNextPage endCursor } }
    }
  }
`);
const LOOKUP = graphql(`
  query DncListLookupForTest($id: ID!) { dncList(id: $id) { id } node(id: $id) { id } dncLists(first: 100) { nodes { id } } }
`);

async function newList(name = 'do not call'): Promise<string> {
  const res = await t.gql(CREATE, { input: { name, detail: 'from the complaints desk' } });
  expect(res.data!.dncListCreate.userErrors).toEqual([]);
  return res.data!.dncListCreate.dncList!.id;
}

async function addressesOf(id: string): Promise<string[]> {
  const res = await t.gql(ENTRIES, { id, first: 100 });
  return res.data!.dncList!.entries.nodes.map((n) => n.address);
}

describe('dncListCreate, dncListUpdate, dncListDelete', () => {
  it('creates a list, renames it, and a deleted list reads as not found everywhere', async () => {
    const created = await t.gql(CREATE, { input: { name: '  complaints  ' } });
    const list = created.data!.dncListCreate.dncList!;
    expect(list).toMatchObject({ name: 'complaints', detail: '', entryCount: 0, updatedAt: null });
    expect(Buffer.from(list.id, 'base64url').toString()).toBe(`DncList:${list.uuid}`);
    expect((await t.gql(UPDATE, { input: { id: list.uuid, name: 'renamed', detail: null } })).data!.dncListUpdate)
      .toEqual({ dncList: { name: 'renamed', detail: '' }, userErrors: [] });
    expect((await t.gql(UPDATE, { input: { id: list.id, name: ' ' } })).data!.dncListUpdate.userErrors).toEqual([{ field: ['input', 'name'], code: 'INVALID' }]);
    const before = await t.gql(LOOKUP, { id: list.id });
    expect(before.data!.dncList).toEqual({ id: list.id });
    expect(before.data!.node).toEqual({ id: list.id });
    expect((await t.gql(DELETE, { id: list.id })).data!.dncListDelete).toEqual({ dncList: { id: list.id }, userErrors: [] });
    const after = await t.gql(LOOKUP, { id: list.id });
    expect(after.data!.dncList).toBeNull();
    expect(after.data!.node).toBeNull();
    expect(after.data!.dncLists.nodes.map((n) => n.id)).not.toContain(list.id);
    expect((await t.gql(DELETE, { id: list.id })).data!.dncListDelete.userErrors).toEqual([{ field: ['input', 'id'], code: 'NOT_FOUND' }]);
    const add = await t.gql(ADD, { input: { dncListId: list.id, addresses: ['+15551234567'] } });
    expect(add.data!.dncEntriesAdd.userErrors).toEqual([{ field: ['input', 'dncListId'], message: 'DNC list not found.', code: 'NOT_FOUND' }]);
  });
});

describe('dncEntriesAdd and dncEntriesRemove', () => {
  it('normalises addresses: a number typed any way is its E.164, e-mail lower-case, SIP host lower-case', async () => {
    const id = await newList();
    const res = await t.gql(ADD, {
      input: { dncListId: id, addresses: ['+1 (555) 123-4567', 'Bob.Smith@Example.COM', 'sip:Alice@SIP.Example.com', 'tel:+44 20 7946 0958'], reason: 'asked' },
    });
    expect(res.data!.dncEntriesAdd).toEqual({ dncList: { entryCount: 4 }, added: 4, removed: 0, userErrors: [] });
    expect(await addressesOf(id)).toEqual(['+15551234567', '+442079460958', 'bob.smith@example.com', 'sip:Alice@sip.example.com']);
    // The same number typed another way is already listed: counted as not added, not an error; so are duplicates in one call.
    const again = await t.gql(ADD, { input: { dncListId: id, addresses: ['+15551234567', '+1.555.123.4567', '+15559990000', '+15559990000'] } });
    expect(again.data!.dncEntriesAdd).toEqual({ dncList: { entryCount: 5 }, added: 1, removed: 0, userErrors: [] });
    const removed = await t.gql(REMOVE, { input: { dncListId: id, addresses: ['+1 555 123 4567', '+15550000000', 'BOB.SMITH@example.com'] } });
    expect(removed.data!.dncEntriesRemove).toEqual({ dncList: { entryCount: 3 }, added: 0, removed: 2, userErrors: [] });
    expect(await addressesOf(id)).toEqual(['+442079460958', '+15559990000', 'sip:Alice@sip.example.com'].sort());
  });

  it('refuses an address that is none of a number, an e-mail or a SIP URI at its index, and writes nothing', async () => {
    const id = await newList();
    const res = await t.gql(ADD, { input: { dncListId: id, addresses: ['+15551230000', '5551234567', 'alice', '+1 555', 'sip:nohost'] } });
    const payload = res.data!.dncEntriesAdd;
    expect(payload.dncList).toBeNull();
    expect(payload.userErrors.map((e) => e.field)).toEqual([1, 2, 3, 4].map((i) => ['input', 'addresses', String(i)]));
    expect(payload.userErrors[0]!.message).toMatch(/E\.164/);
    expect(payload.userErrors[1]!.message).toMatch(/"alice" is not a phone number/);
    expect(await addressesOf(id)).toEqual([]);
  });

  it('takes 10,000 addresses in one call and refuses 10,001', async () => {
    const id = await newList();
    const numbers = Array.from({ length: 10_000 }, (_, i) => `+1555${String(2_000_000 + i).padStart(7, '0')}`);
    const ok = await t.gql(ADD, { input: { dncListId: id, addresses: numbers } });
    expect(ok.data!.dncEntriesAdd).toMatchObject({ added: 10_000, dncList: { entryCount: 10_000 }, userErrors: [] });
    const over = await t.gql(ADD, { input: { dncListId: id, addresses: [...numbers, '+15553999999'] } });
    expect(over.data!.dncEntriesAdd.userErrors).toEqual([{ field: ['input', 'addresses'], code: 'INVALID', message: 'at most 10,000 addresses per call (got 10,001); split them.' }]);
    expect((await t.gql(ENTRIES, { id, first: 1 })).data!.dncList!.entries.totalCount).toBe(10_000);
  }, 60_000);
});

describe('dncEntriesImportCsv', () => {
  it('imports address and reason columns, normalised, and names the line of every problem', async () => {
    const id = await newList();
    const bad = await t.gql(IMPORT, { input: { dncListId: id, csv: 'address,reason\n+15557770001,asked\nnot an address,x\n"+1 (555) 777-0002"\n\nfoo@bar,x\n' } });
    expect(bad.data!.dncEntriesImportCsv.dncList).toBeNull();
    expect(bad.data!.dncEntriesImportCsv.userErrors.map((e) => ({ field: e.field, line: e.message.slice(0, 7) }))).toEqual([
      { field: ['input', 'csv', 'line 3', 'address'], line: 'line 3:' },
      { field: ['input', 'csv', 'line 4'], line: 'line 4:' },
      { field: ['input', 'csv', 'line 6', 'address'], line: 'line 6:' },
    ]);
    expect(await addressesOf(id)).toEqual([]);
    const header = await t.gql(IMPORT, { input: { dncListId: id, csv: 'number\n+15557770001\n' } });
    expect(header.data!.dncEntriesImportCsv.userErrors.map((e) => e.field)).toEqual([['input', 'csv', 'line 1', 'number'], ['input', 'csv', 'line 1', 'address']]);
    const good = await t.gql(IMPORT, { input: { dncListId: id, csv: 'Reason,Address\nasked,+15557770001\n"called twice, angry","+1 (555) 777-0002"\n,Carol@Example.com\n' } });
    expect(good.data!.dncEntriesImportCsv).toEqual({ dncList: { entryCount: 3 }, added: 3, removed: 0, userErrors: [] });
    const entries = (await t.gql(ENTRIES, { id, first: 10 })).data!.dncList!.entries.nodes;
    expect(entries).toEqual([
      { address: '+15557770001', reason: 'asked' }, { address: '+15557770002', reason: 'called twice, angry' }, { address: 'carol@example.com', reason: '' },
    ]);
  });
});

describe('entries(search:)', () => {
  it('pages in address order and finds a prefix of the normalised address, a number typed any way', async () => {
    const id = await newList();
    const numbers = Array.from({ length: 25 }, (_, i) => `+1555888${String(i).padStart(4, '0')}`);
    await t.gql(ADD, { input: { dncListId: id, addresses: [...numbers, '+15559990000', 'ann@example.com', 'sip:ann@example.com'] } });
    const seen: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const page = (await t.gql(ENTRIES, { id, search: '+1 (555) 888', first: 10, after })).data!.dncList!.entries;
      expect(page.totalCount).toBe(25);
      seen.push(...page.nodes.map((n) => n.address));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(numbers);
    const narrow = (await t.gql(ENTRIES, { id, search: '1 555 888 001' })).data!.dncList!.entries;
    expect(narrow.nodes.map((n) => n.address)).toEqual(numbers.slice(10, 20));
    expect((await t.gql(ENTRIES, { id, search: 'ANN@' })).data!.dncList!.entries.nodes).toEqual([{ address: 'ann@example.com', reason: '' }]);
    expect((await t.gql(ENTRIES, { id, search: 'sip:ann' })).data!.dncList!.entries.nodes.map((n) => n.address)).toEqual(['sip:ann@example.com']);
    // LIKE's wildcards are literal.
    expect((await t.gql(ENTRIES, { id, search: '%' })).data!.dncList!.entries.totalCount).toBe(0);
    const all = (await t.gql(ENTRIES, { id, first: 1 })).data!.dncList!;
    expect({ entryCount: all.entryCount, total: all.entries.totalCount }).toEqual({ entryCount: 28, total: 28 });
    const tooMany = await t.gql(ENTRIES, { id, first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
