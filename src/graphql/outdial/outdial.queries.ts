import { builder } from '../builder.ts';
import { literalText, liveUnless, newestFirstConnection, ownRowById } from '../common/own-rows.ts';
import { NO_ROW_ID, uuidOf } from '../global-id.ts';
import { OutdialConnection, OutdialFilter, OutdialNode } from './outdial.node.ts';

interface OutdialsArgs {
  includeDeleted?: boolean | null;
  filter?: { name?: string | null; campaignId?: string | null } | null;
}

builder.queryFields((t) => ({
  outdial: t.prismaField({ type: OutdialNode, nullable: true, args: { id: t.arg.id({ required: true }) }, resolve: ownRowById('outdial', 'Outdial') }),
  outdials: t.prismaConnection(
    {
      type: 'Outdial',
      args: { filter: t.arg({ type: OutdialFilter }), includeDeleted: t.arg.boolean({ defaultValue: false }) },
      ...newestFirstConnection('outdial', ({ filter, includeDeleted }: OutdialsArgs, customerId) => ({
        customerId,
        ...liveUnless(includeDeleted),
        ...(filter?.name ? { name: { contains: literalText(filter.name), mode: 'insensitive' as const } } : {}),
        // A malformed id, or another customer's campaign, simply matches nothing.
        ...(filter?.campaignId ? { campaign: { is: { id: uuidOf(filter.campaignId, 'Campaign') ?? NO_ROW_ID, customerId } } } : {}),
      })),
    },
    OutdialConnection,
  ),
}));
