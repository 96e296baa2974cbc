// Input problems are values, not exceptions: a service returns every problem it finds, with the path of
// the offending input field, and writes nothing when there is one.
export type UserErrorCode = 'INVALID' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID_STATE';

export interface UserError {
  field: string[] | null;
  message: string;
  code: UserErrorCode;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...errors: UserError[]): Result<T> => ({ ok: false, errors });

export function invalid(field: string[], message: string): UserError {
  return { field, message, code: 'INVALID' };
}

export function notFound(field: string[], what: string): UserError {
  return { field, message: `${what} not found.`, code: 'NOT_FOUND' };
}

/** Collects problems while validating; `field` paths are prefixed with the input's own path. */
export class Problems {
  readonly list: UserError[] = [];
  constructor(private readonly prefix: string[] = ['input']) {}
  add(field: (string | number)[], message: string, code: UserErrorCode = 'INVALID'): void {
    this.list.push({ field: [...this.prefix, ...field.map(String)], message, code });
  }
  get any(): boolean {
    return this.list.length > 0;
  }
}
