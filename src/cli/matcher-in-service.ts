import { join } from 'node:path';
import { buildMatcherState, matcherOf, readMatcherSnapshot, writeMatcherSnapshot, type BuiltMatcher } from '../match/index.js';
import { resolveHome, type Store } from '../store/index.js';
import { CliError } from './cli-error.js';

/** The snapshot of the built index, in the data folder beside the store. */
export const SNAPSHOT_FILE = 'matcher.snapshot';

/**
 * The matcher over the lists in service, for one CLI command: read back from the data folder's
 * snapshot when it was made for these lists and this code, else built and saved there for the next
 * command (see matcher-snapshot.ts). A snapshot that cannot be read or written is said on stderr
 * and the command goes on with a built matcher: the snapshot only saves time.
 */
export async function matcherInService(store: Store, home: string | undefined): Promise<BuiltMatcher> {
  const sources = await store.sources();
  if (sources.every((s) => !s.current)) throw new CliError('no lists loaded yet: run `vigil update` first');
  // The versions in service, each by id, checksum and finish time: a store made again from scratch
  // reuses ids, not finish times.
  const dataKey = sources
    .flatMap(({ source, current }) => (current ? [`${source}:${current.id}:${current.checksum ?? ''}:${current.finishedAt ?? ''}`] : []))
    .sort()
    .join(' ');
  const path = join(resolveHome(home), SNAPSHOT_FILE);
  const read = readMatcherSnapshot(path, dataKey);
  if ('state' in read) return matcherOf(read.state);
  if (read.damaged) process.stderr.write(`vigil: ${read.miss}; building the index again\n`);
  const state = await buildMatcherState(store.entities());
  try {
    writeMatcherSnapshot(path, state, dataKey);
  } catch (error) {
    process.stderr.write(`vigil: could not save the index snapshot to ${path}: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  return matcherOf(state);
}
