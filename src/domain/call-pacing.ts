// Calls per second (issue 13), for a campaign's maxCallsPerSecond `rate`: at most `capacity` = max(1, floor(rate))
// of its attempts start in any `window` of max(1, 1/rate) seconds: 20 is 20 in any second, 0.5 one in any two
// seconds, 2.5 two in any second (never more than the rate: a fraction above 1 is given up, not risked as a burst).
//
// Counted by the dialer's round from the campaign's own campaign_call rows (created_at, the instant its statement
// inserted them), in the statement that inserts the next ones: rounds of one campaign are serialised by its row lock
// (src/dialer/round-statement.ts), so the count is exact across instances, with or without Redis, and after a
// restart. A Redis limiter (rate-limiter-flexible, as src/domain/cost-budget.ts) would be a second, weaker source:
// its points are taken outside the round's transaction (a round that rolls back or finds fewer targets would still
// have spent them) and it would need a memory fallback that two PostgreSQL instances without Redis cannot share.
// Real time: SIMULATOR_TIME_SCALE does not scale it (a carrier's cap is on real call starts).

/** SQL interval: the window over which starts are counted, for a rate (SQL float8). */
export function pacingWindowSql(rate: string): string {
  return `(GREATEST(1, 1 / (${rate})) * interval '1 second')`;
}

/** SQL int: the starts allowed in one window. */
export function pacingCapacitySql(rate: string): string {
  return `GREATEST(1, floor(${rate}))::int`;
}

/**
 * SQL rows (created_at): the newest `capacity` attempts of campaign `campaignId` (SQL uuid) started in the window
 * that ends at `now` (SQL timestamptz); read newest first from the (campaign_id, created_at, id) index.
 */
export function recentStartsSql(campaignId: string, rate: string, now: string): string {
  return `SELECT a.created_at FROM campaign_call a
            WHERE a.campaign_id = ${campaignId} AND a.created_at > (${now}) - ${pacingWindowSql(rate)}
            ORDER BY a.created_at DESC LIMIT ${pacingCapacitySql(rate)}`;
}
