/**
 * The yente candidate benchmark's person files (`yente_candidate_benchmark/`): 683 UN-listed
 * persons (`positives_un_untreated.csv`) and 50,000 synthetic US-style persons that must not match
 * (`negatives_us.csv`), with the same columns. Each row becomes a Person screening query.
 */
import { countryCode } from '../../src/model/index.js';
import type { MatchQuery } from '../../src/match/types.js';
import { evalDataFile } from './eval-paths.js';
import { column, readEvalCsv } from './read-eval-csv.js';

export const UN_POSITIVES = 'yente_candidate_benchmark/positives_un_untreated.csv';
export const US_NEGATIVES = 'yente_candidate_benchmark/negatives_us.csv';

const PERSON_COLUMNS = ['full_name', 'first_name', 'middle_name', 'last_name', 'gender', 'date_of_birth', 'place_of_birth', 'nationality'] as const;

export interface PersonRow {
  line: number;
  fullName: string;
  lastName: string;
  gender: string;
  dateOfBirth: string;
  placeOfBirth: string;
  /** As the file gives it: an ISO code (`af`) in the positives, a country name (`France`) in the negatives. */
  nationality: string;
}

export function readPersonRows(path: string): PersonRow[] {
  return readEvalCsv(path, PERSON_COLUMNS).map((row) => ({
    line: row.line,
    fullName: column(row, 'full_name').trim(),
    lastName: column(row, 'last_name').trim(),
    gender: column(row, 'gender').trim(),
    dateOfBirth: column(row, 'date_of_birth').trim(),
    placeOfBirth: column(row, 'place_of_birth').trim(),
    nationality: column(row, 'nationality').trim(),
  }));
}

export const readUnPositives = (): PersonRow[] => readPersonRows(evalDataFile(UN_POSITIVES));
export const readUsNegatives = (): PersonRow[] => readPersonRows(evalDataFile(US_NEGATIVES));

/** FtM countries are lower-case ISO codes: keep a code, translate a name, else pass the text on. */
function nationalityValue(text: string): string {
  if (/^[a-z]{2}$/i.test(text)) return text.toLowerCase();
  return countryCode(text) ?? text;
}

/** The Person query for a row: name, and birth date, nationality, gender and birth place where given. */
export function personQuery(row: PersonRow): MatchQuery {
  const properties: Record<string, string[]> = { name: [row.fullName] };
  if (row.dateOfBirth) properties['birthDate'] = [row.dateOfBirth];
  if (row.nationality) properties['nationality'] = [nationalityValue(row.nationality)];
  if (row.gender) properties['gender'] = [row.gender.toLowerCase()];
  if (row.placeOfBirth) properties['birthPlace'] = [row.placeOfBirth];
  return { schema: 'Person', properties };
}
