// The telephony simulator on its own (no database): the A4 script per destination, action timing, the dial
// timeout, hangup on request, and SIMULATOR_TIME_SCALE.
import { describe, expect, it } from 'vitest';
import { actionDurationMs, createSimulator, scriptFor, SIMULATOR_TIMING } from '../src/telephony/simulator.ts';
import type { Leg, ProviderEvent } from '../src/telephony/provider.ts';
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
    expect(scriptFor({ type: 'TEL', target: '+15551234567' })).toBe('NORMAL');
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

  it('plays every action in order, and waits at a HANGUP action for the local hangup', async () => {
    const actions: Action[] = [
      { type: 'TALK', text: 'hello', language: 'en-US' }, { type: 'SLEEP', duration: 100 }, { type: 'PLAY', streamUrls: ['https://a'] },
      { type: 'HANGUP', reason: 'BUSY' }, { type: 'TALK', text: 'never', language: 'en-US' },
    ];
    const { events } = await run(leg('+15551234567', actions), { onEvent: (e, sim) => e.type === 'ACTION' && e.action.type === 'HANGUP' && sim.hangup(e.callId) });
    expect(kinds(events)).toEqual(['RINGING', 'ANSWERED', 'ACTION:TALK', 'ACTION:SLEEP', 'ACTION:PLAY', 'ACTION:HANGUP', 'HANGUP:NORMAL']);
  });

  it('a leg dialed by CONNECT stays up after its actions until hung up', async () => {
    const { events } = await run(leg('+15551234567', [], { masterCallId: 'master' }), {
      onEvent: (e, sim) => e.type === 'ANSWERED' && setTimeout(() => sim.hangup(e.callId), 200),
    });
    expect(kinds(events)).toEqual(['RINGING', 'ANSWERED', 'HANGUP:NORMAL']);
  });

  it('a hangup request while ringing ends the leg', async () => {
    const { events } = await run(leg('+15551230004'), { onEvent: (e, sim) => e.type === 'RINGING' && sim.hangup(e.callId) });
    expect(kinds(events)).toEqual(['RINGING', 'HANGUP:NORMAL']);
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
