// Per call, the controller's work (provider events, its own dial timeout) runs one piece after another, in
// the order it was queued, so a leg's reports are applied in the order the provider made them.
export class CallQueue {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(private readonly onError: (err: unknown, callId: string) => void) {}

  /** Runs `work` for a call after everything already queued for it. */
  enqueue(callId: string, work: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(callId) ?? Promise.resolve();
    const next = previous
      .then(work)
      .catch((err) => this.onError(err, callId))
      .finally(() => {
        if (this.tails.get(callId) === next) this.tails.delete(callId);
      });
    this.tails.set(callId, next);
    return next;
  }

  /** Resolves when everything queued so far has run. */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.tails.values()]);
  }
}
