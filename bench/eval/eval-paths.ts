import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the evaluation reads and writes. Works from `bench/eval/*.ts` (vitest) and from
 * `dist/bench/eval/*.js` (the built runner) alike, by walking up to the folder with package.json.
 */
function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('bench/eval: no package.json above this file');
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot();

/** The evaluation data folder, `../shared/data/eval` beside the project. */
export const EVAL_DATA = resolve(PROJECT_ROOT, '..', 'shared', 'data', 'eval');

/** Where the reports and error lists go (git-ignored). */
export const EVAL_OUT = join(PROJECT_ROOT, 'bench', 'eval', 'out');

/** Path of a file under ../shared/data/eval; fails loudly, naming the path, when it is missing. */
export function evalDataFile(relative: string): string {
  const path = join(EVAL_DATA, relative);
  if (!existsSync(path)) throw new Error(`evaluation data file missing: ${path}`);
  return path;
}

/** Writes a file under bench/eval/out and returns its project-relative path, for the report. */
export function writeEvalOut(name: string, text: string): string {
  mkdirSync(EVAL_OUT, { recursive: true });
  writeFileSync(join(EVAL_OUT, name), text);
  return `bench/eval/out/${name}`;
}
