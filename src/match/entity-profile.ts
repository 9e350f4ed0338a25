import { countryCode, countryOfNameWords, NAME_PART_PROPERTIES, NAME_PROPERTIES, type Properties } from '../model/index.js';
import { commaQualified, cutShortEvidence, hasQualifier, nameAlternatives, normaliseText, townCountry, trailingPlace, withoutAddresseePrefix, withoutLeadingHonorific, withoutVesselPrefix, withoutWebDomain, type NameEntityKind, type PlaceReaders } from '../names/index.js';
import { buildNameProfile, type NameProfile, type Qualifier, type SpellName } from './name-profile.js';
import { nameKindOf } from './schema-compat.js';
import type { TokenWeights } from './token-weights.js';

/** Properties whose values identify a party on their own when equal. */
export const IDENTIFIER_PROPS = [
  'passportNumber', 'idNumber', 'innCode', 'ogrnCode', 'okpoCode', 'kppCode', 'imoNumber', 'mmsi', 'leiCode',
  'swiftBic', 'registrationNumber', 'taxNumber', 'vatCode', 'socialSecurityNumber', 'callSign', 'publicKey',
] as const;

const COUNTRY_PROPS = ['nationality', 'citizenship', 'country', 'birthCountry', 'jurisdiction', 'flag'] as const;
const MIN_IDENTIFIER_LENGTH = 5;

export interface Identifier {
  property: string;
  value: string;
  /** Upper-case letters and digits only; `IMO9339301` and `9339301` both read `9339301`. */
  key: string;
}

/** What the scorer needs of a query or a listed entity, computed once. */
export interface EntityProfile {
  schema: string;
  names: NameProfile[];
  birthDates: string[];
  /** A listing without birth dates of its own: the listings of the same name on other lists its dates are from (see borrowBirthDates). */
  birthDatesFrom?: string[];
  countries: string[];
  genders: string[];
  identifiers: Identifier[];
}

/** Countries compare as ISO codes; queries may give names ("Russia") instead. */
function countryKey(value: string): string {
  const v = value.trim().toLowerCase();
  return /^[a-z]{2}(-[a-z]+)?$/.test(v) ? v : (countryCode(value) ?? v);
}

/** A SWIFT/BIC: bank, country and location codes, and a branch code or none (XXX is the head office). */
const BIC = /^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

/**
 * `swiftBic`: a BIC compares by its first eight characters, the institution's. Payment messages
 * write eleven (HNRBBY2XXXX, a branch's or the head office's), the lists mostly eight (HNRBBY2X).
 */
export function identifierKey(value: string, property?: string): string {
  const key = value.toUpperCase().replace(/[^0-9A-Z]/g, '').replace(/^IMO(?=\d{7}$)/, '');
  return property === 'swiftBic' && BIC.test(key) ? key.slice(0, 8) : key;
}

interface RecordName {
  value: string;
  property: string;
  /** For an alternative, the name as written, which explanations show. */
  written?: string;
  qualifier?: Qualifier;
  /** The country a dropped qualifier names ("(Ireland)", "(U.K.)"), if it names one. */
  qualifierCountry?: string;
}

/**
 * The names of a record with their alternatives (see nameAlternatives; a vessel's also without its
 * ship-type prefix; a query's body also without the place after its name, see placeQualified, a
 * query's person without a leading Sayyed, see withoutLeadingHonorific, any query's name without
 * a leading ATTN or C/O, see withoutAddresseePrefix, and a query's body without a web domain's
 * ending, see withoutWebDomain);
 * `firstName` + `lastName` (and middle and father names) make one when no full name is given.
 */
function namesOf(properties: Properties, schema: string, query: boolean): RecordName[] {
  const names: RecordName[] = [];
  const kind = nameKindOf(schema);
  for (const property of NAME_PROPERTIES) {
    for (const value of properties[property] ?? []) {
      names.push({ value, property, ...(hasQualifier(value) ? { qualifier: 'kept' as const } : {}) });
      const unprefixed = schema === 'Vessel' ? withoutVesselPrefix(value) : undefined;
      if (unprefixed !== undefined) names.push({ value: unprefixed, property, written: value });
      if (query) for (const placed of placeQualified(value, kind)) names.push({ ...placed, property, written: value });
      const untitled = query && kind === 'person' ? withoutLeadingHonorific(value) : undefined;
      if (untitled !== undefined) names.push({ value: untitled, property, written: value });
      const addressed = query ? withoutAddresseePrefix(value) : undefined;
      if (addressed !== undefined) names.push({ value: addressed, property, written: value });
      const undomained = query && kind !== 'person' ? withoutWebDomain(value) : undefined;
      if (undomained !== undefined) names.push({ value: undomained, property, written: value });
      for (const { name, droppedQualifier, qualifier } of nameAlternatives(value, { person: kind === 'person' })) {
        const country = qualifier === undefined ? undefined : countryOfNameWords(normaliseText(qualifier.replace(/\./g, '')));
        names.push({ value: name, property, written: value, ...(droppedQualifier ? { qualifier: 'dropped' as const } : {}), ...(country ? { qualifierCountry: country } : {}) });
      }
    }
  }
  if (!names.some((n) => n.property === 'name')) {
    const parts = NAME_PART_PROPERTIES.map((p) => properties[p]?.[0]).filter((v): v is string => !!v);
    if (parts.length > 0) names.push({ value: parts.join(' '), property: 'name' });
  }
  return names;
}

/**
 * A query's body written with its town or country after its name is also the name without the
 * place, as a dropped qualifier: it stands in against listed names without a qualifier, and not
 * against one that names another country (see bestName). After a comma (ROSOBORONEXPORT, MOSCOW,
 * RUSSIA; see commaQualified), the one word before it had met JSC ROSOBORONEXPORT at 0.60 only,
 * held by the words after it; without one, a known town or country ends the name (MAHAN AIR TEHRAN
 * IRAN had met Mahan Air at 0.28; see trailingPlace). For organisations, and for a LegalEntity (a
 * payment's party) whose name has a word for a body or whose place is a known town or country:
 * "SMITH, JOHN" is a person's name.
 */
function placeQualified(value: string, kind: NameEntityKind): Omit<RecordName, 'property'>[] {
  if (kind === 'person') return [];
  const comma = commaQualified(value);
  if (comma === undefined) return trailingPlace(value, PLACE_READERS).map(({ name, countries }) => ({ value: name, qualifier: 'dropped', qualifierCountry: countries[0]! }));
  const country = comma.parts.map((p) => placeCountry(normaliseText(p.replace(/\./g, '')))).find((c) => c !== undefined);
  if (kind !== 'organization' && !comma.bodyWords && country === undefined) return [];
  return [{ value: comma.name, qualifier: 'dropped', ...(country ? { qualifierCountry: country } : {}) }];
}

/** The country of a place's normalised words: a country's name, or a town's (see townCountry). */
const placeCountry = (words: string): string | undefined => countryOfNameWords(words) ?? townCountry(words);
const PLACE_READERS: PlaceReaders = { placeCountry, countryCode };

/** `spell`: the index build passes its memo of names' spellings (see spellingMemo). */
export function buildEntityProfile(schema: string, properties: Properties, weights: TokenWeights, spell?: SpellName): EntityProfile {
  return profileOf(schema, properties, weights, spell, false);
}

function profileOf(schema: string, properties: Properties, weights: TokenWeights, spell: SpellName | undefined, query: boolean): EntityProfile {
  const kind = nameKindOf(schema);
  const seen = new Set<string>();
  const names: NameProfile[] = [];
  for (const { value, property, written, qualifier, qualifierCountry } of namesOf(properties, schema, query)) {
    const key = `${property === 'weakAlias' ? 'w' : 's'}:${value.toLowerCase()}`;
    if (seen.has(key) || value.length > 500) continue;
    seen.add(key);
    const profile = buildNameProfile(value, property, property === 'weakAlias' ? 'weak' : 'strong', kind, weights, spell);
    if (profile.variants.length === 0) continue;
    // Only a query's name as written may be cut short: an alternative (Front of PARTY/FRONT) ends where its words do.
    const cut = query && written === undefined ? cutShortEvidence(value) : undefined;
    names.push(
      written === undefined && !qualifier && !cut
        ? profile
        : {
            ...profile,
            ...(written !== undefined ? { original: written } : {}),
            ...(qualifier ? { qualifier } : {}),
            ...(qualifierCountry ? { qualifierCountry } : {}),
            ...(cut ? { cut } : {}),
            ...(written !== undefined && written !== value ? { compared: value } : {}),
          },
    );
  }
  const identifiers: Identifier[] = [];
  for (const property of IDENTIFIER_PROPS) {
    for (const value of properties[property] ?? []) {
      const key = identifierKey(value, property);
      if (key.length >= MIN_IDENTIFIER_LENGTH) identifiers.push({ property, value, key });
    }
  }
  return {
    schema,
    names,
    // A copy the profile owns: compareBirthDates caches its parse by the array (see parsedDates).
    birthDates: [...(properties['birthDate'] ?? [])],
    countries: [...new Set(COUNTRY_PROPS.flatMap((p) => properties[p] ?? []).map(countryKey))],
    genders: (properties['gender'] ?? []).map((g) => g.toLowerCase()),
    identifiers,
  };
}

/**
 * A query's profile: a body's name is also read without the place after a comma (placeQualified),
 * and its names as written say whether they may be cut short at a field's length (see
 * cutShortEvidence). Only a query's can be either: a list writes its names whole, and its places apart.
 */
export function buildQueryProfile(schema: string, properties: Properties, weights: TokenWeights): EntityProfile {
  return profileOf(schema, properties, weights, undefined, true);
}
