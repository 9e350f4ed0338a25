import { basename, dirname, join } from 'node:path';
import { SourceParseError, type CompanionPaths, type OfficialFile, type ParseContext, type SourceAdapter, type SourceRecord } from '../types.js';
import { findListFile, isFolder } from '../read/find-list-file.js';
import type { OfacList } from './map-ofac-entry.js';
import { mapSdnRow, SDN_COLUMNS } from './map-sdn-row.js';
import { OfacEntrySink } from './ofac-entry-sink.js';
import { OfacCompanions } from './read-companions.js';
import { readOfacRows } from './read-ofac-rows.js';

/** The official file names of each list's set: main file first, then alt, add and comments. */
const FILE_SETS: Record<OfacList, { main: string; alt: string; add: string; comments: string }> = {
  sdn: { main: 'sdn.csv', alt: 'alt.csv', add: 'add.csv', comments: 'sdn_comments.csv' },
  consolidated: { main: 'cons_prim.csv', alt: 'cons_alt.csv', add: 'cons_add.csv', comments: 'cons_comments.csv' },
};

function listOfFile(fileName: string): OfacList {
  const name = fileName.split(/[/\\]/).pop()?.split('?')[0]?.toLowerCase() ?? '';
  return name === FILE_SETS.consolidated.main ? 'consolidated' : 'sdn';
}

/**
 * OFAC's legacy CSV set: sdn.csv (or cons_prim.csv for the consolidated non-SDN lists) with
 * alt.csv, add.csv and sdn_comments.csv beside it. `path` is the main file or the folder holding
 * the set; a missing companion adds nothing (small extracts often lack them).
 */
export const ofacCsvAdapter: SourceAdapter = {
  format: 'ofac-csv',
  title: 'OFAC SDN or consolidated list (legacy CSV set)',
  companionFiles(mainFileName: string): OfficialFile[] {
    const set = FILE_SETS[listOfFile(mainFileName)];
    return [
      { name: set.alt, optional: false },
      { name: set.add, optional: false },
      { name: set.comments, optional: true },
    ];
  },
  read: readOfacCsv,
};

async function* readOfacCsv(path: string, ctx: ParseContext, given?: CompanionPaths): AsyncGenerator<SourceRecord> {
  const { main, list } = await findMainFile(path);
  const set = FILE_SETS[list];
  const folder = dirname(main);
  const [alt, add, comments] = await Promise.all([set.alt, set.add, set.comments].map((name) => findListFile(folder, name, given)));
  const companions = await OfacCompanions.read({ ...(alt && { alt }), ...(add && { add }), ...(comments && { comments }) }, ctx);
  const sink = new OfacEntrySink(list, ctx);
  for await (const row of readOfacRows(main, ctx, SDN_COLUMNS)) {
    const entry = mapSdnRow(row, companions.take(row.entNum), main, ctx);
    if (entry) yield* sink.put(entry, main, row.line);
  }
  companions.reportUnclaimed(ctx);
  yield* sink.finish();
}

async function findMainFile(path: string): Promise<{ main: string; list: OfacList }> {
  if (!(await isFolder(path))) return { main: path, list: listOfFile(basename(path)) };
  for (const list of ['sdn', 'consolidated'] as const) {
    const main = await findListFile(path, FILE_SETS[list].main);
    if (main) return { main, list };
  }
  throw new SourceParseError({ code: 'missing-file', file: join(path, FILE_SETS.sdn.main), message: 'neither sdn.csv nor cons_prim.csv in the folder' });
}
