// Per call, the controller's work (provider events, its own dial timeout) runs one piece after another, in
// the order it was queued, so a leg's reports are applied in the order the provider made them. A piece that
// fails for a passing reason (its database connection broke, a serialization failure) is run again, with an
// exponential backoff and jitter, until it is applied or the controller stops: a provider event is applied at
// least once, and the call's later events wait for it. Any other failure is reported and the next piece runs.

export interface CallQueueOptions {
  /** Reported failures: not retryable, or the controller stopped. */
  onError: (err: unknown, callId: string) => void;
  /** Whether a failure is worth running the piece again. */
  retryable: (err: unknown) => boolean;
  /** The controller stopped: no more retries. */
  stopped: () => boolean;
  /** A retry is coming after `delayMs`. */
  onRetry?: (err: unknown, callId: string, attempt: number, delayMs: number) => void;
  firstDelayMs?: number;
  maxDelayMs?: number;
}

export class CallQueue {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(private readonly options: CallQueueOptions) {}

  /** Runs `work` for a call after everything already queued for it. */
  enqueue(callId: string, work: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(callId) ?? Promise.resolve();
    const next = previous
      .then(() => this.untilApplied(callId, work))
      .catch((err) => this.options.onError(err, callId))
      .finally(() => {
        if (this.tails.get(callId) === next) this.tails.delete(callId);
      });
    this.tails.set(callId, next);
    return next;
  }

  /** Whether work for this call is queued or running (a retry waiting included). */
  busy(callId: string): boolean {
    return this.tails.has(callId);
  }

  /** Resolves when everything queued so far has run. */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.tails.values()]);
  }

  private async untilApplied(callId: string, work: () => Promise<void>): Promise<void> {
    const { retryable, stopped, onRetry, firstDelayMs = 100, maxDelayMs = 5_000 } = this.options;
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (err) {
        if (!retryable(err) || stopped()) throw err;
        // Full jitter over an exponential ceiling: instances retrying after one database failover spread out.
        const delayMs = Math.round(Math.min(maxDelayMs, firstDelayMs * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2));
        onRetry?.(err, callId, attempt, delayMs);
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        if (stopped()) throw err;
      }
    }
  }
}
