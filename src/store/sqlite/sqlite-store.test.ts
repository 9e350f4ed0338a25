import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runStoreContract } from '../../../test/store-contract.js';
import { SCHEMA_VERSION } from './schema-sql.js';
import { SqliteStore } from './sqlite-store.js';

const newPath = (): string => join(mkdtempSync(join(tmpdir(), 'vigil-store-')), 'vigil.db');

runStoreContract('SQLite', async () => new SqliteStore(newPath()));

describe('SQLite store migrations', () => {
  it('moves the changes of a version-2 file into the version-3 table, which takes derived kinds', async () => {
    const path = newPath();
    // The version-2 layout of `changes`, as files written before version 3 have it.
    const old = new Database(path);
    old.exec(`CREATE TABLE versions (id INTEGER PRIMARY KEY, source TEXT NOT NULL, format TEXT NOT NULL, location TEXT NOT NULL,
      started_at TEXT NOT NULL, finished_at TEXT, published_at TEXT, checksum TEXT, outcome TEXT NOT NULL, error TEXT,
      target_count INTEGER, entity_count INTEGER, counts_json TEXT NOT NULL DEFAULT '{}', added INTEGER, removed INTEGER,
      changed INTEGER, issue_count INTEGER NOT NULL DEFAULT 0, issues_json TEXT NOT NULL DEFAULT '[]',
      is_current INTEGER NOT NULL DEFAULT 0, initial INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE changes (id INTEGER PRIMARY KEY, version_id INTEGER NOT NULL, source TEXT NOT NULL, entity_id TEXT NOT NULL,
      schema TEXT NOT NULL, caption TEXT NOT NULL, target INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('added', 'removed', 'changed')), diff_json TEXT NOT NULL, at TEXT NOT NULL);
    INSERT INTO versions (id, source, format, location, started_at, outcome, is_current) VALUES (1, 'src', 'ftm-json', '/x', '2026-01-01', 'ok', 1);
    INSERT INTO changes VALUES (7, 1, 'src', 'a-1', 'Person', 'ALPHA', 1, 'added', '{}', '2026-01-01T00:00:00.000Z');
    PRAGMA user_version = 2;`);
    old.close();

    const store = new SqliteStore(path);
    expect((await store.changes({ since: '2000-01-01', includeInitial: true })).map((c) => [c.entityId, c.kind])).toEqual([['a-1', 'added']]);
    expect(await store.recordOwnershipBlocks(1, 'k1', [])).toEqual({ blocked: 0, cleared: 0 });
    await store.close();
    const check = new Database(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(String((check.prepare("SELECT sql FROM sqlite_master WHERE name = 'changes'").get() as { sql: string }).sql)).toContain('blocked-by-ownership');
    expect(check.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'changes' ORDER BY name").all()).toEqual([{ name: 'changes_at' }, { name: 'changes_entity' }]);
    check.close();
  });
});
