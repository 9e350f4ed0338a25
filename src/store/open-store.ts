import { join, resolve } from 'node:path';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './types.js';

/** The data folder: `--home`, else `$VIGIL_HOME`, else `./.vigil`. */
export function resolveHome(home?: string): string {
  return resolve(home ?? process.env['VIGIL_HOME'] ?? '.vigil');
}

/** Opens the store in a data folder (SQLite by default: `<home>/vigil.db`). */
export function openStore(home?: string): Store {
  return new SqliteStore(join(resolveHome(home), 'vigil.db'));
}
