// The dialer round's one statement on its own, on a large outdial: its time with no dialing rules, with a contact
// limit (every target's number called twice before, so every pick counts rows) and with calls per second too, each
// with JIT off (as the server's sessions run: src/db/database.ts SESSION_OPTIONS) and on (PostgreSQL's default).
// Each round picks 20 targets and is rolled back, so every run sees the same rows.
//   npm run bench:round        (BENCH_TARGETS overrides the 100,000 targets)
import pg from 'pg';
import { roundStatement } from '../src/dialer/round-statement.ts';
import { statementSql } from '../src/events/write.ts';
import { throwawayDatabase } from './harness.ts';

const TARGETS = Number(process.env.BENCH_TARGETS ?? 100_000);
const RUNS = 40;

const database = await throwawayDatabase('dialgraph_bench');
const c = new pg.Client({ connectionString: database.url });
await c.connect();
try {
  const one = async (sql: string, values: unknown[] = []) => (await c.query(sql, values)).rows[0]?.id as string;
  const customer = await one(`INSERT INTO customer (id, name) VALUES (gen_random_uuid(), 'bench') RETURNING id`);
  const outplan = await one(`INSERT INTO outplan (id, customer_id, name, source, dial_timeout, try_interval, max_try_counts)
    VALUES (gen_random_uuid(), $1, 'p', '{"type":"TEL","target":"+15550100000"}', 20000, 0, '{2,1,0,0,0}') RETURNING id`, [customer]);
  const outdial = await one(`INSERT INTO outdial (id, customer_id, name) VALUES (gen_random_uuid(), $1, 'd') RETURNING id`, [customer]);
  const number = `jsonb_build_object('type', 'TEL', 'target', '+1555' || lpad(g::text, 7, '0'))`;
  await c.query(`INSERT INTO outdial_target (id, customer_id, outdial_id, name, destination_0)
    SELECT gen_random_uuid(), $1, $2, 't' || g, ${number} FROM generate_series(1, $3::int) g`, [customer, outdial, TARGETS]);
  await c.query(`INSERT INTO "call" (id, customer_id, source, destination, status, created_at)
    SELECT gen_random_uuid(), $1, '{}'::jsonb, ${number}, 'HANGUP', now() - h * interval '1 hour' FROM generate_series(1, $2::int) g, generate_series(1, 2) h`, [customer, TARGETS]);
  const campaign = await one(`INSERT INTO campaign (id, customer_id, name, outplan_id, outdial_id, status, max_concurrent_calls)
    VALUES (gen_random_uuid(), $1, 'c', $2, $3, 'RUN', 20) RETURNING id`, [customer, outplan, outdial]);
  await c.query('ANALYZE');
  const rules: [string, string][] = [
    ['no dialing rules', 'NULL, NULL, NULL'],
    ['contact limit 5 in 7 days', '5, 7, NULL'],
    ['contact limit and 20 calls/s', '5, 7, 20'],
  ];
  console.log(`round statement on ${TARGETS.toLocaleString('en-US')} targets (2 earlier calls per number), 20 picks per round, median and p90 of ${RUNS}:`);
  for (const jit of ['off', 'on']) {
    await c.query(`SET jit = ${jit}`);
    for (const [label, values] of rules) {
      await c.query(`UPDATE campaign SET (contact_limit_max_attempts, contact_limit_period_days, max_calls_per_second) = (${values}) WHERE id = $1`, [campaign]);
      const ms: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const sql = statementSql(roundStatement({ campaignId: campaign, instanceId: '00000000-0000-0000-0000-000000000001', timeScale: 1, at: new Date() }));
        await c.query('BEGIN');
        const started = performance.now();
        await c.query(sql.text, sql.values);
        ms.push(performance.now() - started);
        await c.query('ROLLBACK');
      }
      ms.sort((a, b) => a - b);
      console.log(`  jit ${jit.padEnd(3)} ${label.padEnd(30)} ${ms[RUNS / 2].toFixed(1)} ms, p90 ${ms[Math.floor(RUNS * 0.9)].toFixed(1)} ms`);
    }
  }
} finally {
  await c.end();
  await database.drop();
}
