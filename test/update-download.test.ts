import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId } from '../src/model/index.js';
import { SqliteStore } from '../src/store/index.js';
import type { SourceConfig } from '../src/update/config.js';
import { updateSource } from '../src/update/update-source.js';
import { startListServer } from './list-server.js';
import { sharedData } from './shared-data.js';

describe('updating over HTTP, against a local server that serves the shared files and their faults', () => {
  let server: { url: string; close: () => Promise<void> };
  let home: string;
  let store: SqliteStore;

  beforeAll(async () => {
    server = await startListServer();
    home = mkdtempSync(join(tmpdir(), 'vigil-http-'));
    store = new SqliteStore(join(home, 'vigil.db'));
  });
  afterAll(async () => {
    await store.close();
    await server.close();
  });

  const un = (path: string): SourceConfig => ({ name: 'un_sc_sanctions', format: 'un-xml', url: `${server.url}${path}` });
  const update = (config: SourceConfig, timeoutMs = 5_000) => updateSource(store, config, { workDir: join(home, 'downloads'), timeoutMs });

  it('downloads and loads the UN list', async () => {
    const result = await update(un('/data/un/consolidated.xml'));
    expect(result.ok).toBe(true);
    expect(result.version).toMatchObject({ outcome: 'ok', targetCount: 1003, current: true });
  });

  it('downloads an OFAC main file with its companion files from the same folder', async () => {
    const result = await update({ name: 'us_ofac_sdn', format: 'ofac-csv', url: `${server.url}/data/ofac/legacy_set_2021-07/sdn.csv` });
    expect(result.ok).toBe(true);
    expect(result.version.targetCount).toBe(8976);
    // OFAC's CSV states no date of its own: the version is dated by the server's Last-Modified.
    const modified = statSync(sharedData('ofac/legacy_set_2021-07/sdn.csv')).mtime;
    expect(result.version.publishedAt).toBe(new Date(modified.toUTCString()).toISOString());
    const wagner = await store.entity(entityId('ofac-22543'));
    expect(wagner?.properties['alias']).toContain('PMC WAGNER'); // from alt.csv, fetched beside sdn.csv
  });

  it.each([
    ['a 404', '/status/404/consolidated.xml', /un_sc_sanctions: .*answered 404/],
    ['a 500', '/status/500/consolidated.xml', /un_sc_sanctions: .*answered 500/],
    ['a timeout', '/stall/consolidated.xml', /un_sc_sanctions: .*timed out after 300 ms/],
    ['a body cut short', '/cut/un/consolidated.xml', /un_sc_sanctions: .*(cut short|closed before the body was complete)/],
    ['random bytes', '/random/consolidated.xml', /un_sc_sanctions: .*malformed/],
  ])('%s fails with a clear error and keeps the previous version in service', async (_what, path, message) => {
    const result = await update(un(path), 300);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(message);
    const [status] = (await store.sources()).filter((s) => s.source === 'un_sc_sanctions');
    expect(status?.current).toMatchObject({ outcome: 'ok', targetCount: 1003 });
    expect(status?.lastFailure?.error).toBe(result.error);
    expect(await store.entity(entityId('un-CDi.001'))).toMatchObject({ schema: 'Person' });
  });

  it('an unchanged file is recorded as unchanged, not reloaded', async () => {
    const result = await update(un('/data/un/consolidated.xml'));
    expect(result.ok && result.version.outcome).toBe('unchanged');
  });
});
