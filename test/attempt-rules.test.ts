import { describe, expect, it } from 'vitest';
import { attemptResult, chooseSlot, targetAfterAttempt, tryCountsAfterAttempt } from '../src/domain/attempt-rules.ts';

const used = (n: number) => [0, 1, 2, 3, 4].map((i) => i < n);

describe('chooseSlot', () => {
  it('retries slot 0 up to its budget, then moves to slot 1, skipping slots with no budget', () => {
    const budgets = [2, 0, 3, 0, 1];
    const plan: number[] = [];
    const tries = [0, 0, 0, 0, 0];
    for (let slot = chooseSlot({ inUse: used(5), tryCounts: tries }, budgets); slot !== null; slot = chooseSlot({ inUse: used(5), tryCounts: tries }, budgets)) {
      plan.push(slot);
      tries[slot]++;
    }
    expect(plan).toEqual([0, 0, 2, 2, 2, 4]);
  });

  it('never picks a slot without a destination, and answers null when nothing is left', () => {
    expect(chooseSlot({ inUse: used(1), tryCounts: [1, 0, 0, 0, 0] }, [1, 5, 5, 5, 5])).toBeNull();
    expect(chooseSlot({ inUse: used(2), tryCounts: [1, 0, 0, 0, 0] }, [1, 5, 5, 5, 5])).toBe(1);
  });
});

describe('attemptResult', () => {
  it('is SUCCESS only for an answered call that ended NORMAL', () => {
    const answered = new Date();
    expect(attemptResult({ hangupReason: 'NORMAL', progressingAt: answered })).toBe('SUCCESS');
    for (const reason of ['FAILED', 'BUSY', 'CANCEL', 'TIMEOUT', 'NOANSWER', 'DIALOUT', 'AMD'] as const) {
      expect(attemptResult({ hangupReason: reason, progressingAt: answered }), reason).toBe('FAIL');
    }
    // NORMAL without an answer (e.g. cleared before pickup) did not reach a person.
    expect(attemptResult({ hangupReason: 'NORMAL', progressingAt: null })).toBe('FAIL');
  });

  it('is CANCELED_BY_OPERATOR for a call hung up before answer at our request (CANCEL), and only then', () => {
    expect(attemptResult({ hangupReason: 'CANCEL', progressingAt: null })).toBe('CANCELED_BY_OPERATOR');
    // Our own dial timeout (DIALOUT) and everything the callee or the network did stay FAIL.
    for (const reason of ['FAILED', 'BUSY', 'TIMEOUT', 'NOANSWER', 'DIALOUT', 'AMD'] as const) {
      expect(attemptResult({ hangupReason: reason, progressingAt: null }), reason).toBe('FAIL');
    }
  });
});

describe('targetAfterAttempt', () => {
  it('is DONE/ANSWERED on success, IDLE while any slot has tries left, DONE/EXHAUSTED when none has', () => {
    const budgets = [1, 1, 0, 0, 0];
    expect(targetAfterAttempt('SUCCESS', { inUse: used(2), tryCounts: [1, 0, 0, 0, 0] }, budgets)).toEqual({ status: 'DONE', result: 'ANSWERED' });
    expect(targetAfterAttempt('FAIL', { inUse: used(2), tryCounts: [1, 0, 0, 0, 0] }, budgets)).toEqual({ status: 'IDLE', result: null });
    expect(targetAfterAttempt('FAIL', { inUse: used(2), tryCounts: [1, 1, 0, 0, 0] }, budgets)).toEqual({ status: 'DONE', result: 'EXHAUSTED' });
  });

  it('gives a canceled attempt\'s try back: the target is as before the attempt, IDLE with that slot open again', () => {
    const budgets = [1, 1, 0, 0, 0];
    // The last try of the last slot was canceled: not EXHAUSTED, the slot can be dialed again.
    expect(tryCountsAfterAttempt('CANCELED_BY_OPERATOR', [1, 1, 0, 0, 0], 1)).toEqual([1, 0, 0, 0, 0]);
    expect(targetAfterAttempt('CANCELED_BY_OPERATOR', { inUse: used(2), tryCounts: [1, 1, 0, 0, 0] }, budgets, 1)).toEqual({ status: 'IDLE', result: null });
    expect(chooseSlot({ inUse: used(2), tryCounts: tryCountsAfterAttempt('CANCELED_BY_OPERATOR', [1, 1, 0, 0, 0], 1) }, budgets)).toBe(1);
    // Only a cancel gives back; the budget may have shrunk meanwhile (then the target is EXHAUSTED after all).
    expect(tryCountsAfterAttempt('FAIL', [1, 1, 0, 0, 0], 1)).toEqual([1, 1, 0, 0, 0]);
    expect(targetAfterAttempt('CANCELED_BY_OPERATOR', { inUse: used(2), tryCounts: [1, 1, 0, 0, 0] }, [1, 0], 1)).toEqual({ status: 'DONE', result: 'EXHAUSTED' });
  });
});
