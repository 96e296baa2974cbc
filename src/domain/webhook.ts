// Webhook endpoints (issue 14): what a customer's ADMIN may register, change, rotate and replay. The delivery
// itself (fan-out from the outbox, sending, retries) is src/webhooks/; this is only the rules of the rows.
import { randomBytes } from 'node:crypto';
import type { Webhook, WebhookDelivery } from '../generated/prisma/client.ts';
import type { Prisma } from '../db/database.ts';
import { fail, notFound, ok, Problems, type Result } from './errors.ts';
import { checkLength, MAX_DETAIL } from './limits.ts';
import type { Viewer } from './viewer.ts';

/**
 * The event types an endpoint can ask for, each a set of outbox events (src/events/catalog.ts): the row type,
 * the kinds, and for CAMPAIGN_CALL_FINISHED the attempt's status. The SQL twin is webhookEventTypeSql in
 * src/webhooks/fan-out.ts.
 */
export const WEBHOOK_EVENT_TYPES = {
  CALL_STATUS: 'A call was created or its status changed (Call CREATED, STATUS).',
  OUTDIAL_TARGET_STATUS: "A target's status changed (OutdialTarget STATUS).",
  CAMPAIGN_STATUS: "A campaign's status changed (Campaign STATUS).",
  CAMPAIGN_CALL_FINISHED: "A campaign's attempt finished (CampaignCall STATUS to DONE): its progress moved.",
  OUTPLAN_CHANGED: 'An outplan was created, changed or deleted.',
} as const;
export type WebhookEventType = keyof typeof WEBHOOK_EVENT_TYPES;

export const MAX_WEBHOOK_URL = 2048;

/** A signing secret: 32 random bytes, prefixed so a leaked one is recognisable (as Stripe's whsec_). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

interface WebhookFields {
  url?: string | null;
  eventTypes?: readonly WebhookEventType[] | null;
  description?: string | null;
}

/**
 * The URL's shape only: http(s), a host, no credentials. Where it points (loopback, private addresses) is decided
 * at each send, after DNS resolution (src/webhooks/safe-request.ts): a name can resolve elsewhere later.
 */
function checkUrl(value: string, problems: Problems): string {
  const url = value.trim();
  if (url.length > MAX_WEBHOOK_URL) {
    problems.add(['url'], `url is at most ${MAX_WEBHOOK_URL} characters (got ${url.length}).`);
    return url;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    problems.add(['url'], 'url must be an absolute http:// or https:// URL, e.g. https://example.com/hooks/dialgraph.');
    return url;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') problems.add(['url'], `url must use http or https (got ${parsed.protocol.replace(':', '')}).`);
  else if (parsed.username || parsed.password) problems.add(['url'], 'url must not carry a username or password; authenticate the requests by their Dialgraph-Signature.');
  else if (!parsed.hostname) problems.add(['url'], 'url needs a host.');
  return url;
}

function checkFields(input: WebhookFields, problems: Problems, creating: boolean) {
  const data: { url?: string; eventTypes?: string[]; description?: string } = {};
  if (input.url !== undefined && input.url !== null) data.url = checkUrl(input.url, problems);
  else if (creating) problems.add(['url'], 'url is required.');
  if (input.eventTypes !== undefined && input.eventTypes !== null) {
    if (input.eventTypes.length === 0) problems.add(['eventTypes'], 'eventTypes needs at least one event type.');
    data.eventTypes = [...new Set(input.eventTypes)];
  }
  if (input.description !== undefined && input.description !== null) data.description = checkLength(input.description, MAX_DETAIL, 'description', ['description'], problems);
  return data;
}

export async function createWebhook(
  prisma: Prisma, viewer: Viewer, input: WebhookFields & { url: string; eventTypes: readonly WebhookEventType[] },
): Promise<Result<{ webhook: Webhook; secret: string }>> {
  const problems = new Problems();
  const data = checkFields(input, problems, true);
  if (problems.any) return fail(...problems.list);
  const secret = newWebhookSecret();
  const webhook = await prisma.webhook.create({
    data: { customerId: viewer.customerId, url: data.url!, eventTypes: data.eventTypes!, description: data.description ?? '', secret },
  });
  return ok({ webhook, secret });
}

async function liveWebhook(prisma: Prisma, viewer: Viewer, id: string | null): Promise<Result<Webhook>> {
  const webhook = id ? await prisma.webhook.findFirst({ where: { id, customerId: viewer.customerId } }) : null;
  if (!webhook) return fail(notFound(['input', 'id'], 'Webhook'));
  if (webhook.deletedAt) return fail({ field: ['input', 'id'], message: 'Webhook is deleted.', code: 'INVALID_STATE' });
  return ok(webhook);
}

/** Changes the given fields; `enabled: true` re-enables an endpoint the sender disabled (its failures forgotten). */
export async function updateWebhook(prisma: Prisma, viewer: Viewer, id: string | null, input: WebhookFields & { enabled?: boolean | null }): Promise<Result<Webhook>> {
  const problems = new Problems();
  const data = checkFields(input, problems, false);
  if (problems.any) return fail(...problems.list);
  const found = await liveWebhook(prisma, viewer, id);
  if (!found.ok) return found;
  const enable = input.enabled === true ? { disabledAt: null, disabledReason: null, failingSince: null } : {};
  const disable = input.enabled === false && !found.value.disabledAt ? { disabledAt: new Date(), disabledReason: 'Disabled by webhookUpdate(enabled: false).' } : {};
  return ok(await prisma.webhook.update({ where: { id: found.value.id }, data: { ...data, ...enable, ...disable } }));
}

export async function deleteWebhook(prisma: Prisma, viewer: Viewer, id: string | null): Promise<Result<Webhook>> {
  const found = await liveWebhook(prisma, viewer, id);
  if (!found.ok) return found;
  return ok(await prisma.webhook.update({ where: { id: found.value.id }, data: { deletedAt: new Date() } }));
}

/**
 * A new secret; the current one becomes the previous, which still signs for `graceMs` (both signatures are sent
 * meanwhile, so a receiver can switch without losing a delivery). A rotation within a grace period drops the
 * oldest secret.
 */
export async function rotateWebhookSecret(prisma: Prisma, viewer: Viewer, id: string | null, graceMs: number): Promise<Result<{ webhook: Webhook; secret: string }>> {
  const found = await liveWebhook(prisma, viewer, id);
  if (!found.ok) return found;
  const secret = newWebhookSecret();
  const webhook = await prisma.webhook.update({
    where: { id: found.value.id },
    data: { secret, previousSecret: found.value.secret, previousSecretExpiresAt: new Date(Date.now() + graceMs) },
  });
  return ok({ webhook, secret });
}

/** Sends a delivery again (a replay), whatever became of it: due now, retried for `retryForMs` again, its attempts kept. */
export async function retryWebhookDelivery(prisma: Prisma, viewer: Viewer, id: string | null, retryForMs: number): Promise<Result<WebhookDelivery>> {
  const delivery = id ? await prisma.webhookDelivery.findFirst({ where: { id, customerId: viewer.customerId }, include: { webhook: true } }) : null;
  if (!delivery) return fail(notFound(['input', 'id'], 'WebhookDelivery'));
  if (delivery.webhook.deletedAt) return fail({ field: ['input', 'id'], message: 'The webhook of this delivery is deleted.', code: 'INVALID_STATE' });
  if (delivery.webhook.disabledAt) {
    return fail({ field: ['input', 'id'], message: 'The webhook of this delivery is disabled; enable it first (webhookUpdate with enabled: true).', code: 'INVALID_STATE' });
  }
  // A PENDING one waiting for its next retry is made due now as well (one in flight may then be sent twice, the
  // same event id: what a replay asks for).
  return ok(await prisma.webhookDelivery.update({ where: { id: delivery.id }, data: { status: 'PENDING', nextAttemptAt: new Date(), retryUntil: new Date(Date.now() + retryForMs) } }));
}
