import { builder } from '../builder.ts';
import { readsColumns } from '../common/columns.ts';
import { AddressRef, addressFromJson } from '../common/address.ts';
import { OWN_NODE, UUID_FIELD } from '../global-id.ts';
import { MachineDetectionEnum, outcomeRulesField } from './outcome-rules.ts';

export const OutplanNode = builder.prismaNode('Outplan', {
  description: 'How to dial: caller id, timing and the attempt budget per destination slot.',
  ...OWN_NODE,
  fields: (t) => ({
    uuid: t.expose('id', UUID_FIELD),
    name: t.exposeString('name'),
    detail: t.exposeString('detail'),
    source: t.field({
      type: AddressRef,
      nullable: true,
      description: 'Caller id for every call of a campaign that uses this outplan.',
      ...readsColumns('source'),
      resolve: (o) => addressFromJson(o.source),
    }),
    dialTimeout: t.exposeInt('dialTimeout', { description: 'Milliseconds to let a destination ring before giving up.' }),
    tryInterval: t.exposeInt('tryInterval', {
      description: 'Milliseconds to wait after an attempt on a target before the next attempt on it.',
    }),
    maxTryCounts: t.exposeIntList('maxTryCounts', {
      description: 'Attempt budget per destination slot; always five entries (slots 0..4).',
    }),
    outcomeRules: t.field(outcomeRulesField),
    machineDetection: t.expose('machineDetection', {
      type: MachineDetectionEnum,
      description: 'What a call does when an answering machine picks up; HANGUP unless changed (outplanUpdateOutcomeRules).',
    }),
    version: t.exposeInt('version', { description: 'Increases by one on every change.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
  }),
});

export const OutplanConnection = builder.connectionObject({ type: OutplanNode, name: 'OutplanConnection' }, { name: 'OutplanEdge' });
