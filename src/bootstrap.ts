// First start: with no user at all, create the customer `default` and in it a SUPERADMIN, and print how
// to use it from GraphiQL (domain.md A6).
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
  const token = await tokens.issue(user);
  // Printed once, to stdout, on purpose: this is how the operator learns the first credentials.
  const lines = [
    `Created the SUPERADMIN "${user.username}" in customer "${DEFAULT_CUSTOMER}".`,
    generated ? `Generated password (shown only now): ${password}` : 'Password: the one in ADMIN_PASSWORD.',
    'Paste into GraphiQL\'s Headers tab:',
    `  {"Authorization": "Bearer ${token}"}`,
  ];
  if (config.LOG_LEVEL !== 'silent') process.stdout.write(`\n${lines.join('\n')}\n\n`);
  logger.info({ username: user.username }, 'bootstrap SUPERADMIN created');
}
