/**
 * Loads every list file of the lists issue into a fresh store and reports the wall time and the
 * peak memory (max RSS of this process). Run: `npm run bench:load` (prints a markdown table).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../src/store/index.js';
import { loadSourcesConfig } from '../src/update/config.js';
import { updateSource } from '../src/update/update-source.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const config = await loadSourcesConfig(process.argv[2] ?? join(root, 'bench', 'all-lists.yml'));
const home = mkdtempSync(join(tmpdir(), 'vigil-bench-load-'));
const store = new SqliteStore(join(home, 'vigil.db'));

const rows: string[] = [];
const started = performance.now();
let failures = 0;
for (const source of config.sources) {
  const t0 = performance.now();
  const result = await updateSource(store, source, { workDir: join(home, 'downloads') });
  const ms = performance.now() - t0;
  if (!result.ok) failures += 1;
  const v = result.version;
  rows.push(`| ${source.name} | ${source.format} | ${result.ok ? 'ok' : `FAILED: ${result.error}`} | ${v.targetCount ?? '-'} | ${v.entityCount ?? '-'} | ${result.issues.length} | ${ms.toFixed(0)} |`);
}
const totalMs = performance.now() - started;
await store.close();
rmSync(home, { recursive: true, force: true });
const peakMb = process.resourceUsage().maxRSS / 1024;

console.log(`Load benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}\n`);
console.log('| source | format | outcome | parties | records | issues | ms |');
console.log('|---|---|---|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
console.log(`\n**Total: ${(totalMs / 1000).toFixed(1)} s, peak memory (max RSS) ${peakMb.toFixed(0)} MB** (goal: at most 15 s and 500 MB)`);
if (failures > 0) process.exitCode = 1;
