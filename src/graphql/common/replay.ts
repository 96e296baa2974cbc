// The `since` argument every subscription takes: a client that reconnects passes the updatedAt of the last
// event it saw and first gets, in order, every matching event whose row changed at or after it (from the
// outbox, within its retention), then the live ones with no gap (EventBus.subscribe). The replay starts
// REPLAY_OVERLAP_MS earlier, as changes of different rows commit out of their updatedAt order, so it repeats
// some events the subscriber has; a row's `version` tells them apart.
import { GraphQLError } from 'graphql';
import type { Context } from '../../context.ts';

export const SINCE_DESCRIPTION =
  'Replay first: every matching event whose row changed at or after this instant (its updatedAt), in order, then the live ones ' +
  // "10 s": REPLAY_OVERLAP_MS of src/events/bus.ts, which this layer may not import.
  'with no gap. Pass the updatedAt of the last event seen when reconnecting. The replay starts 10 s earlier ' +
  '(changes of different rows commit out of their updatedAt order), so it repeats events already seen: versions tell them apart. ' +
  'At most the outbox retention (EVENT_RETENTION_MS, default 24 h) back.';

/** The bus's replay option for `since`; older than the outbox keeps is a BAD_USER_INPUT that says the retention. */
export function replayFrom(since: Date | null | undefined, ctx: Pick<Context, 'bus'>): { since?: Date } {
  if (!since) return {};
  const oldest = ctx.bus.retainedSince();
  if (since < oldest) {
    const hours = Math.round(((Date.now() - oldest.getTime()) / 3_600_000) * 10) / 10;
    throw new GraphQLError(
      `since ${since.toISOString()} is older than the outbox keeps events (${hours} h, so nothing before ${oldest.toISOString()}): ` +
        'query the rows for their current state, then subscribe with a later since or none.',
      { extensions: { code: 'BAD_USER_INPUT', argumentName: 'since' } },
    );
  }
  return { since };
}
