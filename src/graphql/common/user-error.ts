import { builder } from '../builder.ts';
import type { UserError } from '../../domain/errors.ts';

export const UserErrorCodeEnum = builder.enumType('UserErrorCode', {
  values: {
    INVALID: { description: 'The value is malformed or out of range.' },
    NOT_FOUND: { description: 'No such row visible to you.' },
    CONFLICT: { description: 'The change conflicts with another row (for example a unique binding).' },
    INVALID_STATE: { description: 'The row is in a state that does not allow this change.' },
  } as const,
});

export const UserErrorRef = builder.objectRef<UserError>('UserError').implement({
  description: 'A problem with the input. A payload with userErrors changed nothing.',
  fields: (t) => ({
    field: t.stringList({
      nullable: true,
      description: 'Path to the offending input field, e.g. ["input", "destinations", "0", "target"].',
      resolve: (e) => e.field,
    }),
    message: t.exposeString('message'),
    code: t.field({ type: UserErrorCodeEnum, resolve: (e) => e.code }),
  }),
});
