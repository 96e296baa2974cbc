// The simulator's timing script in a SIP destination's user part (README "Calls and the simulator"):
// `answer<s>` rings that many seconds and then answers, `talk<s>` hangs up that many seconds after answering
// (whatever is playing), `teardown<s>` takes that many seconds to confirm a local hangup (a slow provider), each a
// word of the user part between `-`, `.`, `_` or `+`, seconds with an optional fraction:
// `agent-answer2-talk30@pbx.example.com`. Only SIP user parts carry it: a TEL number is digits only,
// and its last four digits already script the outcome (./simulator.ts), so no phone number changes meaning.
import type { Address } from '../domain/address.ts';

export interface TalkScript {
  /** Ringing before the answer (ms, unscaled); absent: the simulator's 1 to 3 s. */
  ringMs?: number;
  /** Answered to hangup (ms, unscaled); absent: the callee hangs up after the actions. */
  talkMs?: number;
  /** A local hangup requested to its HANGUP report (ms, unscaled); absent: the simulator's teardown. */
  teardownMs?: number;
}

const WORD = (name: string) => new RegExp(`(?:^|[-._+])${name}(\\d+(?:\\.\\d+)?)(?=$|[-._+])`, 'i');
const ANSWER = WORD('answer');
const TALK = WORD('talk');
const TEARDOWN = WORD('teardown');

export function talkScriptFor(destination: Address): TalkScript {
  if (destination.type !== 'SIP') return {};
  const user = destination.target.slice(0, destination.target.lastIndexOf('@'));
  const seconds = (re: RegExp) => {
    const m = re.exec(user);
    return m ? Math.round(Number(m[1]) * 1000) : undefined;
  };
  return { ringMs: seconds(ANSWER), talkMs: seconds(TALK), teardownMs: seconds(TEARDOWN) };
}
