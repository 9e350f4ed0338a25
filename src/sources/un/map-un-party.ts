import { entityId, PropertyBag, type SourceEntity } from '../../model/index.js';
import { childText, type XmlNode } from '../read/xml-records.js';
import type { ParseContext } from '../types.js';
import { childValues } from './child-values.js';
import { addUnBirthDates } from './map-un-birth-dates.js';
import { addUnDocuments } from './map-un-documents.js';
import { addUnNames } from './map-un-names.js';
import { addUnAddresses, addUnBirthPlacesAndNationality } from './map-un-places.js';

const GENDERS: ReadonlyMap<string, string> = new Map(Object.entries({ male: 'male', female: 'female' }));

/** The party id of a REFERENCE_NUMBER: `un-QDi.430`. */
export function unPartyId(reference: string): string {
  return `un-${reference}`;
}

/**
 * One INDIVIDUAL (-> Person) or ENTITY (-> Organization) as an FtM party. `program` is
 * UN_LIST_TYPE as the list writes it ('Al-Qaida', 'DPRK', ...); the regime letters of the
 * reference number go to the Sanction's programId. Undefined (after a `missing-field` issue)
 * when the record has no name.
 */
export function mapUnParty(record: XmlNode, reference: string, file: string, ctx: ParseContext): SourceEntity | undefined {
  const bag = new PropertyBag();
  if (!addUnNames(record, bag, file, ctx)) {
    ctx.issue({ code: 'missing-field', file, line: record.line, field: 'FIRST_NAME' });
    return undefined;
  }
  bag.add('topics', 'sanction');
  bag.add('program', childText(record, 'UN_LIST_TYPE'));
  bag.add('unscId', reference);
  bag.add('notes', childText(record, 'COMMENTS1'));
  addUnAddresses(record, bag);
  if (record.name === 'INDIVIDUAL') {
    const gender = childText(record, 'GENDER');
    if (gender !== undefined) {
      const value = GENDERS.get(gender.toLowerCase());
      if (value) bag.add('gender', value);
      else ctx.issue({ code: 'bad-value', file, line: record.line, field: 'GENDER', value: gender, message: 'not male or female' });
    }
    bag.add('title', ...childValues(record, 'TITLE'));
    bag.add('position', ...childValues(record, 'DESIGNATION'));
    addUnBirthDates(record, bag, file, ctx);
    addUnBirthPlacesAndNationality(record, bag);
    addUnDocuments(record, bag);
  }
  return {
    id: entityId(unPartyId(reference)),
    schema: record.name === 'INDIVIDUAL' ? 'Person' : 'Organization',
    properties: bag.toProperties(),
    target: true,
  };
}
