import { builder } from '../builder.ts';
import { lazyCursors } from '../lazy-cursors.ts';
import { pageArgs } from '../common/pagination.ts';
import { ownRow, UUID_FIELD } from '../global-id.ts';
import { addressPrefixWhere, dncSearchPrefix } from '../../domain/dnc-address.ts';

export const DncEntryNode = builder.prismaObject('DncEntry', {
  description: 'One address on a do-not-call list.',
  fields: (t) => ({
    address: t.exposeString('address', { description: 'Normalised: E.164 for phone numbers, lower-case for e-mail addresses, the URI for SIP.' }),
    reason: t.exposeString('reason'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const DncListNode = builder.prismaNode('DncList', {
  description: 'Addresses never to dial: a campaign bound to the list (campaignUpdateDialingRules(dncListIds)) skips them at dial time.',
  id: { field: 'id' },
  nullable: true,
  // The caller's live lists only: a deleted list reads as not found (it has no deletedAt to show).
  findUnique: (id, ctx) => ({ ...ownRow(id, ctx), deletedAt: null }),
  fields: (t) => ({
    uuid: t.expose('id', UUID_FIELD),
    name: t.exposeString('name'),
    detail: t.exposeString('detail'),
    entryCount: t.exposeInt('entryCount', { description: 'Addresses on the list.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true, description: 'The last change of the list or of its entries.' }),
    entries: t.relatedConnection(
      'entries',
      {
        description: 'The entries in address order; search: a prefix of the normalised address (a phone number typed any way, an e-mail, sip:...).',
        cursor: 'dncListId_address',
        extensions: lazyCursors(['dncListId', 'address']),
        totalCount: true,
        validate: pageArgs,
        args: { search: t.arg.string() },
        query: (args) => {
          const prefix = dncSearchPrefix(args.search);
          return { where: prefix ? { address: addressPrefixWhere(prefix) } : {}, orderBy: [{ address: 'asc' as const }] };
        },
      },
      { name: 'DncEntryConnection' },
      { name: 'DncEntryEdge' },
    ),
  }),
});

export const DncListConnection = builder.connectionObject({ type: DncListNode, name: 'DncListConnection' }, { name: 'DncListEdge' });
