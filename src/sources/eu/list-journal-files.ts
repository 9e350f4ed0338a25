import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Files in the journal folder that hold no entities. */
export const PINS_FILE = 'consolidation_pins.csv';

/**
 * The entity CSVs of a journal folder, searched recursively: consolidated snapshots first, then
 * amendments (which add to them), each group in name order so that runs are repeatable.
 */
export async function listJournalFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.csv') && e.name.toLowerCase() !== PINS_FILE)
    .map((e) => join(e.parentPath, e.name));
  const rank = (file: string): number => (relative(folder, file).toLowerCase().split(sep).includes('amendments') ? 1 : 0);
  return files.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** The pins file of a journal folder (any case), if there is one. */
export async function findPinsFile(folder: string): Promise<string | undefined> {
  const name = (await readdir(folder)).find((e) => e.toLowerCase() === PINS_FILE);
  return name ? join(folder, name) : undefined;
}
