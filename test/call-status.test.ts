// The call status machine (domain.md Part B §5.7 + A4), as pure functions, and the "exactly one member"
// check of actions that backs GraphQL's @oneOf.
import { describe, expect, it } from 'vitest';
import { CALL_STATUSES, canTransition, hangupByFor, hangupReasonFor, localHangupStatus, transition, type HangupCause } from '../src/domain/call-status.ts';
import { normalizeAction, normalizeActions } from '../src/domain/action.ts';
import { validateCallCreate } from '../src/domain/call.ts';
import { Problems } from '../src/domain/errors.ts';

const ALLOWED = new Set([
  'DIALING>RINGING', 'DIALING>PROGRESSING', 'DIALING>TERMINATING', 'DIALING>CANCELING', 'DIALING>HANGUP',
  'RINGING>PROGRESSING', 'RINGING>TERMINATING', 'RINGING>CANCELING', 'RINGING>HANGUP',
  'PROGRESSING>TERMINATING', 'PROGRESSING>HANGUP',
  'TERMINATING>HANGUP', 'CANCELING>HANGUP',
]);

const at = (status: (typeof CALL_STATUSES)[number], answered = false) => ({ status, progressingAt: answered ? new Date() : null });

describe('transitions', () => {
  it('allows exactly the table of §5.7 (no same-status change, nothing out of HANGUP)', () => {
    for (const from of CALL_STATUSES) {
      for (const to of CALL_STATUSES) expect(canTransition(from, to), `${from} -> ${to}`).toBe(ALLOWED.has(`${from}>${to}`));
    }
  });

  it('refuses illegal changes and writes nothing for them', () => {
    expect(transition(at('HANGUP'), { to: 'RINGING' })).toMatchObject({ ok: false });
    expect(transition(at('PROGRESSING', true), { to: 'RINGING' })).toMatchObject({ ok: false });
    expect(transition(at('PROGRESSING', true), { to: 'CANCELING' })).toMatchObject({ ok: false });
    expect(transition(at('CANCELING'), { to: 'PROGRESSING' })).toMatchObject({ ok: false });
    expect(transition(at('TERMINATING', true), { to: 'TERMINATING' })).toMatchObject({ ok: false });
    expect(transition(at('HANGUP'), { to: 'HANGUP', cause: 'NORMAL' })).toMatchObject({ ok: false });
    // A local request takes the status the call is in, not the one asked for.
    expect(transition(at('RINGING'), { to: 'TERMINATING' })).toMatchObject({ ok: false });
  });

  it('sets the timestamp of each status', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(transition(at('DIALING'), { to: 'RINGING' }, now)).toEqual({ ok: true, update: { status: 'RINGING', ringingAt: now } });
    expect(transition(at('RINGING'), { to: 'PROGRESSING' }, now)).toEqual({ ok: true, update: { status: 'PROGRESSING', progressingAt: now } });
    expect(transition(at('RINGING'), { to: 'CANCELING' }, now)).toEqual({ ok: true, update: { status: 'CANCELING', hangupRequestedReason: 'CANCEL' } });
    expect(transition(at('PROGRESSING', true), { to: 'HANGUP', cause: 'NORMAL' }, now)).toEqual({
      ok: true, update: { status: 'HANGUP', hangupAt: now, hangupBy: 'REMOTE', hangupReason: 'NORMAL' },
    });
  });

  it('maps a local hangup to CANCELING before answer and TERMINATING after; already ending stays', () => {
    expect(localHangupStatus('DIALING')).toBe('CANCELING');
    expect(localHangupStatus('RINGING')).toBe('CANCELING');
    expect(localHangupStatus('PROGRESSING')).toBe('TERMINATING');
    expect(localHangupStatus('CANCELING')).toBeNull();
    expect(localHangupStatus('TERMINATING')).toBeNull();
    expect(localHangupStatus('HANGUP')).toBeNull();
  });
});

describe('hangupReason and hangupBy', () => {
  it.each<[string, ReturnType<typeof at>, HangupCause, string, string]>([
    ['busy while dialing', at('DIALING'), 'BUSY', 'BUSY', 'REMOTE'],
    ['rejected while ringing', at('RINGING'), 'NOANSWER', 'NOANSWER', 'REMOTE'],
    ['declined while ringing (SIP 603)', at('RINGING'), 'DECLINED', 'DECLINED', 'REMOTE'],
    ['network failure', at('DIALING'), 'FAILED', 'FAILED', 'REMOTE'],
    ['our dial timeout', at('RINGING'), 'DIALOUT', 'DIALOUT', 'LOCAL'],
    ['callee hangs up after answer', at('PROGRESSING', true), 'NORMAL', 'NORMAL', 'REMOTE'],
    ['maximum duration', at('PROGRESSING', true), 'TIMEOUT', 'TIMEOUT', 'REMOTE'],
    ['AMD', at('TERMINATING', true), 'AMD', 'AMD', 'LOCAL'],
    ['local hangup after answer', at('TERMINATING', true), 'NORMAL', 'NORMAL', 'LOCAL'],
    ['local hangup before answer', at('CANCELING'), 'NORMAL', 'CANCEL', 'LOCAL'],
    ['owner lost before answer', at('RINGING'), 'OWNER_LOST', 'FAILED', 'LOCAL'],
    ['owner lost while canceling', at('CANCELING'), 'OWNER_LOST', 'FAILED', 'LOCAL'],
    ['owner lost after answer', at('PROGRESSING', true), 'OWNER_LOST', 'NORMAL', 'LOCAL'],
    ['owner lost while terminating', at('TERMINATING', true), 'OWNER_LOST', 'NORMAL', 'LOCAL'],
  ])('%s', (_label, call, cause, reason, by) => {
    expect(hangupReasonFor(call, cause)).toBe(reason);
    expect(hangupByFor(call, cause)).toBe(by);
  });

  it('stores the end a local hangup asks for with CANCELING / TERMINATING', () => {
    const requested = (call: ReturnType<typeof at>, change: Parameters<typeof transition>[1]) => {
      const plan = transition(call, change);
      return plan.ok ? plan.update.hangupRequestedReason : plan.message;
    };
    expect(requested(at('RINGING'), { to: 'CANCELING' })).toBe('CANCEL');
    expect(requested(at('DIALING'), { to: 'CANCELING', reason: 'DIALOUT' })).toBe('DIALOUT');
    // Before answer a request is a cancel whatever reason rode along (an AMD can only come after answer).
    expect(requested(at('RINGING'), { to: 'CANCELING', reason: 'AMD' })).toBe('CANCEL');
    expect(requested(at('PROGRESSING', true), { to: 'TERMINATING' })).toBe('NORMAL');
    expect(requested(at('PROGRESSING', true), { to: 'TERMINATING', reason: 'AMD' })).toBe('AMD');
  });

  // The gap of issue 15 item 4: the owner died with the hangup requested and not yet confirmed by its provider.
  it.each<[string, ReturnType<typeof at>, string | null, HangupCause, string]>([
    ['an operator\'s cancel, owner lost', at('CANCELING'), 'CANCEL', 'OWNER_LOST', 'CANCEL'],
    ['an operator\'s cancel, leg lost', at('CANCELING'), 'CANCEL', 'LEG_LOST', 'CANCEL'],
    ['our dial timeout\'s cancel, owner lost', at('CANCELING'), 'DIALOUT', 'OWNER_LOST', 'DIALOUT'],
    ['an AMD hangup, owner lost', at('TERMINATING', true), 'AMD', 'OWNER_LOST', 'AMD'],
    ['a HANGUP action\'s reason, owner lost', at('TERMINATING', true), 'BUSY', 'OWNER_LOST', 'BUSY'],
    ['an operator\'s hangup after answer, owner lost', at('TERMINATING', true), 'NORMAL', 'OWNER_LOST', 'NORMAL'],
    ['canceling from before the column, owner lost', at('CANCELING'), null, 'OWNER_LOST', 'FAILED'],
    ['ringing with no request, owner lost', at('RINGING'), null, 'OWNER_LOST', 'FAILED'],
    ['ringing, a stray requested end, owner lost', at('RINGING'), 'CANCEL', 'OWNER_LOST', 'FAILED'],
    ['answered with no request, owner lost', at('PROGRESSING', true), null, 'OWNER_LOST', 'NORMAL'],
    ['an operator\'s cancel, confirmed by the provider', at('CANCELING'), 'CANCEL', 'NORMAL', 'CANCEL'],
    ['our dial timeout\'s cancel, confirmed by the provider', at('CANCELING'), 'DIALOUT', 'NORMAL', 'DIALOUT'],
  ])('ends as requested when the request was stored: %s', (_label, state, stored, cause, reason) => {
    const call = { ...state, hangupRequestedReason: stored as never };
    const plan = transition(call, { to: 'HANGUP', cause });
    expect(plan).toMatchObject({ ok: true, update: { status: 'HANGUP', hangupReason: reason, hangupBy: 'LOCAL' } });
  });

  it('records a HANGUP action\'s reason when terminating', () => {
    expect(hangupReasonFor(at('TERMINATING', true), 'NORMAL', 'BUSY')).toBe('BUSY');
    expect(hangupReasonFor(at('TERMINATING', true), 'NORMAL', null)).toBe('NORMAL');
  });
});

describe('actions: exactly one member', () => {
  it('refuses an action with two members or none, even past GraphQL', () => {
    const problems = new Problems();
    expect(normalizeAction({ talk: { text: 'hi', language: 'en-US' }, sleep: { duration: 10 } }, ['actions', 0], problems)).toBeNull();
    expect(normalizeAction({}, ['actions', 1], problems)).toBeNull();
    expect(problems.list).toEqual([
      { field: ['input', 'actions', '0'], code: 'INVALID', message: expect.stringContaining('exactly one of talk, play, connect, hangup, sleep (got talk and sleep)') },
      { field: ['input', 'actions', '1'], code: 'INVALID', message: expect.stringContaining('(got none)') },
    ]);
  });

  it('keeps valid actions in their stored form', () => {
    const problems = new Problems();
    const actions = normalizeActions(
      [
        { talk: { text: 'hello', language: 'en-US' } },
        { play: { streamUrls: ['https://example.com/a.wav'] } },
        { connect: { destinations: [{ type: 'SIP', target: 'sip:bob@Example.com' }] } },
        { sleep: { duration: 1000 } },
        { hangup: { reason: 'BUSY' } },
      ],
      ['actions'],
      problems,
    );
    expect(problems.list).toEqual([]);
    expect(actions.map((a) => a.type)).toEqual(['TALK', 'PLAY', 'CONNECT', 'SLEEP', 'HANGUP']);
    expect(actions[2]).toMatchObject({ destinations: [{ type: 'SIP', target: 'bob@example.com' }] });
  });

  it('callCreate validation refuses a two-member action', () => {
    const result = validateCallCreate({
      source: { type: 'TEL', target: '+15559876543' },
      destinations: [{ type: 'TEL', target: '+15551234567' }],
      actions: [{ talk: { text: 'hi', language: 'en-US' }, hangup: {} }],
    });
    expect(result).toMatchObject({ ok: false, errors: [{ field: ['input', 'actions', '0'], code: 'INVALID' }] });
  });
});
