import { expect } from 'vitest';
import { graphql } from '../gql/index.ts';
import type { TenancyModule } from './types.ts';

const WEBHOOK_CREATE_A = graphql(`
  mutation WebhookCreateAForTenancy { webhookCreate(input: {url: "https://a.example.invalid/hook", eventTypes: [CAMPAIGN_CALL_FINISHED]}) { webhook { id uuid } secret } }
`);
const WEBHOOKS = graphql(`
  query WebhooksForTenancy { webhooks(first: 100, includeDeleted: true) { nodes { id url } } }
`);
const WEBHOOK_CREATE_B = graphql(`
  mutation WebhookCreateBForTenancy { webhookCreate(input: {url: "https://b.example.invalid/hook", eventTypes: [CAMPAIGN_CALL_FINISHED]}) { webhook { id } } }
`);
const WEBHOOK_UPDATE = graphql(`
  mutation WebhookUpdateForTenancy($id: ID!) { webhookUpdate(input: {id: $id, url: "https://b.example.invalid/stolen"}) { webhook { id } userErrors { code } } }
`);
const WEBHOOK_DELETE = graphql(`
  mutation WebhookDeleteForTenancy($id: ID!) { webhookDelete(input: {id: $id}) { webhook { id } userErrors { code } } }
`);
const WEBHOOK_ROTATE = graphql(`
  mutation WebhookRotateSecretForTenancy($id: ID!) { webhookRotateSecret(input: {id: $id}) { secret userErrors { code } } }
`);
const DELIVERY_RETRY = graphql(`
  mutation WebhookDeliveryRetryForTenancy($id: ID!) { webhookDeliveryRetry(input: {id: $id}) { webhookDelivery { id } userErrors { code } } }
`);
const WEBHOOK_OF_A = graphql(`
  query WebhookOfAForTenancy($id: ID!) { node(id: $id) { ... on Webhook { url deletedAt previousSecretExpiresAt } } }
`);
const DELIVERY_OF_A = graphql(`
  query WebhookDeliveryOfAForTenancy($id: ID!) { node(id: $id) { ... on WebhookDelivery { status } } }
`);

export const webhookTenancy: TenancyModule = {
  async seed(a, { prisma }) {
    const created = await a.gql(WEBHOOK_CREATE_A);
    const webhook = created.data!.webhookCreate.webhook!;
    // A delivery as the fan-out writes it (the test's receiver is unreachable, so it is given up at once).
    const row = await prisma.webhook.findUniqueOrThrow({ where: { id: webhook.uuid } });
    const delivery = await prisma.webhookDelivery.create({
      data: {
        customerId: row.customerId, webhookId: row.id, eventId: 1n, eventType: 'CAMPAIGN_CALL_FINISHED', entityType: 'CampaignCall',
        entityId: row.id, version: 1, kind: 'STATUS', snapshot: {}, occurredAt: new Date(), status: 'FAILED', retryUntil: new Date(),
      },
    });
    return { aWebhook: webhook.id, aWebhookDelivery: Buffer.from(`WebhookDelivery:${delivery.id}`).toString('base64url') };
  },
  cases: {
    'Query.webhooks': async ({ b, ids }) => {
      const res = await b.gql(WEBHOOKS);
      expect(res.data!.webhooks.nodes.map((w) => w.id)).not.toContain(ids.aWebhook);
    },
    'Mutation.webhookCreate': async ({ a, b }) => {
      await b.gql(WEBHOOK_CREATE_B);
      const aHooks = await a.gql(WEBHOOKS);
      expect(aHooks.data!.webhooks.nodes.map((w) => w.url)).not.toContain('https://b.example.invalid/hook');
    },
    'Mutation.webhookUpdate': async ({ a, b, ids }) => {
      const res = await b.gql(WEBHOOK_UPDATE, { id: ids.aWebhook });
      expect(res.data!.webhookUpdate).toEqual({ webhook: null, userErrors: [{ code: 'NOT_FOUND' }] });
      expect(((await a.gql(WEBHOOK_OF_A, { id: ids.aWebhook })).data!.node as { url: string }).url).toBe('https://a.example.invalid/hook');
    },
    'Mutation.webhookDelete': async ({ a, b, ids }) => {
      const res = await b.gql(WEBHOOK_DELETE, { id: ids.aWebhook });
      expect(res.data!.webhookDelete).toEqual({ webhook: null, userErrors: [{ code: 'NOT_FOUND' }] });
      expect(((await a.gql(WEBHOOK_OF_A, { id: ids.aWebhook })).data!.node as { deletedAt: string | null }).deletedAt).toBeNull();
    },
    'Mutation.webhookRotateSecret': async ({ a, b, ids }) => {
      const res = await b.gql(WEBHOOK_ROTATE, { id: ids.aWebhook });
      expect(res.data!.webhookRotateSecret).toEqual({ secret: null, userErrors: [{ code: 'NOT_FOUND' }] });
      expect(((await a.gql(WEBHOOK_OF_A, { id: ids.aWebhook })).data!.node as { previousSecretExpiresAt: string | null }).previousSecretExpiresAt).toBeNull();
    },
    'Mutation.webhookDeliveryRetry': async ({ a, b, ids }) => {
      const res = await b.gql(DELIVERY_RETRY, { id: ids.aWebhookDelivery });
      expect(res.data!.webhookDeliveryRetry).toEqual({ webhookDelivery: null, userErrors: [{ code: 'NOT_FOUND' }] });
      expect(((await a.gql(DELIVERY_OF_A, { id: ids.aWebhookDelivery })).data!.node as { status: string }).status).toBe('FAILED');
    },
  },
};
