import { countryCode, PropertyBag, type Properties } from '../../model/index.js';
import { parseOfacDates } from './parse-ofac-dates.js';
import { parseIdentifierClause } from './remark-identifiers.js';

/**
 * OFAC packs most of what it knows about a party into one free-text Remarks field: clauses split
 * by `; `, each a label and a value (`DOB 01 Jun 1961; nationality Russia; Passport 123 (Russia);
 * a.k.a. 'X'; Linked To: Y.`), `alt. ` before a second value of the same kind. This module reads
 * those clauses into FtM property values; SDN.XML's structured fields are fed through the same
 * clause reader, so both formats map alike. A clause it does not know goes to `notes`.
 * @module
 */

export interface CryptoWalletFact {
  /** OFAC's currency code: XBT, ETH, USDT, ... */
  currency: string;
  publicKey: string;
}

export interface RemarkFacts {
  /** Property values for the party itself. */
  properties: Properties;
  /** `Digital Currency Address - XBT ...`: each becomes a CryptoWallet held by the party. */
  wallets: CryptoWalletFact[];
  /** `Linked To: NAME`: the SDN names of related parties, resolved once the whole list is read. */
  linkedTo: string[];
  /** Dates that did not parse, for a `bad-date` issue (the field is the clause label). */
  badDates: { field: string; value: string }[];
}

/** Splits Remarks on `; `, except inside parentheses (some remarks quote whole records there). */
export function splitRemarks(text: string): string[] {
  const clauses: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0 && text[i + 1] === ' ') {
      clauses.push(text.slice(start, i));
      start = i + 2;
    }
  }
  clauses.push(text.slice(start));
  return clauses.map((c) => c.trim()).filter((c) => c !== '');
}

/** Reads a Remarks field. */
export function parseRemarks(text: string): RemarkFacts {
  return parseRemarkClauses(splitRemarks(text));
}

type ClauseReader = (value: string, facts: FactSink) => void;

interface FactSink {
  bag: PropertyBag;
  wallets: CryptoWalletFact[];
  linkedTo: string[];
  badDates: { field: string; value: string }[];
}

function addCountry(prop: string): ClauseReader {
  return (value, sink) => {
    sink.bag.add(prop, countryCode(value) ?? value);
  };
}

function addText(prop: string): ClauseReader {
  return (value, sink) => {
    sink.bag.add(prop, value);
  };
}

function addDates(prop: string, field: string): ClauseReader {
  return (value, sink) => {
    const dates = parseOfacDates(value);
    if (dates) sink.bag.add(prop, ...dates);
    else sink.badDates.push({ field, value });
  };
}

/** Clause patterns in the order tried; the first group of each is the value handed to its reader. */
const READERS: [RegExp, ClauseReader][] = [
  [/^a\.k\.a\.,? '(.+)'$/, addText('weakAlias')],
  [/^n\.k\.a\.,? '(.+)'$/, addText('weakAlias')],
  [/^f\.k\.a\.,? '(.+)'$/, addText('previousName')],
  [/^DOB (.+)$/, addDates('birthDate', 'DOB')],
  [/^POB (.+)$/, addText('birthPlace')],
  [/^Nationality of Registration (.+)$/, addCountry('jurisdiction')],
  [/^nationality (.+)$/i, addCountry('nationality')],
  [/^citizen (.+)$/i, addCountry('citizenship')],
  [/^Gender (Male|Female)$/i, (value, sink) => {
    sink.bag.add('gender', value.toLowerCase());
  }],
  [/^Linked To: (.+)$/, (value, sink) => {
    sink.linkedTo.push(value);
  }],
  [/^Digital Currency Address - (\w+ \S+)$/, (value, sink) => {
    const [currency = '', publicKey = ''] = value.split(' ');
    sink.wallets.push({ currency, publicKey });
  }],
  [/^Organization Established Date (.+)$/, addDates('incorporationDate', 'Organization Established Date')],
  [/^Organization Type: (.+)$/, addText('sector')],
  [/^(?:Vessel Registration Identification (?:IMO ?)?|(?:Identification Number|Company Number) IMO ?)(\d{7})$/, (value, sink) => {
    sink.bag.add('imoNumber', `IMO${value}`);
  }],
  [/^Vessel Year of Build (\d{4})$/, addText('buildDate')],
  [/^Aircraft Manufacture Date (.+)$/, addDates('buildDate', 'Aircraft Manufacture Date')],
  [/^Aircraft Model (.+)$/, addText('model')],
  [/^(?:Former|Other) Vessel Flag (.+)$/, addCountry('pastFlags')],
  [/^Other Vessel Call Sign (.+)$/, addText('callSign')],
  [/^Other Vessel Type (.+)$/, addText('type')],
  [/^Website:? (.+)$/i, addText('website')],
  [/^Email(?: Address)?[: ] ?(.+)$/i, addText('email')],
  [/^(?:Telephone No\.|Telephone|Phone Number|Phone)[: ] ?(.+)$/i, addText('phone')],
];

/** Reads clauses of a Remarks field, or SDN.XML fields written as such clauses. */
export function parseRemarkClauses(clauses: readonly string[]): RemarkFacts {
  const sink: FactSink = { bag: new PropertyBag(), wallets: [], linkedTo: [], badDates: [] };
  for (const clause of clauses) readClause(clause, sink);
  return { properties: sink.bag.toProperties(), wallets: sink.wallets, linkedTo: sink.linkedTo, badDates: sink.badDates };
}

function readClause(clause: string, sink: FactSink): void {
  // The full stop ends the Remarks field, not the value (`Linked To: MAHAN AIR.`).
  const text = clause.replace(/^alt\. /i, '').replace(/\.$/, '').trim();
  for (const [pattern, read] of READERS) {
    const m = text.match(pattern);
    if (m) {
      read((m[1] ?? '').trim(), sink);
      return;
    }
  }
  const identifiers = parseIdentifierClause(text);
  if (identifiers) {
    for (const { prop, value } of identifiers) sink.bag.add(prop, value);
    return;
  }
  sink.bag.add('notes', clause);
}
