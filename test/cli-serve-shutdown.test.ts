import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { sharedData } from './shared-data.js';
import { startServe } from './start-serve.js';

interface SourceStatus {
  name: string;
  current: { id: number; entityCount: number } | null;
}

const sourcesOf = (home: string): SourceStatus[] => JSON.parse(runCli(['sources', '--json', '--home', home]).stdout) as SourceStatus[];

async function waitReady(port: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('/readyz never answered 200');
}

describe('vigil serve stopped while POST /updatez runs', () => {
  it('exits cleanly at any moment of the update and keeps the lists in service', async () => {
    const home = mkdtempSync(join(tmpdir(), 'vigil-serve-stop-'));
    const config = join(home, 'sources.yml');
    writeFileSync(config, `sources:\n  - name: un_sc_sanctions\n    format: un-xml\n    path: ${sharedData('un/consolidated.xml')}\n  - name: gb_fcdo_sanctions\n    format: uk-tables\n    path: ${sharedData('uk/covyr_uk_sanctions_list_2026-05')}\n`);
    expect(runCli(['update', '--home', home, '--config', config]).status).toBe(0);
    const before = sourcesOf(home);
    expect(before.every((s) => s.current !== null && s.current.entityCount > 0)).toBe(true);

    for (const afterMs of [0, 300, 1500]) {
      const served = await startServe(['--home', home, '--config', config]);
      await waitReady(served.port);
      expect((await fetch(`http://127.0.0.1:${served.port}/updatez`, { method: 'POST' })).status).toBe(202);
      await new Promise((r) => setTimeout(r, afterMs));
      const { code, stdout, stderr } = await served.stop();
      expect(code, `${afterMs} ms: ${stderr}`).toBe(0);
      expect(stderr).not.toMatch(/TypeError|Error:/);
      expect(stdout).toContain('"event":"stopped"');
      const after = sourcesOf(home);
      expect(after.map((s) => [s.name, s.current?.entityCount])).toEqual(before.map((s) => [s.name, s.current?.entityCount]));
    }
  }, 120_000);
});
