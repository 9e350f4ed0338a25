import { parseDate } from '../../model/index.js';

/**
 * Parses a date as the UN list writes it: ISO `2012-12-31`, sometimes with an XML Schema time-zone
 * suffix (`2015-04-07-04:00`) that FtM dates do not carry. Null when it is not a date.
 */
export function parseUnDate(text: string): string | null {
  const withoutZone = text.trim().replace(/^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})$/, '$1');
  return parseDate(withoutZone);
}
