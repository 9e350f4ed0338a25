import { countryCode, type PropertyBag } from '../../model/index.js';
import { children, childText, type XmlNode } from '../read/xml-records.js';
import { childValues } from './child-values.js';

const PLACE_PARTS = ['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE', 'COUNTRY'] as const;

/** A country as FtM stores it: the ISO code when known, else the list's own text. */
function codeCountry(name: string | undefined): string | undefined {
  return name === undefined ? undefined : (countryCode(name) ?? name);
}

/**
 * One line for a UN address or place of birth: its parts in order (repeats dropped, as the list
 * sometimes writes the same text as STREET and CITY), then NOTE in brackets ("as of June 2016",
 * "in prison"). Undefined when only a country (or nothing) is given: that goes to a country property.
 */
function placeLine(place: XmlNode): string | undefined {
  const parts = [...new Set(PLACE_PARTS.map((part) => childText(place, part)).filter((t) => t !== undefined))];
  const note = childText(place, 'NOTE')?.replace(/^\((.*)\)$/, '$1');
  const country = childText(place, 'COUNTRY');
  if (parts.length === 0 && !note) return undefined;
  if (parts.length === 1 && parts[0] === country && !note) return undefined;
  const line = parts.join(', ');
  return note ? (line ? `${line} (${note})` : note) : line;
}

/** INDIVIDUAL_ADDRESS / ENTITY_ADDRESS -> address (one line each) and country. */
export function addUnAddresses(record: XmlNode, bag: PropertyBag): void {
  for (const address of children(record, `${record.name}_ADDRESS`)) {
    bag.add('address', placeLine(address));
    bag.add('country', codeCountry(childText(address, 'COUNTRY')));
  }
}

/** INDIVIDUAL_PLACE_OF_BIRTH -> birthPlace (one line, country included) and birthCountry; NATIONALITY -> nationality. */
export function addUnBirthPlacesAndNationality(record: XmlNode, bag: PropertyBag): void {
  for (const place of children(record, 'INDIVIDUAL_PLACE_OF_BIRTH')) {
    const country = childText(place, 'COUNTRY');
    bag.add('birthPlace', placeLine(place) ?? country);
    bag.add('birthCountry', codeCountry(country));
  }
  for (const nationality of childValues(record, 'NATIONALITY')) bag.add('nationality', codeCountry(nationality));
}
