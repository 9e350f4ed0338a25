import { entityId, type Entity, type SchemaName } from '../src/model/index.js';

/** A listed party (a Person unless told) with one name, for tests that build a matcher from made-up parties. */
export function listedPerson(id: string, name: string, schema: SchemaName = 'Person'): Entity {
  return {
    id: entityId(id),
    schema,
    caption: name,
    properties: { name: [name] },
    datasets: ['test'],
    referents: [],
    target: true,
    first_seen: '2026-01-01',
    last_seen: '2026-01-01',
    last_change: '2026-01-01',
  };
}
