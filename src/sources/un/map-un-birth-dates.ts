import { type PropertyBag, yearRange } from '../../model/index.js';
import { children, childText, type XmlNode } from '../read/xml-records.js';
import type { ParseContext } from '../types.js';
import { parseUnDate } from './parse-un-date.js';

/**
 * Adds the birth dates of an INDIVIDUAL. Each INDIVIDUAL_DATE_OF_BIRTH has a TYPE_OF_DATE:
 * EXACT and APPROXIMATELY give a DATE or a YEAR (FtM has no "approximately", so both become
 * birthDate); BETWEEN gives FROM_YEAR and TO_YEAR, which become every year of the range. A few
 * entries hold the date only in NOTE (`Nov. 1973`), which is used when it parses. Empty
 * placeholders (`<TYPE_OF_DATE/>` alone) are the list's way of saying "unknown".
 */
export function addUnBirthDates(record: XmlNode, bag: PropertyBag, file: string, ctx: ParseContext): void {
  for (const dob of children(record, 'INDIVIDUAL_DATE_OF_BIRTH')) {
    const type = childText(dob, 'TYPE_OF_DATE');
    const from = childText(dob, 'FROM_YEAR');
    const to = childText(dob, 'TO_YEAR');
    if (type === 'BETWEEN' || from !== undefined || to !== undefined) {
      const years = from && to && /^\d{4}$/.test(from) && /^\d{4}$/.test(to) ? yearRange(Number(from), Number(to)) : [];
      if (years.length > 0) bag.add('birthDate', ...years);
      else ctx.issue({ code: 'bad-date', file, line: dob.line, field: 'INDIVIDUAL_DATE_OF_BIRTH/FROM_YEAR-TO_YEAR', value: `${from ?? ''}-${to ?? ''}` });
      continue;
    }
    const field = (['DATE', 'YEAR', 'NOTE'] as const).find((name) => childText(dob, name) !== undefined);
    if (!field) continue;
    const value = childText(dob, field) ?? '';
    const date = parseUnDate(value);
    if (date) bag.add('birthDate', date);
    else ctx.issue({ code: 'bad-date', file, line: dob.line, field: `INDIVIDUAL_DATE_OF_BIRTH/${field}`, value });
  }
}
