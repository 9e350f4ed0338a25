import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SourceParseError, type CompanionPaths } from '../types.js';

/** Whether a path is a folder (false when it is a file or missing). */
export async function isFolder(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}

/** The folder of a multi-file list: the path itself, or the folder of a file given instead. */
export async function listFolder(path: string): Promise<string> {
  try {
    return (await stat(path)).isDirectory() ? path : dirname(path);
  } catch (cause) {
    throw new SourceParseError({ code: 'missing-file', file: path, message: (cause as Error).message }, { cause });
  }
}

/**
 * The path of the file in `folder` named `name` in any letter case (publishers and downloads
 * change it: OFAC serves `SDN.CSV`), or undefined when there is none. A file given among
 * `companions` under that name is taken instead.
 */
export async function findListFile(folder: string, name: string, companions?: CompanionPaths): Promise<string | undefined> {
  const given = companions?.get(name.toLowerCase());
  if (given !== undefined) return given;
  const entries = await readdir(folder).catch(() => [] as string[]);
  const found = entries.find((e) => e.toLowerCase() === name.toLowerCase());
  return found === undefined ? undefined : join(folder, found);
}

/** Like findListFile, for a file the list cannot do without: its absence is fatal. */
export async function requireListFile(folder: string, name: string, companions?: CompanionPaths): Promise<string> {
  const found = await findListFile(folder, name, companions);
  if (!found) throw new SourceParseError({ code: 'missing-file', file: join(folder, name), message: `no ${name} in ${folder}` });
  return found;
}
