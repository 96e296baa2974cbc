// Process entry: read the environment, start the server, stop gracefully on SIGTERM/SIGINT.
import { loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { createApp } from './server.ts';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);

try {
  const app = await createApp(config, { logger });
  const url = await app.listen();
  const where = config.DATABASE_URL ? 'PostgreSQL' : `embedded PostgreSQL in ${config.DATA_DIR}`;
  logger.info({ url, database: app.services.db.kind, redis: Boolean(config.REDIS_URL) }, `dialgraph listening on ${url.replace('127.0.0.1', 'localhost')} (GraphiQL in a browser), ${where}`);
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
