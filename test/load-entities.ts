import { pickCaption, type Entity } from '../src/model/index.js';
import type { SourceAdapter } from '../src/sources/types.js';
import { readSource } from './read-source.js';

/** Reads lists through their adapters into served-entity shape, without a store (fast tests of match/). */
export async function loadEntities(lists: { dataset: string; adapter: SourceAdapter; path: string }[]): Promise<Entity[]> {
  const out: Entity[] = [];
  for (const list of lists) {
    const { entities } = await readSource(list.adapter, list.path, list.dataset);
    for (const e of entities) {
      out.push({
        ...e,
        caption: pickCaption(e.properties, e.id),
        datasets: [list.dataset],
        referents: [],
        first_seen: '2026-01-01T00:00:00Z',
        last_seen: '2026-01-01T00:00:00Z',
        last_change: '2026-01-01T00:00:00Z',
      });
    }
  }
  return out;
}
