import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared data folder beside the project root (`../shared/data`). */
export const SHARED_DATA = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data');

/** Path of a file under ../shared/data; fails loudly when it is missing, so no test skips quietly. */
export function sharedData(relative: string): string {
  const path = join(SHARED_DATA, relative);
  if (!existsSync(path)) throw new Error(`shared data file missing: ${path}`);
  return path;
}
