// What the controller knows of each leg it is driving, in one place: the call row as it last wrote it (a
// stale one only costs a re-read; it carries the end a local hangup asked for, stored with CANCELING /
// TERMINATING so it outlives this instance) and its own dial-timeout timer.
import type { Call } from '../generated/prisma/client.ts';
import { isLive, type ChangeOutcome } from '../domain/call.ts';

export interface LiveLeg {
  row: Call;
  dialTimer?: NodeJS.Timeout;
}

export class LiveLegs {
  private readonly legs = new Map<string, LiveLeg>();

  add(row: Call): LiveLeg {
    const leg: LiveLeg = { row };
    this.legs.set(row.id, leg);
    return leg;
  }

  get(callId: string): LiveLeg | undefined {
    return this.legs.get(callId);
  }

  /** The row as last written here, to decide the next change on. */
  row(callId: string): Call | undefined {
    return this.legs.get(callId)?.row;
  }

  /** Keeps the row a change left while the call is live and its leg is here. */
  remember(callId: string, outcome: ChangeOutcome): ChangeOutcome {
    const leg = this.legs.get(callId);
    if (leg && outcome.call && isLive(outcome.call.status)) leg.row = outcome.call;
    return outcome;
  }

  /** The provider answered or ended the leg in time: its dial timeout is no longer the controller's to enforce. */
  clearDialTimer(callId: string): void {
    const leg = this.legs.get(callId);
    if (!leg?.dialTimer) return;
    clearTimeout(leg.dialTimer);
    leg.dialTimer = undefined;
  }

  /** The leg is gone. */
  remove(callId: string): LiveLeg | undefined {
    this.clearDialTimer(callId);
    const leg = this.legs.get(callId);
    this.legs.delete(callId);
    return leg;
  }

  /** How many legs are live here, and how many of them belong to each campaign (metrics). */
  count(): { total: number; byCampaign: Map<string, number> } {
    const byCampaign = new Map<string, number>();
    for (const { row } of this.legs.values()) {
      if (row.campaignId) byCampaign.set(row.campaignId, (byCampaign.get(row.campaignId) ?? 0) + 1);
    }
    return { total: this.legs.size, byCampaign };
  }

  clear(): void {
    for (const id of [...this.legs.keys()]) this.remove(id);
  }
}
