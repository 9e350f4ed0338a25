import type { Entity, EntityId, SourceEntity } from '../model/index.js';

/** How an update of one source ended. */
export type VersionOutcome = 'running' | 'ok' | 'unchanged' | 'failed';

/** One update of one source: when it ran, what the list said about itself, and what it changed. */
export interface SourceVersion {
  id: number;
  source: string;
  format: string;
  location: string;
  startedAt: string;
  finishedAt: string | null;
  /** The date the list says it was published, when it says one. */
  publishedAt: string | null;
  checksum: string | null;
  outcome: VersionOutcome;
  error: string | null;
  /** Listed parties (targets), and all records including sanctions and links. */
  targetCount: number | null;
  entityCount: number | null;
  countsBySchema: Record<string, number>;
  added: number | null;
  removed: number | null;
  changed: number | null;
  issueCount: number;
  /** The first issues, as one-line texts (`file:line: what`). */
  issues: string[];
  current: boolean;
  /** The source's first successful version: everything in it counts as added. */
  initial: boolean;
}

/** What a source looks like now: its version in service, and its last success and failure. */
export interface SourceStatus {
  source: string;
  current: SourceVersion | null;
  lastSuccess: SourceVersion | null;
  lastFailure: SourceVersion | null;
}

/**
 * `added`/`removed`/`changed`: a record of a source. `blocked-by-ownership`: a derived status, an
 * entity newly blocked (diff `added`) or cleared (diff `removed`) under an ownership rule (diff key).
 */
export type ChangeKind = 'added' | 'removed' | 'changed' | 'blocked-by-ownership';

/** Values a property gained and lost between two versions. */
export type PropertyDiff = Record<string, { added: string[]; removed: string[] }>;

/** One entity's change in one version of one source. */
export interface EntityChange {
  versionId: number;
  source: string;
  entityId: EntityId;
  schema: string;
  caption: string;
  target: boolean;
  kind: ChangeKind;
  diff: PropertyDiff;
  at: string;
}

export interface ChangeQuery {
  since: string;
  source?: string;
  /** Include sanctions, links and other records, not just listed parties. */
  includeRecords?: boolean;
  /** Include the additions of each source's first load. */
  includeInitial?: boolean;
  limit?: number;
}

/** One blocked owner's part in an ownership block. */
export interface OwnershipBlockOwner {
  owner: string;
  percentage: number;
  ownerStatus: 'listed' | 'blocked-by-rule';
}

/** An entity blocked by an ownership rule (OFAC 50%, EU majority) though no list names it. */
export interface OwnershipBlock {
  entityId: EntityId;
  rule: 'ofac-50-percent' | 'eu-majority-ownership';
  aggregation: 'sum' | 'single-owner';
  totalPercent: number;
  owners: OwnershipBlockOwner[];
  /** Ownership chains, listed party first, the blocked entity last. */
  paths: string[][];
}

/** The ownership blocks last recorded, and the versions in service they were computed for. */
export interface RecordedOwnershipBlocks {
  stateKey: string;
  computedAt: string;
  blocks: OwnershipBlock[];
}

/** Facts about a finished parse that the store checks before the version goes into service. */
export interface VersionCommit {
  publishedAt: string | null;
  checksum: string;
  issueCount: number;
  issues: string[];
  /** Accept a version that lost more than half of the source's listed parties. */
  force: boolean;
}

/** Raised when a parsed version fails a safety check; the previous version stays in service. */
export class VersionRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VersionRejectedError';
  }
}

/** Who a key belongs to: screeners match, search and read; admins also update the lists. */
export type ApiKeyRole = 'screener' | 'admin';

export const API_KEY_ROLES: readonly ApiKeyRole[] = ['screener', 'admin'];

/** An API key as the store keeps it: never the key itself, only its hash (which is not returned either). */
export interface ApiKey {
  id: string;
  role: ApiKeyRole;
  label: string;
  createdAt: string;
  revokedAt: string | null;
}

/** A key to record: its id, role, label and the hash of the secret (`hashApiKey`). */
export interface NewApiKey {
  id: string;
  role: ApiKeyRole;
  label: string;
  keyHash: string;
}

/**
 * Where lists live. Updates are staged: `beginVersion`, then `stage`/`stageDelete` as records
 * stream in, then `commitVersion` swaps the new version in atomically (or `failVersion` drops
 * it). Readers never see a half-loaded version. SQLite implements this today; PostgreSQL will
 * implement the same interface, and both run one contract suite.
 */
export interface Store {
  beginVersion(source: string, format: string, location: string): Promise<number>;
  /** Delta sources start from the current entities instead of an empty version. */
  startFromCurrent(versionId: number): Promise<void>;
  stage(versionId: number, entities: readonly SourceEntity[]): Promise<void>;
  stageDelete(versionId: number, ids: readonly EntityId[]): Promise<void>;
  commitVersion(versionId: number, commit: VersionCommit): Promise<SourceVersion>;
  /** Records a version that ended before parsing (e.g. unchanged checksum) without touching entities. */
  finishUnchanged(versionId: number, checksum: string, publishedAt: string | null): Promise<SourceVersion>;
  failVersion(versionId: number, error: string, issues?: string[]): Promise<SourceVersion>;

  currentChecksum(source: string): Promise<string | null>;
  sources(): Promise<SourceStatus[]>;
  versions(source: string): Promise<SourceVersion[]>;
  entity(id: EntityId): Promise<Entity | undefined>;
  /** The entity an id was merged into (FtM referents), for redirects. */
  resolveReferent(id: EntityId): Promise<EntityId | undefined>;
  /** Entities whose entity-valued properties point at this id (its sanctions, links, addresses). */
  referencing(id: EntityId): Promise<Entity[]>;
  history(id: EntityId): Promise<EntityChange[]>;
  changes(query: ChangeQuery): Promise<EntityChange[]>;
  /** Every entity in service, merged across sources, in id order. */
  entities(): AsyncIterable<Entity>;

  /**
   * Replaces the recorded ownership blocks with `blocks` (computed over the versions in service,
   * `stateKey`). Each entity newly blocked or cleared under a rule becomes a `blocked-by-ownership`
   * change of `versionId` (the update or import that caused it); the first recording is the
   * baseline and records no change.
   */
  recordOwnershipBlocks(versionId: number, stateKey: string, blocks: readonly OwnershipBlock[]): Promise<{ blocked: number; cleared: number }>;
  /** The ownership blocks last recorded, or null before the first recording. */
  ownershipBlocks(): Promise<RecordedOwnershipBlocks | null>;

  /** Records a key; a second key with the same id or hash is an error. */
  createApiKey(key: NewApiKey): Promise<ApiKey>;
  /** Every key, revoked ones included, oldest first. */
  listApiKeys(): Promise<ApiKey[]>;
  /** Marks a key revoked (once: a second call keeps the first date); undefined when no key has this id. */
  revokeApiKey(id: string): Promise<ApiKey | undefined>;
  /** The key with this hash, revoked or not; the caller checks `revokedAt`. */
  findApiKeyByHash(keyHash: string): Promise<ApiKey | undefined>;
  close(): Promise<void>;
}
