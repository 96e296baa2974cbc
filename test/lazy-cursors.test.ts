// Nested connections encode their cursors when read (src/graphql/lazy-cursors.ts): the cursors a client reads
// are still plugin-prisma's encoding of (createdAt, id), whether asked on edges, on pageInfo alone, or of a parent
// that plugin-prisma loads without the relation (its own eager path), and they page on.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatPrismaCursor } from '@pothos/plugin-prisma';
import { useTestApp } from './helpers/app.ts';

const t = useTestApp();

let outdialId: string;

const cursorOf = (node: { uuid: string; createdAt: string }) => formatPrismaCursor({ createdAt: new Date(node.createdAt), id: node.uuid }, ['createdAt', 'id']);

beforeAll(async () => {
  const created = await t.gql(`mutation($input: OutdialCreateInput!) { outdialCreate(input: $input) { outdial { id } } }`, { input: { name: 'lazy cursors' } });
  outdialId = (created.data as any).outdialCreate.outdial.id;
  const targets = Array.from({ length: 12 }, (_, i) => ({ name: `t${i}`, destinations: [{ type: 'TEL', target: `+1555010${String(i).padStart(4, '0')}` }] }));
  const added = await t.gql(`mutation($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { message } } }`, { input: { outdialId, targets } });
  expect((added.data as any).outdialTargetsCreate).toEqual({ createdCount: 12, userErrors: [] });
});

describe('nested connection cursors', () => {
  it("are plugin-prisma's encoding of each edge's row, and pageInfo's are the first and last edge's", async () => {
    const res = await t.gql(`query($id: ID!) { outdial(id: $id) { targets(first: 5) {
      edges { cursor node { uuid createdAt } } pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } } }`, { id: outdialId });
    expect(res.errors).toBeUndefined();
    const { edges, pageInfo } = (res.data as any).outdial.targets;
    expect(edges).toHaveLength(5);
    for (const edge of edges) expect(edge.cursor).toBe(cursorOf(edge.node));
    expect(pageInfo).toEqual({ startCursor: edges[0].cursor, endCursor: edges[4].cursor, hasNextPage: true, hasPreviousPage: false });
  });

  it('page forward by endCursor asked alone and backward by startCursor, through every row once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const res: { data?: unknown } = await t.gql(`query($id: ID!, $after: String) { outdial(id: $id) { targets(first: 5, after: $after) { nodes { uuid } pageInfo { endCursor hasNextPage } } } }`, { id: outdialId, after });
      const { nodes, pageInfo }: { nodes: { uuid: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } = (res.data as any).outdial.targets;
      seen.push(...nodes.map((n: { uuid: string }) => n.uuid));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);

    const back = await t.gql(`query($id: ID!) { outdial(id: $id) { targets(last: 4) { nodes { uuid } pageInfo { startCursor hasPreviousPage } } } }`, { id: outdialId });
    const last = (back.data as any).outdial.targets;
    expect(last.nodes.map((n: { uuid: string }) => n.uuid)).toEqual(seen.slice(8));
    expect(last.pageInfo.hasPreviousPage).toBe(true);
    const before = await t.gql(`query($id: ID!, $before: String) { outdial(id: $id) { targets(last: 4, before: $before) { nodes { uuid } } } }`, { id: outdialId, before: last.pageInfo.startCursor });
    expect((before.data as any).outdial.targets.nodes.map((n: { uuid: string }) => n.uuid)).toEqual(seen.slice(4, 8));
  });

  it('are the same when plugin-prisma reads the relation itself (a mutation payload whose parent lacks it)', async () => {
    const read = await t.gql(`query($id: ID!) { outdial(id: $id) { targets(first: 3) { pageInfo { endCursor } } } }`, { id: outdialId });
    const updated = await t.gql(`mutation($input: OutdialUpdateInput!) { outdialUpdate(input: $input) { outdial { targets(first: 3) { pageInfo { endCursor } } } userErrors { message } } }`,
      { input: { id: outdialId, detail: 'lazy cursors, updated' } });
    expect(updated.errors).toBeUndefined();
    expect((updated.data as any).outdialUpdate.outdial.targets.pageInfo.endCursor).toBe((read.data as any).outdial.targets.pageInfo.endCursor);
  });

  it('refuse the argument pairs plugin-prisma refuses, with its message', async () => {
    const res = await t.gql(`query($id: ID!, $c: String) { outdial(id: $id) { targets(first: 2, before: $c) { nodes { uuid } } } }`, { id: outdialId, c: 'x' });
    expect(res.errors?.[0]?.message).toBe('Arguments "before" and "first" are not supported at the same time');
  });
});
