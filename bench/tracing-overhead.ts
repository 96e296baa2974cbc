// The CPU of a small query (`viewer`: the token's lookup and one resolver), in process through yoga.fetch (no socket),
// on the embedded database in memory: what tracing costs off (compare with a checkout from before tracing) and on
// (OTLP to BENCH_OTLP_URL). Prints one JSON line: the median µs of CPU per request over its rounds.
//   npx tsx bench/tracing-overhead.ts [checkout root, default: this one]
//   BENCH_OTLP_URL=http://127.0.0.1:4318 npx tsx bench/tracing-overhead.ts       (traces on)
// Run several times, alternating the checkouts, and compare medians (docs/performance.md has a run).
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? path.join(path.dirname(new URL(import.meta.url).pathname), '..'));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 2000);

const { loadConfig } = await import(path.join(root, 'src/config.ts'));
const { createApp } = await import(path.join(root, 'src/server.ts'));
const { createLogger } = await import(path.join(root, 'src/logger.ts'));

const config = loadConfig({
  DATA_DIR: 'memory://', PORT: '0', JWT_SECRET: 'dialgraph-bench-secret-0123456789', ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: 'bench-password-0123',
  RATE_LIMIT_COST: '0', HEARTBEAT_MS: '3600000', INSTANCE_EXPIRY_MS: '7200000', EVENT_POLL_MS: '3600000', WEBHOOK_POLL_MS: '3600000',
  DIALER_ENABLED: 'false', NODE_ENV: 'production', ...(process.env.BENCH_OTLP_URL ? { OTEL_EXPORTER_OTLP_ENDPOINT: process.env.BENCH_OTLP_URL } : {}),
});
const app = await createApp(config, { logger: createLogger('silent') });

async function gql(query: string, variables?: unknown, token?: string): Promise<any> {
  const res = await app.yoga.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

const login = await gql('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { username: 'admin', password: 'bench-password-0123' } });
const token = login.data.login.token as string;
const VIEWER = '{ viewer { username role } }';
const check = await gql(VIEWER, undefined, token);
if (check.errors) throw new Error(JSON.stringify(check.errors));

async function round(): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < PER_ROUND; i++) await gql(VIEWER, undefined, token);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / PER_ROUND;
}

await round(); // warm-up: JIT, caches
const samples: number[] = [];
for (let r = 0; r < ROUNDS; r++) samples.push(await round());
samples.sort((a, b) => a - b);
console.log(JSON.stringify({ root, traces: Boolean(process.env.BENCH_OTLP_URL), medianCpuUs: Math.round(samples[Math.floor(samples.length / 2)]), samples: samples.map(Math.round) }));
await app.stop();
process.exit(0);
