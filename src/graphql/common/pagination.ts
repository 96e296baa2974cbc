// Connection conventions (domain.md A1): newest first, first/last 1..100 (else BAD_USER_INPUT), default 20.
// nodes(ids:) takes at most as many ids as a page has rows. The cost of a list (plugin-complexity) follows the
// same numbers: a connection's selection counts once per row its page can hold.
import { z } from 'zod';
import type { StandardSchemaV1 } from '@pothos/plugin-validation';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../domain/fixed-limits.ts';

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../domain/fixed-limits.ts';

const pageSize = (name: string) =>
  z
    .number()
    .int()
    .min(1, `${name} must be between 1 and ${MAX_PAGE_SIZE}.`)
    .max(MAX_PAGE_SIZE, `${name} must be between 1 and ${MAX_PAGE_SIZE}; page through larger lists with after/before.`)
    .nullish();

const pageArgsSchema = z.looseObject({ first: pageSize('first'), last: pageSize('last') });

const validSize = (size: unknown) => size == null || (Number.isInteger(size) && (size as number) >= 1 && (size as number) <= MAX_PAGE_SIZE);

/**
 * Validates the page arguments of a connection field (used as the field's `validate`). A nested connection's are
 * validated once per parent row (50 times on the list page, where zod's parse was 2% of the page), so arguments in
 * range pass on two integer checks, the ones zod would pass, and only others go to zod, for its messages.
 */
export const pageArgs: StandardSchemaV1<Record<string, unknown>> = {
  '~standard': {
    ...pageArgsSchema['~standard'],
    validate: (value) => {
      const args = value as { first?: unknown; last?: unknown } | null;
      return args && typeof args === 'object' && validSize(args.first) && validSize(args.last)
        ? { value: args as Record<string, unknown> }
        : (pageArgsSchema['~standard'].validate(value) as StandardSchemaV1.Result<Record<string, unknown>>);
    },
  },
};

/** Validates nodes(ids:): refused before any id is looked up. */
export const nodeIdsArgs = z.looseObject({
  ids: z.array(z.unknown()).max(MAX_PAGE_SIZE, `ids takes at most ${MAX_PAGE_SIZE} ids; ask for the rest in further requests.`),
});

/**
 * How many rows a page can hold, for its cost. pageArgs and nodeIdsArgs refuse a size out of range before the
 * cost is computed (they are argument mappers, which the cost's argument values go through); counted as the
 * nearest valid size all the same.
 */
const rowsOf = (size: number | null | undefined) => Math.min(Math.max(size ?? 0, 0), MAX_PAGE_SIZE);

/** The complexity of every connection field: its selection counts once per row of the page asked for. */
export const connectionComplexity = (args: { first?: number | null; last?: number | null }) => ({
  field: 1,
  multiplier: args.first == null && args.last == null ? DEFAULT_PAGE_SIZE : Math.max(rowsOf(args.first), rowsOf(args.last)),
});

/** The complexity of nodes(ids:): its selection counts once per id. */
export const nodeIdsComplexity = (args: { ids: readonly unknown[] }) => ({ field: 1, multiplier: rowsOf(args.ids.length) });

export const newestFirst = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];
