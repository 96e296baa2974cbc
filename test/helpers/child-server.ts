// `npm start`'s entry point in a child process, for tests that kill a server (SIGKILL) or stop it (SIGTERM).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { TEST_ADMIN } from './app.ts';

export interface ChildServers {
  /** Starts one with `env` over the test defaults; resolves with the process and its /graphql URL once it listens. */
  start(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }>;
  /** SIGKILLs every child still running (afterAll). */
  killAll(): void;
}

export function childServers(): ChildServers {
  const children = new Set<ChildProcess>();
  return {
    start(env) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
        cwd: path.resolve(import.meta.dirname, '../..'),
        env: {
          ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', PORT: '0', REDIS_URL: '',
          ADMIN_USERNAME: TEST_ADMIN.username, ADMIN_PASSWORD: TEST_ADMIN.password, JWT_SECRET: 'dialgraph-test-secret-0123456789',
          RATE_LIMIT_COST: '0', // off, as in startTestApp
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.add(child);
      child.on('exit', () => children.delete(child));
      return new Promise((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 40_000);
        child.stderr!.on('data', (d) => (out += d));
        child.stdout!.on('data', (d) => {
          out += d;
          const match = /"url":"([^"]+)"/.exec(out);
          if (match) {
            clearTimeout(timer);
            resolve({ child, url: match[1] });
          }
        });
        child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
      });
    },
    killAll() {
      for (const child of children) child.kill('SIGKILL');
    },
  };
}

/** Sends `signal` to a child server (SIGKILL: a crash; SIGTERM: a graceful stop) and resolves once it has exited. */
export function signalAndWait(child: ChildProcess, signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  return exited;
}
