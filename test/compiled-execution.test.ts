// Queries and mutations run compiled by graphql-jit (src/graphql/compiled-execution.ts). What a compiled
// operation must still do as graphql-js does: run the operation the request names in a document of several
// (the compiled form is cached per document), coerce variables by graphql-js's rules, and answer a page the same.
import { describe, expect, it } from 'vitest';
import { getOperationAST, parse } from 'graphql';
import { useTestApp } from './helpers/app.ts';
import { schema } from '../src/graphql/schema.ts';
import { variablesNeedGraphqlJs } from '../src/graphql/compiled-execution.ts';

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

  it('leaves variables to graphql-js where they reach a @oneOf input or an input field default, to graphql-jit elsewhere', () => {
    const needs = (text: string) => variablesNeedGraphqlJs(schema, getOperationAST(parse(text))!);
    // CampaignUpdateActionsInput.actions: [ActionInput!]! is @oneOf; CampaignCreateInput has defaults (maxConcurrentCalls = 10).
    expect(needs('mutation ($i: CampaignUpdateActionsInput!) { campaignUpdateActions(input: $i) { userErrors { message } } }')).toBe(true);
    expect(needs('mutation ($i: OutplanCreateInput!) { outplanCreate(input: $i) { userErrors { message } } }')).toBe(false);
    expect(needs('mutation ($i: CampaignCreateInput!) { campaignCreate(input: $i) { userErrors { message } } }')).toBe(true);
    expect(needs('mutation ($i: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $i) { userErrors { message } } }')).toBe(false);
    expect(needs('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }')).toBe(false);
  });

  it('answers variables graphql-jit refuses with graphql-js\'s errors, and runs the ones it accepts', async () => {
    const query = 'mutation Bulk($i: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $i) { createdCount userErrors { field message } } }';
    const outdial = await post({ query: 'mutation { outdialCreate(input: {name: "compiled variables"}) { outdial { id } } }' });
    const outdialId = outdial.data.outdialCreate.outdial.id;
    const target = { name: 'a', destinations: [{ type: 'TEL', target: '+15551230000' }] };
    const cases = [
      { i: { outdialId, targets: [{ ...target, bogus: 1 }] } },
      { i: { outdialId, targets: [{ ...target, destinations: [{ type: 'FAX', target: 'x' }] }] } },
      { i: { outdialId, targets: [{ destinations: [] }] } },
      { i: { outdialId, targets: [null] } },
    ];
    for (const variables of cases) {
      const res = await post({ query, variables });
      expect(res.data, JSON.stringify(variables)).toBeUndefined();
      expect(res.errors, JSON.stringify(variables)).toHaveLength(1);
      // graphql-js's wording (graphql-jit's own reads differently) and our code.
      expect(res.errors![0].message).toMatch(/^Variable "\$i" got invalid value/);
      expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    }
    // A single target where a list is expected is coerced to a list of one, as graphql-js does.
    const res = await post({ query, variables: { i: { outdialId, targets: target } } });
    expect(res).toEqual({ data: { outdialTargetsCreate: { createdCount: 1, userErrors: [] } } });
  });
});
