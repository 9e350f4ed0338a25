/**
 * A built matcher's state saved to a file and read back. Building it from the store spells,
 * tokenises and indexes every listed name (8-10 s on a slow machine); reading it back is v8's
 * structured-clone format, a few seconds, so `vigil screen` need not build the index each time.
 *
 * A snapshot is used only for the data and the code it was made from: its key names the versions
 * in service of every list (id, checksum and finish time, so a store made again from scratch does
 * not meet an old snapshot), the Node version (the clone format), and a hash of the code that
 * shapes the state (src/names, src/match, src/model) and of the installed packages. Anything else
 * (another key, a damaged or foreign file) is a miss with its reason, and the caller builds.
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { CandidateIndex } from './candidate-index.js';
import type { MatcherState } from './build-matcher.js';
import { TokenWeights } from './token-weights.js';

const FORMAT = 'vigil-matcher-snapshot/1';

/**
 * What a read found: the state, or why there was none to use. `damaged`: a file was there but could
 * not be used as a snapshot (worth saying); otherwise there was none yet, or it was for other lists or code.
 */
export type SnapshotRead = { state: MatcherState } | { miss: string; damaged: boolean };

interface SnapshotFile {
  format: string;
  key: string;
  state: MatcherState;
}

/** Saves the state with its key; written beside and renamed, so a reader never sees half a file. */
export function writeMatcherSnapshot(path: string, state: MatcherState, dataKey: string): void {
  state.index.withoutScratch();
  const file: SnapshotFile = { format: FORMAT, key: snapshotKey(dataKey), state };
  const partial = `${path}.${process.pid}.partial`;
  try {
    writeFileSync(partial, serialize(file));
    renameSync(partial, path);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Reads a snapshot made for this data and this code. */
export function readMatcherSnapshot(path: string, dataKey: string): SnapshotRead {
  if (!existsSync(path)) return { miss: 'no snapshot yet', damaged: false };
  let file: unknown;
  try {
    file = deserialize(readFileSync(path));
  } catch (error) {
    return { miss: `${path}: not a readable snapshot (${error instanceof Error ? error.message : String(error)})`, damaged: true };
  }
  if (!isSnapshotFile(file)) return { miss: `${path}: not a ${FORMAT} file`, damaged: true };
  if (file.key !== snapshotKey(dataKey)) return { miss: 'made for other lists or another version of Vigil', damaged: false };
  const { parties, profiles, index, weights } = file.state;
  try {
    const revivedWeights = TokenWeights.revive(weights);
    return { state: { parties, profiles, weights: revivedWeights, index: CandidateIndex.revive(index, revivedWeights) } };
  } catch (error) {
    return { miss: `${path}: ${error instanceof Error ? error.message : String(error)}`, damaged: true };
  }
}

function isSnapshotFile(value: unknown): value is SnapshotFile {
  if (typeof value !== 'object' || value === null) return false;
  const { format, key, state } = value as Partial<SnapshotFile>;
  return format === FORMAT && typeof key === 'string' && typeof state === 'object' && state !== null && Array.isArray(state.parties) && Array.isArray(state.profiles);
}

function snapshotKey(dataKey: string): string {
  return `${process.version} ${codeHash()} ${dataKey}`;
}

/** The folders whose code decides what a state holds, beside this module's own. */
const CODE_FOLDERS = ['../names', '../match', '../model'];
let codeHashMemo: string | undefined;

/**
 * A hash of the code that makes a state (as built or as compiled, whichever runs) and of the
 * installed packages (node_modules/.package-lock.json, which npm keeps), read once per process.
 */
function codeHash(): string {
  if (codeHashMemo !== undefined) return codeHashMemo;
  const here = dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  for (const folder of CODE_FOLDERS) {
    const dir = join(here, folder);
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(js|ts|json|csv)$/.test(name)) continue;
      hash.update(name).update(readFileSync(join(dir, name)));
    }
  }
  const lock = installedPackages(here);
  hash.update(lock === undefined ? 'no package lock' : readFileSync(lock));
  codeHashMemo = hash.digest('hex');
  return codeHashMemo;
}

function installedPackages(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const lock = join(dir, 'node_modules', '.package-lock.json');
    if (existsSync(lock)) return lock;
    if (dirname(dir) === dir) return undefined;
  }
}
