import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SourceParseError, type ParseContext, type SourceRecord } from '../types.js';
import { isJsonObject } from './parse-ftm-entity.js';
import { readFtmFile } from './read-ftm-file.js';

export const DELTA_INDEX = 'delta.json';
export const DELTA_FILE = 'entities.delta.json';

/** The entry of a folder whose name matches, ignoring case (downloads may change the case). */
export async function findEntry(folder: string, name: string): Promise<string | undefined> {
  const entries = await readdir(folder);
  return entries.find((e) => e.toLowerCase() === name.toLowerCase());
}

/**
 * Applies the delta versions that a folder's `delta.json` lists ({versions: {name: url},
 * updated_at}), oldest first (version names start with their timestamp), each read from
 * `<version>/entities.delta.json`. A listed version absent from the folder is reported and
 * skipped, so the versions that are there still apply. The index is small and read whole.
 */
export async function* readDeltaFolder(folder: string, indexName: string, ctx: ParseContext): AsyncGenerator<SourceRecord> {
  const file = join(folder, indexName);
  const text = await readFile(file, 'utf8');
  let index: unknown;
  try {
    index = JSON.parse(text) as unknown;
  } catch (cause) {
    throw new SourceParseError({ code: 'malformed', file, message: (cause as Error).message }, { cause });
  }
  if (!isJsonObject(index) || !isJsonObject(index['versions'])) {
    throw new SourceParseError({ code: 'malformed', file, message: 'no "versions" object' });
  }
  ctx.markDelta();
  const updatedAt = index['updated_at'];
  if (typeof updatedAt === 'string') ctx.published(updatedAt);
  const lines = text.split('\n');
  for (const version of Object.keys(index['versions']).sort()) {
    const path = await findDeltaFile(folder, version);
    if (!path) {
      const line = lines.findIndex((l) => l.includes(JSON.stringify(version))) + 1 || 1;
      ctx.issue({ code: 'bad-value', file, line, field: 'versions', value: version, message: `no ${version}/${DELTA_FILE} in the folder` });
      continue;
    }
    yield* readFtmFile(path, ctx, 'delta');
  }
}

async function findDeltaFile(folder: string, version: string): Promise<string | undefined> {
  const sub = await findEntry(folder, version);
  if (!sub) return undefined;
  const name = await findEntry(join(folder, sub), DELTA_FILE).catch(() => undefined);
  return name ? join(folder, sub, name) : undefined;
}
