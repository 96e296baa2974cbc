import { builder } from '../builder.ts';
import { liveUnless, newestFirstConnection } from '../common/own-rows.ts';
import { WebhookConnection } from './webhook.node.ts';

builder.queryFields((t) => ({
  webhooks: t.prismaConnection(
    {
      type: 'Webhook',
      description: "ADMIN: the webhook endpoints of the caller's customer (never their secrets).",
      authScopes: { admin: true },
      args: { includeDeleted: t.arg.boolean({ defaultValue: false }) },
      ...newestFirstConnection('webhook', (args: { includeDeleted?: boolean | null }, customerId) => ({ customerId, ...liveUnless(args.includeDeleted) })),
    },
    WebhookConnection,
  ),
}));
