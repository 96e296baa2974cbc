import { pino, type Logger } from 'pino';

export type { Logger };

/** Redacts `token` (and `accesskey`) query parameters from a URL or path before it is logged. */
export function redactUrl(url: string): string {
  return url.replace(/([?&](?:token|accesskey)=)[^&#]*/gi, '$1[REDACTED]');
}

export function createLogger(level: string, base: Record<string, unknown> = {}): Logger {
  return pino({
    level,
    base: { service: 'dialgraph', ...base },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token', 'connectionParams'],
      censor: '[REDACTED]',
    },
  });
}
