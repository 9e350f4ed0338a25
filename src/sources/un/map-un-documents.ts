import type { PropertyBag } from '../../model/index.js';
import { children, childText, type XmlNode } from '../read/xml-records.js';

/** TYPE_OF_DOCUMENT is English, French or Spanish: Passport, Numéro de passeport, Número de pasaporte. */
const PASSPORT = /pas+e?port/i;

/**
 * INDIVIDUAL_DOCUMENT -> passportNumber or idNumber (every other type: national ids, birth
 * certificates, ...). Only the number is kept; issuing country and dates would need separate
 * Identification entities. About twenty documents have no NUMBER and give it inside NOTE prose
 * ("Tunisian passport number L 191609 issued on ..."); those notes go to the party's notes so a
 * reader still finds them.
 */
export function addUnDocuments(record: XmlNode, bag: PropertyBag): void {
  for (const document of children(record, 'INDIVIDUAL_DOCUMENT')) {
    const type = childText(document, 'TYPE_OF_DOCUMENT')?.replace(/\s+/g, ' ');
    const number = childText(document, 'NUMBER');
    if (number) {
      bag.add(type && PASSPORT.test(type) ? 'passportNumber' : 'idNumber', number);
      continue;
    }
    const note = childText(document, 'NOTE');
    if (note) {
      const label = [type, childText(document, 'TYPE_OF_DOCUMENT2')].filter((t) => t !== undefined).join(', ');
      bag.add('notes', label ? `${label}: ${note}` : note);
    }
  }
}
