import type { SourceAdapter, SourceRecord } from '../types.js';
import { readOwnershipFtm } from './read-ownership-ftm.js';

/**
 * User ownership data as FtM JSON lines (`ownership-ftm`): Ownership entities whose owner and
 * asset are entity ids (of loaded lists or of parties in the same file), and those parties. A bad
 * line rejects the whole file (see `readOwnershipFtm`).
 */
export const ownershipFtmAdapter: SourceAdapter = {
  format: 'ownership-ftm',
  title: 'Ownership data (FtM JSON lines: Ownership entities and the parties they name)',
  companionFiles: () => [],
  async *read(path, ctx): AsyncIterable<SourceRecord> {
    const { entities } = await readOwnershipFtm(path, ctx);
    for (const entity of entities) yield { op: 'put', entity };
  },
};
