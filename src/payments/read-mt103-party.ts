import { checkBic, checkCountry } from './check-values.js';
import type { MtField } from './split-mt-blocks.js';
import type { FieldLocation, PartyRole, PaymentIssue, PaymentParty } from './types.js';

/**
 * Reads an MT103 party field by its option letter:
 * - A: `[/party identifier]` then a BIC;
 * - B: `[/party identifier]` then a location;
 * - C: `/account` only;
 * - D, K and 59 without a letter: `[/account]` then name and address (the first line is the name,
 *   and may go on in the second when it is full, see PaymentParty.continuedName);
 * - F: `[/account]` or `CODE/CC/identifier`, then numbered lines (1 name, 2 address, 3 country/town,
 *   4 date of birth, 5 country/place of birth, 6 country/issuer/customer number, 7 country/national
 *   id, 8 more of the 6 or 7 identifier).
 * @module
 */

/** 50F party identifier codes that only a natural person has. */
const PERSON_ID_CODES = new Set(['ARNU', 'CCPT', 'DRLC', 'EMPL', 'NIDN', 'SOSE']);
const PARTY_ID_CODES = new Set([...PERSON_ID_CODES, 'CUST', 'TXID']);

function mtLocation(field: MtField, offset = 0): FieldLocation {
  return { kind: 'mt', tag: `:${field.tag}:`, line: field.line + offset };
}

function newParty(role: PartyRole, field: MtField, isAgent: boolean): PaymentParty {
  return { role, location: mtLocation(field), schema: isAgent ? 'Organization' : 'LegalEntity', addressLines: [], identifiers: [], fields: {} };
}

/** `/account` or `/D/account` on the first line, which options A, B, D, K and 59 allow. */
function takeAccountLine(lines: string[], party: PaymentParty, field: MtField): number {
  const first = lines[0]?.trim() ?? '';
  if (!first.startsWith('/')) return 0;
  party.account = first.replace(/^\/([CD]\/)?/, '');
  party.fields.account = mtLocation(field);
  return 1;
}

/** Characters a name line must fill to be read as going on in the next (an MT line holds 35, less an ending space or two). */
const FULL_NAME_LINE = 33;

function readNameAndAddress(lines: string[], from: number, party: PaymentParty, field: MtField): void {
  const rest = lines.slice(from).map((l) => l.trim()).filter((l) => l !== '');
  if (rest[0] !== undefined) {
    party.name = rest[0];
    party.fields.name = mtLocation(field, from);
  }
  if (rest[0] !== undefined && rest[1] !== undefined && rest[0].length >= FULL_NAME_LINE) party.continuedName = [`${rest[0]}${rest[1]}`, `${rest[0]} ${rest[1]}`];
  if (rest.length > 1) {
    party.addressLines.push(...rest.slice(1));
    party.fields.address = mtLocation(field, from + 1);
  }
}

function readOptionF(field: MtField, party: PaymentParty, errors: PaymentIssue[]): void {
  const first = field.lines[0]?.trim() ?? '';
  const partyId = /^([A-Z]{4})\/([A-Z]{2})\/(.+)$/.exec(first);
  let from = 0;
  if (partyId && PARTY_ID_CODES.has(partyId[1]!)) {
    party.identifiers.push({ scheme: partyId[1]!, value: partyId[3]!, issuer: partyId[2]!, location: mtLocation(field) });
    if (PERSON_ID_CODES.has(partyId[1]!)) party.schema = 'Person';
    from = 1;
  } else {
    from = takeAccountLine(field.lines, party, field);
  }
  const names: string[] = [];
  field.lines.slice(from).forEach((text, i) => {
    const at = mtLocation(field, from + i);
    const numbered = /^([1-8])\/(.*)$/.exec(text.trim());
    if (!numbered) {
      if (text.trim() !== '') errors.push({ code: 'bad-value', field: `:${field.tag}:`, value: text, location: at, message: `:${field.tag}: (line ${at.line}): option F lines start with a number 1-8 and "/", not ${JSON.stringify(text.slice(0, 40))}` });
      return;
    }
    const code = numbered[1]!;
    const value = numbered[2]!;
    const [cc, ...restParts] = value.split('/');
    const rest = restParts.join('/');
    switch (code) {
      case '1':
        names.push(value.trim());
        party.fields.name ??= at;
        break;
      case '2':
        party.addressLines.push(value.trim());
        party.fields.address ??= at;
        break;
      case '3': {
        const country = checkCountry(cc ?? '', `:${field.tag}: line 3/`, at, errors);
        if (country) {
          party.country = country;
          party.fields.country = at;
        }
        if (rest) party.addressLines.push(rest.trim());
        break;
      }
      case '4':
        party.schema = 'Person';
        party.birthDate = /^\d{8}$/.test(value) ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}` : value;
        party.fields.birthDate = at;
        break;
      case '5': {
        party.schema = 'Person';
        const country = checkCountry(cc ?? '', `:${field.tag}: line 5/`, at, errors);
        if (country) {
          party.birthCountry = country;
          party.fields.birthCountry = at;
        }
        if (rest) {
          party.birthPlace = rest.trim();
          party.fields.birthPlace = at;
        }
        break;
      }
      case '6':
        party.identifiers.push({ scheme: 'customerNumber', value: restParts.slice(1).join('/') || rest, issuer: restParts[0] ? `${cc}/${restParts[0]}` : cc ?? '', location: at });
        break;
      case '7':
        party.schema = 'Person';
        party.identifiers.push({ scheme: 'NIDN', value: rest, issuer: cc ?? '', location: at });
        break;
      default: {
        // Code 8 continues the identifier of the line before (6 or 7).
        const last = party.identifiers[party.identifiers.length - 1];
        if (last) last.value += value.trim();
      }
    }
  });
  // A name longer than 35 characters runs over several `1/` lines.
  if (names.length > 0) party.name = names.join(' ');
}

/** Reads a party field of option `letter` (A, B, C, D, F, K, or '' for 59). */
export function readMtParty(field: MtField, role: PartyRole, isAgent: boolean, errors: PaymentIssue[]): PaymentParty {
  const party = newParty(role, field, isAgent);
  const letter = field.tag.slice(2);
  const lines = field.lines;
  switch (letter) {
    case 'A': {
      const from = takeAccountLine(lines, party, field);
      const bic = lines[from]?.trim() ?? '';
      const value = checkBic(bic, `:${field.tag}:`, mtLocation(field, from), errors);
      if (value) {
        party.bic = value;
        party.fields.bic = mtLocation(field, from);
      }
      party.schema = 'Organization';
      break;
    }
    case 'B': {
      const from = takeAccountLine(lines, party, field);
      const location = lines.slice(from).join(' ').trim();
      if (location) {
        party.addressLines.push(location);
        party.fields.address = mtLocation(field, from);
      }
      break;
    }
    case 'C':
      takeAccountLine(lines, party, field);
      break;
    case 'F':
      readOptionF(field, party, errors);
      break;
    default:
      readNameAndAddress(lines, takeAccountLine(lines, party, field), party, field);
  }
  return party;
}
