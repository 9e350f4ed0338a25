import { readFile } from 'node:fs/promises';
import { findListFile } from '../read/find-list-file.js';
import { SourceParseError, type ParseContext, type SourceRecord } from '../types.js';
import { isJsonObject } from './parse-ftm-entity.js';
import { readFtmFile } from './read-ftm-file.js';

export const DELTA_INDEX = 'delta.json';
export const DELTA_FILE = 'entities.delta.json';

/**
 * Applies the delta versions that a folder's `delta.json` lists ({versions: {name: url},
 * updated_at}), oldest first (version names start with their timestamp), each read from
 * `<version>/entities.delta.json`. A listed version absent from the folder is reported and
 * skipped, so the versions that are there still apply. The index is small and read whole.
 */
export async function* readDeltaFolder(folder: string, file: string, ctx: ParseContext): AsyncGenerator<SourceRecord> {
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
  const sub = await findListFile(folder, version);
  return sub ? findListFile(sub, DELTA_FILE) : undefined;
}
