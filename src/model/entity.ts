import type { SchemaName } from './schema.js';

/** An entity id, stable across list updates, prefixed by where it comes from (`ofac-22543`, `un-QDi.430`). */
export type EntityId = string & { readonly __brand: 'EntityId' };

export function entityId(value: string): EntityId {
  return value as EntityId;
}

/** FtM properties: every property holds a list of string values. */
export type Properties = Record<string, string[]>;

/** What a source adapter produces: one FtM entity as the list states it, before the store adds history. */
export interface SourceEntity {
  id: EntityId;
  schema: SchemaName;
  properties: Properties;
  /** A party the list targets (the listed person or company), as opposed to its records and links. */
  target: boolean;
  /** Ids this entity was merged from (FtM `referents`): requests for them are redirected here. */
  referents?: readonly string[];
}

/** An entity as Vigil serves it: FtM JSON with dataset membership and history stamps. */
export interface Entity {
  id: EntityId;
  schema: SchemaName;
  caption: string;
  properties: Properties;
  datasets: string[];
  referents: string[];
  target: boolean;
  first_seen: string;
  last_seen: string;
  last_change: string;
}
