import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SourceParseError } from '../types.js';

/** The folder of a multi-file list: the path itself, or the folder of a file given instead. */
export async function listFolder(path: string): Promise<string> {
  try {
    return (await stat(path)).isDirectory() ? path : dirname(path);
  } catch (cause) {
    throw new SourceParseError({ code: 'missing-file', file: path, message: (cause as Error).message }, { cause });
  }
}

/**
 * The path of a list file in a folder, found by its official name ignoring case (downloads may
 * change it). A missing file is fatal, since the tables are only whole together.
 */
export async function findListFile(folder: string, name: string): Promise<string> {
  const entries = await readdir(folder);
  const entry = entries.find((e) => e.toLowerCase() === name.toLowerCase());
  if (!entry) throw new SourceParseError({ code: 'missing-file', file: join(folder, name), message: `no ${name} in ${folder}` });
  return join(folder, entry);
}
