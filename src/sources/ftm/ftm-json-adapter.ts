import { join } from 'node:path';
import { SourceParseError, type ParseContext, type SourceAdapter, type SourceRecord } from '../types.js';
import { findListFile, isFolder } from '../read/find-list-file.js';
import { DELTA_INDEX, readDeltaFolder } from './read-delta-folder.js';
import { readFtmFile } from './read-ftm-file.js';

const ENTITIES_FILE = 'entities.ftm.json';

/**
 * FollowTheMoney JSON lines as OpenSanctions publishes them. `path` is an entity or delta file, or
 * a folder holding either `delta.json` with its version subfolders or `entities.ftm.json`.
 */
export const ftmJsonAdapter: SourceAdapter = {
  format: 'ftm-json',
  title: 'FollowTheMoney JSON lines (OpenSanctions export or delta)',
  companionFiles: () => [],
  read: readFtm,
};

async function* readFtm(path: string, ctx: ParseContext): AsyncGenerator<SourceRecord> {
  if (!(await isFolder(path))) {
    const latest = yield* readFtmFile(path, ctx);
    if (latest) ctx.published(latest);
    return;
  }
  const index = await findListFile(path, DELTA_INDEX);
  if (index) {
    yield* readDeltaFolder(path, index, ctx);
    return;
  }
  const entities = await findListFile(path, ENTITIES_FILE);
  if (!entities) {
    throw new SourceParseError({ code: 'missing-file', file: join(path, ENTITIES_FILE), message: `neither ${DELTA_INDEX} nor ${ENTITIES_FILE} in the folder` });
  }
  const latest = yield* readFtmFile(entities, ctx);
  if (latest) ctx.published(latest);
}

