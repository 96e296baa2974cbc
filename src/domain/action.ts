// Call actions (domain.md Part B §1.10, the subset dialgraph runs): validated at the edge and stored as
// JSON on the call ([{type: "TALK", text, ...}, ...]).
import type { CallHangupReason } from '../generated/prisma/enums.ts';
import { normalizeAddress, type Address } from './address.ts';
import type { Problems } from './errors.ts';
import { checkLength, MAX_NAME } from './limits.ts';

export const ACTION_TYPES = ['TALK', 'PLAY', 'CONNECT', 'HANGUP', 'SLEEP'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export type Action =
  | { type: 'TALK'; text: string; language: string; gender?: string | null }
  | { type: 'PLAY'; streamUrls: string[] }
  | { type: 'CONNECT'; source?: Address | null; destinations: Address[] }
  | { type: 'HANGUP'; reason?: CallHangupReason | null }
  | { type: 'SLEEP'; duration: number };

/** The @oneOf ActionInput: exactly one member is set. */
export interface ActionInput {
  talk?: { text: string; language: string; gender?: string | null } | null;
  play?: { streamUrls: string[] } | null;
  connect?: { source?: Address | null; destinations: Address[] } | null;
  hangup?: { reason?: CallHangupReason | null } | null;
  sleep?: { duration: number } | null;
}

export const MAX_ACTIONS = 100;
export const MAX_TALK_TEXT = 5_000;
export const MAX_STREAM_URLS = 20;
export const MAX_CONNECT_DESTINATIONS = 10;
export const MAX_SLEEP_MS = 3_600_000;
/** The voices of a talk action. */
export const TALK_GENDERS = ['female', 'male', 'neutral'] as const;

/** RFC 5646 4.4.1: 35 characters hold every language tag in practice. Checked before the tag's pattern. */
export const MAX_LANGUAGE_TAG = 35;
/** The URL length browsers, CDNs and media servers all accept. */
export const MAX_STREAM_URL = 2_048;

const MEMBERS = ['talk', 'play', 'connect', 'hangup', 'sleep'] as const;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Validates one action input (GraphQL's @oneOf already checks "exactly one"; other callers may not). */
export function normalizeAction(input: ActionInput, field: (string | number)[], problems: Problems): Action | null {
  const set = MEMBERS.filter((m) => input[m] !== undefined && input[m] !== null);
  if (set.length !== 1) {
    problems.add(field, `an action sets exactly one of ${MEMBERS.join(', ')} (got ${set.length === 0 ? 'none' : set.join(' and ')}).`);
    return null;
  }
  const before = problems.list.length;
  let action: Action | null = null;
  if (input.talk) {
    const { text, language, gender } = input.talk;
    if (text.trim().length === 0) problems.add([...field, 'talk', 'text'], 'talk text cannot be blank.');
    else if (text.length > MAX_TALK_TEXT) problems.add([...field, 'talk', 'text'], `talk text is at most ${MAX_TALK_TEXT} characters (got ${text.length}).`);
    if (language.length > MAX_LANGUAGE_TAG) problems.add([...field, 'talk', 'language'], `language is a language tag of at most ${MAX_LANGUAGE_TAG} characters (got ${language.length}), for example en-US.`);
    else if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) problems.add([...field, 'talk', 'language'], `"${language}" is not a language tag (for example en-US).`);
    const voice = gender === undefined || gender === null ? null : gender.trim().toLowerCase();
    // A String in the contract, but only these voices exist: anything else would be spoken by a voice nobody chose.
    if (gender && gender.length > MAX_NAME) checkLength(gender, MAX_NAME, 'gender', [...field, 'talk', 'gender'], problems);
    else if (voice !== null && !(TALK_GENDERS as readonly string[]).includes(voice)) {
      problems.add([...field, 'talk', 'gender'], `gender is one of ${TALK_GENDERS.join(', ')} (any case), or omitted (got "${gender}").`);
    }
    action = { type: 'TALK', text, language, gender: voice };
  } else if (input.play) {
    const urls = input.play.streamUrls;
    if (urls.length === 0) problems.add([...field, 'play', 'streamUrls'], 'play needs at least one stream URL.');
    if (urls.length > MAX_STREAM_URLS) problems.add([...field, 'play', 'streamUrls'], `play takes at most ${MAX_STREAM_URLS} stream URLs (got ${urls.length}).`);
    urls.forEach((u, i) => {
      if (u.length > MAX_STREAM_URL) problems.add([...field, 'play', 'streamUrls', i], `a stream URL is at most ${MAX_STREAM_URL} characters (got ${u.length}).`);
      else if (!isHttpUrl(u)) problems.add([...field, 'play', 'streamUrls', i], `"${u}" is not an http(s) URL.`);
    });
    action = { type: 'PLAY', streamUrls: urls };
  } else if (input.connect) {
    const { source, destinations } = input.connect;
    if (destinations.length === 0) problems.add([...field, 'connect', 'destinations'], 'connect needs at least one destination.');
    if (destinations.length > MAX_CONNECT_DESTINATIONS) problems.add([...field, 'connect', 'destinations'], `connect dials at most ${MAX_CONNECT_DESTINATIONS} destinations (got ${destinations.length}).`);
    const normalized = destinations.map((d, i) => normalizeAddress(d, [...field, 'connect', 'destinations', i], problems, true));
    const src = source ? normalizeAddress(source, [...field, 'connect', 'source'], problems, true) : null;
    action = { type: 'CONNECT', source: src, destinations: normalized.filter((d): d is Address => d !== null) };
  } else if (input.hangup) {
    action = { type: 'HANGUP', reason: input.hangup.reason ?? null };
  } else if (input.sleep) {
    const { duration } = input.sleep;
    if (!Number.isInteger(duration) || duration < 0 || duration > MAX_SLEEP_MS) problems.add([...field, 'sleep', 'duration'], `sleep duration is 0 to ${MAX_SLEEP_MS} ms (got ${duration}).`);
    action = { type: 'SLEEP', duration };
  }
  return problems.list.length === before ? action : null;
}

export function normalizeActions(inputs: ActionInput[], field: (string | number)[], problems: Problems): Action[] {
  if (inputs.length > MAX_ACTIONS) problems.add(field, `at most ${MAX_ACTIONS} actions (got ${inputs.length}).`);
  return inputs.map((a, i) => normalizeAction(a, [...field, i], problems)).filter((a): a is Action => a !== null);
}

/** Reads actions stored as JSON. */
export function actionsFromJson(value: unknown): Action[] {
  return Array.isArray(value) ? (value as Action[]) : [];
}
