import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KEY_CACHE_TTL_MS, createApiKeyAuth, createApp, hashApiKey, issueApiKey } from '../src/api/index.js';
import { SqliteStore } from '../src/store/index.js';
import { loadApiFixture, type ApiFixture } from './api-app.js';
import { runCli } from './run-cli.js';
import { sharedData } from './shared-data.js';

type App = ReturnType<typeof createApp>;

const KHOROSHEV = { queries: { q1: { schema: 'Person', properties: { name: ['Dmitry Yuryevich Khoroshev'] } } } };

async function call(app: App, path: string, authorization?: string, body?: unknown, method?: 'DELETE'): Promise<{ status: number; json: any }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization !== undefined) headers['authorization'] = authorization;
  const init = body === undefined ? { method: method ?? 'GET', headers } : { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) };
  const res = await app.request(path, init);
  const text = await res.text();
  return { status: res.status, json: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks until the answer is 401, at most `withinMs`; returns how long it took. */
async function msUntilRefused(app: App, authorization: string | undefined, withinMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if ((await call(app, '/algorithms', authorization)).status === 401) return Date.now() - started;
    await sleep(50);
  }
  throw new Error(`still accepted after ${withinMs} ms`);
}

describe('API keys and roles over HTTP (OFAC tiny fixture)', () => {
  let api: ApiFixture;
  let app: App;
  let admin: string;
  let screener: string;
  /** Every key sent in a header during these tests, to look for in the logs. */
  const sent = new Set<string>();
  const apiKey = (key: string): string => {
    sent.add(key);
    return `ApiKey ${key}`;
  };

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-keys-config-'));
    const config = join(dir, 'tiny.json');
    writeFileSync(config, JSON.stringify({ sources: [{ name: 'us_ofac_sdn', format: 'ofac-csv', path: sharedData('ofac/tiny_fixture') }] }));
    api = await loadApiFixture({ config });
    admin = (await issueApiKey(api.ctx.store, 'admin', 'ops')).key;
    screener = (await issueApiKey(api.ctx.store, 'screener', 'onboarding')).key;
    app = createApp(api.ctx, { version: 'test', withAuth: createApiKeyAuth(api.ctx.store, { openWhenNoKeys: false }) });
  });

  it('answers 401 {detail} without a key on every route but /healthz and /readyz', async () => {
    for (const path of ['/catalog', '/algorithms', '/entities/ofac-48603', '/search/default?q=khoroshev', '/changes?since=2000-01-01', '/openapi.json', '/docs']) {
      const { status, json } = await call(app, path);
      expect([path, status]).toEqual([path, 401]);
      expect(json).toEqual({ detail: 'missing API key: send `Authorization: ApiKey <key>` (or `Bearer <key>`)' });
    }
    expect((await call(app, '/match/default', undefined, KHOROSHEV)).status).toBe(401);
    expect((await call(app, '/updatez?sync=true', undefined, '')).status).toBe(401);
    expect(await call(app, '/healthz')).toEqual({ status: 200, json: { status: 'ok' } });
    expect(await call(app, '/readyz')).toEqual({ status: 200, json: { status: 'ok' } });
  });

  it('answers 401 to a wrong key, a key one letter off and a malformed header', async () => {
    const oneOff = `${screener.slice(0, -1)}${screener.endsWith('A') ? 'B' : 'A'}`;
    for (const header of [apiKey('vgl_not-a-key'), apiKey(oneOff), `Bearer ${oneOff}`]) {
      expect(await call(app, '/algorithms', header)).toEqual({ status: 401, json: { detail: 'invalid API key' } });
    }
    sent.add(screener);
    for (const header of [`Basic ${screener}`, 'ApiKey', `ApiKey ${screener} extra`]) {
      const { status, json } = await call(app, '/algorithms', header);
      expect(status).toBe(401);
      expect(json.detail).toMatch(/^malformed Authorization header/);
    }
  });

  it('lets a screener key match and read (ApiKey and Bearer), but answers 403 to POST /updatez', async () => {
    const { status, json } = await call(app, '/match/default', apiKey(screener), KHOROSHEV);
    expect(status).toBe(200);
    expect(json.responses.q1.results[0].id).toBe('ofac-48603');
    expect((await call(app, '/entities/ofac-48603', `Bearer ${screener}`)).json.caption).toBe('KHOROSHEV, Dmitry Yuryevich');
    expect((await call(app, '/docs', `bearer ${screener}`)).status).toBe(200);
    const denied = await call(app, '/updatez?sync=true', apiKey(screener), '');
    expect(denied.status).toBe(403);
    expect(denied.json.detail).toMatch(/has the screener role; POST \/updatez needs admin$/);
  });

  it('lets an admin key reload the lists and use every screener route', async () => {
    const { status, json } = await call(app, '/updatez?sync=true', apiKey(admin), '');
    expect(status).toBe(200);
    expect(json.sources.map((s: { source: string; outcome: string }) => [s.source, s.outcome])).toEqual([['us_ofac_sdn', 'unchanged']]);
    expect((await call(app, '/match/default', `Bearer ${admin}`, KHOROSHEV)).json.responses.q1.results[0].id).toBe('ofac-48603');
  });

  it('refuses a key revoked in the store within the cache time, and one revoked by `vigil keys revoke`', async () => {
    const issued = await issueApiKey(api.ctx.store, 'screener', 'to revoke');
    expect((await call(app, '/algorithms', apiKey(issued.key))).status).toBe(200);
    await api.ctx.store.revokeApiKey(issued.record.id);
    expect(await msUntilRefused(app, `ApiKey ${issued.key}`, DEFAULT_KEY_CACHE_TTL_MS + 500)).toBeLessThanOrEqual(DEFAULT_KEY_CACHE_TTL_MS + 100);
    expect((await call(app, '/algorithms', `ApiKey ${issued.key}`)).json).toEqual({ detail: `API key ${issued.record.id} was revoked` });

    // Another process (the CLI) revokes a key the server has just accepted and cached.
    const other = await issueApiKey(api.ctx.store, 'admin', 'cli revoke');
    expect((await call(app, '/catalog', apiKey(other.key))).status).toBe(200);
    const run = runCli(['keys', 'revoke', other.record.id, '--home', api.home]);
    expect(run.status).toBe(0);
    expect(await msUntilRefused(app, `ApiKey ${other.key}`, DEFAULT_KEY_CACHE_TTL_MS + 500)).toBeLessThanOrEqual(DEFAULT_KEY_CACHE_TTL_MS + 100);
    expect((await call(app, '/algorithms', apiKey(admin))).status).toBe(200);
  });

  it('is open on loopback only while no key exists, and closes once one does', async () => {
    const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'vigil-keys-empty-')), 'vigil.db'));
    const ctx = { ...api.ctx, store };
    const loopback = createApp(ctx, { withAuth: createApiKeyAuth(store, { openWhenNoKeys: true }) });
    const exposed = createApp(ctx, { withAuth: createApiKeyAuth(store, { openWhenNoKeys: false }) });
    expect((await call(loopback, '/algorithms')).status).toBe(200);
    expect((await call(exposed, '/algorithms')).status).toBe(401);
    const first = await issueApiKey(store, 'admin', 'first');
    expect(await msUntilRefused(loopback, undefined, DEFAULT_KEY_CACHE_TTL_MS + 500)).toBeLessThanOrEqual(DEFAULT_KEY_CACHE_TTL_MS + 100);
    expect((await call(loopback, '/algorithms')).json.detail).toMatch(/^missing API key/);
    expect((await call(loopback, '/algorithms', apiKey(first.key))).status).toBe(200);
    await store.close();
  });

  it('never stores a key in clear: the SQLite files hold its SHA-256 only', async () => {
    const dbFiles = ['vigil.db', 'vigil.db-wal'].map((f) => join(api.home, f)).filter((f) => existsSync(f));
    const bytes = dbFiles.map((f) => readFileSync(f).toString('latin1')).join('');
    for (const key of [admin, screener]) {
      expect(bytes).not.toContain(key);
      expect(bytes).not.toContain(key.slice(4)); // without the vgl_ prefix either
      expect(bytes).toContain(hashApiKey(key));
    }
    const rows = await api.ctx.store.listApiKeys();
    expect(rows.map((k) => k.label)).toEqual(['ops', 'onboarding', 'to revoke', 'cli revoke']);
    expect(JSON.stringify(rows)).not.toMatch(/vgl_|[0-9a-f]{64}/);
  });

  it('never logs a key: the request log names the key id, never the key', async () => {
    const log = JSON.stringify(api.logLines);
    expect(sent.size).toBeGreaterThanOrEqual(6);
    for (const key of sent) expect(log).not.toContain(key.slice(4));
    const requests = api.logLines.filter((l) => l['msg'] === 'request');
    const adminId = (await api.ctx.store.listApiKeys()).find((k) => k.label === 'ops')!.id;
    expect(requests).toContainEqual(expect.objectContaining({ method: 'POST', path: '/updatez', status: 200, keyId: adminId }));
    expect(requests).toContainEqual(expect.objectContaining({ path: '/algorithms', status: 401 }));
  });
  it('lets an admin create, list and revoke keys over HTTP; a screener gets 403; a created key works at once and is never logged', async () => {
    expect((await call(app, '/keys', apiKey(screener))).status).toBe(403);
    expect((await call(app, '/keys', apiKey(screener), { role: 'admin' })).status).toBe(403);
    expect((await call(app, '/keys', undefined, { role: 'admin' })).status).toBe(401);

    const bad = await call(app, '/keys', apiKey(admin), { role: 'root', label: 'x' });
    expect(bad.status).toBe(422);
    expect(bad.json.detail).toMatch(/body\.role/);
    expect((await call(app, '/keys', apiKey(admin), { role: 'screener', extra: 1 })).json.detail).toMatch(/extra/);

    const created = await call(app, '/keys', apiKey(admin), { role: 'screener', label: 'made over http' });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({ id: expect.stringMatching(/^key_/), role: 'screener', label: 'made over http', created_at: expect.any(String), revoked_at: null, key: expect.stringMatching(/^vgl_/) });
    const key: string = created.json.key;
    expect((await call(app, '/match/default', `Bearer ${key}`, KHOROSHEV)).json.responses.q1.results[0].id).toBe('ofac-48603');

    const listed = await call(app, '/keys', apiKey(admin));
    expect(listed.json.keys.find((k: { id: string }) => k.id === created.json.id)).toEqual({ ...created.json, key: undefined });
    expect(JSON.stringify(listed.json)).not.toMatch(/vgl_|[0-9a-f]{64}/);

    const revoked = await call(app, `/keys/${created.json.id}`, apiKey(admin), undefined, 'DELETE');
    expect(revoked.status).toBe(200);
    expect(revoked.json.revoked_at).toEqual(expect.any(String));
    expect(await msUntilRefused(app, `Bearer ${key}`, DEFAULT_KEY_CACHE_TTL_MS + 500)).toBeLessThanOrEqual(DEFAULT_KEY_CACHE_TTL_MS + 100);
    expect((await call(app, '/keys/key_nope', apiKey(admin), undefined, 'DELETE')).status).toBe(404);

    expect(JSON.stringify(api.logLines)).not.toContain(key.slice(4));
    expect(api.logLines).toContainEqual(expect.objectContaining({ event: 'key-created', id: created.json.id, by: expect.stringMatching(/^key_/) }));
  });
});
