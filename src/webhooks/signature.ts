// Dialgraph-Signature, Stripe's scheme: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, one v1 per
// secret that signs (two during a rotation's grace period). README "Webhooks" has the receiver's side.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function signatureHeader(body: string, secrets: string[], unixSeconds = Math.floor(Date.now() / 1000)): string {
  const v1 = secrets.map((secret) => `v1=${createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex')}`);
  return [`t=${unixSeconds}`, ...v1].join(',');
}

/**
 * The receiver's check (the README's snippet, and the tests'): some v1 matches and t is within `toleranceSeconds`
 * of now, so a captured request cannot be replayed later.
 */
export function verifySignature(body: string, header: string, secret: string, toleranceSeconds = 300, now = Date.now()): boolean {
  const parts = header.split(',').map((p) => p.split('='));
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  if (!Number.isFinite(t) || Math.abs(now / 1000 - t) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  return parts.some(([k, v]) => k === 'v1' && v?.length === 64 && timingSafeEqual(Buffer.from(v, 'hex'), expected));
}
