import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { DEFAULT_LIMITS, MatcherHolder, createApp, rebuildMatcher, type ServerContext } from '../src/api/index.js';
import { SqliteStore } from '../src/store/index.js';
import { loadSourcesConfig } from '../src/update/config.js';
import { updateSource } from '../src/update/update-source.js';
import { PROJECT_ROOT } from './run-cli.js';

export interface ApiFixture {
  /** The data folder; the SQLite store is `<home>/vigil.db`. */
  home: string;
  ctx: ServerContext;
  app: ReturnType<typeof createApp>;
  /** The JSON log lines written so far. */
  logLines: Record<string, unknown>[];
}

/**
 * A store loaded with every list of `config/shared-data.yml` (or of `options.config`) and the app
 * over it. The matcher is not built yet when `build: false` (to test /readyz); call
 * `rebuildMatcher(fixture.ctx)` then.
 */
export async function loadApiFixture(options: { build?: boolean; config?: string } = {}): Promise<ApiFixture> {
  const home = mkdtempSync(join(tmpdir(), 'vigil-api-'));
  const config = await loadSourcesConfig(options.config ?? join(PROJECT_ROOT, 'config', 'shared-data.yml'));
  const store = new SqliteStore(join(home, 'vigil.db'));
  for (const source of config.sources) {
    const result = await updateSource(store, source, { workDir: join(home, 'downloads') });
    if (!result.ok) throw new Error(`loading ${source.name} failed: ${result.error}`);
  }
  const logLines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) });
  const ctx: ServerContext = { store, matcher: new MatcherHolder(), config, logger, workDir: join(home, 'downloads'), limits: DEFAULT_LIMITS };
  if (options.build ?? true) await rebuildMatcher(ctx);
  return { home, ctx, app: createApp(ctx, { version: 'test' }), logLines };
}

/** POSTs a JSON body (or raw text) and returns status and parsed body. */
export async function postJson(app: ApiFixture['app'], path: string, body: unknown): Promise<{ status: number; json: any }> {
  const res = await app.request(path, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  return { status: res.status, json: await res.json() };
}

export async function getJson(app: ApiFixture['app'], path: string): Promise<{ status: number; json: any }> {
  const res = await app.request(path);
  return { status: res.status, json: await res.json() };
}
