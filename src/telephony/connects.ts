// The CONNECT actions this instance is running (issue 15 item 6): for each master call held at a CONNECT, the
// legs it dialed and, once one answered, the leg it is bridged to. The first leg to answer is bridged and the
// others are canceled; when every leg has failed or timed out the master's actions go on; a bridge lasts until
// either side hangs up, and then the other is hung up too. Kept in memory, like the provider's legs it
// describes: the master and its legs have the same owner, and when that owner is gone all of them are ended
// (./ownership.ts). Decisions only; the controller writes the calls and talks to the provider.

interface Connect {
  /** Dialed legs not ended yet. */
  legs: Set<string>;
  bridged?: string;
}

export type LegAnswered =
  /** Bridge `legId` to `masterId` and hang up `others` (still ringing, or answered a moment later). */
  | { bridge: true; masterId: string; others: string[] }
  /** The CONNECT is over (another leg won, or the master ended): hang this leg up. */
  | { bridge: false };

export type LegEnded =
  /** The bridged leg hung up: hang up the master. */
  | { masterId: string; then: 'HANGUP' }
  /** The last leg failed without a bridge: the master's next action plays. */
  | { masterId: string; then: 'CONTINUE' };

export class Connects {
  private readonly byMaster = new Map<string, Connect>();
  private readonly masterOfLeg = new Map<string, string>();

  /** A master's CONNECT dialed `legIds`. */
  open(masterId: string, legIds: string[]): void {
    this.masterEnded(masterId); // a CONNECT after an earlier one that failed: that one is over
    this.byMaster.set(masterId, { legs: new Set(legIds) });
    for (const id of legIds) this.masterOfLeg.set(id, masterId);
  }

  /** A leg was answered (its PROGRESSING is written). */
  answered(legId: string): LegAnswered {
    const masterId = this.masterOfLeg.get(legId);
    const connect = masterId ? this.byMaster.get(masterId) : undefined;
    if (!masterId || !connect || connect.bridged) return { bridge: false };
    connect.bridged = legId;
    return { bridge: true, masterId, others: [...connect.legs].filter((id) => id !== legId) };
  }

  /** A leg's HANGUP is written. */
  ended(legId: string): LegEnded | null {
    const masterId = this.masterOfLeg.get(legId);
    this.masterOfLeg.delete(legId);
    const connect = masterId ? this.byMaster.get(masterId) : undefined;
    if (!masterId || !connect) return null;
    connect.legs.delete(legId);
    if (connect.bridged === legId) {
      this.masterEnded(masterId);
      return { masterId, then: 'HANGUP' };
    }
    if (connect.legs.size === 0 && !connect.bridged) {
      this.byMaster.delete(masterId);
      return { masterId, then: 'CONTINUE' };
    }
    return null;
  }

  /** The master ended (or starts another CONNECT): its legs are hung up by the caller, nothing is left to decide. */
  masterEnded(masterId: string): void {
    const connect = this.byMaster.get(masterId);
    if (!connect) return;
    this.byMaster.delete(masterId);
    for (const id of connect.legs) this.masterOfLeg.delete(id);
  }

  clear(): void {
    this.byMaster.clear();
    this.masterOfLeg.clear();
  }
}
