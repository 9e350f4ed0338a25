import type { PropertyBag } from '../../model/index.js';
import { children, childText, type XmlNode } from '../read/xml-records.js';
import type { ParseContext } from '../types.js';

const NAME_PARTS = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'] as const;

/** Alias QUALITY -> FtM property. Individuals say Good/Low, entities a.k.a./f.k.a. */
const ALIAS_PROPERTY: ReadonlyMap<string, string> = new Map(Object.entries({
  Good: 'alias',
  'a.k.a.': 'alias',
  Low: 'weakAlias',
  'f.k.a.': 'previousName',
}));

/**
 * Adds the names of an INDIVIDUAL or ENTITY. `name` is the parts joined in order, plus
 * NAME_ORIGINAL_SCRIPT (the same name in Arabic, Cyrillic, ... script). The UN puts family names
 * in different parts from one regime to the next (KIM / JONG SIK, QUSAY / SADDAM / HUSSEIN /
 * AL-TIKRITI), so the parts are kept by position: FIRST_NAME -> firstName, the last part ->
 * lastName, SECOND_NAME and THIRD_NAME in between -> secondName and middleName.
 * Returns false when the record has no name at all.
 */
export function addUnNames(record: XmlNode, bag: PropertyBag, file: string, ctx: ParseContext): boolean {
  const parts = NAME_PARTS.map((part) => [part, childText(record, part)] as const)
    .filter((entry): entry is readonly [(typeof NAME_PARTS)[number], string] => entry[1] !== undefined);
  bag.add('name', parts.map(([, text]) => text).join(' '), childText(record, 'NAME_ORIGINAL_SCRIPT'));
  if (record.name === 'INDIVIDUAL') {
    parts.forEach(([part, text], i) => {
      if (i > 0 && i === parts.length - 1) bag.add('lastName', text);
      else if (part === 'FIRST_NAME') bag.add('firstName', text);
      else if (part === 'SECOND_NAME') bag.add('secondName', text);
      else bag.add('middleName', text);
    });
  }
  addUnAliases(record, bag, file, ctx);
  return bag.has('name');
}

/** The a.k.a.s; empty placeholders (`<ALIAS_NAME/>`) are skipped. Unknown qualities count as aliases. */
function addUnAliases(record: XmlNode, bag: PropertyBag, file: string, ctx: ParseContext): void {
  for (const alias of children(record, `${record.name}_ALIAS`)) {
    const name = childText(alias, 'ALIAS_NAME');
    if (!name) continue;
    const quality = childText(alias, 'QUALITY') ?? '';
    const prop = ALIAS_PROPERTY.get(quality);
    if (!prop) {
      ctx.issue({ code: 'bad-value', file, line: alias.line, field: `${record.name}_ALIAS/QUALITY`, value: quality, message: 'unknown alias quality, read as a.k.a.' });
    }
    bag.add(prop ?? 'alias', name);
  }
}
