// The one spelling of a username: what is stored, what login looks up and what the login limiter counts
// against. Usernames are case-insensitive, so " Alice" and "ALICE " are the user `alice` (and one budget of
// failed logins), and a second user cannot take another case of a taken name.
import type { Problems } from './errors.ts';

const USERNAME_RE = /^[a-z0-9._@-]{3,64}$/;

/** Trimmed and lower-cased. The database refuses anything else (CHECK app_user_username_normalized). */
export function normalizeUsername(raw: string): string {
  return raw.trim().toLowerCase();
}

/** The normalised username, with a problem on `field` when it is not one a user may have. */
export function checkUsername(raw: string, field: string[], problems: Problems): string {
  const username = normalizeUsername(raw);
  if (!USERNAME_RE.test(username)) problems.add(field, 'username is 3 to 64 characters: letters, digits and . _ @ -');
  return username;
}
