// Issue 15 item 9: lists users expect to search and order. A bulk import's rows keep the order they were sent
// in, though they share one createdAt (newest first, like every list: page with `last` to read them as sent);
// `search` finds targets by name or by any destination typed any way, and calls by destination.
import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.ts';

const t = useTestApp();
const TEL = (target: string) => ({ type: 'TEL', target });

async function outdialWith(targets: { name: string; destinations: { type: string; target: string }[] }[]): Promise<string> {
  const outdial = (await t.gql('mutation { outdialCreate(input: {name: "search"}) { outdial { id } } }')).data.outdialCreate.outdial.id;
  const res = await t.gql('mutation($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }', { input: { outdialId: outdial, targets } });
  expect(res.data.outdialTargetsCreate.userErrors).toEqual([]);
  return outdial;
}

const TARGETS = 'query($id: ID!, $search: String, $first: Int, $last: Int) { outdial(id: $id) { targets(filter: {search: $search}, first: $first, last: $last) { totalCount nodes { name } } } }';
const names = async (id: string, search?: string, page: { first?: number; last?: number } = { first: 100 }) => {
  const res = await t.gql(TARGETS, { id, search, ...page });
  expect(res.errors).toBeUndefined();
  return res.data.outdial.targets.nodes.map((n: { name: string }) => n.name);
};

describe('a bulk import keeps its order', () => {
  it('lists the rows of one import exactly in reverse order of sending (newest first), and in order with last', async () => {
    const sent = Array.from({ length: 60 }, (_, i) => `row ${String(i).padStart(2, '0')}`);
    const outdial = await outdialWith(sent.map((name, i) => ({ name, destinations: [TEL(`+1555200${String(1000 + i)}`)] })));
    const [{ n }] = await t.db.query<{ n: string }>('SELECT count(DISTINCT created_at)::text AS n FROM outdial_target WHERE name LIKE $1', ['row %']);
    expect(n).toBe('1'); // one createdAt for the whole import: the order comes from the ids
    expect(await names(outdial)).toEqual([...sent].reverse());
    expect(await names(outdial, undefined, { last: 10 })).toEqual(sent.slice(0, 10).reverse());
  });

  it('keeps a CSV import in line order too', async () => {
    const outdial = (await t.gql('mutation { outdialCreate(input: {name: "csv order"}) { outdial { id } } }')).data.outdialCreate.outdial.id;
    const lines = Array.from({ length: 40 }, (_, i) => `line ${String(i).padStart(2, '0')},+1555300${String(1000 + i)}`);
    const res = await t.gql('mutation($input: OutdialTargetsImportCsvInput!) { outdialTargetsImportCsv(input: $input) { createdCount } }', { input: { outdialId: outdial, csv: `name,destination_0\n${lines.join('\n')}\n` } });
    expect(res.data.outdialTargetsImportCsv.createdCount).toBe(40);
    expect(await names(outdial)).toEqual(lines.map((l) => l.split(',')[0]).reverse());
  });
});

describe('search', () => {
  it('finds targets by name (any case) or by any destination, a number typed any way', async () => {
    const outdial = await outdialWith([
      { name: 'Alice Smith', destinations: [TEL('+15554440001')] },
      { name: 'Bob Jones', destinations: [TEL('+442071838750'), TEL('+15554449999')] },
      { name: 'Carol', destinations: [{ type: 'SIP', target: 'carol@Example.com' }] },
      { name: '50% off', destinations: [TEL('+15554440002')] },
    ]);
    expect(await names(outdial, 'smith')).toEqual(['Alice Smith']);
    expect(await names(outdial, '+1 (555) 444')).toEqual(['50% off', 'Bob Jones', 'Alice Smith']);
    expect(await names(outdial, '1555444999')).toEqual(['Bob Jones']); // the second slot, no +
    expect(await names(outdial, '+44 20 7183 8750')).toEqual(['Bob Jones']); // exact
    expect(await names(outdial, 'sip:carol@example')).toEqual(['Carol']);
    expect(await names(outdial, '%')).toEqual(['50% off']); // a literal %, not a wildcard
    expect(await names(outdial, '_')).toEqual([]);
    expect(await names(outdial, '   ')).toHaveLength(4); // blank: no filter
    const res = await t.gql(TARGETS, { id: outdial, search: 'x'.repeat(101), first: 10 });
    expect(res.errors?.map((e) => [e.extensions.code, e.message])).toEqual([['BAD_USER_INPUT', expect.stringContaining('search is at most 100 characters.')]]);
  });

  it('finds calls by destination', async () => {
    const create = (target: string) => t.gql('mutation($input: CallCreateInput!) { callCreate(input: $input) { calls { id } userErrors { message } } }', {
      input: { source: TEL('+15550100000'), destinations: [TEL(target)], actions: [{ hangup: {} }] },
    });
    await create('+15557770001');
    await create('+15557770002');
    await create('+15558880001');
    const calls = async (search: string) => (await t.gql('query($s: String) { calls(filter: {search: $s}, first: 100) { nodes { destination { target } } } }', { s: search }))
      .data.calls.nodes.map((c: { destination: { target: string } }) => c.destination.target);
    expect(await calls('+1 555 777')).toEqual(['+15557770002', '+15557770001']);
    expect(await calls('15558880001')).toEqual(['+15558880001']);
    expect(await calls('+1999')).toEqual([]);
  });
});
