// Dialer throughput and cost: a 10,000-target campaign on PostgreSQL at a high SIMULATOR_TIME_SCALE, run by the
// real server (engine, telephony controller, simulator, outbox) in this process. Reported next to its
// baseline, the simulated call time itself:
//   - overhead: slot time not spent in a call. With N slots busy from start to end, N x wall = the calls'
//     total duration; everything beyond that is time a slot waited for the engine (target: < 10%). It holds
//     while the process has CPU to spare: the CPU per attempt line says how many attempts/s one process carries
//     (SIMULATOR_TIME_SCALE x maxConcurrentCalls / the real call time is the load asked of it).
//   - SQL statements per attempt: the engine's own (rounds that create attempts, and the outcome written with
//     each call's status change), counted at the driver (BEGIN and COMMIT included); target <= 6. Also all
//     statements of the process per attempt, for context (the calls' own status changes, the outbox, heartbeats).
// Runs on its own throwaway database inside DATABASE_URL's server and drops it afterwards.
//   npm run bench:campaign            (BENCH_TARGETS, BENCH_SCALE, BENCH_CONCURRENCY override the defaults)
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { loadConfig } from '../src/config.ts';
import { createApp } from '../src/server.ts';
import { migratePostgres, type Database } from '../src/db.ts';

const BASE = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const TARGETS = Number(process.env.BENCH_TARGETS ?? 10_000);
const SCALE = Number(process.env.BENCH_SCALE ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const MAX_TRY_COUNTS = [2, 1, 0, 0, 0];

type Kind = 'engine' | 'calls' | 'other';

/** Counts SQL statements at the driver, by what issued them (read from the statements of each transaction). */
class StatementCounter {
  readonly counts: Record<Kind, number> = { engine: 0, calls: 0, other: 0 };
  reset(): void {
    this.counts.engine = this.counts.calls = this.counts.other = 0;
  }

  wrap(factory: PrismaPg): PrismaPg {
    const connect = factory.connect.bind(factory);
    factory.connect = async () => {
      const adapter = await connect();
      this.wrapQueries(adapter, (sql) => {
        // Outside transactions, only the dialer's list of active campaigns is the engine's.
        this.counts[/FROM "public"\."campaign" WHERE .*"status" IN/s.test(sql) ? 'engine' : 'other']++;
      });
      const start = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (...args: Parameters<SqlDriverAdapter['startTransaction']>) => {
        const tx = await start(...args);
        const statements: string[] = ['BEGIN'];
        this.wrapQueries(tx, (sql) => statements.push(sql));
        const settle = (end: 'COMMIT' | 'ROLLBACK') => {
          statements.push(end);
          this.classify(statements);
        };
        const commit = tx.commit.bind(tx);
        const rollback = tx.rollback.bind(tx);
        tx.commit = async () => {
          settle('COMMIT');
          return commit();
        };
        tx.rollback = async () => {
          settle('ROLLBACK');
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
    target.queryRaw = (q: SqlQuery) => {
      onSql(q.sql);
      return queryRaw(q);
    };
    target.executeRaw = (q: SqlQuery) => {
      onSql(q.sql);
      return executeRaw(q);
    };
  }

  /** A dialer round is all engine; in a call's status change, what touches the attempt or its target is the engine's. */
  private classify(statements: string[]): void {
    if (statements.some((s) => /SKIP LOCKED/.test(s) && /FROM campaign c/.test(s))) {
      this.counts.engine += statements.length;
      return;
    }
    if (statements.some((s) => /UPDATE "public"\."call"/.test(s))) {
      for (const s of statements) this.counts[/campaign_call|outdial_target/.test(s) ? 'engine' : 'calls']++;
      return;
    }
    this.counts.other += statements.length;
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
  return { type: 'TEL', target: `+1555${String(i % 1000).padStart(3, '0')}${suffix}` };
}

async function main() {
  const name = `dialgraph_bench_${randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(BASE);
  url.pathname = `/${name}`;
  await migratePostgres(url.toString());
  const counter = new StatementCounter();
  const prisma = new PrismaClient({ adapter: counter.wrap(new PrismaPg({ connectionString: url.toString(), max: 10 })) });
  const db: Database = { prisma, kind: 'postgres', ping: async () => void (await prisma.$queryRaw`SELECT 1`), close: () => prisma.$disconnect() };
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

    counter.reset();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await prisma.campaign.update({ where: { id: campaign.id }, data: { status: 'RUN', version: { increment: 1 } } });
    app.dialer.wake();
    for (;;) {
      await new Promise((r) => setTimeout(r, 100));
      const { status } = await prisma.campaign.findUniqueOrThrow({ where: { id: campaign.id }, select: { status: true } });
      if (status === 'STOP') break;
    }
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const counts = { ...counter.counts };

    const calls = await prisma.call.findMany({ where: { campaignId: campaign.id }, select: { createdAt: true, hangupAt: true } });
    const attempts = calls.length;
    const callMs = calls.reduce((sum, c) => sum + (c.hangupAt!.getTime() - c.createdAt.getTime()), 0);
    // Slot time the calls did not use: waiting for the engine (the tail, when fewer targets than slots remain, included).
    const slotMs = CONCURRENCY * wallMs;
    const overhead = (slotMs - callMs) / callMs;
    const answered = await prisma.outdialTarget.count({ where: { outdialId: outdial.id, result: 'ANSWERED' } });
    const pgVersion = (await prisma.$queryRaw<{ v: string }[]>`SELECT current_setting('server_version') AS v`)[0].v;
    const all = counts.engine + counts.calls + counts.other;

    console.log(`campaign on ${url.host} (PostgreSQL ${pgVersion}): ${TARGETS.toLocaleString('en-US')} targets, budgets [${MAX_TRY_COUNTS}], maxConcurrentCalls ${CONCURRENCY}, SIMULATOR_TIME_SCALE ${SCALE}`);
    console.log(`  ${attempts.toLocaleString('en-US')} attempts in ${(wallMs / 1000).toFixed(1)} s: ${Math.round(attempts / (wallMs / 1000)).toLocaleString('en-US')} attempts/s; ${answered.toLocaleString('en-US')} targets answered`);
    console.log(`  simulated call time ${(callMs / attempts).toFixed(1)} ms per attempt (real ${((callMs / attempts) * SCALE / 1000).toFixed(2)} s); the ideal with ${CONCURRENCY} slots is ${(callMs / CONCURRENCY / 1000).toFixed(1)} s`);
    console.log(`  engine overhead: ${(overhead * 100).toFixed(1)}% of the simulated call time (target < 10%)`);
    console.log(`  SQL statements per attempt: engine ${(counts.engine / attempts).toFixed(2)} (target <= 6), the calls' own status changes ${(counts.calls / attempts).toFixed(2)}, other ${(counts.other / attempts).toFixed(2)}, all ${(all / attempts).toFixed(2)}`);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    console.log(`  process CPU ${(cpuMs / attempts).toFixed(2)} ms per attempt (${Math.round((100 * cpuMs) / wallMs)}% of one core): one process carries about ${Math.round(attempts / (cpuMs / 1000)).toLocaleString('en-US')} attempts/s before its slots start waiting for CPU`);
    const { rounds, batches } = app.dialer.stats;
    console.log(`  dialer: ${rounds.toLocaleString('en-US')} rounds, ${batches.toLocaleString('en-US')} of them created attempts (${(attempts / Math.max(1, batches)).toFixed(1)} attempts each)`);
  } finally {
    await app.stop();
    await prisma.$disconnect();
    if (!process.env.BENCH_KEEP) await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    else console.log(`kept ${url}`);
  }
}

await main();
