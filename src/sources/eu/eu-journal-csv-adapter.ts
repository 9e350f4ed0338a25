import { stat } from 'node:fs/promises';
import { entityId, PropertyBag, type PartySchema } from '../../model/index.js';
import { readCsvRecords, readCsvRows } from '../read/csv-rows.js';
import { SourceParseError, type ParseContext, type SourceAdapter, type SourceRecord } from '../types.js';
import { findPinsFile, listJournalFiles } from './list-journal-files.js';
import { mapJournalRow, type JournalRow } from './map-journal-row.js';

const CONSOLIDATED_COLUMNS = ['celex', 'recordId', 'programKey', 'schema', 'name'];
const AMENDMENT_COLUMNS = ['amendedCelex', 'amendmentCelex', 'recordId', 'programKey', 'schema', 'name'];
// A more specific schema a later row may give an entry (FtM: Company and Organization extend LegalEntity).
const REFINES: Partial<Record<PartySchema, PartySchema>> = { Company: 'LegalEntity', Organization: 'LegalEntity' };

interface CollectedEntry {
  schema: PartySchema;
  party: PropertyBag;
  sanction: PropertyBag;
}

/**
 * OpenSanctions' transcription of the annexes of EU legal acts (see FORMAT.md beside the files):
 * one CSV, or a folder of `consolidated/*.csv` snapshots and `amendments/*.csv` additions.
 */
export const euJournalCsvAdapter: SourceAdapter = {
  format: 'eu-journal-csv',
  title: 'EU Official Journal sanctions annexes (OpenSanctions transcription, CSV)',
  companionFiles: () => [],
  read: readJournal,
};

async function* readJournal(path: string, ctx: ParseContext): AsyncGenerator<SourceRecord> {
  const isFolder = await stat(path).then((s) => s.isDirectory(), () => false);
  const files = isFolder ? await listJournalFiles(path) : [path];
  if (files.length === 0) throw new SourceParseError({ code: 'missing-file', file: path, message: 'no journal CSV files in the folder' });
  if (isFolder) await publishNewestPin(path, ctx);

  // An entry appears on several rows (one per measure or programme, and again in amendments), so
  // entries are collected before they are written. Memory grows with the set, which is bounded by
  // the number of EU listings (about 8,000 rows in 2026).
  const entries = new Map<string, CollectedEntry>();
  for (const file of files) {
    const required = (await readsAmendments(file, ctx)) ? AMENDMENT_COLUMNS : CONSOLIDATED_COLUMNS;
    for await (const { values, line } of readCsvRecords(file, ctx, required)) {
      const row = mapJournalRow(values, file, line, ctx);
      if (!row) continue;
      const entry = entries.get(row.id);
      if (!entry) entries.set(row.id, { schema: row.schema, party: row.party, sanction: row.sanction });
      else if (!mergeRow(entry, row)) ctx.issue({ code: 'duplicate-id', file, line, id: row.id });
    }
  }
  for (const [id, entry] of entries) {
    yield { op: 'put', entity: { id: entityId(id), schema: entry.schema, properties: entry.party.toProperties(), target: true } };
    yield { op: 'put', entity: { id: entityId(`${id}-sanction`), schema: 'Sanction', properties: entry.sanction.toProperties(), target: false } };
  }
}

/** Adds a later row of the same entry; false when it names another kind of thing (a Person vs a Vessel). */
function mergeRow(entry: CollectedEntry, row: JournalRow): boolean {
  if (row.schema !== entry.schema) {
    if (REFINES[row.schema] === entry.schema) entry.schema = row.schema;
    else if (REFINES[entry.schema] !== row.schema) return false;
  }
  for (const [prop, values] of Object.entries(row.party.toProperties())) entry.party.add(prop, ...values);
  for (const [prop, values] of Object.entries(row.sanction.toProperties())) entry.sanction.add(prop, ...values);
  return true;
}

/** Whether a file has the amendment header (its first row), which names the amended act. */
async function readsAmendments(file: string, ctx: ParseContext): Promise<boolean> {
  for await (const row of readCsvRows(file, ctx)) return row.fields.map((f) => f.trim()).includes('amendedCelex');
  return false;
}

/** The newest consolidated version the folder was extracted from is the set's publication date. */
async function publishNewestPin(folder: string, ctx: ParseContext): Promise<void> {
  const pins = await findPinsFile(folder);
  if (!pins) return;
  let newest = '';
  for await (const { values } of readCsvRecords(pins, ctx, ['celex', 'consolidated_date'])) {
    const date = values['consolidated_date']?.trim() ?? '';
    if (date > newest) newest = date;
  }
  if (newest !== '') ctx.published(newest);
}
