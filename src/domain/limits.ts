import type { Problems } from './errors.ts';

export const MAX_NAME = 255;
export const MAX_DETAIL = 2000;
export const MAX_DATA = 64 * 1024;

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
