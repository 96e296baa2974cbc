// Results export over plain HTTP (issue 13, README "Export"), served before Yoga like the dashboard:
//   GET /export/outdials/{uuid}/targets.csv    one row per target of the outdial
//   GET /export/campaigns/{uuid}/attempts.csv  one row per campaign call of the campaign
// Signed in like /graphql (Bearer header, `token` query parameter or cookie), scoped to the caller's customer
// (another customer's uuid is a 404, as an unknown one), charged to the customer's cost budget, and streamed page
// by page (src/domain/results-export.ts) with backpressure: the next page is read only once the client has taken
// the last one, and none once the client is gone. Refusals come before the first byte, as JSON
// `{ errors: [{ message, extensions: { code } }] }` (the codes of src/graphql/error-codes.ts) with their status.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { stringify, type Options as CsvOptions } from 'csv-stringify/sync';
import { parseCookie } from 'cookie';
import { tokenFromRequest } from './auth.ts';
import { tokenRefusalMessage } from './domain/token-refusal.ts';
import { exportHeaders, exportReader, type ExportKind } from './domain/results-export.ts';
import { isConnectionFailure } from './db/connection-failure.ts';
import type { ErrorCode } from './graphql/error-codes.ts';
import { withRequestScope } from './request-scope.ts';
import type { Services } from './services.ts';

const PREFIX = '/export/';
const ROUTES: Record<string, { kind: ExportKind; parent: string }> = {
  'outdials/targets': { kind: 'targets', parent: 'outdial' },
  'campaigns/attempts': { kind: 'attempts', parent: 'campaign' },
};
const ROUTE = /^\/export\/(outdials|campaigns)\/([^/]*)\/(targets|attempts)\.csv$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** RFC 4180: CRLF after every record (the header's too), fields quoted when they hold a comma, quote or line break. */
const CSV: CsvOptions = { record_delimiter: 'windows' };

/**
 * An export is charged 1 per row, rounded up to the thousand (at least 1,000), before its first byte: about what
 * a list page costs per row of one field. An export larger than a whole budget takes the whole budget.
 */
export function exportCost(rows: number, budget: number): number {
  return Math.min(budget, Math.max(1, Math.ceil(rows / 1000)) * 1000);
}

function refuse(res: ServerResponse, status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers })
    .end(`${JSON.stringify({ errors: [{ message, extensions: { code } }] })}\n`);
}

/** Resolves once the response can take more, or once the client is gone (then no 'drain' ever comes). */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

function decodedOrRaw(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // malformed escapes: not a UUID either way
  }
}

/** The request's headers and URL as tokenFromRequest reads them (a Fetch Request's shape). */
function fetchShape(req: IncomingMessage) {
  return {
    url: `http://localhost${req.url ?? '/'}`,
    headers: {
      get: (name: string) => {
        const value = req.headers[name.toLowerCase()];
        return Array.isArray(value) ? value.join(', ') : (value ?? null);
      },
    },
  };
}

/**
 * Answers `/export/...` and returns true, or returns false for every other request. A GET authenticated by the
 * `token` cookie is a download link: another site can make the browser fetch it but cannot read the answer (no
 * CORS headers; nosniff keeps it from running as a script). What a cross-site fetch could still do is spend the
 * customer's budget, so a cookie request that the browser says comes from another site (Sec-Fetch-Site) is refused.
 */
export function createExportRoutes(services: Services): (req: IncomingMessage, res: ServerResponse) => boolean {
  const { auth, db, logger, config } = services;
  const serve = withRequestScope(async (req, res, { requestScope }) => {
    res.setHeader('x-request-id', requestScope.id);
    const path = (req.url ?? '/').split('?', 1)[0];
    const match = ROUTE.exec(path);
    const route = match ? ROUTES[`${match[1]}/${match[3]}`] : undefined;
    if (!match || !route) {
      return refuse(res, 404, 'NOT_FOUND', 'No such export: GET /export/outdials/{uuid}/targets.csv or /export/campaigns/{uuid}/attempts.csv.');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'BAD_REQUEST', 'An export is read with GET.', { allow: 'GET, HEAD' });

    const request = fetchShape(req);
    const token = tokenFromRequest(request);
    const checked = token ? await auth.tokens.check(token) : ({ refused: 'missing' } as const);
    if (!('viewer' in checked)) return refuse(res, 401, 'UNAUTHENTICATED', tokenRefusalMessage(checked), { 'www-authenticate': 'Bearer' });
    const cookie = request.headers.get('cookie');
    const site = request.headers.get('sec-fetch-site');
    if (cookie && parseCookie(cookie).token !== undefined && (site === 'cross-site' || site === 'same-site')) {
      return refuse(res, 403, 'BAD_REQUEST', 'An export authenticated by the token cookie can only be opened from this server\'s own pages; from elsewhere send Authorization: Bearer <token>.');
    }
    const id = decodedOrRaw(match[2]).trim();
    if (!UUID.test(id)) return refuse(res, 400, 'BAD_USER_INPUT', `"${match[2].slice(0, 64)}" is not a UUID: the path takes the ${route.parent}'s uuid (its \`uuid\` field).`);

    const { viewer } = checked;
    const reader = exportReader(db.query, route.kind, viewer.customerId, id.toLowerCase());
    if (!(await reader.exists())) return refuse(res, 404, 'NOT_FOUND', `No ${route.parent} with the uuid ${id} is visible to you.`);
    const headers: Record<string, string> = {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="${route.parent}-${id.toLowerCase()}-${route.kind}.csv"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    };
    if (auth.costBudget) {
      const rowsNow = await reader.count();
      const charge = await auth.costBudget.charge({ customerId: viewer.customerId, ip: req.socket.remoteAddress ?? 'unknown' }, exportCost(rowsNow, config.RATE_LIMIT_COST));
      const rateHeaders = { 'RateLimit-Limit': String(charge.limit), 'RateLimit-Remaining': String(charge.remaining), 'RateLimit-Reset': String(charge.resetSeconds) };
      if (!charge.allowed) {
        return refuse(res, 429, 'RATE_LIMITED',
          `Rate limited: this export of ${rowsNow} rows costs ${charge.requested} and ${charge.remaining} of this window's budget of ${charge.limit} is left; ` +
            `the budget is full again in ${charge.resetSeconds} s: retry then.`,
          { ...rateHeaders, 'Retry-After': String(charge.resetSeconds) });
      }
      Object.assign(headers, rateHeaders);
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return void res.end();

    let gone = false;
    res.once('close', () => (gone = !res.writableFinished));
    const write = (text: string) => (res.write(text) ? undefined : drained(res));
    const started = performance.now();
    let rows = 0;
    try {
      await write(stringify([exportHeaders(route.kind)], CSV));
      for await (const page of reader.pages()) {
        if (gone) break;
        rows += page.length;
        await write(stringify(page, CSV));
        if (gone) break; // leaving the loop ends the reader: no further page is read
      }
      if (!gone) res.end();
      logger.info({ requestId: requestScope.id, export: route.kind, id, rows, ms: Math.round(performance.now() - started), clientGone: gone },
        gone ? 'export stopped: the client went away' : 'export');
    } catch (err) {
      // Headers are out: a truncated body would pass for a whole file, so the connection is broken instead.
      logger.error({ requestId: requestScope.id, export: route.kind, id, rows, err }, 'export failed');
      res.destroy(err as Error);
    }
  });
  return (req, res) => {
    const path = (req.url ?? '/').split('?', 1)[0];
    if (!path.startsWith(PREFIX)) return false;
    void (async () => {
      try {
        await serve(req, res);
      } catch (err) {
        // Before the first byte: the token lookup or the row count failed.
        logger.error({ err }, 'export refused: the database failed');
        if (res.headersSent) res.destroy();
        else if (isConnectionFailure(err)) refuse(res, 503, 'DATABASE_UNAVAILABLE', 'The connection to the database failed during this request; try again.');
        else refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
      }
    })();
    return true;
  };
}
