import { checkBic, checkCountry } from './check-values.js';
import { readMtParty } from './read-mt103-party.js';
import { splitMtBlocks, splitMtFields, type MtBlock, type MtField } from './split-mt-blocks.js';
import type { FieldLocation, PartyRole, PaymentCountry, PaymentIssue, PaymentParseResult, PaymentParty, PaymentText } from './types.js';

/**
 * Reads a SWIFT MT103 (single customer credit transfer): the sender and receiver from the headers,
 * every party field of block 4 by its option, and the free-text fields. A message given as block 4
 * alone (lines of `:tag:` fields) is read too, without sender and receiver.
 * @module
 */

/** Party fields: tag without option -> role, whether it is a bank, and the options MT103 allows. */
const PARTY_FIELDS: Record<string, { role: PartyRole; isAgent: boolean; options: string }> = {
  '50': { role: 'debtor', isAgent: false, options: 'AFK' },
  '52': { role: 'orderingInstitution', isAgent: true, options: 'AD' },
  '53': { role: 'sendersCorrespondent', isAgent: true, options: 'ABD' },
  '54': { role: 'receiversCorrespondent', isAgent: true, options: 'ABD' },
  '55': { role: 'thirdReimbursementInstitution', isAgent: true, options: 'ABD' },
  '56': { role: 'intermediaryAgent1', isAgent: true, options: 'ACD' },
  '57': { role: 'creditorAgent', isAgent: true, options: 'ABCD' },
  '59': { role: 'creditor', isAgent: false, options: 'AF' },
};
const TEXT_FIELDS = new Set(['70', '72', '77B']);
/** Fields with no party or free text: references, codes, amounts, dates, charges. */
const OTHER_FIELDS = new Set(['20', '13C', '23B', '23E', '26T', '32A', '33B', '36', '71A', '71F', '71G']);
const MANDATORY = [['20', "the sender's reference"], ['23B', 'the bank operation code'], ['32A', 'value date, currency and amount'], ['50', 'the ordering customer'], ['59', 'the beneficiary customer'], ['71A', 'details of charges']] as const;

interface HeaderBic {
  bic: string;
  tag: '{1:' | '{2:';
  line: number;
}

interface Header {
  messageType: string;
  sender?: HeaderBic;
  receiver?: HeaderBic;
}

/** The BIC in a 12-character logical terminal address: 8 characters, the terminal letter, then the branch. */
function bicOfTerminal(lt: string): string {
  return `${lt.slice(0, 8)}${lt.slice(9, 12)}`;
}

function readHeaders(blocks: MtBlock[], errors: PaymentIssue[]): Header | undefined {
  const basic = blocks.find((b) => b.id === '1');
  const app = blocks.find((b) => b.id === '2');
  if (!basic || !app) {
    const line = blocks[0]?.line ?? 1;
    errors.push({ code: 'missing-field', field: !basic ? '{1:' : '{2:', location: { kind: 'mt', tag: !basic ? '{1:' : '{2:', line }, message: `line ${line}: the ${!basic ? 'basic header block {1:' : 'application header block {2:'} is missing` });
    return undefined;
  }
  const basicMatch = /^F01([A-Z0-9]{12})\d{4}\d{6}$/.exec(basic.content.trim());
  if (!basicMatch) {
    errors.push({ code: 'mt-syntax', line: basic.line, message: `line ${basic.line}: block {1: ${JSON.stringify(basic.content.slice(0, 30))} is not F01 + a 12-character terminal address + session and sequence numbers` });
    return undefined;
  }
  const input = /^I(\d{3})([A-Z0-9]{12})[SUN]?\d?(\d{3})?$/.exec(app.content.trim());
  const output = /^O(\d{3})\d{4}\d{6}([A-Z0-9]{12})\d{10}\d{6}\d{4}[SUN]?$/.exec(app.content.trim());
  if (!input && !output) {
    errors.push({ code: 'mt-syntax', line: app.line, message: `line ${app.line}: block {2: ${JSON.stringify(app.content.slice(0, 40))} is neither an input (I103...) nor an output (O103...) application header` });
    return undefined;
  }
  const own = bicOfTerminal(basicMatch[1]!);
  // Input: block 1 names the sender, block 2 the receiver. Output: block 1 the receiver, and the message input reference in block 2 the sender.
  const other = bicOfTerminal((input ?? output)![2]!);
  const inBasic: HeaderBic = { bic: own, tag: '{1:', line: basic.line };
  const inApp: HeaderBic = { bic: other, tag: '{2:', line: app.line };
  return { messageType: `MT${(input ?? output)![1]!}`, sender: input ? inBasic : inApp, receiver: input ? inApp : inBasic };
}

function headerParty(role: PartyRole, { bic, tag, line }: HeaderBic, errors: PaymentIssue[]): PaymentParty {
  const location: FieldLocation = { kind: 'mt', tag, line };
  const party: PaymentParty = { role, location, schema: 'Organization', addressLines: [], identifiers: [], fields: {} };
  const value = checkBic(bic, tag, location, errors);
  if (value) {
    party.bic = value;
    party.fields.bic = location;
  }
  return party;
}

/** `:77B:` codes `/ORDERRES/CC//` and `/BENEFRES/CC//` report the residence country of the ordering customer and beneficiary. */
function readReportedCountries(field: MtField, errors: PaymentIssue[]): PaymentCountry[] {
  const found: PaymentCountry[] = [];
  field.lines.forEach((text, i) => {
    const residence = /^\/(ORDERRES|BENEFRES)\/([^/]*)\/\//.exec(text.trim());
    if (!residence) return;
    const location: FieldLocation = { kind: 'mt', tag: ':77B:', line: field.line + i };
    const country = checkCountry(residence[2]!, `:77B: /${residence[1]}/`, location, errors);
    if (country) found.push({ field: `:77B: /${residence[1]}/`, country, location });
  });
  return found;
}

function readFields(fields: MtField[], errors: PaymentIssue[], warnings: PaymentIssue[]) {
  const parties: PaymentParty[] = [];
  const texts: PaymentText[] = [];
  const countries: PaymentCountry[] = [];
  let messageId: string | undefined;
  for (const field of fields) {
    const location: FieldLocation = { kind: 'mt', tag: `:${field.tag}:`, line: field.line };
    const party = PARTY_FIELDS[field.tag.slice(0, 2)];
    const option = field.tag.slice(2);
    if (party) {
      if (option === '' ? field.tag === '59' : party.options.includes(option)) parties.push(readMtParty(field, party.role, party.isAgent, errors));
      else errors.push({ code: 'bad-value', field: `:${field.tag}:`, value: option, location, message: `:${field.tag}: (line ${field.line}): option ${JSON.stringify(option)} is not allowed for :${field.tag.slice(0, 2)}a: in MT103 (use ${[...party.options].join(', ')}${field.tag.startsWith('59') ? ' or none' : ''})` });
    } else if (TEXT_FIELDS.has(field.tag)) {
      const text = field.lines.map((l) => l.trim()).filter((l) => l !== '').join('\n');
      if (text) texts.push({ field: `:${field.tag}:`, text, location });
      if (field.tag === '77B') countries.push(...readReportedCountries(field, errors));
    } else if (OTHER_FIELDS.has(field.tag)) {
      if (field.tag === '20') messageId = field.lines[0]?.trim();
    } else {
      warnings.push({ code: 'unknown-field', field: `:${field.tag}:`, location, message: `:${field.tag}: (line ${field.line}): not a field of MT103, so it is not screened` });
    }
  }
  for (const [tag, what] of MANDATORY) {
    if (!fields.some((f) => f.tag.startsWith(tag))) {
      const line = fields[fields.length - 1]?.line ?? 1;
      errors.push({ code: 'missing-field', field: `:${tag}:`, location: { kind: 'mt', tag: `:${tag}:`, line }, message: `:${tag}: (${what}) is missing from block 4` });
    }
  }
  return { parties, texts, countries, messageId };
}

export function parseMt103(text: string): PaymentParseResult {
  const errors: PaymentIssue[] = [];
  const warnings: PaymentIssue[] = [];
  let header: Header | undefined = { messageType: 'MT103' };
  let body: { content: string; line: number };
  if (text.trimStart().startsWith(':')) {
    // Block 4 alone, as many back offices store it; a closing "-" line is allowed.
    body = { content: text.replace(/\r\n?/g, '\n').replace(/\n-\s*$/, ''), line: 1 };
  } else {
    const split = splitMtBlocks(text);
    if (!split.ok) return { ok: false, errors: [split.issue], warnings };
    header = readHeaders(split.blocks, errors);
    const textBlock = split.blocks.find((b) => b.id === '4');
    if (!header || !textBlock) {
      if (!textBlock) errors.push({ code: 'missing-field', field: '{4:', location: { kind: 'mt', tag: '{4:', line: 1 }, message: 'the text block {4: is missing' });
      return { ok: false, errors, warnings };
    }
    if (header.messageType !== 'MT103') {
      const app = split.blocks.find((b) => b.id === '2')!;
      return { ok: false, errors: [{ code: 'unknown-message-type', found: header.messageType, location: { kind: 'mt', tag: '{2:', line: app.line }, message: `line ${app.line}: ${header.messageType} is not a message read here; expected MT103` }], warnings };
    }
    body = textBlock;
  }
  const split = splitMtFields(body.content, body.line);
  errors.push(...split.issues);
  const read = readFields(split.fields, errors, warnings);
  const parties = [
    ...(header.sender ? [headerParty('sender', header.sender, errors)] : []),
    ...(header.receiver ? [headerParty('receiver', header.receiver, errors)] : []),
    ...read.parties,
  ];
  if (errors.length > 0 || read.messageId === undefined) return { ok: false, errors, warnings };
  return { ok: true, message: { format: 'mt103', messageType: header.messageType, messageId: read.messageId, parties, texts: read.texts, countries: read.countries }, warnings };
}
