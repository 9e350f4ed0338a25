import type { ParseContext } from '../types.js';
import { readUkBirthDate, readUkDate, type RowPlace } from './read-uk-dates.js';
import {
  parseUkAliasStrength, parseUkNameType, ukCountryValue, type UkCountryKind, type UkDesignation, type UkIdentifierKind,
} from './uk-designation.js';

/** Columns a file must have to be the UK Sanctions List CSV; the others are read when present. */
export const UK_CSV_REQUIRED_COLUMNS = [
  'Last Updated', 'Unique ID', 'OFSI Group ID', 'UN Reference Number', 'Name 6', 'Name 1', 'Name type',
  'Regime Name', 'Designation Type', 'Date Designated',
] as const;

const GIVEN_NAME_COLUMNS = ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5'];
const ADDRESS_COLUMNS = ['Address Line 1', 'Address Line 2', 'Address Line 3', 'Address Line 4', 'Address Line 5', 'Address Line 6', 'Address Postal Code'];

const COUNTRY_COLUMNS: readonly [string, UkCountryKind][] = [
  ['Address Country', 'address'], ['Nationality(/ies)', 'nationality'], ['Country of birth', 'birth'],
  ['Current believed flag of ship', 'flag'], ['Previous flags', 'pastFlag'],
];

const IDENTIFIER_COLUMNS: readonly [string, string | undefined, UkIdentifierKind][] = [
  ['Passport number', 'Passport additional information', 'passport'],
  ['National Identifier number', 'National Identifier additional information', 'national'],
  ['Business registration number (s)', undefined, 'registration'],
  ['IMO number', undefined, 'imo'],
];

/** Columns with FtM properties of their own. */
const DETAIL_COLUMNS: readonly [string, string][] = [
  ['Title', 'title'], ['Phone number', 'phone'], ['Website', 'website'], ['Email address', 'email'],
  ['Position', 'position'], ['Town of birth', 'birthPlace'], ['Type of entity', 'legalForm'],
  ['Type of ship', 'type'], ['Tonnage of ship', 'tonnage'],
];

/** Columns FtM has no property for, kept as labelled notes. */
const NOTE_COLUMNS = [
  'Subsidiaries', 'Parent company', 'Current owner/operator (s)', 'Previous owner/operator (s)',
  'Length of ship', 'Hull identification number (HIN)',
];

/**
 * Adds one row of the CSV to its designation. The CSV repeats a designation's details on each of
 * its rows (one row per name); values that differ between rows are all kept.
 */
export function addUkCsvRow(d: UkDesignation, values: Record<string, string>, at: RowPlace, ctx: ParseContext): void {
  const get = (column: string): string => values[column]?.trim() ?? '';
  d.ofsiGroupId ||= get('OFSI Group ID');
  d.unReference ||= get('UN Reference Number');
  d.regimeName ??= get('Regime Name') || undefined;
  // Every row repeats the dates: each is checked, the first one kept.
  const dateDesignated = readUkDate(get('Date Designated'), 'Date Designated', at, ctx);
  const lastUpdated = readUkDate(get('Last Updated'), 'Last Updated', at, ctx);
  d.dateDesignated ??= dateDesignated;
  d.lastUpdated ??= lastUpdated;
  for (const measure of get('Sanctions Imposed').split('|')) pushNew(d.sanctionsImposed, measure.trim());
  pushNew(d.statementsOfReasons, get('UK Statement of Reasons'));

  addName(d, get, at, ctx);
  pushNew(d.nonLatinNames, get('Name non-latin script'));
  const birthDate = readUkBirthDate(get('D.O.B'), 'D.O.B', at, ctx);
  if (birthDate) pushNew(d.birthDates, birthDate);
  for (const [column, kind] of COUNTRY_COLUMNS) {
    if (get(column)) d.countries.push({ kind, value: ukCountryValue(get(column)) });
  }
  for (const [column, infoColumn, kind] of IDENTIFIER_COLUMNS) {
    if (get(column)) d.identifiers.push({ kind, value: get(column), info: infoColumn ? get(infoColumn) : '' });
  }

  // An address of only a country is no more than the country, which goes to `country`.
  const address = ADDRESS_COLUMNS.map(get).filter((part) => part !== '');
  if (address.length > 0) d.details.add('address', [...address, get('Address Country')].filter((part) => part !== '').join(', '));
  for (const [column, prop] of DETAIL_COLUMNS) d.details.add(prop, get(column));
  d.details.add('notes', get('Other Information'));
  for (const column of NOTE_COLUMNS) if (get(column)) d.details.add('notes', `${column}: ${get(column)}`);
  d.details.add('buildDate', readUkDate(get('Year Built'), 'Year Built', at, ctx));
  const gender = get('Gender').toLowerCase();
  if (gender === 'male' || gender === 'female') d.details.add('gender', gender);
  else if (gender) ctx.issue({ code: 'bad-value', ...at, field: 'Gender', value: get('Gender'), message: 'neither male nor female' });
}

function addName(d: UkDesignation, get: (column: string) => string, at: RowPlace, ctx: ParseContext): void {
  const givenNames = GIVEN_NAME_COLUMNS.map(get).filter((n) => n !== '');
  const surname = get('Name 6');
  if (givenNames.length === 0 && surname === '') {
    // Rows that only carry a non-Latin name are fine; a row with no name at all is not.
    if (!get('Name non-latin script')) ctx.issue({ code: 'missing-field', ...at, field: 'Name 6' });
    return;
  }
  const type = parseUkNameType(get('Name type'));
  if (!type) ctx.issue({ code: 'bad-value', ...at, field: 'Name type', value: get('Name type'), message: 'unknown name type, read as an alias' });
  const weak = parseUkAliasStrength(get('Alias strength'));
  if (weak === undefined) ctx.issue({ code: 'bad-value', ...at, field: 'Alias strength', value: get('Alias strength'), message: 'unknown alias strength' });
  d.names.push({ type: type ?? 'alias', weak: weak ?? false, fullName: [...givenNames, surname].join(' '), givenNames, surname });
}

function pushNew(list: string[], value: string): void {
  if (value !== '' && !list.includes(value)) list.push(value);
}
