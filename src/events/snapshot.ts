// Row snapshots travel as JSON (outbox column, Redis messages). DateTime fields come back as strings;
// revive them from Prisma's own datamodel so a snapshot resolves exactly like a row read from the database.
import { getDatamodel } from '../generated/pothos-types.ts';
import type { EntityType, EventRows, Snapshot } from './catalog.ts';

const dateFieldsByModel = new Map<string, string[]>(
  Object.entries(getDatamodel().datamodel.models).map(([model, def]) => [
    model,
    def.fields.filter((f) => f.kind === 'scalar' && f.type === 'DateTime').map((f) => f.name),
  ]),
);

/** A row as plain JSON: Dates as ISO strings, BigInts as strings. */
export function toSnapshot(row: object): Snapshot {
  return JSON.parse(JSON.stringify(row, (_key, value) => (typeof value === 'bigint' ? value.toString() : value)));
}

/** The row a snapshot of `entityType` was made from. */
export function reviveSnapshot<E extends EntityType>(entityType: E, snapshot: Snapshot): EventRows[E] {
  const row: Snapshot = { ...snapshot };
  for (const field of dateFieldsByModel.get(entityType) ?? []) {
    const value = row[field];
    if (typeof value === 'string') row[field] = new Date(value);
  }
  return row as unknown as EventRows[E];
}
