import type { Prisma } from './db.ts';

export const DEFAULT_CUSTOMER = 'default';

/** The customer `default` exists from the first start on (domain.md A6). */
export async function ensureDefaultCustomer(prisma: Prisma): Promise<{ id: string }> {
  return prisma.customer.upsert({ where: { name: DEFAULT_CUSTOMER }, create: { name: DEFAULT_CUSTOMER }, update: {}, select: { id: true } });
}
