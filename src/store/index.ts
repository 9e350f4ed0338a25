export * from './types.js';
export { SqliteStore } from './sqlite/sqlite-store.js';
export { openStore, resolveHome } from './open-store.js';
