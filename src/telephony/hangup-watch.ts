// A hangup can be requested through any instance (callHangup, a campaign STOP), but only the instance that
// placed a leg can tear it down. So each instance follows the call events of the customers it has legs for,
// and hands a CANCELING or TERMINATING written elsewhere to its provider. One subscription per customer, not
// per leg, ended when the customer's last leg here ends.
import type { EventBus } from '../events/bus.ts';
import type { Logger } from '../logger.ts';

export interface HangupWatchOptions {
  bus: EventBus;
  log: Logger;
  /** Whether this instance's provider drives the leg. */
  isLocalLeg(callId: string): boolean;
  /** Tears the leg down. */
  hangup(callId: string): void;
}

export class HangupWatch {
  private readonly byCustomer = new Map<string, { legs: Set<string>; stop: () => void }>();
  private readonly customerOfLeg = new Map<string, string>();

  constructor(private readonly options: HangupWatchOptions) {}

  watch(customerId: string, callId: string): void {
    this.customerOfLeg.set(callId, customerId);
    const existing = this.byCustomer.get(customerId);
    if (existing) {
      existing.legs.add(callId);
      return;
    }
    const { bus, log, isLocalLeg, hangup } = this.options;
    const iterator = bus.subscribe('Call', customerId, (e) => e.kind === 'STATUS' && isLocalLeg(e.entityId))[Symbol.asyncIterator]();
    this.byCustomer.set(customerId, { legs: new Set([callId]), stop: () => void iterator.return?.() });
    void (async () => {
      for (let r = await iterator.next(); !r.done; r = await iterator.next()) {
        const status = r.value.row.status;
        if (status === 'CANCELING' || status === 'TERMINATING') hangup(r.value.entityId);
      }
    })().catch((err) => log.warn({ err }, 'call watch ended'));
  }

  unwatch(callId: string): void {
    const customerId = this.customerOfLeg.get(callId);
    if (!customerId) return;
    this.customerOfLeg.delete(callId);
    const entry = this.byCustomer.get(customerId);
    if (!entry) return;
    entry.legs.delete(callId);
    if (entry.legs.size === 0) {
      entry.stop();
      this.byCustomer.delete(customerId);
    }
  }

  stop(): void {
    for (const entry of this.byCustomer.values()) entry.stop();
    this.byCustomer.clear();
    this.customerOfLeg.clear();
  }
}
