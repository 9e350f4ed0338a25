import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntities } from '../../test/load-entities.js';
import { sharedData } from '../../test/shared-data.js';
import { ofacCsvAdapter } from '../sources/ofac/index.js';
import { ukTablesAdapter } from '../sources/uk/index.js';
import { buildMatcherState, matcherOf, type MatcherState } from './build-matcher.js';
import { readMatcherSnapshot, writeMatcherSnapshot } from './matcher-snapshot.js';
import type { MatchQuery } from './types.js';

const QUERIES: MatchQuery[] = [
  { schema: 'Person', properties: { name: ['Евгений Викторович Пригожин'], birthDate: ['1961-06-01'] } },
  { schema: 'Person', properties: { name: ['Kathryn Barr'] } },
  { schema: 'Company', properties: { name: ['Wagner Grop'] } },
  { schema: 'Organization', properties: { name: ['ООО «Конкорд Менеджмент и Консалтинг»'] } },
  { schema: 'Vessel', properties: { name: ['Sea Star'] } },
];

describe('matcher snapshots of the real OFAC 2021-07 set and UK list', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-snapshot-'));
  const path = join(dir, 'matcher.snapshot');
  let built: MatcherState;
  beforeAll(async () => {
    const entities = await loadEntities([
      { dataset: 'us_ofac_sdn', adapter: ofacCsvAdapter, path: sharedData('ofac/legacy_set_2021-07') },
      { dataset: 'gb', adapter: ukTablesAdapter, path: sharedData('uk/covyr_uk_sanctions_list_2026-05') },
    ]);
    built = await buildMatcherState(entities);
    // A query first, so that the index holds scratch arrays, which a snapshot leaves out.
    matcherOf(built).match(QUERIES[0]!);
    writeMatcherSnapshot(path, built, 'lists v1');
  });

  it('reads back a matcher that answers every query as the one built', () => {
    const read = readMatcherSnapshot(path, 'lists v1');
    if (!('state' in read)) throw new Error(read.miss);
    const fromSnapshot = matcherOf(read.state);
    const fromBuild = matcherOf(built);
    expect(fromSnapshot.size).toBe(fromBuild.size);
    for (const query of QUERIES) expect(fromSnapshot.match(query, { limit: 20 })).toEqual(fromBuild.match(query, { limit: 20 }));
    expect(fromSnapshot.match(QUERIES[0]!).filter((r) => r.match).map((r) => r.entity.id)).toContain('ofac-21171');
  });

  it('is not used for other lists, and a damaged or foreign file is a miss naming the file', () => {
    expect(readMatcherSnapshot(path, 'lists v2')).toEqual({ miss: 'made for other lists or another version of Vigil', damaged: false });
    expect(readMatcherSnapshot(join(dir, 'none'), 'lists v1')).toEqual({ miss: 'no snapshot yet', damaged: false });
    const truncated = join(dir, 'truncated.snapshot');
    writeFileSync(truncated, readFileSync(path).subarray(0, 1000));
    expect(readMatcherSnapshot(truncated, 'lists v1')).toMatchObject({ miss: expect.stringContaining(`${truncated}: not a readable snapshot`), damaged: true });
    const foreign = join(dir, 'foreign.snapshot');
    writeFileSync(foreign, 'matcher');
    expect(readMatcherSnapshot(foreign, 'lists v1')).toMatchObject({ miss: expect.stringMatching(/foreign\.snapshot: not a/), damaged: true });
  });
});
