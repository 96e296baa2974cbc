// Campaign.dialingRules and the types of campaignUpdateDialingRules (issue 13). The mutation itself is in
// ./campaign.mutations.ts, beside the other campaign mutations (they share CampaignPayload); the field in ./campaign.node.ts.
import { builder } from '../builder.ts';
import { readsColumns } from '../common/columns.ts';
import { ID_OF_EXTENSION, idOf } from '../global-id.ts';
import { storedWindows, WEEKDAYS, windowOf, type CallingWindowInput as CallingWindowShape } from '../../domain/calling-hours.ts';
import type { Campaign, DncList } from '../../generated/prisma/client.ts';
import { DncListNode } from '../dnc-list/dnc-list.node.ts';
import { perRequestLoader } from '../common/loader.ts';
import { customerOf } from '../common/own-rows.ts';
import { dncListsByCampaign } from '../../domain/dnc-binding.ts';

// The lists of every campaign on the page in one query.
const dncListsLoader = perRequestLoader<DncList[]>((ctx, campaignIds) => dncListsByCampaign(ctx.prisma, customerOf(ctx), campaignIds));

export const WeekdayEnum = builder.enumType('Weekday', { values: WEEKDAYS });

const CallingWindowRef = builder.objectRef<CallingWindowShape>('CallingWindow').implement({
  description: 'Calls may start on these days from start (inclusive) to end (exclusive), in the callee\'s local time. ' +
    'An end at or before the start ends on the next day (20:00 to 02:00 runs until 02:00 the day after each listed day).',
  fields: (t) => ({
    days: t.field({ type: [WeekdayEnum], resolve: (w) => [...w.days] }),
    start: t.expose('start', { type: 'LocalTime' }),
    end: t.expose('end', { type: 'LocalTime' }),
  }),
});

export const CallingWindowInput = builder.inputType('CallingWindowInput', {
  fields: (t) => ({
    days: t.field({ type: [WeekdayEnum], required: true }),
    start: t.field({ type: 'LocalTime', required: true }),
    end: t.field({ type: 'LocalTime', required: true, description: 'Exclusive; at or before start: on the next day.' }),
  }),
});

interface ContactLimitShape {
  maxAttempts: number;
  periodDays: number;
}

const ContactLimitRef = builder.objectRef<ContactLimitShape>('ContactLimit').implement({
  description: 'At most maxAttempts calls to one address in any periodDays days, across all of the customer\'s campaigns. ' +
    'Stored with the campaign; the dialer does not apply it yet.',
  fields: (t) => ({ maxAttempts: t.exposeInt('maxAttempts'), periodDays: t.exposeInt('periodDays') }),
});

export const ContactLimitInput = builder.inputType('ContactLimitInput', {
  fields: (t) => ({
    maxAttempts: t.int({ required: true, description: '1 to 1,000.' }),
    periodDays: t.int({ required: true, description: '1 to 365.' }),
  }),
});

interface DialingRulesShape {
  campaignId: string;
  callingWindows: CallingWindowShape[];
  restrictedDates: string[];
  defaultTimeZone: string;
  contactLimit: ContactLimitShape | null;
  maxCallsPerSecond: number | null;
}

const CampaignDialingRulesRef = builder.objectRef<DialingRulesShape>('CampaignDialingRules').implement({
  description: 'When and how the campaign may dial. Calling windows and restricted dates are judged in each target\'s own time zone.',
  fields: (t) => ({
    callingWindows: t.field({ type: [CallingWindowRef], description: 'Empty: any time.', resolve: (r) => r.callingWindows }),
    restrictedDates: t.field({ type: ['LocalDate'], description: 'No call starts on these local dates.', resolve: (r) => r.restrictedDates }),
    defaultTimeZone: t.exposeString('defaultTimeZone', { description: 'IANA zone for targets whose own zone is unknown.' }),
    dncLists: t.field({
      type: [DncListNode], description: 'The do-not-call lists checked for every destination at dial time.',
      resolve: (r, _args, ctx) => dncListsLoader(ctx).load(r.campaignId),
    }),
    contactLimit: t.field({ type: ContactLimitRef, nullable: true, description: 'Null: no limit.', resolve: (r) => r.contactLimit }),
    maxCallsPerSecond: t.exposeFloat('maxCallsPerSecond', {
      nullable: true,
      description: 'Calls started per second at most; null: no limit. Stored with the campaign; the dialer does not apply it yet ' +
        '(maxConcurrentCalls paces it today).',
    }),
  }),
});

/** Campaign.dialingRules (declared in ./campaign.node.ts). */
export const dialingRulesField = {
  type: CampaignDialingRulesRef,
  ...readsColumns('id', 'callingWindows', 'restrictedDates', 'defaultTimeZone', 'contactLimitMaxAttempts', 'contactLimitPeriodDays', 'maxCallsPerSecond'),
  resolve: (c: Campaign): DialingRulesShape => ({
    campaignId: c.id,
    callingWindows: storedWindows(c.callingWindows).map(windowOf),
    restrictedDates: c.restrictedDates ?? [],
    defaultTimeZone: c.defaultTimeZone,
    contactLimit: c.contactLimitMaxAttempts !== null && c.contactLimitPeriodDays !== null
      ? { maxAttempts: c.contactLimitMaxAttempts, periodDays: c.contactLimitPeriodDays } : null,
    maxCallsPerSecond: c.maxCallsPerSecond,
  }),
};

export const CampaignUpdateDialingRulesInput = builder.inputType('CampaignUpdateDialingRulesInput', {
  description: 'Omitted fields are unchanged; null clears (callingWindows: [] means any time). A running campaign applies them from its next round.',
  fields: (t) => ({
    id: t.id(idOf('Campaign', { required: true })),
    callingWindows: t.field({ type: [CallingWindowInput], description: `Up to 20 windows; they may overlap. Empty or null: any time.` }),
    restrictedDates: t.field({ type: ['LocalDate'], description: 'Up to 366 local dates on which no call starts; null clears.' }),
    defaultTimeZone: t.string({ description: 'IANA zone (America/New_York); null: UTC.' }),
    contactLimit: t.field({ type: ContactLimitInput, description: 'At most maxAttempts calls to one address (across the customer\'s campaigns and hand calls) within periodDays; a target at its limit waits, keeping its tries. Null: no limit.' }),
    maxCallsPerSecond: t.float({ description: 'Call starts per second the dialer allows this campaign, on every instance together; more than 0, at most 1,000; null: no limit.' }),
    dncListIds: t.idList({
      description: 'The do-not-call lists to check (global ids or UUIDs), replacing the ones bound; [] or null: none. At most 20.',
      // What idOf would add, keeping this description: inputMutation refuses another type's global id by its index.
      extensions: { [ID_OF_EXTENSION]: 'DncList' },
    }),
  }),
});
