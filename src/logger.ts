import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

const SECRET_PARAMS = new Set(['token', 'accesskey', 'access_token']);

/**
 * Redacts `token` (and `accesskey`) query parameters from a URL or path before it is logged. Names are
 * compared decoded and case-insensitively: `%74oken=` is read as `token` by URLSearchParams, so it is a secret too.
 */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const hash = url.indexOf('#', q);
  const end = hash < 0 ? url.length : hash;
  const params = url.slice(q + 1, end).split('&').map((part) => {
    const eq = part.indexOf('=');
    const rawName = eq < 0 ? part : part.slice(0, eq);
    let name = rawName.replace(/\+/g, ' ');
    try {
      name = decodeURIComponent(name);
    } catch {
      // Malformed escapes: URLSearchParams keeps them as they are, and so does the comparison.
    }
    return SECRET_PARAMS.has(name.trim().toLowerCase()) ? `${rawName}=[REDACTED]` : part;
  });
  return url.slice(0, q + 1) + params.join('&') + url.slice(end);
}

/**
 * A pino logger with dialgraph's base fields and redaction; `destination` defaults to stdout. `mixin` adds fields to
 * every line (with tracing on: the trace and span ids of the line's span, src/tracing.ts); none by default, at no cost.
 */
export function createLogger(level: string, base: Record<string, unknown> = {}, destination?: DestinationStream, mixin?: () => object): Logger {
  const options: LoggerOptions = {
    level,
    ...(mixin ? { mixin } : {}),
    base: { service: 'dialgraph', ...base },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token', 'connectionParams'],
      censor: '[REDACTED]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
