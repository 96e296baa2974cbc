// The HTTP body limit (MAX_REQUEST_BYTES) answers a bigger body 413 with a code, before running anything, and
// graphql-ws messages share it unless WS_MAX_MESSAGE_BYTES says otherwise.
import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.ts';
import { loadConfig } from '../src/config.ts';

const t = useTestApp({ MAX_REQUEST_BYTES: String(64 * 1024) });

describe('the request body limit', () => {
  it('answers a body over MAX_REQUEST_BYTES 413 REQUEST_ENTITY_TOO_LARGE, and one under it normally', async () => {
    const send = (detail: string) => fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token}` },
      body: JSON.stringify({ query: 'mutation($i: OutdialCreateInput!) { outdialCreate(input: $i) { userErrors { message } } }', variables: { i: { name: 'body limit', detail } } }),
    });
    const over = await send('x'.repeat(70 * 1024));
    expect(over.status).toBe(413);
    expect((await over.json()).errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'REQUEST_ENTITY_TOO_LARGE' }) })]);
    expect(await t.db.prisma.outdial.count({ where: { name: 'body limit' } })).toBe(0);
    const under = await send('x'.repeat(1000));
    expect(under.status).toBe(200);
  });

  it('is 16 MiB by default, and graphql-ws messages get the same unless set apart', () => {
    expect(loadConfig({}).MAX_REQUEST_BYTES).toBe(16 * 1024 * 1024);
    expect(loadConfig({ MAX_REQUEST_BYTES: '1000' }).WS_MAX_MESSAGE_BYTES).toBe(1000);
    expect(loadConfig({ MAX_REQUEST_BYTES: '1000', WS_MAX_MESSAGE_BYTES: '2000' }).WS_MAX_MESSAGE_BYTES).toBe(2000);
  });
});
