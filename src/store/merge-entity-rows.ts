import { entityId, isSchemaName, mergeProperties, pickCaption, type Entity, type Properties, type SchemaName } from '../model/index.js';

/** One source's copy of an entity, as the store keeps it. */
export interface EntityRow {
  source: string;
  id: string;
  schema: string;
  caption: string;
  target: number;
  properties: string;
  first_seen: string;
  last_seen: string;
  last_change: string;
}

/**
 * The entity as served: the copies of one id from several sources merged, FtM style (properties
 * unioned, datasets listed, earliest first_seen, latest last_seen and last_change).
 */
export function mergeEntityRows(rows: readonly EntityRow[]): Entity {
  const first = rows[0];
  if (!first) throw new Error('mergeEntityRows needs at least one row');
  let properties = JSON.parse(first.properties) as Properties;
  for (const row of rows.slice(1)) properties = mergeProperties(properties, JSON.parse(row.properties) as Properties);
  const schema: SchemaName = isSchemaName(first.schema) ? first.schema : 'Thing';
  return {
    id: entityId(first.id),
    schema,
    caption: rows.length === 1 ? first.caption : pickCaption(properties, first.id),
    properties,
    datasets: rows.map((r) => r.source),
    referents: [],
    target: rows.some((r) => r.target === 1),
    first_seen: rows.map((r) => r.first_seen).sort()[0] ?? first.first_seen,
    last_seen: rows.map((r) => r.last_seen).sort().at(-1) ?? first.last_seen,
    last_change: rows.map((r) => r.last_change).sort().at(-1) ?? first.last_change,
  };
}
