/**
 * Loads every real list (`config/shared-data.yml`) into a temporary SQLite store, as
 * `vigil update` does, and builds the matcher from the store's entities, timing both. The listed
 * persons are kept aside on the way through, for the generated held-back set.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Matcher } from '../../src/match/types.js';
import type { Entity } from '../../src/model/index.js';
import { SqliteStore } from '../../src/store/index.js';
import { loadSourcesConfig } from '../../src/update/config.js';
import { updateSource } from '../../src/update/update-source.js';
import { PROJECT_ROOT } from './eval-paths.js';

export const SHARED_DATA_CONFIG = join(PROJECT_ROOT, 'config', 'shared-data.yml');

/** The UN Security Council list's dataset name in that config: the right answer for the positives. */
export const UN_DATASET = 'un_sc_sanctions';

export type BuildMatcher = (entities: AsyncIterable<Entity>) => Promise<Matcher>;

export interface ScreeningLists {
  matcher: Matcher;
  /** Listed persons (Person targets), in id order. */
  persons: Entity[];
  sources: string[];
  loadMs: number;
  buildMs: number;
}

async function* keepPersons(entities: AsyncIterable<Entity>, persons: Entity[]): AsyncGenerator<Entity> {
  for await (const entity of entities) {
    if (entity.target && entity.schema === 'Person') persons.push(entity);
    yield entity;
  }
}

export async function loadScreeningLists(buildMatcher: BuildMatcher, configPath = SHARED_DATA_CONFIG): Promise<ScreeningLists> {
  const config = await loadSourcesConfig(configPath);
  const home = mkdtempSync(join(tmpdir(), 'vigil-eval-'));
  const store = new SqliteStore(join(home, 'vigil.db'));
  try {
    const t0 = performance.now();
    for (const source of config.sources) {
      const result = await updateSource(store, source, { workDir: join(home, 'downloads') });
      if (!result.ok) throw new Error(`eval: loading ${source.name} failed: ${result.error}`);
    }
    const loadMs = performance.now() - t0;
    const persons: Entity[] = [];
    const t1 = performance.now();
    const matcher = await buildMatcher(keepPersons(store.entities(), persons));
    const buildMs = performance.now() - t1;
    return { matcher, persons, sources: config.sources.map((s) => s.name), loadMs, buildMs };
  } finally {
    await store.close();
    rmSync(home, { recursive: true, force: true });
  }
}
