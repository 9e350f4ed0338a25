/** Tables of the SQLite store. `PRAGMA user_version` tracks the layout for future migrations. */
export const SCHEMA_VERSION = 3;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS versions (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  format TEXT NOT NULL,
  location TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  published_at TEXT,
  checksum TEXT,
  outcome TEXT NOT NULL CHECK (outcome IN ('running', 'ok', 'unchanged', 'failed')),
  error TEXT,
  target_count INTEGER,
  entity_count INTEGER,
  counts_json TEXT NOT NULL DEFAULT '{}',
  added INTEGER,
  removed INTEGER,
  changed INTEGER,
  issue_count INTEGER NOT NULL DEFAULT 0,
  issues_json TEXT NOT NULL DEFAULT '[]',
  is_current INTEGER NOT NULL DEFAULT 0,
  -- the source's first successful version: its changes are the initial load, not news
  initial INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS versions_source ON versions (source, id);

CREATE TABLE IF NOT EXISTS entities (
  source TEXT NOT NULL,
  id TEXT NOT NULL,
  schema TEXT NOT NULL,
  caption TEXT NOT NULL,
  target INTEGER NOT NULL,
  properties TEXT NOT NULL,
  hash TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  last_change TEXT NOT NULL,
  PRIMARY KEY (source, id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entities_id ON entities (id);

CREATE TABLE IF NOT EXISTS refs (
  source TEXT NOT NULL,
  from_id TEXT NOT NULL,
  prop TEXT NOT NULL,
  to_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS refs_to ON refs (to_id);
CREATE INDEX IF NOT EXISTS refs_source ON refs (source);

CREATE TABLE IF NOT EXISTS staging (
  version_id INTEGER NOT NULL,
  id TEXT NOT NULL,
  schema TEXT NOT NULL,
  caption TEXT NOT NULL,
  target INTEGER NOT NULL,
  properties TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (version_id, id)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS changes (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL,
  source TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  schema TEXT NOT NULL,
  caption TEXT NOT NULL,
  target INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('added', 'removed', 'changed', 'blocked-by-ownership')),
  diff_json TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS changes_entity ON changes (entity_id);
CREATE INDEX IF NOT EXISTS changes_at ON changes (at);

CREATE TABLE IF NOT EXISTS staging_referents (
  version_id INTEGER NOT NULL,
  referent TEXT NOT NULL,
  id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS staging_referents_version ON staging_referents (version_id, id);

-- Ids merged into an entity (FtM referents), per source: requests for them are redirected.
CREATE TABLE IF NOT EXISTS referents (
  source TEXT NOT NULL,
  referent TEXT NOT NULL,
  id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS referents_referent ON referents (referent);
CREATE INDEX IF NOT EXISTS referents_id ON referents (id);

-- API keys (version 2): only the SHA-256 of each key is kept, never the key.
CREATE TABLE IF NOT EXISTS api_keys (
  id TEXT PRIMARY KEY,
  key_hash TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('screener', 'admin')),
  label TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  revoked_at TEXT
);

-- Entities blocked by an ownership rule (version 3), as last computed over the versions in service.
CREATE TABLE IF NOT EXISTS ownership_blocks (
  rule TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  schema TEXT NOT NULL,
  caption TEXT NOT NULL,
  block_json TEXT NOT NULL,
  PRIMARY KEY (rule, entity_id)
) WITHOUT ROWID;

-- One row: which versions in service the ownership blocks were computed for.
CREATE TABLE IF NOT EXISTS ownership_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  state_key TEXT NOT NULL,
  computed_at TEXT NOT NULL
);
`;

/**
 * Version 3 widened the CHECK on `changes.kind` (derived `blocked-by-ownership` changes). SQLite
 * cannot alter a CHECK, so an older `changes` table is moved aside before SCHEMA_SQL creates the
 * new one, then copied over (see `SqliteStore`).
 */
export const MOVE_OLD_CHANGES_SQL = `
DROP INDEX IF EXISTS changes_entity;
DROP INDEX IF EXISTS changes_at;
ALTER TABLE changes RENAME TO changes_before_v3;
`;

export const COPY_OLD_CHANGES_SQL = `
INSERT INTO changes (id, version_id, source, entity_id, schema, caption, target, kind, diff_json, at)
  SELECT id, version_id, source, entity_id, schema, caption, target, kind, diff_json, at FROM changes_before_v3;
DROP TABLE changes_before_v3;
`;
