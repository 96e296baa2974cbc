// The live dashboard's static files (dashboard/dist, built by `npm run dashboard:build`) at /dashboard, and
// the small page at / that links it and GraphiQL. sirv serves the files: only what it listed in the build
// directory can be answered (no path reaches outside it), unknown paths without an extension get index.html
// (the dashboard's own routes), hashed assets are cached for a year and index.html is revalidated every time.
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export const DASHBOARD_DIST = fileURLToPath(new URL('../dashboard/dist/', import.meta.url));
// Beside this module, not the working directory: `node /path/to/src/index.ts` started elsewhere still finds it.
const DASHBOARD_CONFIG = fileURLToPath(new URL('../dashboard/vite.config.ts', import.meta.url));

/** Whether this checkout has the dashboard's sources (the server then serves it at /dashboard, built or not). */
export function hasDashboard(): boolean {
  return existsSync(DASHBOARD_CONFIG);
}
const PREFIX = '/dashboard';

const ROOT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dialgraph</title></head>
<body style="font-family: system-ui, sans-serif; margin: 2rem">
<h1>dialgraph</h1>
<ul>
<li><a href="/dashboard/">Dashboard</a>: campaigns, live progress, Run and Stop</li>
<li><a href="/graphql">GraphiQL</a>: the API, its schema and documentation</li>
</ul>
</body></html>
`;

function climbs(rawPath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return true; // malformed escapes
  }
  return decoded.includes('\\') || decoded.includes('\0') || decoded.split('/').includes('..');
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Answers `/` and `/dashboard[/...]` and returns true, or returns false for every other request (GraphQL,
 * health checks), which the caller hands to Yoga.
 */
export function createDashboardRoutes(dist = DASHBOARD_DIST): (req: IncomingMessage, res: ServerResponse) => boolean {
  let files: Handler | undefined; // listed once the build exists (sirv reads the directory when it is created)
  return (req, res) => {
    const path = (req.url ?? '/').split('?', 1)[0];
    const isRoot = path === '/';
    if (!isRoot && path !== PREFIX && !path.startsWith(`${PREFIX}/`)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Only GET and HEAD here.\n');
      return true;
    }
    if (isRoot) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(req.method === 'HEAD' ? undefined : ROOT_PAGE);
      return true;
    }
    if (!files) {
      if (!existsSync(`${dist}index.html`)) {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
          .end('The dashboard is not built: run `npm run dashboard:build` (npm start and npm test do), then reload.\n');
        return true;
      }
      files = sirv(dist, {
        single: true,
        etag: true,
        setHeaders: (response, pathname) =>
          response.setHeader('cache-control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
      });
    }
    // sirv only answers files it listed, so nothing outside the build can leak; a path that tries to climb
    // (`..`, encoded or not, or a backslash) is refused outright instead of getting index.html.
    if (climbs(path)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found.\n');
      return true;
    }
    // sirv sees the path inside the build directory.
    const rest = req.url!.slice(PREFIX.length);
    req.url = rest.startsWith('/') ? rest : `/${rest}`;
    files(req, res);
    return true;
  };
}
