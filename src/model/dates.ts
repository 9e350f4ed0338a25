/**
 * FtM dates are ISO-8601 prefixes: `1961`, `1961-06` or `1961-06-01`. Lists write dates in many
 * ways; this module turns the common ones into that form and rejects impossible dates.
 * @module
 */

const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries({
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
}));

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Formats a date prefix; null when a part is out of range (month 13, 31 April, year 0). */
export function isoDate(year: number, month?: number, day?: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 2999) return null;
  if (month === undefined) return String(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Month number from an English month name or abbreviation. */
export function monthNumber(name: string): number | undefined {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, ''));
}

/**
 * Parses one date written as `01 Jun 1961`, `Jun 1961`, `1961`, `1961-06-01`, `1961-06`,
 * `27.1.1964`, `29/06/2012` (day first, as UN, EU and UK lists write them) or `June 1, 1961`.
 * Returns the ISO prefix, or null when the text is not one date.
 */
export function parseDate(text: string): string | null {
  const t = text.trim().replace(/\s+/g, ' ');
  let m: RegExpMatchArray | null;
  if ((m = t.match(/^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T[\d:.]+Z?)?$/))) {
    return isoDate(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
  }
  if ((m = t.match(/^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/))) {
    return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  }
  if ((m = t.match(/^(\d{1,2})[./-](\d{4})$/))) {
    return isoDate(Number(m[2]), Number(m[1]));
  }
  if ((m = t.match(/^(\d{1,2}) ([A-Za-z]+\.?),? (\d{4})$/))) {
    const month = monthNumber(m[2] ?? '');
    return month ? isoDate(Number(m[3]), month, Number(m[1])) : null;
  }
  if ((m = t.match(/^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/))) {
    const month = monthNumber(m[1] ?? '');
    return month ? isoDate(Number(m[3]), month, Number(m[2])) : null;
  }
  if ((m = t.match(/^([A-Za-z]+\.?),? (\d{4})$/))) {
    const month = monthNumber(m[1] ?? '');
    return month ? isoDate(Number(m[2]), month) : null;
  }
  return null;
}

/** Every year from `from` to `to` inclusive, as FtM date prefixes (for "1961 to 1963" ranges). */
export function yearRange(from: number, to: number): string[] {
  if (!(from <= to) || to - from > 30) return [];
  const out: string[] = [];
  for (let y = from; y <= to; y++) {
    const d = isoDate(y);
    if (d) out.push(d);
  }
  return out;
}
