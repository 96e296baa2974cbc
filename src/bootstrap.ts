// First start: with no user at all, create the customer `default` and in it a SUPERADMIN, and (when its password
// was generated) print how to use it from GraphiQL (domain.md A6).
import { randomBytes } from 'node:crypto';
import type { Config } from './config.ts';
import type { Prisma } from './db/database.ts';
import type { Logger } from './logger.ts';
import { hashPassword, type TokenService } from './domain/identity.ts';
import { normalizeUsername } from './domain/username.ts';

export const DEFAULT_CUSTOMER = 'default';

export async function ensureBootstrapAdmin(prisma: Prisma, config: Config, logger: Logger, tokens: TokenService): Promise<void> {
  if ((await prisma.user.count()) > 0) return;
  const generated = !config.ADMIN_PASSWORD;
  const password = config.ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);
  const user = await prisma.$transaction(async (tx) => {
    // Another instance may have bootstrapped meanwhile: the unique username makes this idempotent.
    if ((await tx.user.count()) > 0) return null;
    const customer = await tx.customer.upsert({ where: { name: DEFAULT_CUSTOMER }, create: { name: DEFAULT_CUSTOMER }, update: {} });
    return tx.user.create({ data: { customerId: customer.id, username: normalizeUsername(config.ADMIN_USERNAME), passwordHash, role: 'SUPERADMIN' } });
  });
  if (!user) return;
  // Printed once, to stdout, on purpose, and only with a generated password: then it is the operator's only way in.
  // With ADMIN_PASSWORD set the operator signs in with login; a valid SUPERADMIN token in a log would outlive it.
  const lines = [`Created the SUPERADMIN "${user.username}" in customer "${DEFAULT_CUSTOMER}".`];
  if (generated) {
    const token = await tokens.issue(user);
    lines.push(`Generated password (shown only now): ${password}`, 'Paste into GraphiQL\'s Headers tab:', `  {"Authorization": "Bearer ${token}"}`);
  } else {
    lines.push('Its password is the one in ADMIN_PASSWORD: sign in with the login mutation.');
  }
  if (config.LOG_LEVEL !== 'silent') process.stdout.write(`\n${lines.join('\n')}\n\n`);
  logger.info({ username: user.username }, 'bootstrap SUPERADMIN created');
}
