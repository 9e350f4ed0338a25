import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStoreContract } from '../../../test/store-contract.js';
import { SqliteStore } from './sqlite-store.js';

runStoreContract('SQLite', async () => new SqliteStore(join(mkdtempSync(join(tmpdir(), 'vigil-store-')), 'vigil.db')));
