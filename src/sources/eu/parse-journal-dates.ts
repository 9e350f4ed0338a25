import { parseDate, yearRange } from '../../model/index.js';

export interface JournalDates {
  /** FtM date prefixes found in the text. */
  dates: string[];
  /** False when some part of the text is not a date (it should be reported). */
  complete: boolean;
}

// Words around a date that make it vague but still the best date the act gives.
const LEADING_QUALIFIER = /^(?:on or around|approximately|approx\.|circa|ca\.|around|about|possibly|probably|presumed|\(probably\)|\(presumed\))\s*/i;
const TRAILING_QUALIFIER = /\s*(?:circa|\((?:approximately|approx\.?|presumed|probably|gregorian calendar)\s*\))$/i;
// Enumerations and alternatives: `(a) 1.2.1960, (b) 1961`, `1960 or 1961`, `1960/1961`, `1960; 1961`.
const SEPARATOR = /\s*(?:[;,/]|\bor\b|\((?:[a-h]|i{1,3}|iv|vi?)\)|\b[a-h]\))\s*/i;
const YEAR_RANGE = /^(?:between\s+)?(\d{4})\s*(?:and|to|-|–)\s*(\d{4})$/i;

/**
 * Reads the free-form date cells of the EU journal CSVs (`birthDate`, `incorporationDate`), which
 * keep the act's wording: `1.6.1961`, `Approximately 1952`, `Between 1958 and 1960`,
 * `(a) 1.2.1960, (b) 1961`, `1962 or 1963`. Hijri-calendar parts are skipped, since FtM dates
 * are Gregorian and the act prints the Gregorian date beside them.
 */
export function parseJournalDates(text: string): JournalDates {
  const dates: string[] = [];
  let complete = true;
  const whole = text.trim().replace(/^\((.*)\)$/, '$1');
  const direct = parseOne(whole);
  if (direct) return { dates: direct, complete: true };
  for (const raw of whole.split(SEPARATOR)) {
    if (raw.trim() === '' || /hijri/i.test(raw)) continue;
    const found = parseOne(raw);
    if (found) dates.push(...found.filter((d) => !dates.includes(d)));
    else complete = false;
  }
  return { dates, complete: complete && dates.length > 0 };
}

function parseOne(raw: string): string[] | undefined {
  const text = raw
    .trim()
    .replace(/\.$/, '')
    .replace(LEADING_QUALIFIER, '')
    .replace(TRAILING_QUALIFIER, '')
    .replace(/(\d)\.\s+(\d)/g, '$1.$2')
    .replace(/([A-Za-z])\.(\d)/g, '$1. $2')
    .trim();
  const date = parseDate(text);
  if (date) return [date];
  const range = text.match(YEAR_RANGE);
  if (range) {
    const years = yearRange(Number(range[1]), Number(range[2]));
    if (years.length > 0) return years;
  }
  return undefined;
}
