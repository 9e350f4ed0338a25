import { entityId, PropertyBag, type SourceEntity } from '../../model/index.js';
import { child, childText, type XmlNode } from '../read/xml-records.js';
import type { ParseContext } from '../types.js';
import { childValues } from './child-values.js';
import { parseUnDate } from './parse-un-date.js';
import { unRegimeCode } from './parse-un-reference.js';

const SOURCE_URL = 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list';

/**
 * The FtM Sanction of one listed party. Every UN regime imposes the same three measures on the
 * parties of this list. programId is `UN-` and the regime letters of the reference number
 * (`UN-QD`), the stable code behind UN_LIST_TYPE's names; modifiedAt is the latest
 * LAST_DAY_UPDATED (blank values are the list's "never updated").
 */
export function mapUnSanction(record: XmlNode, partyId: string, reference: string, file: string, ctx: ParseContext): SourceEntity {
  const bag = new PropertyBag();
  bag.add('entity', partyId);
  bag.add('authority', 'United Nations Security Council');
  bag.add('program', childText(record, 'UN_LIST_TYPE'));
  const regime = unRegimeCode(reference);
  bag.add('programId', regime ? `UN-${regime}` : undefined);
  bag.add('unscId', reference);
  bag.add('provisions', 'Asset freeze, travel ban, arms embargo');
  bag.add('sourceUrl', SOURCE_URL);
  const listedOn = childText(record, 'LISTED_ON');
  if (listedOn !== undefined) {
    const date = parseUnDate(listedOn);
    if (date) bag.add('listingDate', date);
    else ctx.issue({ code: 'bad-date', file, line: child(record, 'LISTED_ON')?.line ?? record.line, field: 'LISTED_ON', value: listedOn });
  }
  const updates: string[] = [];
  for (const value of childValues(record, 'LAST_DAY_UPDATED')) {
    const date = parseUnDate(value);
    if (date) updates.push(date);
    else ctx.issue({ code: 'bad-date', file, line: child(record, 'LAST_DAY_UPDATED')?.line ?? record.line, field: 'LAST_DAY_UPDATED', value });
  }
  bag.add('modifiedAt', updates.sort().at(-1));
  return { id: entityId(`${partyId}-sanction`), schema: 'Sanction', properties: bag.toProperties(), target: false };
}
