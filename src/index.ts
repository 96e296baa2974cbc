// Process entry: read the environment, start the server, stop gracefully on SIGTERM/SIGINT.
import { loadConfig } from './config.ts';
import { hasDashboard } from './dashboard.ts';
import { createLogger } from './logger.ts';
import { createApp, startTracingIfConfigured } from './server.ts';

const config = loadConfig();
// Tracing (only with an OTLP endpoint) before the logger, so that a line written inside a span carries its ids.
const tracing = await startTracingIfConfigured(config);
const logger = createLogger(config.LOG_LEVEL, {}, undefined, tracing?.logFields);

try {
  const app = await createApp(config, { logger, tracing });
  const url = await app.listen();
  const { network } = app.urls();
  const where = config.DATABASE_URL ? 'PostgreSQL' : `embedded PostgreSQL in ${config.DATA_DIR}`;
  // The address it is really bound to (127.0.0.1 for 0.0.0.0, which a browser cannot open), not localhost.
  logger.info({ url, network, database: app.services.db.kind, redis: Boolean(config.REDIS_URL) },
    `dialgraph listening on ${url} (GraphiQL in a browser)${network ? `, from other machines ${network}` : ''}, ${where}`);
  // The dashboard is served at /dashboard when this checkout has one.
  if (hasDashboard()) logger.info({ dashboard: url.replace(/\/graphql$/, '/dashboard') }, `dashboard at ${url.replace(/\/graphql$/, '/dashboard')}`);
  let signals = 0;
  const shutdown = (signal: string) => {
    if (++signals > 1) {
      logger.warn('second signal: exiting now');
      process.exit(1);
    }
    logger.info({ signal }, 'shutting down');
    app.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (err) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
} catch (err) {
  logger.fatal({ err }, `dialgraph could not start: ${(err as Error).message}`);
  process.exit(1);
}
