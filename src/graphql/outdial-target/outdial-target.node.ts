import { builder } from '../builder.ts';
import { readsColumns } from '../common/columns.ts';
import { AddressRef, addressFromJson } from '../common/address.ts';
import { OutdialTargetResult, OutdialTargetStatus, type OutdialTarget } from '../../generated/prisma/client.ts';
import type { Address } from '../../domain/address.ts';
import { OWN_NODE, UUID_FIELD } from '../global-id.ts';
import { z } from 'zod';
import { MAX_SEARCH } from '../../domain/search.ts';

export const OutdialTargetStatusEnum = builder.enumType(OutdialTargetStatus, { name: 'OutdialTargetStatus' });
export const OutdialTargetResultEnum = builder.enumType(OutdialTargetResult, {
  name: 'OutdialTargetResult',
  description: 'Why a DONE target is done.',
});

interface Destination {
  index: number;
  address: Address;
  tryCount: number;
}

const OutdialTargetDestinationRef = builder.objectRef<Destination>('OutdialTargetDestination').implement({
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Slot 0..4; the dialer tries lower slots first.' }),
    address: t.expose('address', { type: AddressRef }),
    tryCount: t.exposeInt('tryCount', { description: 'Attempts already made on this slot.' }),
  }),
});

/** What `destinations` reads. */
const DESTINATION_COLUMNS = [0, 1, 2, 3, 4].flatMap((slot) => [`destination${slot}`, `tryCount${slot}`]);

/** One slot's entry, or none when the slot is empty. */
function slot(destinations: Destination[], index: number, json: unknown, tryCount: number): void {
  const address = addressFromJson(json);
  if (address) destinations.push({ index, address, tryCount });
}

/** The five destination columns as a list of the slots in use, in dialing order (unrolled: it runs for every row of every list). */
function destinationsOf(row: OutdialTarget): Destination[] {
  const destinations: Destination[] = [];
  slot(destinations, 0, row.destination0, row.tryCount0);
  slot(destinations, 1, row.destination1, row.tryCount1);
  slot(destinations, 2, row.destination2, row.tryCount2);
  slot(destinations, 3, row.destination3, row.tryCount3);
  slot(destinations, 4, row.destination4, row.tryCount4);
  return destinations;
}

export const OutdialTargetNode = builder.prismaNode('OutdialTarget', {
  description: 'One contact of an outdial, with one to five destinations dialed in order.',
  ...OWN_NODE,
  fields: (t) => ({
    uuid: t.expose('id', UUID_FIELD),
    outdial: t.relation('outdial'),
    name: t.exposeString('name'),
    detail: t.exposeString('detail'),
    data: t.exposeString('data'),
    status: t.expose('status', { type: OutdialTargetStatusEnum }),
    result: t.expose('result', { type: OutdialTargetResultEnum, nullable: true }),
    version: t.exposeInt('version', { description: 'Increases by one on every change.' }),
    destinations: t.field({
      type: [OutdialTargetDestinationRef],
      description: 'One entry per destination slot in use, in dialing order (index 0..4).',
      ...readsColumns(...DESTINATION_COLUMNS),
      resolve: destinationsOf,
    }),
    timeZone: t.string({
      nullable: true,
      description: 'IANA zone its calling hours are judged in: given, else derived from its TEL numbers (the first of timeZones when they ' +
        'map to several), else null (the campaign\'s default applies).',
      ...readsColumns('timeZone', 'timeZones'),
      resolve: (row) => row.timeZone ?? row.timeZones?.[0] ?? null,
    }),
    timeZones: t.stringList({
      description: 'Every zone its calling hours must be open in: the given zone, else those of its TEL numbers; empty: the campaign\'s defaultTimeZone.',
      ...readsColumns('timeZones'),
      resolve: (row) => row.timeZones ?? [],
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
  }),
});

export const OutdialTargetConnection = builder.connectionObject(
  { type: OutdialTargetNode, name: 'OutdialTargetConnection' },
  { name: 'OutdialTargetEdge' },
);

export const OutdialTargetFilter = builder.inputType('OutdialTargetFilter', {
  fields: (t) => ({
    status: t.field({ type: [OutdialTargetStatusEnum], description: 'Any of these statuses.' }),
    search: t.string({
      description: 'Targets whose name contains this (any case), or with a destination that starts with it: a phone number or its start, ' +
        'typed any way ("+1 (555) 123"), or a SIP address. At most 100 characters.',
      validate: z.string().max(MAX_SEARCH, `search is at most ${MAX_SEARCH} characters.`),
    }),
  }),
});
