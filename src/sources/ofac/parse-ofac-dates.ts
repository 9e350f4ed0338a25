import { parseDate, yearRange } from '../../model/index.js';

/**
 * Turns an OFAC date (of birth, establishment or manufacture: `01 Jun 1961`, `Jun 1961`, `1961`, `circa 1961`, `1961 to 1963`,
 * `circa 1979-1982`, `01 Jan 1961 to 31 Dec 1962`) into FtM date prefixes. A range that covers
 * whole years becomes every year in it (as OpenSanctions does, so any of them matches), a range
 * that covers one whole month becomes that month, any other range keeps both ends.
 * Returns null when the text is not a date.
 */
export function parseOfacDates(text: string): string[] | null {
  const value = text.trim().replace(/\.$/, '').replace(/^circa /i, '');
  const range = value.match(/^(.+?) to (.+)$/) ?? value.match(/^(\d{4}) ?- ?(\d{4})$/);
  if (!range) {
    const date = parseDate(value);
    return date ? [date] : null;
  }
  const from = parseDate(range[1] ?? '');
  const to = parseDate(range[2] ?? '');
  if (!from || !to || from > to) return null;
  return expandRange(from, to);
}

function expandRange(from: string, to: string): string[] | null {
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  const startsYear = from.length === 4 || from.slice(4) === '-01' || from.slice(4) === '-01-01';
  const endsYear = to.length === 4 || to.slice(4) === '-12' || to.slice(4) === '-12-31';
  if (startsYear && endsYear) {
    const years = yearRange(fromYear, toYear);
    return years.length > 0 ? years : null;
  }
  const month = from.slice(0, 7);
  if (from === `${month}-01` && to.startsWith(month) && to === lastDayOf(month)) return [month];
  return [from, to];
}

function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number);
  const day = new Date(Date.UTC(year ?? 0, m ?? 0, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}
