import { countryCode, PropertyBag } from '../../model/index.js';

/**
 * One designation of the UK Sanctions List as both UK formats describe it (the official CSV and
 * the normalised tables), in the list's own terms. Each reader fills one, and
 * `mapUkDesignation` turns it into FtM entities, so both formats give the same entities and ids.
 * @module
 */

export type UkSchema = 'Person' | 'Organization' | 'Vessel';

/** `Primary Name`, `Primary Name Variation` and `Alias` in the CSV; primary, primary_variation, alias in the tables. */
export type UkNameType = 'primary' | 'variation' | 'alias';

export interface UkName {
  type: UkNameType;
  /** Alias strength "Low quality": FtM weakAlias. */
  weak: boolean;
  fullName: string;
  /** Name 1 to Name 5: given names, then patronymics and further names. */
  givenNames: string[];
  /** Name 6: the surname of a person, the whole name of an entity or ship. */
  surname: string;
}

export type UkIdentifierKind = 'passport' | 'national' | 'registration' | 'imo';

export interface UkIdentifier {
  kind: UkIdentifierKind;
  value: string;
  /** The list's note beside the number ("Russia INN", "CAR diplomatic passport ..."). */
  info: string;
}

export type UkCountryKind = 'birth' | 'nationality' | 'address' | 'flag' | 'pastFlag';

export interface UkCountry {
  kind: UkCountryKind;
  /** Lower-case ISO code, or the list's text when it names no country code (`Former USSR`). */
  value: string;
}

export interface UkDesignation {
  uniqueId: string;
  schema: UkSchema;
  ofsiGroupId: string;
  unReference: string;
  /** ISO dates. */
  dateDesignated: string | undefined;
  lastUpdated: string | undefined;
  regimeName: string | undefined;
  sanctionsImposed: string[];
  statementsOfReasons: string[];
  names: UkName[];
  nonLatinNames: string[];
  birthDates: string[];
  countries: UkCountry[];
  identifiers: UkIdentifier[];
  /** Further FtM properties of the party that only one format has (the CSV's address, phone, ...). */
  details: PropertyBag;
}

export function newUkDesignation(uniqueId: string, schema: UkSchema): UkDesignation {
  return {
    uniqueId, schema, ofsiGroupId: '', unReference: '', dateDesignated: undefined, lastUpdated: undefined,
    regimeName: undefined, sanctionsImposed: [], statementsOfReasons: [], names: [], nonLatinNames: [],
    birthDates: [], countries: [], identifiers: [], details: new PropertyBag(),
  };
}

const SCHEMA_BY_TYPE: Readonly<Record<string, UkSchema>> = { individual: 'Person', entity: 'Organization', ship: 'Vessel' };

/** The schema of a designation type (`Individual`, `entity`, `Ship`), or undefined when unknown. */
export function parseUkDesignationType(text: string): UkSchema | undefined {
  return SCHEMA_BY_TYPE[text.trim().toLowerCase()];
}

const NAME_TYPES: Readonly<Record<string, UkNameType>> = {
  'primary': 'primary', 'primary name': 'primary',
  'primary variation': 'variation', 'primary name variation': 'variation',
  'alias': 'alias',
};

/** The name type as either format writes it, or undefined when unknown. */
export function parseUkNameType(text: string): UkNameType | undefined {
  return NAME_TYPES[text.trim().toLowerCase().replace(/[\s_]+/g, ' ')];
}

/**
 * Whether an alias strength marks a weak alias: `Low quality` (CSV) or `low_quality_aka`
 * (tables). Undefined for text that is neither low nor good quality, so the reader can report it.
 */
export function parseUkAliasStrength(text: string): boolean | undefined {
  const key = text.trim().toLowerCase();
  if (key === '') return false;
  if (/^(low|weak)/.test(key)) return true;
  if (/^(good|high|strong)/.test(key)) return false;
  return undefined;
}

/** A country-valued field: its ISO code when the name is a country, else the text as written. */
export function ukCountryValue(text: string): string {
  return countryCode(text) ?? text.trim();
}
