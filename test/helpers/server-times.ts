// The server's own time for each request, read from its log: the `request` line of each HTTP request (its
// x-request-id) and the `operation` line of each graphql-ws operation (`<socket id>:<operation id>`). A test that
// bounds how long the server worked measures this rather than the round trip, which a loaded machine stretches.
import { Writable } from 'node:stream';
import { expect } from 'vitest';
import { createLogger, type Logger } from '../../src/logger.ts';

export interface ServerTimes {
  /** The server's logger (info): hand it to useTestApp's `logger` option. */
  logger: Logger;
  /**
   * The ms the server logged for the request with this id (over graphql-ws, the operation id alone matches its
   * `<socket id>:<operation id>`). Its line is written as the answer is sent: waited for, briefly.
   */
  of(requestId: string): Promise<number>;
}

export function serverTimes(): ServerTimes {
  const ms = new Map<string, number>();
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) {
        if (!line.trim()) continue;
        const entry = JSON.parse(line) as { msg?: string; requestId?: string; ms?: number };
        if ((entry.msg === 'request' || entry.msg === 'operation') && entry.requestId && entry.ms !== undefined) ms.set(entry.requestId, entry.ms);
      }
      done();
    },
  });
  const find = (requestId: string) => {
    if (ms.has(requestId)) return ms.get(requestId);
    for (const [id, value] of ms) if (id.endsWith(`:${requestId}`)) return value;
    return undefined;
  };
  return {
    logger: createLogger('info', {}, sink),
    async of(requestId) {
      for (let i = 0; i < 100 && find(requestId) === undefined; i++) await new Promise((r) => setTimeout(r, 10));
      const value = find(requestId);
      expect(value, `no log line for request ${requestId}`).toBeDefined();
      return value!;
    },
  };
}
