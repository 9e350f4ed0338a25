import { readCsvRecords } from '../read/csv-rows.js';
import type { CompanionPaths, ParseContext, SourceAdapter, SourceRecord } from '../types.js';
import { listFolder, requireListFile } from '../read/find-list-file.js';
import { mapUkDesignation } from './map-uk-designation.js';
import { readUkChildTables, type UkChildFiles } from './read-uk-child-tables.js';
import { readUkDate } from './read-uk-dates.js';
import { newUkDesignation, parseUkDesignationType } from './uk-designation.js';

const SUBJECTS_FILE = 'subjects.csv';
const CHILD_FILES: UkChildFiles = {
  names: 'subject_names.csv',
  dobs: 'subject_dobs.csv',
  identifiers: 'subject_identifiers.csv',
  countries: 'subject_countries.csv',
};
const SUBJECT_COLUMNS = ['unique_id', 'subject_type', 'un_reference_number', 'ofsi_group_id', 'date_designated', 'last_updated'];

/**
 * The UK Sanctions List as normalised tables (subjects.csv and four child tables joined by
 * unique_id). `path` is the folder, or subjects.csv in it. The tables state no publication date.
 */
export const ukTablesAdapter: SourceAdapter = {
  format: 'uk-tables',
  title: 'UK Sanctions List (FCDO), normalised tables',
  companionFiles: () => Object.values(CHILD_FILES).map((name) => ({ name, optional: false })),
  read: readUkTables,
};

async function* readUkTables(path: string, ctx: ParseContext, given?: CompanionPaths): AsyncGenerator<SourceRecord> {
  const folder = await listFolder(path);
  const subjectsFile = await requireListFile(folder, SUBJECTS_FILE);
  const files: UkChildFiles = {
    names: await requireListFile(folder, CHILD_FILES.names, given),
    dobs: await requireListFile(folder, CHILD_FILES.dobs, given),
    identifiers: await requireListFile(folder, CHILD_FILES.identifiers, given),
    countries: await requireListFile(folder, CHILD_FILES.countries, given),
  };
  const details = await readUkChildTables(files, ctx);
  const seen = new Set<string>();

  for await (const { values, line } of readCsvRecords(subjectsFile, ctx, SUBJECT_COLUMNS)) {
    const at = { file: subjectsFile, line };
    const uniqueId = values['unique_id']?.trim() ?? '';
    if (uniqueId === '') {
      ctx.issue({ code: 'missing-field', ...at, field: 'unique_id' });
      continue;
    }
    if (seen.has(uniqueId)) {
      ctx.issue({ code: 'duplicate-id', ...at, id: uniqueId });
      continue;
    }
    seen.add(uniqueId);
    const subjectType = values['subject_type'] ?? '';
    const schema = parseUkDesignationType(subjectType);
    if (!schema) {
      ctx.issue({ code: 'bad-value', ...at, field: 'subject_type', value: subjectType, message: 'not individual, entity or ship' });
      continue;
    }
    const d = newUkDesignation(uniqueId, schema);
    d.ofsiGroupId = values['ofsi_group_id']?.trim() ?? '';
    d.unReference = values['un_reference_number']?.trim() ?? '';
    d.dateDesignated = readUkDate(values['date_designated'] ?? '', 'date_designated', at, ctx);
    d.lastUpdated = readUkDate(values['last_updated'] ?? '', 'last_updated', at, ctx);
    // The tables keep no measures column; every UK designation freezes assets.
    d.sanctionsImposed.push('Asset freeze');
    const subject = details.get(uniqueId);
    details.delete(uniqueId);
    if (subject) {
      d.names.push(...subject.names);
      d.birthDates.push(...subject.birthDates);
      d.countries.push(...subject.countries);
      d.identifiers.push(...subject.identifiers);
    }
    if (!d.names.some((n) => n.type === 'primary')) ctx.issue({ code: 'missing-field', ...at, field: 'primary name' });
    for (const entity of mapUkDesignation(d)) yield { op: 'put', entity };
  }

  // Child rows left over name a subject that subjects.csv does not have.
  for (const [uniqueId, subject] of details) {
    for (const { file, line } of subject.firstRows) {
      ctx.issue({ code: 'bad-value', file, line, field: 'unique_id', value: uniqueId, message: `no subject with this id in ${SUBJECTS_FILE}` });
    }
  }
}
