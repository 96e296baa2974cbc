// Addresses (domain.md A2): TEL is E.164 (a *possible* number, so the fictional 555 ranges of the docs pass),
// SIP is user@host, EMAIL an e-mail address, the rest UUIDs.
import type { Problems } from './errors.ts';
import { checkLength, MAX_DETAIL, MAX_NAME } from './limits.ts';
import { isPossibleE164 } from './phone-number.ts';
import { MAX_ADDRESS_TARGET } from './fixed-limits.ts';

export const ADDRESS_TYPES = ['TEL', 'SIP', 'EMAIL', 'AGENT', 'EXTENSION', 'CONFERENCE', 'LINE'] as const;
export type AddressType = (typeof ADDRESS_TYPES)[number];

export interface Address {
  type: AddressType;
  target: string;
  targetName?: string | null;
  name?: string | null;
  detail?: string | null;
}

/**
 * The longest target of each type (./fixed-limits.ts), checked before any pattern: a 60 KB target costs nothing, and is
 * never echoed into a message. Typed here, so that a new address type needs its cap.
 */
export const MAX_TARGET: Readonly<Record<AddressType, number>> = MAX_ADDRESS_TARGET;

// Every pattern runs in linear time: no two parts of one can match the same character, so a failing match never
// retries a split. EMAIL was /^[^\s@]+@[^\s@]+\.[^\s@]+$/, whose two domain parts both match "." and so tried
// every split of a long domain (60 KB: 3 s of CPU); its domain is now labels without dots, joined by dots.
// Hand-written, not zod's z.email(): that one accepts ASCII only and needs a two-letter TLD, stricter than A2.
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL_RE = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const SIP_RE = /^[^\s@:;]+@[^\s@;]+$/;

/** The length caps of an address: its target (by type) and its optional texts. Problems under `field`. */
function checkAddressLengths(input: Address, target: string, field: (string | number)[], problems: Problems): void {
  const max = MAX_TARGET[input.type];
  if (target.length > max) {
    problems.add([...field, 'target'], `a ${input.type} target is at most ${max} characters (got ${target.length.toLocaleString('en-US')}).`);
  }
  if (input.targetName) checkLength(input.targetName, MAX_NAME, 'targetName', [...field, 'targetName'], problems);
  if (input.name) checkLength(input.name, MAX_NAME, 'name', [...field, 'name'], problems);
  if (input.detail) checkLength(input.detail, MAX_DETAIL, 'detail', [...field, 'detail'], problems);
}

/** Validates and normalises one address; records problems under `field`. Returns the stored form. */
export function normalizeAddress(input: Address, field: (string | number)[], problems: Problems, dialable = false): Address | null {
  const raw = input.target.trim();
  const before = problems.list.length;
  checkAddressLengths(input, input.type === 'SIP' ? raw.replace(/^sip:/i, '') : raw, field, problems);
  if (dialable && input.type !== 'TEL' && input.type !== 'SIP') {
    problems.add([...field, 'type'], `${input.type} addresses cannot be dialed; use TEL or SIP.`);
    return null;
  }
  if (problems.list.length > before) return null;
  switch (input.type) {
    case 'TEL': {
      const digits = raw.replace(/[\s().-]/g, '');
      if (!/^\+\d{7,15}$/.test(digits)) {
        problems.add([...field, 'target'], `"${raw}" is not an E.164 number: write + then the country code and number, 7 to 15 digits (for example +15551234567).`);
        return null;
      }
      if (!isPossibleE164(digits)) {
        problems.add([...field, 'target'], `"${raw}" is not a possible phone number for its country code.`);
        return null;
      }
      return stored(input, digits);
    }
    case 'SIP': {
      const uri = raw.replace(/^sip:/i, '');
      if (!SIP_RE.test(uri)) {
        problems.add([...field, 'target'], `"${raw}" is not a SIP address: write user@host (for example alice@example.com).`);
        return null;
      }
      const at = uri.lastIndexOf('@');
      return stored(input, `${uri.slice(0, at)}@${uri.slice(at + 1).toLowerCase()}`);
    }
    case 'EMAIL':
      if (!EMAIL_RE.test(raw)) {
        problems.add([...field, 'target'], `"${raw}" is not an e-mail address.`);
        return null;
      }
      return stored(input, raw.toLowerCase());
    default:
      if (!UUID_RE.test(raw)) {
        problems.add([...field, 'target'], `A ${input.type} address is a UUID; "${raw}" is not one.`);
        return null;
      }
      return stored(input, raw.toLowerCase());
  }
}

/** The stored form of `input` with its normalised target (built once: a bulk import normalises 20,000 addresses). */
function stored(input: Address, target: string): Address {
  return { type: input.type, targetName: input.targetName ?? null, name: input.name ?? null, detail: input.detail ?? null, target };
}
