import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { startServe } from './start-serve.js';

async function status(port: number, path: string, authorization?: string): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, authorization === undefined ? {} : { headers: { authorization } });
  await res.arrayBuffer();
  return res.status;
}

describe('vigil keys create / list / revoke', () => {
  const home = mkdtempSync(join(tmpdir(), 'vigil-cli-keys-'));

  it('refuses a bad or missing role with exit 2 and a clear message', () => {
    const bad = runCli(['keys', 'create', '--role', 'root', '--home', home]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^error: --role must be screener or admin, not "root"/);
    expect(runCli(['keys', 'create', '--home', home]).stderr).toMatch(/^error: --role must be screener or admin/);
    expect(runCli(['keys', 'list', '--home', home]).stdout).toBe('no API keys yet: create one with `vigil keys create --role admin`\n');
  });

  it('prints a key once at creation; list shows id, role, label and dates but never the key; revoke marks it', () => {
    const created = runCli(['keys', 'create', '--role', 'admin', '--label', 'ops team', '--home', home]);
    expect(created.status).toBe(0);
    expect(created.stderr).toMatch(/only time the key is shown/);
    const [, , row] = created.stdout.trim().split('\n');
    const [id, role, , , key] = row!.split(/\s+/);
    expect(id).toMatch(/^key_[0-9a-f]{12}$/);
    expect(role).toBe('admin');
    expect(key).toMatch(/^vgl_[A-Za-z0-9_-]{43}$/);
    const json = JSON.parse(runCli(['keys', 'create', '--role', 'screener', '--json', '--home', home]).stdout) as Record<string, string | null>;
    expect(json).toMatchObject({ role: 'screener', label: '', revoked_at: null, key: expect.stringMatching(/^vgl_/) });
    expect(json['key']).not.toBe(key);

    const list = runCli(['keys', 'list', '--home', home]);
    expect(list.stdout).toMatch(new RegExp(`^${id}\\s+admin\\s+ops team\\s+\\d{4}-\\d\\d-\\d\\dT\\S+\\s+-$`, 'm'));
    expect(list.stdout).toMatch(new RegExp(`^${json['id']}\\s+screener\\s+-\\s+\\S+\\s+-$`, 'm'));
    const listJson = runCli(['keys', 'list', '--json', '--home', home]).stdout;
    for (const text of [list.stdout, listJson]) {
      expect(text).not.toContain(key!);
      expect(text).not.toContain(json['key']!);
    }

    const revoked = runCli(['keys', 'revoke', id!, '--home', home]);
    expect(revoked.status).toBe(0);
    expect(revoked.stdout).toMatch(new RegExp(`^revoked ${id} \\(admin, ops team\\) at \\d{4}-`));
    expect(runCli(['keys', 'list', '--home', home]).stdout).toMatch(new RegExp(`^${id}\\s+admin\\s+ops team\\s+\\S+\\s+\\d{4}-\\d\\d-\\d\\dT\\S+$`, 'm'));
    expect(runCli(['keys', 'revoke', id!, '--home', home]).stdout).toMatch(/was already revoked at/);
    const unknown = runCli(['keys', 'revoke', 'key_000000000000', '--home', home]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('error: no API key with id "key_000000000000"; see `vigil keys list`\n');
  });
});

describe('vigil serve with and without keys', () => {
  it('with no key yet, listens on 127.0.0.1 only (not --host 0.0.0.0), says so, and is open there', async () => {
    const home = mkdtempSync(join(tmpdir(), 'vigil-serve-nokeys-'));
    const served = await startServe(['--home', home, '--host', '0.0.0.0']);
    expect(served.host).toBe('127.0.0.1');
    expect(await status(served.port, '/algorithms')).toBe(200);
    const { stderr } = await served.stop();
    expect(stderr).toContain('no API keys yet: listening on 127.0.0.1 only (not 0.0.0.0); create one with `vigil keys create --role admin`');
  });

  it('once a key exists, listens where asked, needs the key on every route but health, and never logs it', async () => {
    const home = mkdtempSync(join(tmpdir(), 'vigil-serve-keys-'));
    const { key } = JSON.parse(runCli(['keys', 'create', '--role', 'screener', '--json', '--home', home]).stdout) as { key: string };
    const served = await startServe(['--home', home, '--host', '0.0.0.0']);
    expect(served.host).toBe('0.0.0.0');
    expect(await status(served.port, '/healthz')).toBe(200);
    expect(await status(served.port, '/algorithms')).toBe(401);
    expect(await status(served.port, '/algorithms', `ApiKey ${key}x`)).toBe(401);
    expect(await status(served.port, '/algorithms', `ApiKey ${key}`)).toBe(200);
    expect(await status(served.port, '/catalog', `Bearer ${key}`)).toBe(200);
    expect(await status(served.port, '/updatez', `Bearer ${key}`)).toBe(404); // GET: no such route
    const out = await served.stop();
    expect(out.code).toBe(0);
    expect(out.stderr).not.toMatch(/no API keys yet/);
    expect(out.stdout).toMatch(/"path":"\/algorithms","status":200/);
    expect(`${out.stdout}${out.stderr}`).not.toContain(key.slice(4));
  });
});
