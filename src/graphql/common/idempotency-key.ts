// The `idempotencyKey` input field of the mutations a client may safely retry (src/domain/idempotency.ts does
// the work): one description of its scope, lifetime and semantics, plus what each mutation's replay answers.
import { builder } from '../builder.ts';
import { MAX_IDEMPOTENCY_KEY_LENGTH } from '../../domain/idempotency.ts';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** `idempotencyKey: String`, described with what a replay of this mutation answers (`replay`). */
export function idempotencyKeyField(t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>, replay: string) {
  return t.string({
    description:
      `Optional; 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} printable ASCII characters (a UUID is a good key). Scoped to your customer and kept ` +
      '24 hours. Repeating the request with the same key and the same input (even while the first is still running) does ' +
      `nothing again and answers the first result: ${replay} The same key with other input, or on another mutation, is a ` +
      'CONFLICT userError on this field. A refused request (userErrors) does not keep its key.',
  });
}
