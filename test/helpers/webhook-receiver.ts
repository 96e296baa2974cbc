// A webhook receiver for the tests: a real HTTP server on 127.0.0.1 that records every request; `on` decides a
// response by request (return true when it answered), everything else gets 200 "ok".
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  at: number;
  body: string;
  json: { id: string; type: string; kind: string; version: number; occurredAt: string; data: Record<string, any> };
  headers: IncomingMessage['headers'];
}

export function receiver() {
  const received: Received[] = [];
  let answer: (r: Received, res: ServerResponse) => boolean = () => false;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (body += d));
    req.on('end', () => {
      const r: Received = { path: req.url ?? '', at: Date.now(), body, json: JSON.parse(body || '{}'), headers: req.headers };
      received.push(r);
      if (!answer(r, res)) res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  return {
    received,
    server,
    on(fn: (r: Received, res: ServerResponse) => boolean) {
      answer = fn;
    },
    async listen(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

