// Connection conventions (domain.md A1): newest first, first/last 1..100 (else BAD_USER_INPUT), default 20.
import { z } from 'zod';

const pageSize = (name: string) =>
  z
    .number()
    .int()
    .min(1, `${name} must be between 1 and 100.`)
    .max(100, `${name} must be between 1 and 100; page through larger lists with after/before.`)
    .nullish();

/** Validates the page arguments of a connection field (used as the field's `validate`). */
export const pageArgs = z.looseObject({ first: pageSize('first'), last: pageSize('last') });

export const newestFirst = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];
