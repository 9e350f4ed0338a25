import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/store/index.js';
import { loadSourcesConfig, type SourceConfig } from '../src/update/config.js';
import { updateSource, type UpdateResult } from '../src/update/update-source.js';
import { PROJECT_ROOT } from './run-cli.js';
import { sharedData } from './shared-data.js';

/** Counts the listed parties a file holds, independently of the adapters (a plain parse or a regex). */
const csvRows = (path: string): string[][] => parse(readFileSync(path), { relax_column_count: true, skip_empty_lines: true, relax_quotes: true }) as string[][];
const count = (path: string, pattern: RegExp): number => readFileSync(path, 'utf8').match(pattern)?.length ?? 0;
const jsonLines = (path: string): number => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').length;

const EXPECTED_PARTIES: Record<string, () => number> = {
  ofac_sdn_2021: () => csvRows(sharedData('ofac/legacy_set_2021-07/sdn.csv')).filter((r) => /^\d+$/.test(r[0] ?? '')).length,
  ofac_sdn_2024: () => csvRows(sharedData('ofac/sdn_2024-05-03/sdn.csv')).filter((r) => /^\d+$/.test(r[0] ?? '')).length,
  ofac_tiny: () => csvRows(sharedData('ofac/tiny_fixture/sdn.csv')).filter((r) => /^\d+$/.test(r[0] ?? '')).length,
  ofac_cons_2025: () => csvRows(sharedData('ofac/consolidated_nonsdn_2025-12/cons_prim.csv')).filter((r) => /^\d+$/.test(r[0] ?? '')).length,
  ofac_xml_fixture: () => count(join(PROJECT_ROOT, 'test/fixtures/ofac-xml/SDN.XML'), /<sdnEntry>/g),
  un_sc: () => count(sharedData('un/consolidated.xml'), /<(INDIVIDUAL|ENTITY)>/g),
  eu_fsf_fixture: () => count(join(PROJECT_ROOT, 'test/fixtures/eu-fsf/xmlFullSanctionsList_1_1.xml'), /<sanctionEntity\b/g),
  uk_csv_fixture: () => new Set(csvRows(join(PROJECT_ROOT, 'test/fixtures/uk-csv/UK-Sanctions-List.csv')).map((r) => r[1]).filter((id) => /^[A-Z]{3}\d{4}$/.test(id ?? ''))).size,
  uk_tables: () => csvRows(sharedData('uk/covyr_uk_sanctions_list_2026-05/subjects.csv')).length - 1,
  ftm_zala: () => (readFileSync(sharedData('opensanctions_ftm/yente_fixtures/zala/entities.ftm.json'), 'utf8').match(/"target": true/g) ?? []).length,
};

describe('every list file of the lists issue loads into one store', () => {
  const results = new Map<string, UpdateResult>();
  let sources: SourceConfig[] = [];

  beforeAll(async () => {
    sources = (await loadSourcesConfig(join(PROJECT_ROOT, 'bench', 'all-lists.yml'))).sources;
    const home = mkdtempSync(join(tmpdir(), 'vigil-all-'));
    const store = new SqliteStore(join(home, 'vigil.db'));
    for (const source of sources) results.set(source.name, await updateSource(store, source, { workDir: join(home, 'downloads') }));
    await store.close();
  });

  it('loads each source without a fatal issue', () => {
    const failures = [...results.values()].filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error));
    expect(failures).toEqual([]);
    expect(results.size).toBe(sources.length);
  });

  it.each(Object.keys(EXPECTED_PARTIES))('%s: parties equal what the file holds', (name) => {
    const expected = EXPECTED_PARTIES[name]!();
    expect(expected).toBeGreaterThan(0);
    expect(results.get(name)?.version.targetCount).toBe(expected);
  });

  it('counts the EU journal and FtM files by record', () => {
    expect(results.get('eu_journal')?.version.countsBySchema['Sanction']).toBe(results.get('eu_journal')?.version.targetCount);
    expect(results.get('ftm_parteispenden')?.version.entityCount).toBe(jsonLines(sharedData('opensanctions_ftm/yente_fixtures/parteispenden/entities.ftm.json')));
    expect(results.get('ftm_t1')?.version.entityCount).toBe(jsonLines(sharedData('opensanctions_ftm/yente_fixtures/t1/entities.ftm.json')));
  });
});
