// The page arguments pass on integer checks when in range and go to zod otherwise (src/graphql/common/pagination.ts):
// both must agree on every value, and a refusal must keep zod's message. Over the server, out-of-range pages are
// refused in outdial.test.ts (nested too) and error-codes.test.ts.
import { describe, expect, it } from 'vitest';
import { pageArgs } from '../src/graphql/common/pagination.ts';

const validate = (value: unknown) => pageArgs['~standard'].validate(value) as { value?: unknown; issues?: { message: string }[] };

describe('pageArgs', () => {
  it('passes exactly the sizes 1..100 (or none) for first and last, and keeps the other arguments', () => {
    const sizes = [undefined, null, -1, 0, 1, 2, 50, 99, 100, 101, 1000, 1.5, Number.NaN, Number.POSITIVE_INFINITY];
    for (const first of sizes) {
      for (const last of sizes) {
        const valid = (n: unknown) => n == null || (Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 100);
        const result = validate({ first, last, after: 'c', filter: { search: 'x' } });
        if (valid(first) && valid(last)) {
          expect(result.issues, `${first} ${last}`).toBeUndefined();
          expect(result.value).toEqual({ first, last, after: 'c', filter: { search: 'x' } });
        } else {
          expect(result.issues?.length, `${first} ${last}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it("refuses with zod's messages, naming the argument", () => {
    expect(validate({ first: 0 }).issues?.map((i) => i.message)).toEqual(['first must be between 1 and 100.']);
    expect(validate({ last: 101 }).issues?.map((i) => i.message)).toEqual(['last must be between 1 and 100; page through larger lists with after/before.']);
  });
});
