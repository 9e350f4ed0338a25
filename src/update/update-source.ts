import { mkdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { SourceEntity } from '../model/index.js';
import {
  ADAPTERS,
  DownloadError,
  FATAL_ISSUE_CODES,
  SourceParseError,
  describeIssue,
  downloadFile,
  type CompanionPaths,
  type ParseContext,
  type ParseIssue,
} from '../sources/index.js';
import { VersionRejectedError, type SourceVersion, type Store } from '../store/index.js';
import { findListFile } from '../sources/read/find-list-file.js';
import { checksumFiles, listFiles } from './checksum.js';
import type { SourceConfig } from './config.js';
import { officialFileName } from './default-sources.js';

export interface UpdateOptions {
  /** Read URL sources' official file names from this folder instead of the network. */
  fromDir?: string;
  /** Accept a version that lost more than half of its parties, and re-read unchanged files. */
  force?: boolean;
  /** Where downloads are kept while they are parsed. */
  workDir: string;
  timeoutMs?: number;
  onProgress?: (source: string, phase: 'download' | 'parse', done: number, total: number) => void;
}

/** How one source's update ended: a version in service, or a failure with the old one kept. */
export type UpdateResult =
  | { source: string; ok: true; version: SourceVersion; issues: ParseIssue[] }
  | { source: string; ok: false; error: string; version: SourceVersion; issues: ParseIssue[] };

const STAGE_BATCH = 2000;
const KEPT_ISSUE_TEXTS = 100;
const DEFAULT_TIMEOUT_MS = 120_000;

/** Puts the source's files on disk and returns the path to read: the configured path, a file in --from, or a download. */
async function materialise(
  config: SourceConfig,
  options: UpdateOptions,
  versionId: number,
): Promise<{ path: string; cleanup?: string; lastModified?: string | null }> {
  if (config.path !== undefined) {
    for (const file of [config.path, ...(config.companions ?? [])]) {
      const exists = await stat(file).then(() => true, () => false);
      if (!exists) throw new SourceParseError({ code: 'missing-file', file, message: 'no such file or folder' });
    }
    return { path: config.path };
  }
  const adapter = ADAPTERS[config.format];
  const mainName = officialFileName(config.url);
  if (options.fromDir) {
    const found = await findListFile(options.fromDir, mainName);
    if (!found) throw new SourceParseError({ code: 'missing-file', file: join(options.fromDir, mainName), message: `--from folder has no ${mainName}` });
    return { path: found };
  }
  const dir = join(options.workDir, `${config.name}-${versionId}`);
  await mkdir(dir, { recursive: true });
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const progress = (done: number, total: number): void => options.onProgress?.(config.name, 'download', done, total);
  const mainPath = join(dir, mainName);
  const { lastModified } = await downloadFile(config.url, mainPath, { timeoutMs, onProgress: progress });
  for (const companion of adapter.companionFiles(mainName)) {
    const url = new URL(companion.name, config.url).toString();
    try {
      await downloadFile(url, join(dir, companion.name), { timeoutMs, onProgress: progress });
    } catch (error) {
      const notFound = error instanceof DownloadError && / 404 /.test(error.message);
      if (!(companion.optional && notFound)) throw error;
    }
  }
  return { path: mainPath, cleanup: dir, lastModified };
}

/** The configured companion files by lower-case official name. */
function givenCompanions(config: SourceConfig): CompanionPaths {
  return new Map((config.companions ?? []).map((file) => [basename(file).toLowerCase(), file]));
}

/** The files a read will touch: a folder's files, or a main file and the companions beside it, and the companions given. */
async function inputFiles(path: string, config: SourceConfig, given: CompanionPaths): Promise<string[]> {
  if (!(await stat(path)).isFile()) return [...(await listFiles(path)), ...given.values()];
  const companions = await Promise.all(
    ADAPTERS[config.format].companionFiles(basename(path)).map((c) => findListFile(dirname(path), c.name, given)),
  );
  return [path, ...companions.filter((p): p is string => p !== undefined)];
}

/**
 * Updates one source: fetch, parse in full into a staged version, check it, then swap it in.
 * Any failure (download, parse, a fatal issue, a version that lost half its parties) leaves the
 * previous version in service and is recorded as a failed version with its reason.
 */
export async function updateSource(store: Store, config: SourceConfig, options: UpdateOptions): Promise<UpdateResult> {
  const adapter = ADAPTERS[config.format];
  const location = config.url ?? config.path;
  const versionId = await store.beginVersion(config.name, config.format, location);
  const issues: ParseIssue[] = [];
  let cleanup: string | undefined;
  try {
    const input = await materialise(config, options, versionId);
    cleanup = input.cleanup;
    const given = givenCompanions(config);
    const checksum = await checksumFiles(await inputFiles(input.path, config, given));
    if (!options.force && checksum === (await store.currentChecksum(config.name))) {
      const version = await store.finishUnchanged(versionId, checksum, null);
      return { source: config.name, ok: true, version, issues };
    }

    let publishedAt: string | null = null;
    let delta = false;
    const ctx: ParseContext = {
      source: config.name,
      issue: (issue) => issues.push(issue),
      published: (date) => {
        publishedAt = date;
      },
      markDelta: () => {
        delta = true;
      },
      progress: (done, total) => options.onProgress?.(config.name, 'parse', done, total),
    };
    let batch: SourceEntity[] = [];
    let started = false;
    for await (const record of adapter.read(input.path, ctx, given)) {
      if (!started) {
        started = true;
        if (delta) await store.startFromCurrent(versionId);
      }
      if (record.op === 'put') {
        batch.push(record.entity);
        if (batch.length >= STAGE_BATCH) {
          await store.stage(versionId, batch);
          batch = [];
        }
      } else {
        await store.stage(versionId, batch);
        batch = [];
        await store.stageDelete(versionId, [record.id]);
      }
    }
    await store.stage(versionId, batch);

    const fatal = issues.find((i) => FATAL_ISSUE_CODES.has(i.code));
    if (fatal) throw new SourceParseError(fatal);
    const version = await store.commitVersion(versionId, {
      // Lists that state no date of their own (OFAC's CSV) are dated by the server's Last-Modified.
      publishedAt: publishedAt ?? input.lastModified ?? null,
      checksum,
      issueCount: issues.length,
      issues: issues.slice(0, KEPT_ISSUE_TEXTS).map(describeIssue),
      force: options.force ?? false,
    });
    return { source: config.name, ok: true, version, issues };
  } catch (error) {
    const message = describeFailure(config, error);
    if (error instanceof VersionRejectedError) {
      const version = (await store.versions(config.name)).find((v) => v.id === versionId);
      if (version) return { source: config.name, ok: false, error: message, version, issues };
    }
    const version = await store.failVersion(versionId, message, issues.slice(0, KEPT_ISSUE_TEXTS).map(describeIssue));
    return { source: config.name, ok: false, error: message, version, issues };
  } finally {
    if (cleanup) await rm(cleanup, { recursive: true, force: true });
  }
}

function describeFailure(config: SourceConfig, error: unknown): string {
  if (error instanceof SourceParseError || error instanceof DownloadError || error instanceof VersionRejectedError) {
    return error.message.startsWith(config.name) ? error.message : `${config.name}: ${error.message}`;
  }
  const e = error as Error;
  return `${config.name}: unexpected failure: ${e.message ?? String(error)}`;
}
