import type { MatchQuery, MatchResult, Matcher } from '../match/index.js';
import { PROGRAMS } from '../model/programs/index.js';
import { programsForJurisdiction, type ProgramRef } from '../scan/index.js';
import { screenPaymentText, type TextScanner, type TextScreening } from './screen-payment-text.js';
import type { FieldLocation, PartyRole, PaymentMessage, PaymentParty, PartySchema } from './types.js';

/**
 * Screens every party and free-text field of a parsed payment message: each party as an FtM query
 * of its schema (name, BIC, LEI, identifiers, birth date, country), each country it names against
 * the jurisdictions that programmes cover as a whole, and each free-text field (with the text
 * scanner of `src/scan`) for listed names and sanctioned jurisdictions.
 * @module
 */

export interface PartyScreening {
  role: PartyRole;
  schema: PartySchema;
  location: FieldLocation;
  /** Where each value sent in the query was read. */
  fields: PaymentParty['fields'];
  query: MatchQuery;
  results: MatchResult[];
  /** Whether any result reaches the threshold. */
  match: boolean;
}

/** A programme about a jurisdiction, as the text scanner reports it. */
export type JurisdictionProgram = ProgramRef;

/** A country field naming a jurisdiction that a sanctions programme covers as a whole. */
export interface CountryScreening {
  /** The party the country belongs to, or none for a country reported apart (`:77B:`, RgltryRptg). */
  role?: PartyRole;
  field: string;
  country: string;
  location: FieldLocation;
  programs: JurisdictionProgram[];
}

export interface PaymentScreening {
  format: PaymentMessage['format'];
  messageType: string;
  messageId: string;
  threshold: number;
  parties: PartyScreening[];
  countries: CountryScreening[];
  texts: TextScreening[];
  /** Parties with a match, texts naming a listed party or sanctioned jurisdiction, and country fields under a country programme. */
  hitCount: number;
}

export interface ScreenPaymentOptions {
  /** The free-text scanner (`src/scan`) over the same lists, built by the caller, which holds the entities. */
  scanText: TextScanner;
  threshold?: number;
  /** Results kept per party, best first (default 5). */
  limit?: number;
}

const DEFAULT_LIMIT = 5;
/** Identifier schemes (ISO 20022 codes and MT103 50F codes) that name a public register number, as FtM properties. */
const IDENTIFIER_PROPERTY: Record<string, string> = {
  TXID: 'taxNumber', NIDN: 'idNumber', CCPT: 'passportNumber', SOSE: 'socialSecurityNumber', DRLC: 'idNumber', ARNU: 'idNumber',
  SREN: 'registrationNumber', SRET: 'registrationNumber', COID: 'registrationNumber',
};

function add(properties: Record<string, string[]>, property: string, value: string | undefined): void {
  if (value === undefined || value === '') return;
  const values = (properties[property] ??= []);
  if (!values.includes(value)) values.push(value);
}

/**
 * The party as an FtM query. A BIC is sent with its 8-character head-office form too, because the
 * lists give a bank's BIC8 and a payment often names a branch. Bank-internal numbers (customer
 * numbers, clearing codes) are not sent: equal values at two banks mean nothing.
 */
export function buildPartyQuery(party: PaymentParty): MatchQuery {
  const properties: Record<string, string[]> = {};
  add(properties, 'name', party.name);
  for (const name of party.continuedName ?? []) add(properties, 'name', name);
  for (const id of party.identifiers) {
    if (id.scheme === 'accountName') add(properties, 'alias', id.value);
    const property = IDENTIFIER_PROPERTY[id.scheme];
    if (property) add(properties, property, id.value);
  }
  // A branch's BIC meets its listed head office's: BICs compare by their first eight characters (see identifierKey).
  add(properties, 'swiftBic', party.bic);
  add(properties, 'leiCode', party.lei);
  add(properties, 'birthDate', party.birthDate);
  // An address says where a party is, not its nationality: FtM's `country` is the property for that.
  add(properties, 'country', party.country ?? party.countryOfResidence);
  return { schema: party.schema, properties };
}

/**
 * The programmes about a country (the same list the text scanner reports) when one of them covers
 * it as a whole (an embargo, or Belarus's country programmes): only then is a country field a hit.
 * A country that programmes only list persons of (Russia) is left to the parties' screening.
 */
export function programsCoveringCountry(country: string): JurisdictionProgram[] {
  const covering = PROGRAMS.some((p) => p.ended === undefined && p.countries.includes(country));
  return covering ? programsForJurisdiction(country) : [];
}

/**
 * Every country a party names: address, residence, birth, the country of its BIC (letters 5-6),
 * and countries written in its address lines ("TEHRAN, IRAN" in an MT103 59 field), which the
 * text scanner reads.
 */
function partyCountries(party: PaymentParty, scanText: TextScanner): { field: string; country: string; location: FieldLocation }[] {
  const found: { field: string; country: string; location: FieldLocation }[] = [];
  if (party.addressLines.length > 0) {
    for (const j of scanText(party.addressLines.join('\n')).jurisdictions) {
      if (j.code !== party.country) found.push({ field: 'address', country: j.code, location: party.fields.address ?? party.location });
    }
  }
  if (party.country) found.push({ field: 'country', country: party.country, location: party.fields.country ?? party.location });
  if (party.countryOfResidence) found.push({ field: 'countryOfResidence', country: party.countryOfResidence, location: party.fields.countryOfResidence ?? party.location });
  if (party.birthCountry) found.push({ field: 'birthCountry', country: party.birthCountry, location: party.fields.birthCountry ?? party.location });
  if (party.bic) found.push({ field: 'bic', country: party.bic.slice(4, 6).toLowerCase(), location: party.fields.bic ?? party.location });
  return found;
}

export function screenPayment(matcher: Matcher, message: PaymentMessage, options: ScreenPaymentOptions): PaymentScreening {
  const threshold = options.threshold ?? matcher.defaultThreshold;
  const limit = options.limit ?? DEFAULT_LIMIT;
  const parties = message.parties.map((party): PartyScreening => {
    const query = buildPartyQuery(party);
    const results = Object.keys(query.properties).length > 0 ? matcher.match(query, { threshold, limit }) : [];
    return { role: party.role, schema: party.schema, location: party.location, fields: party.fields, query, results, match: results.some((r) => r.match) };
  });
  const countries: CountryScreening[] = [];
  for (const party of message.parties) {
    for (const found of partyCountries(party, options.scanText)) {
      const programs = programsCoveringCountry(found.country);
      if (programs.length > 0) countries.push({ role: party.role, ...found, programs });
    }
  }
  for (const found of message.countries) {
    const programs = programsCoveringCountry(found.country);
    if (programs.length > 0) countries.push({ ...found, programs });
  }
  const texts = message.texts.map((text) => screenPaymentText(options.scanText, text));
  const hitCount = parties.filter((p) => p.match).length + countries.length + texts.filter((t) => t.match).length;
  return { format: message.format, messageType: message.messageType, messageId: message.messageId, threshold, parties, countries, texts, hitCount };
}
