import type { Problems } from './errors.ts';
import { MAX_NAME } from './fixed-limits.ts';

// The caps themselves are fixed limits, in ./fixed-limits.ts; re-exported for the domain's checks.
export { MAX_DATA, MAX_DETAIL, MAX_NAME } from './fixed-limits.ts';

/** A value as a message may quote it: its first `max` characters (a 100 KB header or zone is no name to repeat). */
export function excerpt(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

export function checkName(value: string, field: (string | number)[], problems: Problems): string {
  const name = value.trim();
  if (name.length === 0) problems.add(field, 'name is required and cannot be blank.');
  else if (name.length > MAX_NAME) problems.add(field, `name is at most ${MAX_NAME} characters (got ${name.length}).`);
  return name;
}

export function checkLength(value: string, max: number, label: string, field: (string | number)[], problems: Problems): string {
  if (value.length > max) problems.add(field, `${label} is at most ${max} characters (got ${value.length}).`);
  return value;
}

/**
 * PostgreSQL cannot store U+0000 in text or jsonb (error 22021): every string of an input (names, details, data,
 * addresses, CSV, action texts, credentials, ids) is refused with its path before anything reads or writes.
 * Walks plain objects and arrays; the path is built only for a string that has one (a bulk import walks 10,000
 * targets). The problem's field is `field` plus the string's path, e.g. ["input", "targets", 3, "name"].
 */
export function checkNoNulCharacters(value: unknown, field: (string | number)[], problems: Problems): void {
  const path = [...field];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      const at = node.indexOf('\u0000');
      if (at >= 0) problems.add(path, nulMessage(path, node, at));
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(node[i]);
        path.pop();
      }
    } else if (node !== null && typeof node === 'object' && !(node instanceof Date)) {
      for (const key of Object.keys(node)) {
        path.push(key);
        walk((node as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  walk(value);
}

function nulMessage(path: (string | number)[], text: string, at: number): string {
  const name = [...path].reverse().find((p) => typeof p === 'string') ?? 'the value';
  // A multi-line value (a CSV) says where: its line is what the user can find.
  const line = text.includes('\n') ? ` on line ${text.slice(0, at).split('\n').length}` : '';
  return `${name} contains a NUL character (\\u0000)${line}, which cannot be stored; remove it.`;
}
