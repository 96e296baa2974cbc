// One webhook POST that cannot be pointed at the server's own network (SSRF): the host's addresses are checked
// after DNS resolution, inside the connection's own `lookup`, so the address connected to is the address checked
// (no re-resolution between check and connect); an IP literal (which node connects to without a lookup) is
// checked first. No redirect is followed, the whole exchange has one deadline, and at most 1 KiB of the answer is
// read. Hand-written: request-filtering-agent does the address part as an http.Agent, but it is not installed
// here (this slice adds no dependency) and would still need the deadline, body bound and redirect rule below.
import { BlockList, isIP } from 'node:net';
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** The bytes of a response kept for the delivery log. */
export const MAX_RESPONSE_BYTES = 1024;

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/** Never a webhook target: private, link-local (metadata 169.254.169.254 included), shared, reserved, multicast. */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24],
  ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, prefix, 'ipv4');
// Unspecified, link-local, unique local (fc00::/7 holds the EC2 metadata address fd00:ec2::254), multicast,
// IPv4-mapped (checked as IPv4 below when written dotted; any other spelling refused).
for (const [net, prefix] of [['::', 128], ['fe80::', 10], ['fc00::', 7], ['ff00::', 8], ['::ffff:0:0', 96]] as const) blocked.addSubnet(net, prefix, 'ipv6');

/** Why `address` may not be connected to, or null when it may. */
export function refusedAddress(address: string, allowLoopback: boolean): string | null {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const ip = mapped ? mapped[1] : address;
  const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
  if (loopback.check(ip, family)) return allowLoopback ? null : `${address} is a loopback address (WEBHOOK_ALLOW_LOOPBACK is false)`;
  if (blocked.check(ip, family)) return `${address} is a private, link-local or reserved address`;
  return null;
}

export class RefusedAddressError extends Error {}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
export type Lookup = (hostname: string, options: LookupOptions, callback: LookupCallback) => void;

/** A `lookup` for http.request that resolves every address of the name and refuses them all if any is refused. */
function checkedLookup(allowLoopback: boolean, resolve: Lookup): Lookup {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const list = addresses as LookupAddress[];
      for (const a of list) {
        const why = refusedAddress(a.address, allowLoopback);
        if (why) return callback(new RefusedAddressError(`${hostname} resolves to ${why}`), '');
      }
      if (list.length === 0) return callback(new RefusedAddressError(`${hostname} has no address`), '');
      if (options.all) callback(null, list);
      else callback(null, list[0].address, list[0].family);
    });
  };
}

export interface SafePostOptions {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  allowLoopback: boolean;
  /** DNS resolution (node's dns.lookup unless a test injects another). */
  lookup?: Lookup;
}

export interface PostOutcome {
  /** A 2xx answered within the deadline. */
  ok: boolean;
  statusCode: number | null;
  /** The answer's first 1 KiB, or why there was none. */
  response: string;
  /** The receiver's Retry-After, in ms from now. */
  retryAfterMs: number | null;
}

/** Retry-After as seconds or an HTTP date, in ms from now; null when absent or unreadable. */
export function retryAfterMs(value: string | string[] | undefined, now = Date.now()): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return null;
  if (/^\s*\d+\s*$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export function safePost(options: SafePostOptions): Promise<PostOutcome> {
  const failed = (response: string): PostOutcome => ({ ok: false, statusCode: null, response, retryAfterMs: null });
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    return Promise.resolve(failed('not a valid URL'));
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    const why = refusedAddress(host, options.allowLoopback);
    if (why) return Promise.resolve(failed(`refused: ${why}`));
  }
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      req.destroy();
      resolve(outcome);
    };
    const req = request(url, {
      method: 'POST',
      headers: { ...options.headers, 'content-length': Buffer.byteLength(options.body) },
      lookup: checkedLookup(options.allowLoopback, options.lookup ?? (dnsLookup as unknown as Lookup)),
      agent: false,
    }, (res: IncomingMessage) => {
      const status = res.statusCode ?? 0;
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        const text = Buffer.concat(chunks).subarray(0, MAX_RESPONSE_BYTES).toString('utf8');
        const redirect = status >= 300 && status < 400 ? `redirect not followed (Location: ${res.headers.location ?? 'none'}) ` : '';
        settle({ ok: status >= 200 && status < 300, statusCode: status, response: redirect + text, retryAfterMs: retryAfterMs(res.headers['retry-after']) });
      };
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= MAX_RESPONSE_BYTES) done(); // the rest is not read
      });
      res.on('end', done);
      res.on('error', done);
    });
    const deadline = setTimeout(() => settle(failed(`no answer within ${options.timeoutMs} ms`)), options.timeoutMs);
    req.on('error', (err) => settle(failed(err instanceof RefusedAddressError ? `refused: ${err.message}` : `request failed: ${err.message}`)));
    req.end(options.body);
  });
}
