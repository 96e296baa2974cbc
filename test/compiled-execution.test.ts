// Queries and mutations run compiled by graphql-jit (src/graphql/compiled-execution.ts). What a compiled
// operation must still do as graphql-js does: run the operation the request names in a document of several
// (the compiled form is cached per document), coerce variables by graphql-js's rules, and answer a page the same.
import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.ts';

const t = useTestApp();

async function post(body: Record<string, unknown>) {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${t.token}` },
    body: JSON.stringify(body),
  });
  return res.json() as Promise<{ data?: any; errors?: any[] }>;
}

describe('compiled execution', () => {
  it('runs the operation the request names, in a document of several, every time', async () => {
    // One document text, so one parsed (and compiled) document for all three requests.
    const query = 'query Viewer { viewer { username } } query Outplans { outplans(first: 1) { totalCount } }';
    const first = await post({ query, operationName: 'Viewer' });
    const second = await post({ query, operationName: 'Outplans' });
    const third = await post({ query, operationName: 'Viewer' });
    expect(first).toEqual({ data: { viewer: { username: expect.any(String) } } });
    expect(second).toEqual({ data: { outplans: { totalCount: expect.any(Number) } } });
    expect(third).toEqual(first);
  });
});
