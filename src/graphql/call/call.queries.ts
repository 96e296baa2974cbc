import { builder } from '../builder.ts';
import { liveUnless, newestFirstConnection, ownRowById } from '../common/own-rows.ts';
import { idOf, optionalIdArg } from '../global-id.ts';
import type { CallDirection, CallStatus } from '../../generated/prisma/enums.ts';
import { CallConnection, CallNode } from './call.node.ts';
import { CallFilter } from './call.inputs.ts';
import { callSearchWhere } from '../../domain/search.ts';

interface CallsArgs {
  filter?: { status?: CallStatus[] | null; direction?: CallDirection | null; campaignId?: string | null; search?: string | null } | null;
  includeDeleted?: boolean | null;
}

builder.queryFields((t) => ({
  // Deleted calls stay readable by id (A1).
  call: t.prismaField({ type: CallNode, nullable: true, args: { id: t.arg.id(idOf('Call', { required: true })) }, resolve: ownRowById('call', 'Call') }),
  calls: t.prismaConnection(
    {
      type: 'Call',
      args: { filter: t.arg({ type: CallFilter }), includeDeleted: t.arg.boolean({ defaultValue: false }) },
      ...newestFirstConnection('call', ({ filter, includeDeleted }: CallsArgs, customerId) => ({
        customerId,
        ...liveUnless(includeDeleted),
        ...(filter?.status ? { status: { in: filter.status } } : {}),
        ...(filter?.direction ? { direction: filter.direction } : {}),
        // The call's own campaign_id column; a malformed id, or another customer's campaign, matches nothing.
        ...(filter?.campaignId ? { campaignId: optionalIdArg(filter.campaignId, 'Campaign', 'filter.campaignId')! } : {}),
        ...callSearchWhere(filter?.search),
      })),
    },
    CallConnection,
  ),
}));
