// The telephony simulator on its own (no database): the A4 script per destination, the answer/talk script of a
// SIP user part, action timing, CONNECT's hold, the dial timeout, hangup on request, and SIMULATOR_TIME_SCALE.
import { describe, expect, it } from 'vitest';
import { actionDurationMs, createSimulator, scriptFor, SIMULATOR_TIMING } from '../src/telephony/simulator.ts';
import type { Leg, ProviderEvent } from '../src/telephony/provider.ts';
import { talkScriptFor } from '../src/telephony/simulator-script.ts';
import type { Action } from '../src/domain/action.ts';

const SCALE = 100;

function leg(target: string, actions: Action[] = [], extra: Partial<Leg> = {}): Leg {
  return {
    id: `call-${target}`, source: { type: 'TEL', target: '+15559876543' },
    destination: target.includes('@') ? { type: 'SIP', target } : { type: 'TEL', target }, actions, ringTimeoutMs: 30_000, ...extra,
  };
}

/** Runs one leg until its HANGUP (or `until`), returning the events and the elapsed real time. */
function run(l: Leg, options: { scale?: number; onEvent?: (e: ProviderEvent, sim: ReturnType<typeof createSimulator>) => void } = {}) {
  const events: ProviderEvent[] = [];
  const started = performance.now();
  return new Promise<{ events: ProviderEvent[]; ms: number }>((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`no hangup: ${JSON.stringify(events)}`)), 10_000);
    const sim = createSimulator({
      timeScale: options.scale ?? SCALE,
      random: () => 0.5,
      listener: (e) => {
        events.push(e);
        options.onEvent?.(e, sim);
        if (e.type === 'HANGUP') {
          clearTimeout(timeout);
          resolve({ events, ms: performance.now() - started });
        }
      },
    });
    sim.place(l);
  });
}

const kinds = (events: ProviderEvent[]) => events.map((e) => (e.type === 'HANGUP' ? `HANGUP:${e.cause}` : e.type === 'ACTION' ? `ACTION:${e.action.type}` : e.type));

describe('scripts', () => {
  it('reads the last four digits of a TEL number or of a SIP user part', () => {
    expect(scriptFor({ type: 'TEL', target: '+15551230001' })).toBe('BUSY');
    expect(scriptFor({ type: 'SIP', target: 'desk0003@example.com' })).toBe('FAILED');
    expect(scriptFor({ type: 'SIP', target: 'alice@0001.example.com' })).toBe('NORMAL');
    expect(scriptFor({ type: 'TEL', target: '+15551230005' })).toBe('AMD');
    expect(scriptFor({ type: 'SIP', target: 'desk0006@example.com' })).toBe('DECLINED');
    expect(scriptFor({ type: 'TEL', target: '+15551234567' })).toBe('NORMAL');
  });

  it('reads answer<s> and talk<s> from a SIP user part only', () => {
    expect(talkScriptFor({ type: 'SIP', target: 'agent-answer2-talk30@pbx.example.com' })).toEqual({ ringMs: 2000, talkMs: 30000 });
    expect(talkScriptFor({ type: 'SIP', target: 'talk1.5@example.com' })).toEqual({ ringMs: undefined, talkMs: 1500 });
    expect(talkScriptFor({ type: 'SIP', target: 'answer0.talk7_x@example.com' })).toEqual({ ringMs: 0, talkMs: 7000 });
    // Words only: not inside another word, not in the host, not on a TEL number.
    expect(talkScriptFor({ type: 'SIP', target: 'smalltalk5@example.com' })).toEqual({ ringMs: undefined, talkMs: undefined });
    expect(talkScriptFor({ type: 'SIP', target: 'bob@talk5.example.com' })).toEqual({ ringMs: undefined, talkMs: undefined });
    expect(talkScriptFor({ type: 'TEL', target: '+15551234567' })).toEqual({});
    expect(talkScriptFor({ type: 'SIP', target: 'teardown60-x0004@example.com' })).toEqual({ teardownMs: 60_000 });
  });

  it('answer<s> rings that long; talk<s> hangs up that long after the answer, mid-action', async () => {
    const { events, ms } = await run(leg('bob-answer10-talk20@example.com', [{ type: 'SLEEP', duration: 600_000 }]));
    expect(kinds(events)).toEqual(['RINGING', 'ANSWERED', 'ACTION:SLEEP', 'HANGUP:NORMAL']);
    expect(ms).toBeGreaterThanOrEqual((SIMULATOR_TIMING.dialing + 10_000 + 20_000) / SCALE - 5);
    expect(ms).toBeLessThan(5_000);
  });

  it('times actions: talk 60 ms per character, play 3 s per URL, sleep its duration', () => {
    expect(actionDurationMs({ type: 'TALK', text: 'hello', language: 'en-US' })).toBe(300);
    expect(actionDurationMs({ type: 'PLAY', streamUrls: ['https://a', 'https://b'] })).toBe(6000);
    expect(actionDurationMs({ type: 'SLEEP', duration: 1234 })).toBe(1234);
  });

  it.each([
    ['a normal number', '+15551234567', ['RINGING', 'ANSWERED', 'ACTION:TALK', 'HANGUP:NORMAL']],
    ['0001 (busy)', '+15551230001', ['HANGUP:BUSY']],
    ['0002 (no answer)', '+15551230002', ['RINGING', 'HANGUP:NOANSWER']],
    ['0003 (network failure)', 'bob0003@example.com', ['HANGUP:FAILED']],
    ['0004 (rings until the dial timeout)', '+15551230004', ['RINGING', 'HANGUP:DIALOUT']],
    ['0006 (declines, SIP 603)', '+15551230006', ['RINGING', 'HANGUP:DECLINED']],
  ])('%s', async (_label, target, expected) => {
    const { events } = await run(leg(target, [{ type: 'TALK', text: 'hi', language: 'en-US' }]));
    expect(kinds(events)).toEqual(expected);
  });

  it('0005: a machine answers and is detected (the controller then hangs up)', async () => {
    const { events } = await run(leg('+15551230005', [{ type: 'TALK', text: 'hi', language: 'en-US' }]), {
      onEvent: (e, sim) => e.type === 'MACHINE_DETECTED' && sim.hangup(e.callId),
    });
    expect(kinds(events)).toEqual(['RINGING', 'ANSWERED', 'MACHINE_DETECTED', 'HANGUP:NORMAL']);
  });

  it('0005 with machine detection LEAVE_MESSAGE: detected after the greeting, then the actions play to it and it hangs up', async () => {
    const { events, ms } = await run(leg('+15551230005', [{ type: 'TALK', text: 'hi', language: 'en-US' }], { machineDetection: 'LEAVE_MESSAGE' }));
    expect(kinds(events)).toEqual(['RINGING', 'ANSWERED', 'MACHINE_DETECTED', 'ACTION:TALK', 'HANGUP:NORMAL']);
    expect(ms).toBeGreaterThanOrEqual((SIMULATOR_TIMING.dialing + 2_000 + SIMULATOR_TIMING.amdDetect) / SCALE - 5);
  });

  it('0005 with machine detection OFF: no detection, it is taken for a person', async () => {
    const { events } = await run(leg('+15551230005', [{ type: 'TALK', text: 'hi', language: 'en-US' }], { machineDetection: 'OFF' }));
    expect(kinds(events)).toEqual(['RINGING', 'ANSWERED', 'ACTION:TALK', 'HANGUP:NORMAL']);
  });

  it('plays every action in order, and waits at a HANGUP action for the local hangup', async () => {
    const actions: Action[] = [
      { type: 'TALK', text: 'hello', language: 'en-US' }, { type: 'SLEEP', duration: 100 }, { type: 'PLAY', streamUrls: ['https://a'] },
      { type: 'HANGUP', reason: 'BUSY' }, { type: 'TALK', text: 'never', language: 'en-US' },
    ];
    const { events } = await run(leg('+15551234567', actions), { onEvent: (e, sim) => e.type === 'ACTION' && e.action.type === 'HANGUP' && sim.hangup(e.callId) });
    expect(kinds(events)).toEqual(['RINGING', 'ANSWERED', 'ACTION:TALK', 'ACTION:SLEEP', 'ACTION:PLAY', 'ACTION:HANGUP', 'HANGUP:NORMAL']);
  });

  it('a leg dialed by CONNECT talks 10 s after answering, then its callee hangs up', async () => {
    const { events, ms } = await run(leg('+15551234567', [], { masterCallId: 'master' }));
    expect(kinds(events)).toEqual(['RINGING', 'ANSWERED', 'HANGUP:NORMAL']);
    // dialing 300 ms + ringing 2 s (random 0.5) + talk 10 s, at 100x: at least 123 ms.
    expect(ms).toBeGreaterThanOrEqual((SIMULATOR_TIMING.dialing + 2_000 + SIMULATOR_TIMING.connectedTalk) / SCALE - 5);
  });

  it('holds the actions at CONNECT until continueActions, then plays the next one', async () => {
    const actions: Action[] = [
      { type: 'CONNECT', destinations: [{ type: 'TEL', target: '+15551230001' }] }, { type: 'TALK', text: 'after', language: 'en-US' },
    ];
    let continuedAt = 0;
    const { events, ms } = await run(leg('+15551234567', actions), {
      onEvent: (e, sim) => {
        if (e.type === 'ACTION' && e.action.type === 'CONNECT') setTimeout(() => ((continuedAt = performance.now()), sim.continueActions(e.callId)), 300);
      },
    });
    expect(kinds(events)).toEqual(['RINGING', 'ANSWERED', 'ACTION:CONNECT', 'ACTION:TALK', 'HANGUP:NORMAL']);
    expect(continuedAt).toBeGreaterThan(0);
    expect(ms).toBeGreaterThanOrEqual(300);
  });

  it('a bridged master stays held at its CONNECT: continueActions no longer plays the next action', async () => {
    const actions: Action[] = [{ type: 'CONNECT', destinations: [{ type: 'TEL', target: '+15551234568' }] }, { type: 'HANGUP', reason: 'BUSY' }];
    const { events } = await run(leg('alice-talk20@example.com', actions), {
      onEvent: (e, sim) => {
        if (e.type !== 'ACTION' || e.action.type !== 'CONNECT') return;
        sim.place(leg('other-talk60@example.com', [], { id: 'other', masterCallId: e.callId }));
        setTimeout(() => (sim.bridge(e.callId, 'other'), sim.continueActions(e.callId)), 30);
      },
    });
    // Neither HANGUP action ran: the callee hung up at its talk time (20 s, 200 ms at 100x).
    expect(kinds(events.filter((e) => e.callId !== 'other'))).toEqual(['RINGING', 'ANSWERED', 'ACTION:CONNECT', 'HANGUP:NORMAL']);
  });

  it('a hangup request while ringing ends the leg', async () => {
    const { events } = await run(leg('+15551230004'), { onEvent: (e, sim) => e.type === 'RINGING' && sim.hangup(e.callId) });
    expect(kinds(events)).toEqual(['RINGING', 'HANGUP:NORMAL']);
  });

  it('teardown<s>: a hangup request is confirmed that long after it was made (a slow provider)', async () => {
    let askedAt = 0;
    let confirmedAt = 0;
    const { events } = await run(leg('slow-teardown30-x0004@example.com'), {
      onEvent: (e, sim) => {
        if (e.type === 'RINGING') {
          askedAt = performance.now();
          sim.hangup(e.callId);
        }
        if (e.type === 'HANGUP') confirmedAt = performance.now();
      },
    });
    expect(kinds(events)).toEqual(['RINGING', 'HANGUP:NORMAL']);
    // 30 s at 100x: never sooner than 300 ms after the request (a timer fires late, never early; the default is 2 ms).
    expect(confirmedAt - askedAt).toBeGreaterThanOrEqual(30_000 / SCALE - 5);
  });
});

describe('SIMULATOR_TIME_SCALE', () => {
  it('divides every wait: 0002 rings 5 s, so about 50 ms at 100 and 25 ms at 200', async () => {
    const expected = (SIMULATOR_TIMING.dialing + SIMULATOR_TIMING.noAnswerRing) / 100;
    const at100 = await run(leg('+15551230002'), { scale: 100 });
    expect(at100.ms).toBeGreaterThanOrEqual(expected - 5);
    expect(at100.ms).toBeLessThan(expected + 500);
    const at200 = await run(leg('+15551230002'), { scale: 200 });
    expect(at200.ms).toBeGreaterThanOrEqual(expected / 2 - 5);
  });

  it('the dial timeout is ringTimeoutMs, scaled', async () => {
    const { ms, events } = await run(leg('+15551230004', [], { ringTimeoutMs: 10_000 }), { scale: 100 });
    expect(kinds(events)).toEqual(['RINGING', 'HANGUP:DIALOUT']);
    expect(ms).toBeGreaterThanOrEqual(95);
    expect(ms).toBeLessThan(1000);
  });
});
