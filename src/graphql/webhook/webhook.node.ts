import { builder } from '../builder.ts';
import { lazyCursors } from '../lazy-cursors.ts';
import { newestFirst, pageArgs } from '../common/pagination.ts';
import { customerOf } from '../common/own-rows.ts';
import { OWN_NODE, UUID_FIELD } from '../global-id.ts';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../../domain/webhook.ts';

export const WebhookEventTypeEnum = builder.enumType('WebhookEventType', {
  description: 'What an endpoint is sent: each a kind of outbox event (README "Webhooks").',
  values: Object.fromEntries(Object.entries(WEBHOOK_EVENT_TYPES).map(([name, description]) => [name, { description }])) as Record<WebhookEventType, { description: string }>,
});

export const WebhookDeliveryStatusEnum = builder.enumType('WebhookDeliveryStatus', {
  values: {
    PENDING: { description: 'Not delivered yet: due at nextAttemptAt (or being sent).' },
    DELIVERED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Given up: retried for WEBHOOK_RETRY_FOR_MS (24 h) without a 2xx. webhookDeliveryRetry sends it again.' },
  } as const,
});

export const WebhookDeliveryNode = builder.prismaNode('WebhookDelivery', {
  description: "One event owed to one endpoint, and how sending it went (the endpoint's delivery log).",
  ...OWN_NODE,
  authScopes: { admin: true },
  fields: (t) => ({
    uuid: t.expose('id', UUID_FIELD),
    eventId: t.string({ description: 'The event id, also sent as Dialgraph-Event-Id: the same on every attempt.', resolve: (d) => d.eventId.toString() }),
    eventType: t.field({ type: WebhookEventTypeEnum, resolve: (d) => d.eventType as WebhookEventType }),
    rowType: t.exposeString('entityType', { description: 'The GraphQL type of the changed row (Call, Campaign, ...).' }),
    rowVersion: t.exposeInt('version', { description: 'The row version the event is of; one row\'s versions are delivered in order.' }),
    status: t.expose('status', { type: WebhookDeliveryStatusEnum }),
    attempts: t.exposeInt('attempts'),
    lastStatusCode: t.exposeInt('lastStatusCode', { nullable: true, description: "The HTTP status of the last attempt's answer (null: none, e.g. refused or timed out)." }),
    lastResponse: t.exposeString('lastResponse', { nullable: true, description: "The last answer's first 1 KiB, or why there was none." }),
    lastAttemptAt: t.expose('lastAttemptAt', { type: 'DateTime', nullable: true }),
    nextAttemptAt: t.field({ type: 'DateTime', nullable: true, description: 'When a PENDING delivery is tried next.', resolve: (d) => (d.status === 'PENDING' ? d.nextAttemptAt : null) }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const WebhookDeliveryConnection = builder.connectionObject({ type: WebhookDeliveryNode, name: 'WebhookDeliveryConnection' }, { name: 'WebhookDeliveryEdge' });

export const WebhookNode = builder.prismaNode('Webhook', {
  description: "An endpoint the customer's events are posted to, signed (README \"Webhooks\"). The secret is shown only by webhookCreate and webhookRotateSecret.",
  ...OWN_NODE,
  authScopes: { admin: true },
  fields: (t) => ({
    uuid: t.expose('id', UUID_FIELD),
    url: t.exposeString('url'),
    eventTypes: t.field({ type: [WebhookEventTypeEnum], resolve: (w) => w.eventTypes as WebhookEventType[] }),
    description: t.exposeString('description'),
    previousSecretExpiresAt: t.field({
      type: 'DateTime', nullable: true, description: 'Until then the secret before the last rotation signs too (a second v1=).',
      resolve: (w) => (w.previousSecretExpiresAt && w.previousSecretExpiresAt > new Date() ? w.previousSecretExpiresAt : null),
    }),
    disabledAt: t.expose('disabledAt', { type: 'DateTime', nullable: true, description: 'Set when nothing is sent to it any more; webhookUpdate(enabled: true) sends again.' }),
    disabledReason: t.exposeString('disabledReason', { nullable: true, description: 'Why it was disabled (a day of failed deliveries, with the last answer).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
    deliveries: t.relatedConnection(
      'deliveries',
      {
        description: 'Its delivery log, newest first.',
        cursor: 'createdAt_id',
        extensions: lazyCursors(['createdAt', 'id']),
        totalCount: true,
        validate: pageArgs,
        args: { status: t.arg({ type: WebhookDeliveryStatusEnum }) },
        query: (args, ctx) => ({ where: { customerId: customerOf(ctx), ...(args.status ? { status: args.status } : {}) }, orderBy: newestFirst }),
      },
      WebhookDeliveryConnection,
    ),
  }),
});

export const WebhookConnection = builder.connectionObject({ type: WebhookNode, name: 'WebhookConnection' }, { name: 'WebhookEdge' });
