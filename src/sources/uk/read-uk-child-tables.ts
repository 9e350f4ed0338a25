import { isoDate } from '../../model/index.js';
import { readCsvRecords } from '../read/csv-rows.js';
import type { ParseContext } from '../types.js';
import {
  parseUkAliasStrength, parseUkNameType, ukCountryValue,
  type UkCountry, type UkCountryKind, type UkIdentifier, type UkIdentifierKind, type UkName,
} from './uk-designation.js';

/** What the four child tables say about one subject. */
export interface UkSubjectDetails {
  names: UkName[];
  birthDates: string[];
  countries: UkCountry[];
  identifiers: UkIdentifier[];
  /** The first row of each table that names the subject, to report rows whose subject is missing. */
  firstRows: { file: string; line: number }[];
}

export interface UkChildFiles {
  names: string;
  dobs: string;
  identifiers: string;
  countries: string;
}

const IDENTIFIER_KINDS: Readonly<Record<string, UkIdentifierKind>> = {
  passport: 'passport', national: 'national', business_registration_numbers: 'registration', imo: 'imo',
};

const COUNTRY_KINDS: Readonly<Record<string, UkCountryKind>> = {
  birth: 'birth', nationality: 'nationality', address: 'address',
};

type Row = { values: Record<string, string>; line: number };

/**
 * Reads the four child tables into one map keyed by unique_id, before subjects.csv is streamed
 * against it. Holding them is bounded: the UK list has about 6,000 subjects and the four files
 * about 130,000 short rows (7 MB on disk).
 */
export async function readUkChildTables(files: UkChildFiles, ctx: ParseContext): Promise<Map<string, UkSubjectDetails>> {
  const bySubject = new Map<string, UkSubjectDetails>();
  const read = async (file: string, columns: readonly string[], add: (d: UkSubjectDetails, row: Row) => void): Promise<void> => {
    for await (const row of readCsvRecords(file, ctx, columns)) {
      const uniqueId = row.values['unique_id']?.trim() ?? '';
      if (uniqueId === '') {
        ctx.issue({ code: 'missing-field', file, line: row.line, field: 'unique_id' });
        continue;
      }
      let details = bySubject.get(uniqueId);
      if (!details) {
        details = { names: [], birthDates: [], countries: [], identifiers: [], firstRows: [] };
        bySubject.set(uniqueId, details);
      }
      if (!details.firstRows.some((r) => r.file === file)) details.firstRows.push({ file, line: row.line });
      add(details, row);
    }
  };

  await read(files.names, NAME_COLUMNS, (d, row) => {
    const name = parseNameRow(files.names, row, ctx);
    if (name) d.names.push(name);
  });
  await read(files.dobs, ['unique_id', 'year', 'month', 'day'], (d, row) => {
    const date = parseDobRow(files.dobs, row, ctx);
    if (date) d.birthDates.push(date);
  });
  await read(files.identifiers, ['unique_id', 'raw_value', 'identifier_type', 'additional_info'], (d, { values, line }) => {
    const type = values['identifier_type'] ?? '';
    const kind = IDENTIFIER_KINDS[type.trim()];
    const value = values['raw_value']?.trim() ?? '';
    if (!kind) ctx.issue({ code: 'bad-value', file: files.identifiers, line, field: 'identifier_type', value: type, message: 'unknown identifier type' });
    else if (value === '') ctx.issue({ code: 'missing-field', file: files.identifiers, line, field: 'raw_value' });
    else d.identifiers.push({ kind, value, info: values['additional_info']?.trim() ?? '' });
  });
  await read(files.countries, ['unique_id', 'raw_value', 'country_type', 'iso', 'iso_available'], (d, { values, line }) => {
    const type = values['country_type'] ?? '';
    const kind = COUNTRY_KINDS[type.trim()];
    const iso = values['iso_available'] === 'True' ? values['iso']?.trim().toLowerCase() : undefined;
    const value = iso || ukCountryValue(values['raw_value'] ?? '');
    if (!kind) ctx.issue({ code: 'bad-value', file: files.countries, line, field: 'country_type', value: type, message: 'unknown country type' });
    else if (value === '') ctx.issue({ code: 'missing-field', file: files.countries, line, field: 'raw_value' });
    else d.countries.push({ kind, value });
  });
  return bySubject;
}

const NAME_COLUMNS = ['unique_id', 'name_type', 'alias_strength', 'full_name', 'name_6', 'name_1', 'name_2', 'name_3', 'name_4', 'name_5'];

function parseNameRow(file: string, { values, line }: Row, ctx: ParseContext): UkName | undefined {
  const nameType = values['name_type'] ?? '';
  const type = parseUkNameType(nameType);
  if (!type) ctx.issue({ code: 'bad-value', file, line, field: 'name_type', value: nameType, message: 'unknown name type, read as an alias' });
  const strength = values['alias_strength'] ?? '';
  const weak = parseUkAliasStrength(strength);
  if (weak === undefined) ctx.issue({ code: 'bad-value', file, line, field: 'alias_strength', value: strength, message: 'unknown alias strength' });
  const name: UkName = {
    type: type ?? 'alias',
    weak: weak ?? false,
    fullName: values['full_name']?.trim() ?? '',
    givenNames: ['name_1', 'name_2', 'name_3', 'name_4', 'name_5'].map((c) => values[c]?.trim() ?? '').filter((n) => n !== ''),
    surname: values['name_6']?.trim() ?? '',
  };
  if (name.fullName === '' && name.surname === '' && name.givenNames.length === 0) {
    ctx.issue({ code: 'missing-field', file, line, field: 'full_name' });
    return undefined;
  }
  return name;
}

/** year, month and day columns; an empty month or day is a date known to the year or month only. */
function parseDobRow(file: string, { values, line }: Row, ctx: ParseContext): string | undefined {
  const [year, month, day] = ['year', 'month', 'day'].map((c) => values[c]?.trim() ?? '') as [string, string, string];
  const date = /^\d{4}$/.test(year)
    ? isoDate(Number(year), month ? Number(month) : undefined, month && day ? Number(day) : undefined)
    : null;
  if (!date) {
    ctx.issue({ code: 'bad-date', file, line, field: 'year', value: [year, month, day].filter(Boolean).join('-') });
    return undefined;
  }
  return date;
}
