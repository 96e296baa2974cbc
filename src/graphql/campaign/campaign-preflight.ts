// Campaign.preflight (issue 13): the CampaignPreflight type and the field's definition (src/domain/campaign-preflight.ts
// has the buckets and their statement); the field is added in ./campaign.node.ts.
import { builder } from '../builder.ts';
import { readsColumns } from '../common/columns.ts';
import { perRequestLoader } from '../common/loader.ts';
import { customerOf } from '../common/own-rows.ts';
import { preflightByCampaign, type CampaignPreflight } from '../../domain/campaign-preflight.ts';

/**
 * The field's cost: its statement reads every target of the campaign's outdial (a count, with a do-not-call probe
 * per destination and a contact-limit probe per target over the limit), the heaviest field of a campaign, so a
 * page of 100 campaigns with it costs half of MAX_QUERY_COST (and the dashboard asks it of one campaign at a time).
 */
export const PREFLIGHT_COMPLEXITY = 500;

// The preflights of every campaign on the page in one statement.
const preflightLoader = perRequestLoader<CampaignPreflight>((ctx, ids) =>
  preflightByCampaign(ctx.prisma, customerOf(ctx), ids, { timeScale: ctx.dialerTimeScale }));

const CampaignPreflightRef = builder.objectRef<CampaignPreflight>('CampaignPreflight').implement({
  description: 'What the dialer would do with the campaign\'s targets if it looked now. Each target is in exactly one count, ' +
    'the first that applies: done, inProgress, suppressed, overContactLimit, outsideCallingHours, waitingForRetryInterval, dialableNow.',
  fields: (t) => ({
    targetsTotal: t.exposeInt('targetsTotal', { description: 'Live targets of the campaign\'s outdial.' }),
    dialableNow: t.exposeInt('dialableNow', { description: 'Would be dialed now (as many at once as maxConcurrentCalls and maxCallsPerSecond allow).' }),
    waitingForRetryInterval: t.exposeInt('waitingForRetryInterval', { description: 'Dialed before; the outplan\'s tryInterval since that attempt ended has not passed.' }),
    outsideCallingHours: t.exposeInt('outsideCallingHours', { description: 'Their calling window is closed now in their time zone.' }),
    suppressed: t.exposeInt('suppressed', { description: 'Every destination with tries left is on a do-not-call list.' }),
    overContactLimit: t.exposeInt('overContactLimit', { description: 'The destination they would be dialed on had its contactLimit of calls in the period.' }),
    done: t.exposeInt('done', { description: 'DONE, or no tries left (the dialer marks them EXHAUSTED).' }),
    inProgress: t.exposeInt('inProgress', { description: 'An attempt in flight.' }),
    nextDialableAt: t.expose('nextDialableAt', {
      type: 'DateTime', nullable: true,
      description: 'When the next target becomes dialable, if none is now: the earliest end of a retry interval, opening of a calling ' +
        'window or freeing of a contact limit among the waiting targets (it may then wait for another reason). Null when one is dialable now or none waits.',
    }),
  }),
});

export const preflightField = {
  type: CampaignPreflightRef,
  complexity: PREFLIGHT_COMPLEXITY,
  description: 'What the dialer would do with each target now ("X of Y will be skipped" before Run). Reads all of the outdial\'s targets: ' +
    `its cost is ${PREFLIGHT_COMPLEXITY}.`,
  ...readsColumns('id'),
  resolve: (campaign: { id: string }, _args: object, ctx: Parameters<typeof preflightLoader>[0]) => preflightLoader(ctx).load(campaign.id),
} as const;
