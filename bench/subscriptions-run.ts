// One measured run of bench:subscriptions: N subscribers of one server in client processes
// (./subscriptions-clients.ts), a warm-up until every one of them has an event, then the same events at the same
// rate, the latency of each delivery (receive time minus the time the event was sent, one clock), what was lost,
// the server's CPU while delivering and while idle, and its RSS.
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cpuBetween, cpuOf, type ChildServer } from './harness.ts';
import type { FromClients, Mode, ToClients } from './subscriptions-clients.ts';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const IDLE_SETTLE_MS = Number(process.env.BENCH_IDLE_SETTLE_SECONDS ?? 5) * 1000;
/**
 * Idle windows measured back to back; the idle CPU is the lowest. The heap the deliveries left is collected when V8
 * decides (a major GC of ~900 MB is 1-2 s of CPU on 5 threads, seen 5 to 30 s after the last delivery, in either
 * server): in one window of 20 s it read 105-125 ms/s against 37-46 without it, so one window measured the GC's timing.
 */
export const IDLE_WINDOWS = Number(process.env.BENCH_IDLE_WINDOWS ?? 2);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One event sent: the campaign version subscribers will see, and when it was sent. */
export interface Sent {
  version: number;
  sentAt: number;
}

export interface RunOptions {
  server: ChildServer;
  mode: Mode;
  subscribers: number;
  tokens: string[];
  query: string;
  variables: Record<string, unknown>;
  /** Sends one event (and resolves once the server answered). */
  publish: () => Promise<Sent>;
  events: number;
  gapMs: number;
  perWorker: number;
  /** Connections each client process opens at once. */
  window: number;
  /** Open files each client process may need (ulimit -n, raised for it). */
  openFiles: number;
  /** Idle CPU window in ms (0: not measured). */
  idleMs: number;
}

export interface RunResult {
  subscribers: number;
  failed: number;
  connectMs: number;
  subscribedMs: number;
  deliveries: number;
  expected: number;
  lost: number;
  duplicates: number;
  outOfOrder: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** Server (+ its PostgreSQL backends) CPU ms per 1,000 deliveries. */
  cpuPerThousand: { server: number; postgres: number };
  /** The quietest idle window's CPU per second, and every window's total (server + PostgreSQL), in order. */
  idle?: { server: number; postgres: number; seconds: number; windows: number[] };
  rssStartMiB: number;
  rssPeakMiB: number;
  firstError?: string;
}

/** VmRSS or VmHWM (the peak) of a process, in MiB. */
export function rssMiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
}

class Workers {
  private readonly children: ChildProcess[] = [];
  private readonly waiting = new Map<ChildProcess, (m: FromClients) => void>();

  constructor(count: number, openFiles: number) {
    for (let i = 0; i < count; i++) {
      // Through sh: the soft open-file limit is raised for the client process (the check in ./subscriptions.ts made sure it can be).
      const child = fork(path.join(HERE, 'subscriptions-clients.ts'), [], {
        execPath: 'sh', execArgv: ['-c', `ulimit -n ${openFiles} && exec "${process.execPath}" --import tsx "$0"`], stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      child.on('message', (m: FromClients) => {
        const resolve = this.waiting.get(child);
        this.waiting.delete(child);
        resolve?.(m);
      });
      this.children.push(child);
    }
  }

  /** Resolves once every child has loaded and said so. */
  ready(): Promise<unknown> {
    return Promise.all(this.children.map((child) => new Promise<void>((resolve) => this.waiting.set(child, () => resolve()))));
  }

  get size(): number {
    return this.children.length;
  }

  /** Sends each child its message and resolves with every child's answer. */
  ask<T extends FromClients>(message: (index: number) => ToClients): Promise<T[]> {
    return Promise.all(
      this.children.map((child, i) => new Promise<T>((resolve) => {
        this.waiting.set(child, resolve as (m: FromClients) => void);
        child.send(message(i));
      })),
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.children.map((child) => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.send({ type: 'close' } satisfies ToClients);
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    })));
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function runSubscribers(o: RunOptions): Promise<RunResult> {
  const pid = o.server.process.pid!;
  const rssStartMiB = rssMiB(pid, 'VmRSS');
  const workers = new Workers(Math.ceil(o.subscribers / o.perWorker), o.openFiles);
  try {
    await workers.ready();
    const shares = Array.from({ length: workers.size }, (_, i) => Math.floor(o.subscribers / workers.size) + (i < o.subscribers % workers.size ? 1 : 0));
    const started = Date.now();
    const opened = await workers.ask<Extract<FromClients, { type: 'opened' }>>((i) => ({
      type: 'open', mode: o.mode, url: o.server.url, tokens: o.tokens, count: shares[i], query: o.query, variables: o.variables,
      window: o.window, localAddress: `127.0.1.${2 + (i % 250)}`,
    }));
    const connectMs = Math.max(...opened.map((m) => m.at)) - started;
    const failed = opened.reduce((n, m) => n + m.failed, 0);
    let firstError = opened.find((m) => m.firstError)?.firstError;
    const live = o.subscribers - failed;

    // Warm-up: events until every subscriber has one, so the measured events find every subscription registered.
    let lastVersion = 0;
    for (const deadline = Date.now() + 120_000; ;) {
      lastVersion = (await o.publish()).version;
      await sleep(250);
      const counts = await workers.ask<Extract<FromClients, { type: 'counts' }>>(() => ({ type: 'count', from: 0 }));
      if (counts.reduce((n, c) => n + c.warm, 0) >= live) break;
      if (Date.now() > deadline) {
        firstError ??= counts.find((c) => c.firstError)?.firstError ?? 'warm-up did not reach every subscriber in 120 s';
        break;
      }
    }
    const subscribedMs = Date.now() - started;
    await sleep(500); // the last warm-up event's deliveries are done

    const from = lastVersion + 1;
    const sendTimes: Record<number, number> = {};
    const cpuBefore = await cpuOf(o.server);
    const start = Date.now();
    let to = 0;
    for (let k = 0; k < o.events; k++) {
      const due = start + k * o.gapMs;
      if (due > Date.now()) await sleep(due - Date.now());
      const sent = await o.publish();
      sendTimes[sent.version] = sent.sentAt;
      to = sent.version;
    }
    const expected = live * o.events;
    let measured = 0;
    for (let quiet = Date.now(); Date.now() - quiet < 15_000;) {
      await sleep(200);
      const counts = await workers.ask<Extract<FromClients, { type: 'counts' }>>(() => ({ type: 'count', from }));
      const now = counts.reduce((n, c) => n + c.measured, 0);
      if (now !== measured) quiet = Date.now();
      measured = now;
      if (measured >= expected) break;
    }
    const cpu = cpuBetween(cpuBefore, await cpuOf(o.server));
    const reports = await workers.ask<Extract<FromClients, { type: 'report' }>>(() => ({ type: 'report', sendTimes, from, to }));
    const latencies = reports.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const lastAt = Math.max(...reports.map((r) => r.lastAt));
    const firstSent = Math.min(...Object.values(sendTimes));

    let idle: RunResult['idle'];
    if (o.idleMs > 0) {
      // Settled first: the collection of what the deliveries allocated is delivery work, not idle work.
      await sleep(IDLE_SETTLE_MS);
      const windows: Omit<NonNullable<RunResult['idle']>, 'windows'>[] = [];
      for (let w = 0; w < IDLE_WINDOWS; w++) {
        const before = await cpuOf(o.server);
        const at = Date.now();
        await sleep(o.idleMs);
        const spent = cpuBetween(before, await cpuOf(o.server));
        const seconds = (Date.now() - at) / 1000;
        windows.push({ server: spent.server / seconds, postgres: spent.postgres / seconds, seconds });
      }
      const totals = windows.map((w) => w.server + w.postgres);
      idle = { ...windows[totals.indexOf(Math.min(...totals))], windows: totals };
    }
    return {
      subscribers: o.subscribers, failed, connectMs, subscribedMs, deliveries: latencies.length, expected,
      lost: expected - latencies.length,
      duplicates: reports.reduce((n, r) => n + r.duplicates, 0),
      outOfOrder: reports.reduce((n, r) => n + r.outOfOrder, 0),
      perSecond: latencies.length / ((lastAt - firstSent) / 1000),
      p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies[latencies.length - 1] ?? NaN,
      cpuPerThousand: { server: (1000 * cpu.server) / Math.max(1, latencies.length), postgres: (1000 * cpu.postgres) / Math.max(1, latencies.length) },
      idle, rssStartMiB, rssPeakMiB: rssMiB(pid, 'VmHWM'), firstError,
    };
  } finally {
    await workers.close();
  }
}
