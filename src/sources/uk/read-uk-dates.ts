import { isoDate, parseDate } from '../../model/index.js';
import type { ParseContext } from '../types.js';

export interface RowPlace {
  file: string;
  line: number;
}

/** A dd/mm/yyyy date of the list, as an ISO date; blank is undefined, anything else a `bad-date`. */
export function readUkDate(text: string, field: string, at: RowPlace, ctx: ParseContext): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const date = parseDate(trimmed);
  if (!date) ctx.issue({ code: 'bad-date', ...at, field, value: trimmed });
  return date ?? undefined;
}

/**
 * A date of birth of the CSV: `01/06/1961`, or with the unknown parts as `00` or `dd`/`mm`
 * (`00/00/1961`, `dd/mm/1961`, `dd/06/1961`), which FtM writes as `1961` or `1961-06`.
 */
export function readUkBirthDate(text: string, field: string, at: RowPlace, ctx: ParseContext): string | undefined {
  const trimmed = text.trim();
  const partial = /^(\d{1,2}|dd|00)\/(\d{1,2}|mm|00)\/(\d{4})$/i.exec(trimmed);
  if (!partial) return readUkDate(trimmed, field, at, ctx);
  const [, dayText = '', monthText = '', year = ''] = partial;
  const month = /^\d+$/.test(monthText) && Number(monthText) > 0 ? Number(monthText) : undefined;
  const day = month !== undefined && /^\d+$/.test(dayText) && Number(dayText) > 0 ? Number(dayText) : undefined;
  const date = isoDate(Number(year), month, day);
  if (!date) ctx.issue({ code: 'bad-date', ...at, field, value: trimmed });
  return date ?? undefined;
}
