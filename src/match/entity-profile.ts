import { countryCode, countryOfNameWords, type Properties } from '../model/index.js';
import { commaQualified, cutShortEvidence, hasQualifier, nameAlternatives, normaliseText, withoutLeadingHonorific, withoutVesselPrefix, type NameEntityKind } from '../names/index.js';
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

export function identifierKey(value: string): string {
  return value.toUpperCase().replace(/[^0-9A-Z]/g, '').replace(/^IMO(?=\d{7}$)/, '');
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
 * ship-type prefix; a query's body also without the place after a comma, see placeQualified, and
 * a query's person without a leading Sayyed, see withoutLeadingHonorific);
 * `firstName` + `lastName` (and middle and father names) make one when no full name is given.
 */
function namesOf(properties: Properties, schema: string, query: boolean): RecordName[] {
  const names: RecordName[] = [];
  const kind = nameKindOf(schema);
  for (const property of ['name', 'alias', 'previousName', 'weakAlias']) {
    for (const value of properties[property] ?? []) {
      names.push({ value, property, ...(hasQualifier(value) ? { qualifier: 'kept' as const } : {}) });
      const unprefixed = schema === 'Vessel' ? withoutVesselPrefix(value) : undefined;
      if (unprefixed !== undefined) names.push({ value: unprefixed, property, written: value });
      const placed = query ? placeQualified(value, kind) : undefined;
      if (placed !== undefined) names.push({ ...placed, property, written: value });
      const untitled = query && kind === 'person' ? withoutLeadingHonorific(value) : undefined;
      if (untitled !== undefined) names.push({ value: untitled, property, written: value });
      for (const { name, droppedQualifier, qualifier } of nameAlternatives(value, { person: kind === 'person' })) {
        const country = qualifier === undefined ? undefined : countryOfNameWords(normaliseText(qualifier.replace(/\./g, '')));
        names.push({ value: name, property, written: value, ...(droppedQualifier ? { qualifier: 'dropped' as const } : {}), ...(country ? { qualifierCountry: country } : {}) });
      }
    }
  }
  if (!names.some((n) => n.property === 'name')) {
    const parts = ['firstName', 'middleName', 'fatherName', 'lastName'].map((p) => properties[p]?.[0]).filter((v): v is string => !!v);
    if (parts.length > 0) names.push({ value: parts.join(' '), property: 'name' });
  }
  return names;
}

/**
 * A query's body written "NAME, PLACE" (ROSOBORONEXPORT, MOSCOW, RUSSIA) is also the name without the
 * place, as a dropped qualifier: it stands in against listed names without a qualifier, and not
 * against one that names another country (see bestName). The one word before the comma had met
 * JSC ROSOBORONEXPORT at 0.60 only, held by the words after it. For organisations, and for a
 * LegalEntity (a payment's party) whose name has a word for a body or whose place names a country:
 * "SMITH, JOHN" is a person's name.
 */
function placeQualified(value: string, kind: NameEntityKind): Omit<RecordName, 'property'> | undefined {
  if (kind === 'person') return undefined;
  const comma = commaQualified(value);
  if (comma === undefined) return undefined;
  const country = comma.parts.map((p) => countryOfNameWords(normaliseText(p.replace(/\./g, '')))).find((c) => c !== undefined);
  if (kind !== 'organization' && !comma.bodyWords && country === undefined) return undefined;
  return { value: comma.name, qualifier: 'dropped', ...(country ? { qualifierCountry: country } : {}) };
}

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
        : { ...profile, ...(written !== undefined ? { original: written } : {}), ...(qualifier ? { qualifier } : {}), ...(qualifierCountry ? { qualifierCountry } : {}), ...(cut ? { cut } : {}) },
    );
  }
  const identifiers: Identifier[] = [];
  for (const property of IDENTIFIER_PROPS) {
    for (const value of properties[property] ?? []) {
      const key = identifierKey(value);
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
