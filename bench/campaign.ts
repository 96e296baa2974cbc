// Dialer throughput and cost: a 10,000-target campaign on PostgreSQL at a high SIMULATOR_TIME_SCALE, run by the
// real server (engine, telephony controller, simulator, outbox) in this process. Reported next to its
// baseline, the simulated call time itself:
//   - overhead: slot time not spent in a call. With N slots busy from start to end, N x wall = the calls'
//     total duration; everything beyond that is time a slot waited for the engine (target: < 10%). It holds
//     while the process has CPU to spare: the CPU per attempt line says how many attempts/s one process carries
//     (SIMULATOR_TIME_SCALE x maxConcurrentCalls / the real call time is the load asked of it).
//   - SQL statements per attempt: every statement the process sent while the campaign ran, counted at the
//     driver (BEGIN and COMMIT included), divided by the attempts; target <= 6. Broken down into the dialer's
//     rounds, the calls' status changes (which carry their attempt's and target's changes), and the rest
//     (heartbeats, the outbox tail). BENCH_VERBOSE=1 lists the most frequent statements.
// Runs on its own throwaway database inside DATABASE_URL's server and drops it afterwards.
//   npm run bench:campaign            (BENCH_TARGETS, BENCH_SCALE, BENCH_CONCURRENCY override the defaults)
//   npm run bench:campaign -- --dnc-entries 1000000
//                                     binds a do-not-call list of that many entries (none of them a target's, so the
//                                     attempts stay the same): every pick of every round probes it; compare with 0.
//   npm run bench:campaign -- --contact-limit
//                                     a contact limit of 5 calls in 7 days, with 2 earlier calls of the customer to every
//                                     target's number (under the limit, so the attempts stay the same): every pick of every
//                                     round counts that number's calls; compare without. The round statement's own time
//                                     is reported either way.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { loadConfig } from '../src/config.ts';
import { createApp } from '../src/server.ts';
import { migratePostgres, SESSION_OPTIONS, type Database } from '../src/db/database.ts';

const BASE = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const TARGETS = Number(process.env.BENCH_TARGETS ?? 10_000);
const SCALE = Number(process.env.BENCH_SCALE ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const MAX_TRY_COUNTS = [2, 1, 0, 0, 0];
const dncFlag = process.argv.indexOf('--dnc-entries');
const DNC_ENTRIES = Number(dncFlag >= 0 ? process.argv[dncFlag + 1] : (process.env.BENCH_DNC_ENTRIES ?? 0));
const CONTACT_LIMIT = process.argv.includes('--contact-limit');
const CONTACT_HISTORY = 2;

type Kind = 'rounds' | 'calls' | 'other';

/** What issued a statement, or a transaction's statements (by what they touch). */
function kindOf(statements: string[]): Kind {
  if (statements.some((s) => /FROM campaign c\b/.test(s) && /SKIP LOCKED/.test(s))) return 'rounds'; // a round, or settling a campaign
  if (statements.some((s) => /FROM "public"\."campaign" WHERE .*"status" IN/s.test(s))) return 'rounds'; // the dialer's list of active campaigns
  if (statements.some((s) => /UPDATE "call"|UPDATE "public"\."call"|INSERT INTO "public"\."call"/.test(s))) return 'calls';
  return 'other';
}

/** Counts SQL statements at the driver (BEGIN and COMMIT of transactions included), by what issued them. */
class StatementCounter {
  readonly counts: Record<Kind, number> = { rounds: 0, calls: 0, other: 0 };
  readonly samples = new Map<string, number>();
  /** Milliseconds of each dialer round statement (the one with the round's CTEs), at the driver. */
  readonly roundMs: number[] = [];
  reset(): void {
    this.counts.rounds = this.counts.calls = this.counts.other = 0;
    this.samples.clear();
    this.roundMs.length = 0;
  }

  private count(statements: string[]): void {
    this.counts[kindOf(statements)] += statements.length;
    if (process.env.BENCH_VERBOSE) {
      const key = statements.map((s) => s.replace(/\s+/g, ' ').slice(0, 60)).join(' | ').slice(0, 200);
      this.samples.set(key, (this.samples.get(key) ?? 0) + 1);
    }
  }

  wrap(factory: PrismaPg): PrismaPg {
    const connect = factory.connect.bind(factory);
    factory.connect = async () => {
      const adapter = await connect();
      this.wrapQueries(adapter, (sql) => this.count([sql]));
      const start = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (...args: Parameters<SqlDriverAdapter['startTransaction']>) => {
        const tx = await start(...args);
        const statements: string[] = ['BEGIN'];
        this.wrapQueries(tx, (sql) => statements.push(sql));
        const commit = tx.commit.bind(tx);
        const rollback = tx.rollback.bind(tx);
        tx.commit = async () => {
          this.count([...statements, 'COMMIT']);
          return commit();
        };
        tx.rollback = async () => {
          this.count([...statements, 'ROLLBACK']);
          return rollback();
        };
        return tx;
      };
      return adapter;
    };
    return factory;
  }

  private wrapQueries(target: SqlDriverAdapter | Transaction, onSql: (sql: string) => void): void {
    const queryRaw = target.queryRaw.bind(target);
    const executeRaw = target.executeRaw.bind(target);
    target.queryRaw = async (q: SqlQuery) => {
      onSql(q.sql);
      if (!q.sql.includes('INSERT INTO campaign_call AS a')) return queryRaw(q);
      const started = performance.now();
      try {
        return await queryRaw(q);
      } finally {
        this.roundMs.push(performance.now() - started);
      }
    };
    target.executeRaw = (q: SqlQuery) => {
      onSql(q.sql);
      return executeRaw(q);
    };
  }
}

async function admin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: BASE });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

/** One destination per target; 60% answer, the rest busy, no answer, fail or a machine (A4 scripts). */
function destinationOf(i: number): { type: 'TEL'; target: string } {
  const suffix = ['7777', '7777', '7777', '7777', '7777', '7777', '0001', '0002', '0003', '0005'][i % 10];
  // Each its own number, like a real list (the outdial refuses duplicate targets): past 1,000 the area code moves on.
  return { type: 'TEL', target: `+1${555 + Math.floor(i / 1000)}${String(i % 1000).padStart(3, '0')}${suffix}` };
}

async function main() {
  const name = `dialgraph_bench_${randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(BASE);
  url.pathname = `/${name}`;
  await migratePostgres(url.toString());
  const counter = new StatementCounter();
  const prisma = new PrismaClient({ adapter: counter.wrap(new PrismaPg({ connectionString: url.toString(), max: 10, options: SESSION_OPTIONS })) });
  // The API's direct reads (lists) do not run during the campaign; they get a small pool of their own.
  const reads = new pg.Pool({ connectionString: url.toString(), max: 2, options: SESSION_OPTIONS });
  const db: Database = {
    prisma, kind: 'postgres', query: async (sql, values) => (await reads.query(sql, values)).rows,
    ping: async () => void (await prisma.$queryRaw`SELECT 1`),
    close: async () => {
      await prisma.$disconnect();
      await reads.end();
    },
  };
  const config = loadConfig({
    DATABASE_URL: url.toString(), PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'production', SIMULATOR_TIME_SCALE: String(SCALE),
    JWT_SECRET: 'dialgraph-bench-secret-0123456789', ADMIN_USERNAME: 'bench', ADMIN_PASSWORD: 'bench-password',
  });
  const app = await createApp(config, { db });
  try {
    const customerId = (await prisma.customer.findUniqueOrThrow({ where: { name: 'default' } })).id;
    const outplan = await prisma.outplan.create({
      data: { customerId, name: 'bench', source: { type: 'TEL', target: '+15550100000' }, dialTimeout: 20_000, tryInterval: 0, maxTryCounts: MAX_TRY_COUNTS },
    });
    const outdial = await prisma.outdial.create({ data: { customerId, name: 'bench' } });
    for (let offset = 0; offset < TARGETS; offset += 5_000) {
      await prisma.outdialTarget.createMany({
        data: Array.from({ length: Math.min(5_000, TARGETS - offset) }, (_, k) => ({
          customerId, outdialId: outdial.id, name: `t${offset + k}`, destination0: destinationOf(offset + k),
        })),
      });
    }
    const campaign = await prisma.campaign.create({
      data: {
        customerId, name: 'bench', outplanId: outplan.id, outdialId: outdial.id, maxConcurrentCalls: CONCURRENCY,
        actions: [{ type: 'TALK', text: 'Hello, this is a reminder of your appointment tomorrow.', language: 'en-US' }],
      },
    });

    if (DNC_ENTRIES > 0) {
      // Written in SQL (a million rows through the API would be 100 calls); numbers no target has (+1666...).
      const list = await prisma.dncList.create({ data: { customerId, name: 'bench', entryCount: DNC_ENTRIES } });
      await prisma.$executeRaw`INSERT INTO dnc_entry (dnc_list_id, address) SELECT ${list.id}::uuid, '+1666' || lpad(g::text, 7, '0') FROM generate_series(1, ${DNC_ENTRIES}::int) g`;
      await prisma.campaignDncList.create({ data: { campaignId: campaign.id, dncListId: list.id } });
      await prisma.$executeRaw`ANALYZE dnc_entry`;
    }

    if (CONTACT_LIMIT) {
      // Earlier calls of the customer to every target's number, within the last day (written in SQL, like a history).
      await prisma.$executeRaw`UPDATE campaign SET contact_limit_max_attempts = 5, contact_limit_period_days = 7 WHERE id = ${campaign.id}::uuid`;
      await prisma.$executeRaw`
        INSERT INTO "call" (id, customer_id, source, destination, status, created_at)
        SELECT gen_random_uuid(), ${customerId}::uuid, '{"type": "TEL", "target": "+15550100000"}'::jsonb, t.destination_0, 'HANGUP', now() - (h * interval '1 hour')
        FROM outdial_target t CROSS JOIN generate_series(1, ${CONTACT_HISTORY}::int) h WHERE t.outdial_id = ${outdial.id}::uuid`;
      await prisma.$executeRaw`ANALYZE "call"`;
    }

    // When each call was handed to the simulator: its simulated life runs from here to its hangup.
    const placedAt = new Map<string, number>();
    const placeCalls = app.services.telephony.placeCalls.bind(app.services.telephony);
    app.services.telephony.placeCalls = (calls) => {
      const at = Date.now();
      for (const call of calls) placedAt.set(call.id, at);
      return placeCalls(calls);
    };

    counter.reset();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await prisma.campaign.update({ where: { id: campaign.id }, data: { status: 'RUN', version: { increment: 1 } } });
    app.services.dialer.wake();
    // Watched on a connection of its own, so the watching is not counted as the server's statements.
    const watcher = new pg.Client({ connectionString: url.toString() });
    await watcher.connect();
    try {
      for (;;) {
        await new Promise((r) => setTimeout(r, 100));
        const { rows } = await watcher.query<{ status: string }>('SELECT status FROM campaign WHERE id = $1', [campaign.id]);
        if (rows[0]?.status === 'STOP') break;
      }
    } finally {
      await watcher.end();
    }
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const counts = { ...counter.counts };

    const calls = await prisma.call.findMany({ where: { campaignId: campaign.id }, select: { id: true, hangupAt: true } });
    const attempts = calls.length;
    const callMs = calls.reduce((sum, c) => sum + (c.hangupAt!.getTime() - placedAt.get(c.id)!), 0);
    // Slot time the calls did not use: from a hangup until the next call is placed, the engine's round and its
    // statement included (the tail, when fewer targets than slots remain, too).
    const slotMs = CONCURRENCY * wallMs;
    const overhead = (slotMs - callMs) / callMs;
    // Where the slot time went: the k-th placement after the first CONCURRENCY refills the slot of the
    // (k - CONCURRENCY)-th hangup (slots are interchangeable), so their distance is one refill's wait.
    const hangups = calls.map((c) => c.hangupAt!.getTime()).sort((a, b) => a - b);
    const placements = [...placedAt.values()].sort((a, b) => a - b);
    const refills = placements.slice(CONCURRENCY).map((at, k) => at - hangups[k]).sort((a, b) => a - b);
    const pct = (q: number) => refills[Math.min(refills.length - 1, Math.floor(q * refills.length))] ?? 0;
    const answered = await prisma.outdialTarget.count({ where: { outdialId: outdial.id, result: 'ANSWERED' } });
    const pgVersion = (await prisma.$queryRaw<{ v: string }[]>`SELECT current_setting('server_version') AS v`)[0].v;
    const all = counts.rounds + counts.calls + counts.other;

    console.log(`campaign on ${url.host} (PostgreSQL ${pgVersion}): ${TARGETS.toLocaleString('en-US')} targets, budgets [${MAX_TRY_COUNTS}], maxConcurrentCalls ${CONCURRENCY}, SIMULATOR_TIME_SCALE ${SCALE}, do-not-call entries bound ${DNC_ENTRIES.toLocaleString('en-US')}, contact limit ${CONTACT_LIMIT ? `5 in 7 days (${CONTACT_HISTORY} earlier calls per number)` : 'none'}`);
    console.log(`  ${attempts.toLocaleString('en-US')} attempts in ${(wallMs / 1000).toFixed(1)} s: ${Math.round(attempts / (wallMs / 1000)).toLocaleString('en-US')} attempts/s; ${answered.toLocaleString('en-US')} targets answered`);
    console.log(`  simulated call time ${(callMs / attempts).toFixed(1)} ms per attempt (real ${((callMs / attempts) * SCALE / 1000).toFixed(2)} s); the ideal with ${CONCURRENCY} slots is ${(callMs / CONCURRENCY / 1000).toFixed(1)} s`);
    console.log(`  engine overhead: ${(overhead * 100).toFixed(1)}% of the simulated call time (target < 10%)`);
    console.log(`  a freed slot waits for its next call: p50 ${pct(0.5)} ms, p90 ${pct(0.9)} ms, p99 ${pct(0.99)} ms (hangup to the next call placed)`);
    console.log(`  SQL statements per attempt: ${(all / attempts).toFixed(2)} (target <= 6): dialer rounds ${(counts.rounds / attempts).toFixed(2)}, the calls' status changes (each with its attempt and target) ${(counts.calls / attempts).toFixed(2)}, other ${(counts.other / attempts).toFixed(2)}`);
    if (process.env.BENCH_VERBOSE) {
      for (const [sql, n] of [...counter.samples].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`    ${n}x ${sql}`);
    }
    const cpuMs = (cpu.user + cpu.system) / 1000;
    console.log(`  process CPU ${(cpuMs / attempts).toFixed(2)} ms per attempt (${Math.round((100 * cpuMs) / wallMs)}% of one core): one process carries about ${Math.round(attempts / (cpuMs / 1000)).toLocaleString('en-US')} attempts/s before its slots start waiting for CPU`);
    const roundMs = [...counter.roundMs].sort((a, b) => a - b);
    const at = (q: number) => (roundMs[Math.min(roundMs.length - 1, Math.floor(q * roundMs.length))] ?? 0).toFixed(2);
    console.log(`  round statement: ${roundMs.length.toLocaleString('en-US')} sent, mean ${(roundMs.reduce((a, b) => a + b, 0) / Math.max(1, roundMs.length)).toFixed(2)} ms, p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms (at the driver)`);
    const { rounds, batches } = app.services.dialer.stats;
    console.log(`  dialer: ${rounds.toLocaleString('en-US')} rounds, ${batches.toLocaleString('en-US')} of them created attempts (${(attempts / Math.max(1, batches)).toFixed(1)} attempts each)`);
  } finally {
    await app.stop();
    await prisma.$disconnect();
    if (!process.env.BENCH_KEEP) await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    else console.log(`kept ${url}`);
  }
}

await main();
