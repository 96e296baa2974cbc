// isPossibleE164 answers from a table built from libphonenumber-js's metadata where the country cannot change
// the answer, and asks the library otherwise (src/domain/phone-number.ts). It must agree with the library's
// isPossiblePhoneNumber on every number: here every calling code, every national length 0-17, national
// numbers starting with each digit (national prefixes, trunk codes) and with fixed pseudo-random fills.
import { describe, expect, it } from 'vitest';
import { isPossiblePhoneNumber, Metadata } from 'libphonenumber-js';
import { isPossibleE164 } from '../src/domain/phone-number.ts';

const callingCodes = Object.keys((new Metadata() as unknown as { metadata: { country_calling_codes: Record<string, unknown> } }).metadata.country_calling_codes);

/** Deterministic digits: the same numbers on every run. */
function digits(seed: number, count: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += String(x % 10);
  }
  return out;
}

describe('isPossibleE164', () => {
  it('agrees with libphonenumber-js on every calling code and national length', () => {
    expect(callingCodes.length).toBeGreaterThan(200);
    const disagreements: string[] = [];
    let checked = 0;
    for (const code of callingCodes) {
      for (let length = 0; length <= 17; length++) {
        for (let first = 0; first <= 9; first++) {
          for (const seed of [1, 2]) {
            const national = length === 0 ? '' : String(first) + digits(seed * 97 + first + length * 13 + Number(code), length - 1);
            const e164 = `+${code}${national}`;
            if (e164.length > 17) continue; // normalizeAddress refuses more than 15 digits before asking
            checked++;
            if (isPossibleE164(e164) !== isPossiblePhoneNumber(e164)) disagreements.push(e164);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(50_000);
    expect(disagreements).toEqual([]);
  });

  it('agrees on numbers whose calling code does not exist, and on the docs\' examples', () => {
    for (const e164 of ['+15551234567', '+442071838750', '+8613812345678', '+80012345678', '+99912345678', '+2901234', '+0123456789', '+1', '+']) {
      expect(isPossibleE164(e164), e164).toBe(isPossiblePhoneNumber(e164));
    }
    expect(isPossibleE164('+15551234567')).toBe(true);
    expect(isPossibleE164('+1555123')).toBe(false);
  });
});
