// The app: the services (./services.ts) behind one HTTP server on one port, which serves GraphQL over HTTP
// and SSE (./http.ts) and graphql-ws (./ws.ts), and its graceful shutdown.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.ts';
import { buildServices, type ServiceOptions, type Services } from './services.ts';
import { createHttp, type Http, type Yoga } from './http.ts';
import { attachGraphqlWs, type GraphqlWs } from './ws.ts';
import { createMetrics } from './metrics.ts';

export interface App {
  services: Services;
  yoga: Yoga;
  httpServer: Server;
  /** Listens on `port` (default: config.PORT; 0 picks a free one) and resolves with the URL of /graphql. */
  listen(port?: number): Promise<string>;
  /** Graceful shutdown: stop accepting, end streams, finish in-flight requests, close sockets and the services. */
  stop(): Promise<void>;
}

export async function createApp(config: Config, options: ServiceOptions = {}): Promise<App> {
  const { services, stop: stopServices } = await buildServices(config, options);
  let http: Http;
  let ws: GraphqlWs;
  try {
    const metrics = createMetrics(services);
    http = createHttp(services, metrics.plugins);
    ws = attachGraphqlWs(http.server, http.yoga, services);
    metrics.observeWs(ws);
  } catch (err) {
    await stopServices();
    throw err;
  }
  const httpServer = http.server;
  let stopping: Promise<void> | undefined;

  async function stop(): Promise<void> {
    // close() clears `listening` at once: read it first, or shutdown would never wait for the drain.
    const wasListening = httpServer.listening;
    http.drain();
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    services.bus.endSubscriptions(); // SSE responses and ws subscriptions complete
    ws.close();
    httpServer.closeIdleConnections();
    const grace = setTimeout(() => {
      ws.terminate();
      httpServer.closeAllConnections();
    }, config.SHUTDOWN_GRACE_MS);
    if (wasListening) await closed;
    clearTimeout(grace);
    await stopServices();
    await http.yoga.dispose();
  }

  return {
    services,
    yoga: http.yoga,
    httpServer,
    listen: (port = config.PORT) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, port === 0 ? '127.0.0.1' : config.HOST, () => {
          const { port: actual } = httpServer.address() as AddressInfo;
          resolve(`http://127.0.0.1:${actual}/graphql`);
        });
      }),
    stop: () => (stopping ??= stop()),
  };
}
