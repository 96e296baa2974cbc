// isPossiblePhoneNumber of an E.164 number, without parsing it when the answer cannot depend on the parse.
// libphonenumber-js answers from the national number's length and the possible lengths of one numbering plan,
// but it first picks that plan's country by matching the number against the patterns of every country sharing
// the calling code (25 for +1): ~15-30 µs a number, most of a 10,000-target import's CPU. When no national
// prefix can be stripped and every country of the calling code agrees on that length, the country cannot
// change the answer, so it is read from a per calling code table built from the library's own metadata; any
// other case asks the library. test/phone-number.test.ts checks both agree on every calling code and length.
import { isPossiblePhoneNumber, Metadata } from 'libphonenumber-js';

/** The parts of libphonenumber-js's Metadata class this reads (its typings declare fewer). */
interface MetadataApi {
  hasCallingCode(callingCode: string): boolean | undefined;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
  selectNumberingPlan(countryOrCallingCode: string): void;
  numberingPlan: { possibleLengths(): number[] | undefined; nationalPrefixForParsing(): string | undefined };
}

/** A calling code's answer by national number length: true/false, or undefined when its countries disagree. */
interface CallingCodePlan {
  nationalPrefix: RegExp | null;
  byLength: (boolean | undefined)[];
}

// libphonenumber-js's bounds on a national (significant) number (MIN_LENGTH_FOR_NSN, MAX_LENGTH_FOR_NSN).
const MIN_NATIONAL = 2;
const MAX_NATIONAL = 17;

const metadata = new Metadata() as unknown as MetadataApi;
/** Per calling code: its plan; null when it is not one (try a longer prefix); 'library' when only the library knows. */
const plans = new Map<string, CallingCodePlan | null | 'library'>();

function planOf(callingCode: string): CallingCodePlan | null | 'library' {
  let plan = plans.get(callingCode);
  if (plan !== undefined) return plan;
  const countries = metadata.getCountryCodesForCallingCode(callingCode);
  if (!metadata.hasCallingCode(callingCode)) plan = null;
  else if (!countries) plan = 'library'; // non-geographic (+800, +882, ...)
  else {
    const lengths = countries.map((country) => {
      metadata.selectNumberingPlan(country);
      return metadata.numberingPlan.possibleLengths();
    });
    metadata.selectNumberingPlan(callingCode);
    const prefix = metadata.numberingPlan.nationalPrefixForParsing();
    const byLength: (boolean | undefined)[] = [];
    for (let length = 0; length <= MAX_NATIONAL; length++) {
      // checkNumberLength: no possible lengths means any length is possible.
      const verdicts = new Set(lengths.map((l) => length >= MIN_NATIONAL && (!l || l.includes(length))));
      byLength.push(verdicts.size === 1 ? [...verdicts][0] : undefined);
    }
    plan = { nationalPrefix: prefix ? new RegExp(`^(?:${prefix})`) : null, byLength };
  }
  plans.set(callingCode, plan);
  return plan;
}

/** isPossiblePhoneNumber(e164) for `+` and digits only (what normalizeAddress passes). */
export function isPossibleE164(e164: string): boolean {
  // Calling codes never start with 0; the library refuses those itself.
  if (e164[1] !== '0') {
    for (let end = 2; end <= 4 && end <= e164.length; end++) {
      const plan = planOf(e164.slice(1, end));
      if (plan === null) continue;
      if (plan === 'library') break;
      const national = e164.slice(end);
      // A national prefix might be stripped (changing the length): the library decides.
      if (plan.nationalPrefix?.test(national)) break;
      return plan.byLength[national.length] ?? isPossiblePhoneNumber(e164);
    }
  }
  return isPossiblePhoneNumber(e164);
}
