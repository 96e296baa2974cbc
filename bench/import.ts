// Bulk import throughput: 10,000 and 100,000 targets through the outdialTargetsCreate mutation (over HTTP, with
// validation, its outbox event and the transaction), next to a plain multi-row INSERT of the same rows through
// `pg`, the floor. Runs on its own throwaway database inside DATABASE_URL's server and drops it afterwards.
//   npm run bench:import
import { randomBytes } from 'node:crypto';
import pg from 'pg';

// The server runs as in production (it is also given NODE_ENV=production below): graphql-js reads
// process.env.NODE_ENV once, when it is imported, and outside production it runs extra checks on every
// coerced input value (twice the CPU on 10,000 targets). So set it before the server's modules load.
process.env.NODE_ENV = 'production';
const { loadConfig } = await import('../src/config.ts');
const { createApp } = await import('../src/server.ts');

const BASE = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const PER_CALL = 10_000;
const INSERT_ROWS = 1_000; // rows per INSERT statement: 8 parameters each stays under PostgreSQL's 65,535

interface Row {
  name: string;
  detail: string;
  data: string;
  destinations: { type: 'TEL' | 'SIP'; target: string }[];
}

function rows(count: number, offset: number): Row[] {
  return Array.from({ length: count }, (_, k) => {
    const i = offset + k;
    return {
      name: `contact ${i}`, detail: `imported row ${i}`, data: JSON.stringify({ customerRef: i }),
      destinations: [{ type: 'TEL', target: `+1555${String(i % 10_000_000).padStart(7, '0')}` }, { type: 'SIP', target: `c${i}@example.com` }],
    };
  });
}

async function admin<T>(sql: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: BASE });
  await c.connect();
  try {
    return await sql(c);
  } finally {
    await c.end();
  }
}

async function main() {
  const name = `dialgraph_bench_${randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(BASE);
  url.pathname = `/${name}`;
  const config = loadConfig({
    DATABASE_URL: url.toString(), PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'production',
    JWT_SECRET: 'dialgraph-bench-secret-0123456789', ADMIN_USERNAME: 'bench', ADMIN_PASSWORD: 'bench-password',
  });
  const app = await createApp(config);
  const floorClient = new pg.Client({ connectionString: url.toString() });
  try {
    const endpoint = await app.listen(0);
    const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const token = (await gql('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { username: 'bench', password: 'bench-password' } })).login.token;
    const newOutdial = async (n: string) => (await gql('mutation($n: String!) { outdialCreate(input: {name: $n}) { outdial { id uuid } } }', { n }, token)).outdialCreate.outdial;

    const viaMutation = async (total: number) => {
      const outdial = await newOutdial(`mutation-${total}`);
      const batches = Array.from({ length: total / PER_CALL }, (_, b) => rows(PER_CALL, b * PER_CALL));
      const started = performance.now();
      for (const targets of batches) {
        const res = await gql(
          'mutation($input: OutdialTargetsCreateInput!) { outdialTargetsCreate(input: $input) { createdCount userErrors { field message } } }',
          { input: { outdialId: outdial.id, targets } }, token,
        );
        if (res.outdialTargetsCreate.createdCount !== targets.length) throw new Error(JSON.stringify(res.outdialTargetsCreate.userErrors));
      }
      return performance.now() - started;
    };

    await floorClient.connect();
    const customerId = (await floorClient.query<{ id: string }>("SELECT id FROM customer WHERE name = 'default'")).rows[0].id;
    const viaInsert = async (total: number) => {
      const outdial = await newOutdial(`insert-${total}`);
      const all = rows(total, 0);
      const started = performance.now();
      // The same rows and the same all-or-nothing unit per 10,000 (one transaction each), without the server.
      for (let b = 0; b < total; b += PER_CALL) {
        await floorClient.query('BEGIN');
        for (let s = b; s < b + PER_CALL; s += INSERT_ROWS) {
          const chunk = all.slice(s, s + INSERT_ROWS);
          const values: unknown[] = [];
          const tuples = chunk.map((r) => {
            const [d0, d1] = r.destinations.map((d) => JSON.stringify({ type: d.type, target: d.target, targetName: null, name: null, detail: null }));
            values.push(customerId, outdial.uuid, r.name, r.detail, r.data, d0, d1);
            const p = values.length - 7;
            return `(gen_random_uuid(), $${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7})`;
          });
          await floorClient.query(
            `INSERT INTO outdial_target (id, customer_id, outdial_id, name, detail, data, destination_0, destination_1) VALUES ${tuples.join(', ')}`,
            values,
          );
        }
        await floorClient.query('COMMIT');
      }
      return performance.now() - started;
    };
    const version = (await floorClient.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0].v;

    await viaMutation(PER_CALL); // warm-up: JIT, connection pool, prepared statements
    const lines: string[] = [];
    for (const total of [10_000, 100_000]) {
      const mutationMs = await viaMutation(total);
      const insertMs = await viaInsert(total);
      const rate = (ms: number) => Math.round(total / (ms / 1000));
      lines.push(
        `${total.toLocaleString('en-US').padStart(7)} targets  mutation ${rate(mutationMs).toLocaleString('en-US').padStart(7)} targets/s (${(mutationMs / 1000).toFixed(2)} s, ${total / PER_CALL} call${total > PER_CALL ? 's' : ''})` +
          `  plain INSERT ${rate(insertMs).toLocaleString('en-US').padStart(7)} targets/s (${(insertMs / 1000).toFixed(2)} s)  ratio ${(insertMs / mutationMs).toFixed(2)}x`,
      );
    }
    console.log(`bulk import on ${url.host} (PostgreSQL ${version}); ratio = mutation throughput / plain INSERT throughput, target >= 0.8x`);
    console.log(lines.join('\n'));
    console.log('The mutation also parses and validates every row (libphonenumber for TEL), writes one outbox event per call and answers over HTTP.');
  } finally {
    await floorClient.end().catch(() => {});
    await app.stop();
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

await main();
