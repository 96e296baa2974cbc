import { builder } from '../builder.ts';
import { idOf } from '../global-id.ts';
import { liveUnless, newestFirstConnection, ownRowById } from '../common/own-rows.ts';
import type { CampaignStatus } from '../../generated/prisma/enums.ts';
import { CampaignConnection, CampaignFilter, CampaignNode } from './campaign.node.ts';

interface CampaignsArgs {
  includeDeleted?: boolean | null;
  filter?: { status?: CampaignStatus[] | null } | null;
}

builder.queryFields((t) => ({
  // Deleted campaigns stay readable by id (A1).
  campaign: t.prismaField({ type: CampaignNode, nullable: true, args: { id: t.arg.id(idOf('Campaign', { required: true })) }, resolve: ownRowById('campaign', 'Campaign') }),
  campaigns: t.prismaConnection(
    {
      type: 'Campaign',
      args: { filter: t.arg({ type: CampaignFilter }), includeDeleted: t.arg.boolean({ defaultValue: false }) },
      ...newestFirstConnection('campaign', ({ filter, includeDeleted }: CampaignsArgs, customerId) => ({
        customerId,
        ...liveUnless(includeDeleted),
        ...(filter?.status ? { status: { in: filter.status } } : {}),
      })),
    },
    CampaignConnection,
  ),
}));
