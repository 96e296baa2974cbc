import { builder } from '../builder.ts';
import { DeleteInput, entityMutations, inputMutation, payloadType } from '../common/mutation.ts';
import { idOf, uuidOf } from '../global-id.ts';
import type { UserError } from '../../domain/errors.ts';
import type { Webhook } from '../../generated/prisma/client.ts';
import { createWebhook, deleteWebhook, retryWebhookDelivery, rotateWebhookSecret, updateWebhook } from '../../domain/webhook.ts';
import { WebhookDeliveryNode, WebhookEventTypeEnum, WebhookNode } from './webhook.node.ts';

const WebhookCreateInput = builder.inputType('WebhookCreateInput', {
  fields: (t) => ({
    url: t.string({ required: true, description: 'http(s) URL, at most 2,048 characters. Loopback, private and link-local addresses are refused when sending.' }),
    eventTypes: t.field({ type: [WebhookEventTypeEnum], required: true }),
    description: t.string({ description: 'At most 2,000 characters.' }),
  }),
});
const WebhookUpdateInput = builder.inputType('WebhookUpdateInput', {
  fields: (t) => ({
    id: t.id(idOf('Webhook', { required: true })),
    url: t.string(),
    eventTypes: t.field({ type: [WebhookEventTypeEnum] }),
    description: t.string(),
    enabled: t.boolean({ description: 'true: sends again to an endpoint that was disabled (its failures forgotten); false: stops sending.' }),
  }),
});
const WebhookRotateSecretInput = builder.inputType('WebhookRotateSecretInput', {
  fields: (t) => ({ id: t.id(idOf('Webhook', { required: true })) }),
});
const WebhookDeliveryRetryInput = builder.inputType('WebhookDeliveryRetryInput', {
  fields: (t) => ({ id: t.id(idOf('WebhookDelivery', { required: true })) }),
});

const WebhookSecretPayload = payloadType<{ webhook: Webhook | null; secret: string | null; userErrors: UserError[] }>('WebhookSecretPayload', {
  fields: (t) => ({
    webhook: t.field({ type: WebhookNode, nullable: true, resolve: (p) => p.webhook }),
    secret: t.string({ nullable: true, description: 'The signing secret; shown only in this response.', resolve: (p) => p.secret }),
  }),
  rejected: { webhook: null, secret: null },
});
const webhookMutation = entityMutations('WebhookPayload', 'webhook', WebhookNode);
const deliveryMutation = entityMutations('WebhookDeliveryPayload', 'webhookDelivery', WebhookDeliveryNode);

const withSecret = (result: Awaited<ReturnType<typeof createWebhook>>) =>
  result.ok ? { ...result.value, userErrors: [] } : { webhook: null, secret: null, userErrors: result.errors };

builder.mutationFields((t) => ({
  webhookCreate: inputMutation(t, WebhookSecretPayload, WebhookCreateInput, async (input, ctx) => withSecret(await createWebhook(ctx.prisma, ctx.viewer, input)), {
    scope: 'admin', description: 'ADMIN: a new endpoint for the events of `eventTypes`, and its signing secret (shown once).',
  }),
  webhookUpdate: webhookMutation(t, WebhookUpdateInput, (input, ctx) => updateWebhook(ctx.prisma, ctx.viewer, uuidOf(input.id, 'Webhook'), input), { scope: 'admin' }),
  webhookDelete: webhookMutation(t, DeleteInput, (input, ctx) => deleteWebhook(ctx.prisma, ctx.viewer, uuidOf(input.id, 'Webhook')), {
    scope: 'admin', description: 'ADMIN: nothing more is sent to the endpoint; its pending deliveries stay unsent.',
  }),
  webhookRotateSecret: inputMutation(
    t, WebhookSecretPayload, WebhookRotateSecretInput,
    async (input, ctx) => withSecret(await rotateWebhookSecret(ctx.prisma, ctx.viewer, uuidOf(input.id, 'Webhook'), ctx.webhookSettings.secretGraceMs)),
    { scope: 'admin', description: 'ADMIN: a new signing secret (shown once); the old one still signs, as a second v1=, for WEBHOOK_SECRET_GRACE_MS (24 h).', rowType: 'Webhook' },
  ),
  webhookDeliveryRetry: deliveryMutation(
    t, WebhookDeliveryRetryInput,
    (input, ctx) => retryWebhookDelivery(ctx.prisma, ctx.viewer, uuidOf(input.id, 'WebhookDelivery'), ctx.webhookSettings.retryForMs),
    { scope: 'admin', description: 'ADMIN: sends a delivery again (a replay, the same event id), whatever its status.' },
  ),
}));
