// The body of a delivery: the event's row in the API's terms (global ids, enum names as GraphQL spells them,
// instants as ISO strings), with the event's id, type, kind, row version and time. Built from the delivery's
// copy of the event, so every attempt of one delivery sends the same body.
import { encodeGlobalId } from '../domain/global-id.ts';
import type { WebhookDelivery } from '../generated/prisma/client.ts';

/** Reference columns of the snapshots and the node type they point to. */
const REFERENCES: Record<string, string> = {
  outplanId: 'Outplan', outdialId: 'Outdial', outdialTargetId: 'OutdialTarget', campaignId: 'Campaign', nextCampaignId: 'Campaign',
  callId: 'Call', masterCallId: 'Call', campaignCallId: 'CampaignCall',
};

/** A snapshot as the API shows its row: `id` the global id and `uuid` the row UUID, references as global ids. */
export function apiShape(entityType: string, snapshot: Record<string, unknown>): Record<string, unknown> {
  const row: Record<string, unknown> = { __typename: entityType };
  for (const [key, value] of Object.entries(snapshot)) {
    if (key === 'customerId' || key === 'ownerId') continue; // the receiver's own customer, the instance owning a call: internal
    if (key === 'id' && typeof value === 'string') {
      row.id = encodeGlobalId(entityType, value);
      row.uuid = value;
    } else if (REFERENCES[key] && typeof value === 'string') row[key] = encodeGlobalId(REFERENCES[key], value);
    else row[key] = value;
  }
  return row;
}

export function deliveryBody(delivery: Pick<WebhookDelivery, 'eventId' | 'eventType' | 'entityType' | 'kind' | 'version' | 'occurredAt' | 'snapshot'>): string {
  return JSON.stringify({
    id: delivery.eventId.toString(),
    type: delivery.eventType,
    kind: delivery.kind,
    version: delivery.version,
    occurredAt: delivery.occurredAt.toISOString(),
    data: apiShape(delivery.entityType, delivery.snapshot as Record<string, unknown>),
  });
}
