// A statement that failed because its connection did (PostgreSQL terminated the backend, restarted, or the
// socket broke), not because of the statement: such a read is worth one retry on a fresh connection (the pool
// drops the broken one), and such a failure is the client's DATABASE_UNAVAILABLE, not an internal error.
// Written by hand: neither pg nor Prisma classifies its errors this way. PostgreSQL's codes: class 08
// (connection exception), 57P01-57P03 (admin shutdown, crash shutdown, cannot connect now). Prisma's: P1001
// (cannot reach), P1002 (timed out reaching), P1017 (server closed the connection).

const CONNECTION_SQLSTATE = /^(08...|57P0[123])$/;
const PRISMA_CONNECTION_CODES = new Set(['P1001', 'P1002', 'P1017']);
const CONNECTION_MESSAGE =
  /Connection terminated|connection error and is not queryable|terminating connection|server closed the connection|ECONNRESET|ECONNREFUSED|EPIPE|Client was closed/i;
const NODE_SOCKET_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT']);

/** Whether `err` (or what it wraps: Prisma's driver adapter errors carry the driver's as `cause`) is a connection failure. */
export function isConnectionFailure(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 5) return false;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; meta?: { code?: unknown; driverAdapterError?: unknown } };
  const code = typeof e.code === 'string' ? e.code : undefined;
  if (code && (CONNECTION_SQLSTATE.test(code) || PRISMA_CONNECTION_CODES.has(code) || NODE_SOCKET_CODES.has(code))) return true;
  if (typeof e.meta?.code === 'string' && CONNECTION_SQLSTATE.test(e.meta.code)) return true;
  if (typeof e.message === 'string' && CONNECTION_MESSAGE.test(e.message)) return true;
  return isConnectionFailure(e.cause, depth + 1) || isConnectionFailure(e.meta?.driverAdapterError, depth + 1);
}

/** Runs a read; if its connection failed, once more (on a fresh connection: the pool dropped the broken one). */
export async function retryReadOnce<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (!isConnectionFailure(err)) throw err;
    return read();
  }
}

/** SQLSTATEs of a statement that may succeed as it is when run again: serialization failure, deadlock. */
const RETRYABLE_SQLSTATE = new Set(['40001', '40P01']);

/** A failure that running the same work again may cure: a broken connection, a serialization failure, a deadlock. */
export function isTransientFailure(err: unknown, depth = 0): boolean {
  if (isConnectionFailure(err)) return true;
  if (typeof err !== 'object' || err === null || depth > 5) return false;
  const e = err as { code?: unknown; cause?: unknown; meta?: { code?: unknown; driverAdapterError?: unknown } };
  // Prisma: P2034 a transaction's write conflict or deadlock; its driver adapter carries the SQLSTATE as originalCode.
  if (e.code === 'P2034' || (typeof e.code === 'string' && RETRYABLE_SQLSTATE.has(e.code))) return true;
  const original = (e.cause as { originalCode?: unknown } | undefined)?.originalCode;
  if (typeof original === 'string' && RETRYABLE_SQLSTATE.has(original)) return true;
  return isTransientFailure(e.cause, depth + 1) || isTransientFailure(e.meta?.driverAdapterError, depth + 1);
}
