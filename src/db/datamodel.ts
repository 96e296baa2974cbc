// The schema as SQL sees it: each Prisma model's table and each field's column, by the schema's @map convention
// (snake_case, digits split off: tryCount0 -> try_count_0; OutdialTarget -> outdial_target), and its relations.
// Written for the statements that read or write rows in SQL without Prisma's row mapping (events/row-json.ts,
// ./json-reads.ts); test/row-json.test.ts checks the convention against Prisma's own runtime datamodel.
import { getDatamodel } from '../generated/pothos-types.ts';

export interface ColumnOfField {
  field: string;
  column: string;
  type: string;
  isList: boolean;
}

export interface RelationOfField {
  field: string;
  /** The related model. */
  model: string;
  isList: boolean;
  /** Where the key is: `from` on this model's row (`fromField` refers to the other row's id), or `to` on the other's. */
  side: 'from' | 'to';
  /** The key field: on this model when side is `from`, on the related model when `to`. */
  keyField: string;
}

export interface ModelShape {
  name: string;
  table: string;
  scalars: ColumnOfField[];
  scalarsByField: Map<string, ColumnOfField>;
  relations: Map<string, RelationOfField>;
}

/** The column a field is stored in (the schema's @map convention). */
export function columnOf(field: string): string {
  return field.replace(/([a-z])([A-Z0-9])/g, '$1_$2').toLowerCase();
}

/** Tables not named by the convention (`user` is a reserved word in PostgreSQL). */
const TABLES: Record<string, string> = { User: 'app_user' };

/** The table a model is stored in (the schema's @@map convention). */
export function tableOf(model: string): string {
  return TABLES[model] ?? columnOf(model[0].toLowerCase() + model.slice(1));
}

const models = getDatamodel().datamodel.models;

const shapes = new Map<string, ModelShape>(
  Object.entries(models).map(([name, def]) => {
    const scalars = def.fields
      .filter((f) => f.kind === 'scalar' || f.kind === 'enum')
      .map((f) => ({ field: f.name, column: columnOf(f.name), type: f.type, isList: f.isList }));
    const relations = new Map<string, RelationOfField>();
    for (const f of def.fields.filter((x) => x.kind === 'object')) {
      const from = f.relationFromFields ?? [];
      if (from.length === 1) {
        relations.set(f.name, { field: f.name, model: f.type, isList: false, side: 'from', keyField: from[0] });
        continue;
      }
      // The key is on the other model: its field of the same relation that names it.
      const opposite = models[f.type].fields.find((o) => o.kind === 'object' && o.relationName === f.relationName && (o.relationFromFields ?? []).length === 1 && o !== f);
      if (opposite) relations.set(f.name, { field: f.name, model: f.type, isList: f.isList, side: 'to', keyField: opposite.relationFromFields![0] });
    }
    return [name, { name, table: tableOf(name), scalars, scalarsByField: new Map(scalars.map((s) => [s.field, s])), relations }];
  }),
);

export function modelShape(model: string): ModelShape {
  const shape = shapes.get(model);
  if (!shape) throw new Error(`no model ${model} in the Prisma datamodel`);
  return shape;
}

export function columnsOf(model: string): ColumnOfField[] {
  return modelShape(model).scalars;
}

export const MODEL_NAMES = [...shapes.keys()];
