import { entityId, type Entity } from '../src/model/index.js';

/** A listed Person with one name, for tests that build a matcher from made-up parties. */
export function listedPerson(id: string, name: string): Entity {
  return {
    id: entityId(id),
    schema: 'Person',
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
