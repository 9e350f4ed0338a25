import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  ENTITY_REF_PROPERTIES,
  entityId,
  isPartySchema,
  isSchemaName,
  pickCaption,
  type Entity,
  type EntityId,
  type Properties,
  type SourceEntity,
} from '../../model/index.js';
import { diffProperties, hashEntity } from '../entity-diff.js';
import { mergeEntityRows, type EntityRow } from '../merge-entity-rows.js';
import {
  VersionRejectedError,
  type ApiKey,
  type ChangeQuery,
  type EntityChange,
  type NewApiKey,
  type OwnershipBlock,
  type PropertyDiff,
  type RecordedOwnershipBlocks,
  type SourceStatus,
  type SourceVersion,
  type Store,
  type VersionCommit,
} from '../types.js';
import { COPY_OLD_CHANGES_SQL, MOVE_OLD_CHANGES_SQL, SCHEMA_SQL, SCHEMA_VERSION } from './schema-sql.js';

interface VersionRow {
  id: number;
  source: string;
  format: string;
  location: string;
  started_at: string;
  finished_at: string | null;
  published_at: string | null;
  checksum: string | null;
  outcome: SourceVersion['outcome'];
  error: string | null;
  target_count: number | null;
  entity_count: number | null;
  counts_json: string;
  added: number | null;
  removed: number | null;
  changed: number | null;
  issue_count: number;
  issues_json: string;
  is_current: number;
  initial: number;
}

interface ChangeRow {
  version_id: number;
  source: string;
  entity_id: string;
  schema: string;
  caption: string;
  target: number;
  kind: EntityChange['kind'];
  diff_json: string;
  at: string;
}

interface StagedRow {
  id: string;
  schema: string;
  caption: string;
  target: number;
  properties: string;
}

interface OwnershipBlockRow {
  rule: string;
  entity_id: string;
  schema: string;
  caption: string;
  block_json: string;
}

/** A block as one value of a change's diff: `60% (ofac-1 > own-a > own-b; ...)`. */
function describeBlockFact(block: OwnershipBlock): string {
  return `${block.totalPercent}% (${block.paths.map((p) => p.join(' > ')).join('; ')})`;
}

interface ApiKeyRow {
  id: string;
  role: ApiKey['role'];
  label: string;
  created_at: string;
  revoked_at: string | null;
}

/** The columns of `api_keys` that leave the store: everything but the hash. */
const API_KEY_COLUMNS = 'id, role, label, created_at, revoked_at';

function toApiKey(row: ApiKeyRow): ApiKey {
  return { id: row.id, role: row.role, label: row.label, createdAt: row.created_at, revokedAt: row.revoked_at };
}

function toVersion(row: VersionRow): SourceVersion {
  return {
    id: row.id,
    source: row.source,
    format: row.format,
    location: row.location,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    publishedAt: row.published_at,
    checksum: row.checksum,
    outcome: row.outcome,
    error: row.error,
    targetCount: row.target_count,
    entityCount: row.entity_count,
    countsBySchema: JSON.parse(row.counts_json) as Record<string, number>,
    added: row.added,
    removed: row.removed,
    changed: row.changed,
    issueCount: row.issue_count,
    issues: JSON.parse(row.issues_json) as string[],
    current: row.is_current === 1,
    initial: row.initial === 1,
  };
}

function toChange(row: ChangeRow): EntityChange {
  return {
    versionId: row.version_id,
    source: row.source,
    entityId: entityId(row.entity_id),
    schema: row.schema,
    caption: row.caption,
    target: row.target === 1,
    kind: row.kind,
    diff: JSON.parse(row.diff_json) as PropertyDiff,
    at: row.at,
  };
}

/** The properties worth keeping in the history of an added or removed entity. */
function keyFacts(properties: Properties, side: 'added' | 'removed'): PropertyDiff {
  const diff: PropertyDiff = {};
  for (const prop of ['program', 'topics']) {
    const values = properties[prop];
    if (values && values.length > 0) diff[prop] = side === 'added' ? { added: values, removed: [] } : { added: [], removed: values };
  }
  return diff;
}

const STAGE_BATCH = 2000;
const PAGE_SIZE = 5000;

/**
 * The default store: one SQLite file (better-sqlite3, synchronous and fast in process). A version
 * is staged row by row, and swapped in by a single transaction, so a reader sees the old version
 * or the new one, never a mix; a crash mid-update leaves only staging rows, cleared on next open.
 */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  /** A second, read-only connection for `entities()`: see there. */
  #reader: Database.Database | undefined;

  constructor(readonly path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
    this.recoverInterrupted();
  }

  /** Creates the tables, moving an older `changes` table (before version 3) into the new layout. */
  private migrate(): void {
    const before = this.db.pragma('user_version', { simple: true }) as number;
    const hasChanges = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'changes'").get() !== undefined;
    this.db.transaction(() => {
      const moveChanges = before < 3 && hasChanges;
      if (moveChanges) this.db.exec(MOVE_OLD_CHANGES_SQL);
      this.db.exec(SCHEMA_SQL);
      if (moveChanges) this.db.exec(COPY_OLD_CHANGES_SQL);
      this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
  }

  /** Versions left 'running' by a killed process failed; their staging rows are dropped. */
  private recoverInterrupted(): void {
    const running = this.db.prepare("SELECT id FROM versions WHERE outcome = 'running'").all() as { id: number }[];
    for (const { id } of running) {
      this.db.prepare('DELETE FROM staging WHERE version_id = ?').run(id);
      this.db.prepare('DELETE FROM staging_referents WHERE version_id = ?').run(id);
      this.db
        .prepare("UPDATE versions SET outcome = 'failed', error = 'interrupted before it finished', finished_at = ? WHERE id = ?")
        .run(new Date().toISOString(), id);
    }
  }

  async beginVersion(source: string, format: string, location: string): Promise<number> {
    const result = this.db
      .prepare("INSERT INTO versions (source, format, location, started_at, outcome) VALUES (?, ?, ?, ?, 'running')")
      .run(source, format, location, new Date().toISOString());
    return Number(result.lastInsertRowid);
  }

  private sourceOf(versionId: number): string {
    const row = this.db.prepare('SELECT source FROM versions WHERE id = ?').get(versionId) as { source: string } | undefined;
    if (!row) throw new Error(`no version ${versionId}`);
    return row.source;
  }

  async startFromCurrent(versionId: number): Promise<void> {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO staging (version_id, id, schema, caption, target, properties, hash)
         SELECT ?, id, schema, caption, target, properties, hash FROM entities WHERE source = ?`,
      )
      .run(versionId, this.sourceOf(versionId));
    this.db
      .prepare('INSERT INTO staging_referents (version_id, referent, id) SELECT ?, referent, id FROM referents WHERE source = ?')
      .run(versionId, this.sourceOf(versionId));
  }

  async stage(versionId: number, entities: readonly SourceEntity[]): Promise<void> {
    const insert = this.db.prepare(
      `INSERT OR REPLACE INTO staging (version_id, id, schema, caption, target, properties, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const dropReferents = this.db.prepare('DELETE FROM staging_referents WHERE version_id = ? AND id = ?');
    const insertReferent = this.db.prepare('INSERT INTO staging_referents (version_id, referent, id) VALUES (?, ?, ?)');
    const run = this.db.transaction((batch: readonly SourceEntity[]) => {
      for (const e of batch) {
        insert.run(versionId, e.id, e.schema, pickCaption(e.properties, e.id), e.target ? 1 : 0, JSON.stringify(e.properties), hashEntity(e));
        if (e.referents !== undefined) {
          dropReferents.run(versionId, e.id);
          for (const referent of e.referents) insertReferent.run(versionId, referent, e.id);
        }
      }
    });
    for (let i = 0; i < entities.length; i += STAGE_BATCH) run(entities.slice(i, i + STAGE_BATCH));
  }

  async stageDelete(versionId: number, ids: readonly EntityId[]): Promise<void> {
    const del = this.db.prepare('DELETE FROM staging WHERE version_id = ? AND id = ?');
    const delReferents = this.db.prepare('DELETE FROM staging_referents WHERE version_id = ? AND id = ?');
    this.db.transaction(() => {
      for (const id of ids) {
        del.run(versionId, id);
        delReferents.run(versionId, id);
      }
    })();
  }

  async commitVersion(versionId: number, commit: VersionCommit): Promise<SourceVersion> {
    const source = this.sourceOf(versionId);
    const now = new Date().toISOString();
    const swap = this.db.transaction(() => {
      const count = (sql: string, ...args: unknown[]): number => (this.db.prepare(sql).get(...args) as { n: number }).n;
      const currentTargets = count('SELECT count(*) AS n FROM entities WHERE source = ? AND target = 1', source);
      const stagedTargets = count('SELECT count(*) AS n FROM staging WHERE version_id = ? AND target = 1', versionId);
      const stagedAll = count('SELECT count(*) AS n FROM staging WHERE version_id = ?', versionId);
      if (stagedAll === 0 && !commit.force) {
        throw new VersionRejectedError(`${source}: the new version holds no entities; keeping the previous version (use --force to accept)`);
      }
      if (!commit.force && currentTargets > 0 && stagedTargets * 2 < currentTargets) {
        throw new VersionRejectedError(
          `${source}: the new version lists ${stagedTargets} parties against ${currentTargets} now (lost more than half); keeping the previous version (use --force to accept)`,
        );
      }
      const initial = count("SELECT count(*) AS n FROM versions WHERE source = ? AND outcome = 'ok'", source) === 0;
      const insertChange = this.db.prepare(
        `INSERT INTO changes (version_id, source, entity_id, schema, caption, target, kind, diff_json, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      let added: number;
      let removed: number;
      let changed: number;
      const record = (row: StagedRow, kind: EntityChange['kind'], diff: PropertyDiff): void => {
        insertChange.run(versionId, source, row.id, row.schema, row.caption, row.target, kind, JSON.stringify(diff), now);
      };
      added = this.forEachPage<StagedRow>(
        `SELECT s.id, s.schema, s.caption, s.target, s.properties FROM staging s WHERE s.version_id = ?
         AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.source = ? AND e.id = s.id) AND s.id > ? ORDER BY s.id LIMIT ?`,
        [versionId, source],
        (row) => record(row, 'added', keyFacts(JSON.parse(row.properties) as Properties, 'added')),
      );
      removed = this.forEachPage<StagedRow>(
        `SELECT e.id, e.schema, e.caption, e.target, e.properties FROM entities e WHERE e.source = ?
         AND NOT EXISTS (SELECT 1 FROM staging s WHERE s.version_id = ? AND s.id = e.id) AND e.id > ? ORDER BY e.id LIMIT ?`,
        [source, versionId],
        (row) => record(row, 'removed', keyFacts(JSON.parse(row.properties) as Properties, 'removed')),
      );
      changed = this.forEachPage<StagedRow & { old_schema: string; old_properties: string }>(
        `SELECT s.id, s.schema, s.caption, s.target, s.properties, e.schema AS old_schema, e.properties AS old_properties
         FROM staging s JOIN entities e ON e.source = ? AND e.id = s.id
         WHERE s.version_id = ? AND s.hash != e.hash AND s.id > ? ORDER BY s.id LIMIT ?`,
        [source, versionId],
        (row) =>
          record(
            row,
            'changed',
            diffProperties(
              { schema: row.old_schema, properties: JSON.parse(row.old_properties) as Properties },
              { schema: row.schema, properties: JSON.parse(row.properties) as Properties },
            ),
          ),
      );

      this.db
        .prepare('DELETE FROM entities WHERE source = ? AND id NOT IN (SELECT id FROM staging WHERE version_id = ?)')
        .run(source, versionId);
      this.db
        .prepare(
          `INSERT INTO entities (source, id, schema, caption, target, properties, hash, first_seen, last_seen, last_change)
           SELECT ?, id, schema, caption, target, properties, hash, ?, ?, ? FROM staging WHERE version_id = ? AND true
           ON CONFLICT (source, id) DO UPDATE SET
             schema = excluded.schema, caption = excluded.caption, target = excluded.target,
             properties = excluded.properties, last_seen = excluded.last_seen,
             last_change = CASE WHEN entities.hash = excluded.hash THEN entities.last_change ELSE excluded.last_change END,
             hash = excluded.hash`,
        )
        .run(source, now, now, now, versionId);
      this.rebuildRefs(source);
      this.db.prepare('DELETE FROM referents WHERE source = ?').run(source);
      this.db
        .prepare('INSERT INTO referents (source, referent, id) SELECT DISTINCT ?, referent, id FROM staging_referents WHERE version_id = ?')
        .run(source, versionId);
      this.db.prepare('DELETE FROM staging_referents WHERE version_id = ?').run(versionId);

      const counts = this.db
        .prepare('SELECT schema, count(*) AS n FROM staging WHERE version_id = ? GROUP BY schema ORDER BY schema')
        .all(versionId) as { schema: string; n: number }[];
      this.db.prepare('DELETE FROM staging WHERE version_id = ?').run(versionId);
      this.db.prepare('UPDATE versions SET is_current = 0 WHERE source = ?').run(source);
      this.db
        .prepare(
          `UPDATE versions SET outcome = 'ok', finished_at = ?, published_at = ?, checksum = ?, target_count = ?,
             entity_count = ?, counts_json = ?, added = ?, removed = ?, changed = ?, issue_count = ?, issues_json = ?,
             is_current = 1, initial = ?
           WHERE id = ?`,
        )
        .run(
          now, commit.publishedAt, commit.checksum, stagedTargets, stagedAll,
          JSON.stringify(Object.fromEntries(counts.map((c) => [c.schema, c.n]))),
          added, removed, changed, commit.issueCount, JSON.stringify(commit.issues), initial ? 1 : 0, versionId,
        );
    });
    try {
      swap();
    } catch (error) {
      if (error instanceof VersionRejectedError) await this.failVersion(versionId, error.message, commit.issues);
      throw error;
    }
    return this.version(versionId);
  }

  /**
   * Runs a keyset-paged query (its last two parameters are the last id seen and the page size)
   * and calls `fn` per row; better-sqlite3 cannot write while a statement iterates, and paging
   * keeps memory bounded for large lists. Returns the number of rows.
   */
  private forEachPage<T extends { id: string }>(sql: string, args: unknown[], fn: (row: T) => void): number {
    const stmt = this.db.prepare(sql);
    let last = '';
    let count = 0;
    for (;;) {
      const rows = stmt.all(...args, last, PAGE_SIZE) as T[];
      for (const row of rows) fn(row);
      count += rows.length;
      if (rows.length < PAGE_SIZE) return count;
      last = rows[rows.length - 1]!.id;
    }
  }

  /** Entity-valued properties of the source's entities, indexed so a party's sanctions and links are found. */
  private rebuildRefs(source: string): void {
    this.db.prepare('DELETE FROM refs WHERE source = ?').run(source);
    const insert = this.db.prepare('INSERT INTO refs (source, from_id, prop, to_id) VALUES (?, ?, ?, ?)');
    this.forEachPage<{ id: string; schema: string; properties: string }>(
      'SELECT id, schema, properties FROM entities WHERE source = ? AND id > ? ORDER BY id LIMIT ?',
      [source],
      (row) => {
        if (isSchemaName(row.schema) && isPartySchema(row.schema)) return;
        const props = JSON.parse(row.properties) as Properties;
        for (const [prop, values] of Object.entries(props)) {
          if (!ENTITY_REF_PROPERTIES.has(prop)) continue;
          for (const to of values) insert.run(source, row.id, prop, to);
        }
      },
    );
  }

  async finishUnchanged(versionId: number, checksum: string, publishedAt: string | null): Promise<SourceVersion> {
    const source = this.sourceOf(versionId);
    const now = new Date().toISOString();
    this.db.transaction(() => {
      this.db.prepare('UPDATE entities SET last_seen = ? WHERE source = ?').run(now, source);
      this.db
        .prepare(
          `UPDATE versions SET outcome = 'unchanged', finished_at = ?, checksum = ?, published_at = ?, added = 0, removed = 0, changed = 0
           WHERE id = ?`,
        )
        .run(now, checksum, publishedAt, versionId);
    })();
    return this.version(versionId);
  }

  async failVersion(versionId: number, error: string, issues: string[] = []): Promise<SourceVersion> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM staging WHERE version_id = ?').run(versionId);
      this.db.prepare('DELETE FROM staging_referents WHERE version_id = ?').run(versionId);
      this.db
        .prepare("UPDATE versions SET outcome = 'failed', error = ?, finished_at = ?, issue_count = ?, issues_json = ? WHERE id = ?")
        .run(error, new Date().toISOString(), issues.length, JSON.stringify(issues.slice(0, 100)), versionId);
    })();
    return this.version(versionId);
  }

  private version(id: number): SourceVersion {
    return toVersion(this.db.prepare('SELECT * FROM versions WHERE id = ?').get(id) as VersionRow);
  }

  async currentChecksum(source: string): Promise<string | null> {
    const row = this.db
      .prepare("SELECT checksum FROM versions WHERE source = ? AND outcome IN ('ok', 'unchanged') ORDER BY id DESC LIMIT 1")
      .get(source) as { checksum: string | null } | undefined;
    return row?.checksum ?? null;
  }

  async sources(): Promise<SourceStatus[]> {
    const names = this.db.prepare('SELECT DISTINCT source FROM versions ORDER BY source').all() as { source: string }[];
    const pick = (sql: string, source: string): SourceVersion | null => {
      const row = this.db.prepare(sql).get(source) as VersionRow | undefined;
      return row ? toVersion(row) : null;
    };
    return names.map(({ source }) => ({
      source,
      current: pick('SELECT * FROM versions WHERE source = ? AND is_current = 1', source),
      lastSuccess: pick("SELECT * FROM versions WHERE source = ? AND outcome IN ('ok', 'unchanged') ORDER BY id DESC LIMIT 1", source),
      lastFailure: pick("SELECT * FROM versions WHERE source = ? AND outcome = 'failed' ORDER BY id DESC LIMIT 1", source),
    }));
  }

  async versions(source: string): Promise<SourceVersion[]> {
    const rows = this.db.prepare('SELECT * FROM versions WHERE source = ? ORDER BY id').all(source) as VersionRow[];
    return rows.map(toVersion);
  }

  async entity(id: EntityId): Promise<Entity | undefined> {
    const rows = this.db.prepare('SELECT * FROM entities WHERE id = ? ORDER BY source').all(id) as EntityRow[];
    if (rows.length === 0) return undefined;
    const referents = this.db.prepare('SELECT DISTINCT referent FROM referents WHERE id = ? ORDER BY referent').all(id) as { referent: string }[];
    return { ...mergeEntityRows(rows), referents: referents.map((r) => r.referent) };
  }

  async resolveReferent(id: EntityId): Promise<EntityId | undefined> {
    const row = this.db.prepare('SELECT id FROM referents WHERE referent = ? ORDER BY source LIMIT 1').get(id) as { id: string } | undefined;
    return row ? entityId(row.id) : undefined;
  }

  async referencing(id: EntityId): Promise<Entity[]> {
    const rows = this.db
      .prepare('SELECT DISTINCT e.* FROM refs r JOIN entities e ON e.source = r.source AND e.id = r.from_id WHERE r.to_id = ? ORDER BY e.id, e.source')
      .all(id) as EntityRow[];
    return groupRows(rows).map(mergeEntityRows);
  }

  async history(id: EntityId): Promise<EntityChange[]> {
    const rows = this.db.prepare('SELECT * FROM changes WHERE entity_id = ? ORDER BY id').all(id) as ChangeRow[];
    return rows.map(toChange);
  }

  async changes(query: ChangeQuery): Promise<EntityChange[]> {
    const where = ['c.at >= ?'];
    const args: unknown[] = [query.since];
    if (query.source) {
      where.push('c.source = ?');
      args.push(query.source);
    }
    if (!query.includeRecords) where.push('c.target = 1');
    // Derived changes have their own baseline (the first recording records none), so a source's first load shows them.
    if (!query.includeInitial) where.push("(v.initial = 0 OR c.kind = 'blocked-by-ownership')");
    const sql = `SELECT c.* FROM changes c JOIN versions v ON v.id = c.version_id WHERE ${where.join(' AND ')}
                 ORDER BY c.id LIMIT ?`;
    args.push(query.limit ?? -1); // SQLite: a negative LIMIT means no limit
    return (this.db.prepare(sql).all(...args) as ChangeRow[]).map(toChange);
  }

  /**
   * Streams from a read-only connection of its own: a consumer that yields to the event loop
   * between entities (an index build in a running server) keeps its statement open for seconds,
   * and better-sqlite3 refuses every write on a connection with an open statement. In WAL mode
   * the reader also sees one snapshot throughout, whatever an update writes meanwhile.
   */
  async *entities(): AsyncIterable<Entity> {
    this.#reader ??= this.path === ':memory:' ? this.db : new Database(this.path, { readonly: true, fileMustExist: true });
    const rows = this.#reader.prepare('SELECT * FROM entities ORDER BY id, source').iterate() as IterableIterator<EntityRow>;
    let group: EntityRow[] = [];
    for (const row of rows) {
      if (group.length > 0 && group[0]!.id !== row.id) {
        yield mergeEntityRows(group);
        group = [];
      }
      group.push(row);
    }
    if (group.length > 0) yield mergeEntityRows(group);
  }

  async recordOwnershipBlocks(versionId: number, stateKey: string, blocks: readonly OwnershipBlock[]): Promise<{ blocked: number; cleared: number }> {
    const source = this.sourceOf(versionId);
    const now = new Date().toISOString();
    const key = (rule: string, id: string): string => `${rule}\u0000${id}`;
    const insertChange = this.db.prepare(
      `INSERT INTO changes (version_id, source, entity_id, schema, caption, target, kind, diff_json, at)
       VALUES (?, ?, ?, ?, ?, 1, 'blocked-by-ownership', ?, ?)`,
    );
    const label = this.db.prepare('SELECT schema, caption FROM entities WHERE id = ? ORDER BY source LIMIT 1');
    const insertBlock = this.db.prepare('INSERT INTO ownership_blocks (rule, entity_id, schema, caption, block_json) VALUES (?, ?, ?, ?, ?)');
    return this.db.transaction(() => {
      const baseline = this.db.prepare('SELECT 1 FROM ownership_state').get() === undefined;
      const old = new Map<string, OwnershipBlockRow>();
      for (const row of this.db.prepare('SELECT * FROM ownership_blocks').all() as OwnershipBlockRow[]) old.set(key(row.rule, row.entity_id), row);
      this.db.prepare('DELETE FROM ownership_blocks').run();
      let blocked = 0;
      const seen = new Set<string>();
      for (const block of blocks) {
        const k = key(block.rule, block.entityId);
        seen.add(k);
        const entity = label.get(block.entityId) as { schema: string; caption: string } | undefined;
        const schema = entity?.schema ?? 'LegalEntity';
        const caption = entity?.caption ?? block.entityId;
        insertBlock.run(block.rule, block.entityId, schema, caption, JSON.stringify(block));
        if (baseline || old.has(k)) continue;
        blocked++;
        insertChange.run(versionId, source, block.entityId, schema, caption, JSON.stringify({ [block.rule]: { added: [describeBlockFact(block)], removed: [] } }), now);
      }
      let cleared = 0;
      for (const [k, row] of old) {
        if (seen.has(k)) continue;
        cleared++;
        const block = JSON.parse(row.block_json) as OwnershipBlock;
        insertChange.run(versionId, source, row.entity_id, row.schema, row.caption, JSON.stringify({ [row.rule]: { added: [], removed: [describeBlockFact(block)] } }), now);
      }
      this.db
        .prepare('INSERT INTO ownership_state (id, state_key, computed_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET state_key = excluded.state_key, computed_at = excluded.computed_at')
        .run(stateKey, now);
      return { blocked, cleared };
    })();
  }

  async ownershipBlocks(): Promise<RecordedOwnershipBlocks | null> {
    const state = this.db.prepare('SELECT state_key, computed_at FROM ownership_state').get() as { state_key: string; computed_at: string } | undefined;
    if (!state) return null;
    const rows = this.db.prepare('SELECT block_json FROM ownership_blocks ORDER BY entity_id, rule').all() as { block_json: string }[];
    return { stateKey: state.state_key, computedAt: state.computed_at, blocks: rows.map((r) => JSON.parse(r.block_json) as OwnershipBlock) };
  }

  async createApiKey(key: NewApiKey): Promise<ApiKey> {
    this.db
      .prepare('INSERT INTO api_keys (id, key_hash, role, label, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(key.id, key.keyHash, key.role, key.label, new Date().toISOString());
    return this.apiKey(key.id)!;
  }

  async listApiKeys(): Promise<ApiKey[]> {
    const rows = this.db.prepare(`SELECT ${API_KEY_COLUMNS} FROM api_keys ORDER BY created_at, rowid`).all() as ApiKeyRow[];
    return rows.map(toApiKey);
  }

  async revokeApiKey(id: string): Promise<ApiKey | undefined> {
    this.db.prepare('UPDATE api_keys SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?').run(new Date().toISOString(), id);
    return this.apiKey(id);
  }

  async findApiKeyByHash(keyHash: string): Promise<ApiKey | undefined> {
    const row = this.db.prepare(`SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE key_hash = ?`).get(keyHash) as ApiKeyRow | undefined;
    return row ? toApiKey(row) : undefined;
  }

  private apiKey(id: string): ApiKey | undefined {
    const row = this.db.prepare(`SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE id = ?`).get(id) as ApiKeyRow | undefined;
    return row ? toApiKey(row) : undefined;
  }

  async close(): Promise<void> {
    if (this.#reader !== this.db) this.#reader?.close();
    this.db.close();
  }
}

function groupRows(rows: EntityRow[]): EntityRow[][] {
  const groups = new Map<string, EntityRow[]>();
  for (const row of rows) {
    const list = groups.get(row.id) ?? [];
    list.push(row);
    groups.set(row.id, list);
  }
  return [...groups.values()];
}
