import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

/**
 * A real `vigil serve` over the lists of config/shared-data.yml and Debian's Chromium driven by
 * playwright-core: shared by the web app's end-to-end test and `npm run screenshots`. Needs the
 * built CLI and web app (`npm run build`) and /usr/bin/chromium (`apt-get install chromium`).
 * @module
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..').replace(/\/dist$/, '');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
export const CHROMIUM_PATH = '/usr/bin/chromium';
/** Without the background-networking flags Chromium keeps trying Google's hosts, which this network refuses. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

export interface VigilServer {
  url: string;
  home: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

function update(home: string, config: string): void {
  const run = spawnSync(process.execPath, [CLI, 'update', '--home', home, '--config', config], { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`vigil update --config ${config} failed (${run.status}): ${run.stderr.slice(-2000)}`);
}

/**
 * Loads every list of config/shared-data.yml into a new data folder with the built CLI, after the
 * OFAC SDN list of July 2021, so that the store holds what the 2024 list changed.
 */
export function loadSharedLists(): string {
  const home = mkdtempSync(join(tmpdir(), 'vigil-web-'));
  const older = join(home, 'ofac-2021.yml');
  const sdn2021 = resolve(ROOT, '..', 'shared', 'data', 'ofac', 'legacy_set_2021-07');
  writeFileSync(older, `sources:\n  - name: us_ofac_sdn\n    format: ofac-csv\n    title: OFAC SDN List (2021-07)\n    path: ${JSON.stringify(sdn2021)}\n`);
  update(home, older);
  update(home, join(ROOT, 'config', 'shared-data.yml'));
  return home;
}

/** Starts the built `vigil serve` on a free port and waits until /readyz says the index is built. */
export async function startVigil(home: string): Promise<VigilServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--home', home, '--port', String(port), '--host', '127.0.0.1'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vigil serve exited with ${child.exitCode}: ${stderr.slice(-2000)}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`vigil serve not ready within 60 s: ${stderr.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    home,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
