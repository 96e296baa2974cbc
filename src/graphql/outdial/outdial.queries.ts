import { builder } from '../builder.ts';
import { liveUnless, newestFirstConnection, ownRowById } from '../common/own-rows.ts';
import { likeLiteral } from '../../domain/search.ts';
import { idOf, NO_ROW_ID, optionalIdArg } from '../global-id.ts';
import { OutdialConnection, OutdialFilter, OutdialNode } from './outdial.node.ts';

interface OutdialsArgs {
  includeDeleted?: boolean | null;
  filter?: { name?: string | null; campaignId?: string | null } | null;
}

/**
 * Names containing `name`, case-insensitively. No stored name holds a NUL (PostgreSQL cannot store one, nor bind one
 * as a parameter), so a filter with one matches nothing and is never sent.
 */
function nameFilter(name: string) {
  return name.includes('\u0000') ? { id: NO_ROW_ID } : { name: { contains: likeLiteral(name), mode: 'insensitive' as const } };
}

builder.queryFields((t) => ({
  outdial: t.prismaField({ type: OutdialNode, nullable: true, args: { id: t.arg.id(idOf('Outdial', { required: true })) }, resolve: ownRowById('outdial', 'Outdial') }),
  outdials: t.prismaConnection(
    {
      type: 'Outdial',
      args: { filter: t.arg({ type: OutdialFilter }), includeDeleted: t.arg.boolean({ defaultValue: false }) },
      ...newestFirstConnection('outdial', ({ filter, includeDeleted }: OutdialsArgs, customerId) => ({
        customerId,
        ...liveUnless(includeDeleted),
        ...(filter?.name ? nameFilter(filter.name) : {}),
        // A malformed id, or another customer's campaign, simply matches nothing.
        ...(filter?.campaignId ? { campaign: { is: { id: optionalIdArg(filter.campaignId, 'Campaign', 'filter.campaignId')!, customerId } } } : {}),
      })),
    },
    OutdialConnection,
  ),
}));
