// The app: the services (./services.ts) behind one HTTP server on one port, which serves GraphQL over HTTP
// and SSE (./http.ts) and graphql-ws (./ws.ts), and its graceful shutdown.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { tracesUrl, type Config } from './config.ts';
import type { Tracing } from './tracing.ts';
import { buildServices, type ServiceOptions, type Services } from './services.ts';
import { createHttp, type Http, type Yoga } from './http.ts';
import { attachGraphqlWs, type GraphqlWs } from './ws.ts';
import { createMetrics } from './metrics.ts';

export interface App {
  services: Services;
  yoga: Yoga;
  httpServer: Server;
  /**
   * Listens on `port` (default: config.PORT; 0 picks a free one, on 127.0.0.1) and resolves with the URL of
   * /graphql on this machine; urls() has it, and the one for other machines when bound to every interface.
   */
  listen(port?: number): Promise<string>;
  /** Where it listens, once listening: `local` reaches it from this machine, `network` (if any) from others. */
  urls(): ListenUrls;
  /** Graceful shutdown: stop accepting, end streams, finish in-flight requests, close sockets and the services. */
  stop(): Promise<void>;
}

export interface ListenUrls {
  /** The /graphql URL on this machine (127.0.0.1 when bound to every interface: what a browser here can open). */
  local: string;
  /** The /graphql URL by this machine's hostname, when bound to every interface. */
  network?: string;
}

/** The URLs of /graphql at this address: the bound address itself, or 127.0.0.1 and the hostname for 0.0.0.0 and ::. */
export function listenUrls({ address, port }: AddressInfo): ListenUrls {
  const url = (host: string) => `http://${host.includes(':') ? `[${host}]` : host}:${port}/graphql`;
  if (address === '0.0.0.0' || address === '::') return { local: url('127.0.0.1'), network: url(hostname()) };
  return { local: url(address) };
}

/**
 * Starts tracing when an OTLP endpoint is configured (README "Traces"); otherwise undefined, and the OpenTelemetry SDK
 * is never imported. Called by index.ts before its logger (whose lines then carry trace ids), or by createApp.
 */
export async function startTracingIfConfigured(config: Config): Promise<Tracing | undefined> {
  const url = tracesUrl(config);
  if (!url) return undefined;
  const { startTracing } = await import('./tracing.ts');
  return startTracing({ url });
}

/** The app; `options.tracing`, when given, is stopped with it (the services flush it last). */
export async function createApp(config: Config, options: ServiceOptions = {}): Promise<App> {
  const tracing = options.tracing ?? (await startTracingIfConfigured(config));
  const { services, stop: stopServices } = await buildServices(config, { ...options, tracing });
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
        httpServer.listen(port, port === 0 ? '127.0.0.1' : config.HOST, () => resolve(listenUrls(httpServer.address() as AddressInfo).local));
      }),
    urls: () => listenUrls(httpServer.address() as AddressInfo),
    stop: () => (stopping ??= stop()),
  };
}
