import { parseXmlTree } from './parse-xml-tree.js';
import { hasScreenableValue, readIsoAccount, readIsoAgent, readIsoParty } from './read-iso20022-party.js';
import { checkCountry } from './check-values.js';
import type { PartyRole, PaymentCountry, PaymentFormat, PaymentMessage, PaymentParseResult, PaymentParty, PaymentText } from './types.js';
import { childAt, childrenAt, locate, textAt, warnUnknownChildren, type IssueSink, type XmlAt } from './xml-cursor.js';

/**
 * Reads ISO 20022 pacs.008 (FIToFICstmrCdtTrf, bank to bank) and pain.001 (CstmrCdtTrfInitn,
 * customer to bank) credit transfers, any version, bare or wrapped with a business application
 * header (AppHdr). Every party and agent of the group header, payment information blocks and
 * transactions is read with its path; elements that hold no party (amounts, dates, ids) are known
 * and passed over, any other element is a warning.
 * @module
 */

const NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:((pacs\.008|pain\.001)\.\d{3}\.\d{2})$/;
const ROOT_OF: Record<'pacs.008' | 'pain.001', string> = { 'pacs.008': 'FIToFICstmrCdtTrf', 'pain.001': 'CstmrCdtTrfInitn' };

interface Reading extends IssueSink {
  parties: PaymentParty[];
  texts: PaymentText[];
  countries: PaymentCountry[];
}

type PartyKind = 'party' | 'agent';
/** Element name -> role, kind, and the account element that goes with it. */
type PartySlots = readonly (readonly [element: string, role: PartyRole, kind: PartyKind, account?: string])[];

const AGENT_CHAIN: PartySlots = [
  ['PrvsInstgAgt1', 'previousInstructingAgent1', 'agent', 'PrvsInstgAgt1Acct'],
  ['PrvsInstgAgt2', 'previousInstructingAgent2', 'agent', 'PrvsInstgAgt2Acct'],
  ['PrvsInstgAgt3', 'previousInstructingAgent3', 'agent', 'PrvsInstgAgt3Acct'],
  ['InstgAgt', 'instructingAgent', 'agent'],
  ['InstdAgt', 'instructedAgent', 'agent'],
  ['IntrmyAgt1', 'intermediaryAgent1', 'agent', 'IntrmyAgt1Acct'],
  ['IntrmyAgt2', 'intermediaryAgent2', 'agent', 'IntrmyAgt2Acct'],
  ['IntrmyAgt3', 'intermediaryAgent3', 'agent', 'IntrmyAgt3Acct'],
];
const DEBTOR_SIDE: PartySlots = [
  ['UltmtDbtr', 'ultimateDebtor', 'party'],
  ['InitgPty', 'initiatingParty', 'party'],
  ['Dbtr', 'debtor', 'party', 'DbtrAcct'],
  ['DbtrAgt', 'debtorAgent', 'agent', 'DbtrAgtAcct'],
];
const CREDITOR_SIDE: PartySlots = [
  ['CdtrAgt', 'creditorAgent', 'agent', 'CdtrAgtAcct'],
  ['Cdtr', 'creditor', 'party', 'CdtrAcct'],
  ['UltmtCdtr', 'ultimateCreditor', 'party'],
];
/** Settlement reimbursement agents play the MT103 53a/54a/55a roles. */
const SETTLEMENT_AGENTS: PartySlots = [
  ['InstgRmbrsmntAgt', 'sendersCorrespondent', 'agent', 'InstgRmbrsmntAgtAcct'],
  ['InstdRmbrsmntAgt', 'receiversCorrespondent', 'agent', 'InstdRmbrsmntAgtAcct'],
  ['ThrdRmbrsmntAgt', 'thirdReimbursementInstitution', 'agent', 'ThrdRmbrsmntAgtAcct'],
];

/** Elements read outside the party slots, or known to hold no party or free text. */
const GROUP_HEADER_OTHER = ['MsgId', 'CreDtTm', 'BtchBookg', 'NbOfTxs', 'CtrlSum', 'TtlIntrBkSttlmAmt', 'IntrBkSttlmDt', 'SttlmInf', 'PmtTpInf', 'Authstn'];
const SETTLEMENT_OTHER = ['SttlmMtd', 'SttlmAcct', 'ClrSys', ...SETTLEMENT_AGENTS.flatMap(([e, , , a]) => (a ? [e, a] : [e]))];
const TRANSACTION_OTHER = [
  'PmtId', 'PmtTpInf', 'IntrBkSttlmAmt', 'IntrBkSttlmDt', 'SttlmPrty', 'SttlmTmIndctn', 'SttlmTmReq', 'AccptncDtTm', 'PoolgAdjstmntDt',
  'InstdAmt', 'XchgRate', 'XchgRateInf', 'Amt', 'ChrgBr', 'ChrgsInf', 'ChqInstr', 'Purp', 'RltdRmtInf', 'SplmtryData',
  'RmtInf', 'InstrForCdtrAgt', 'InstrForNxtAgt', 'InstrForDbtrAgt', 'RgltryRptg',
];
const PAYMENT_INFO_OTHER = ['PmtInfId', 'PmtMtd', 'BtchBookg', 'NbOfTxs', 'CtrlSum', 'PmtTpInf', 'ReqdExctnDt', 'PoolgAdjstmntDt', 'ChrgBr', 'ChrgsAcct', 'InstrForDbtrAgt', 'CdtTrfTxInf'];

function knownSet(slots: PartySlots, other: readonly string[]): Set<string> {
  return new Set([...slots.flatMap(([e, , , a]) => (a ? [e, a] : [e])), ...other]);
}

function readSlots(at: XmlAt, slots: PartySlots, reading: Reading): void {
  for (const [element, role, kind, accountElement] of slots) {
    const found = childAt(at, element);
    if (!found) continue;
    const party = kind === 'agent' ? readIsoAgent(found, role, reading) : readIsoParty(found, role, reading);
    const account = accountElement ? childAt(at, accountElement) : undefined;
    if (account) readIsoAccount(account, party, reading);
    if (!hasScreenableValue(party)) {
      reading.errors.push({ code: 'missing-field', field: element, location: locate(found), message: `${found.path} (line ${found.node.line}): ${element} has no name, BIC or identifier to screen` });
    }
    reading.parties.push(party);
  }
}

function requireChild(at: XmlAt, element: string, reading: Reading, why: string): XmlAt | undefined {
  const found = childAt(at, element);
  if (!found) reading.errors.push({ code: 'missing-field', field: element, location: locate(at), message: `${at.path} (line ${at.node.line}): ${element} is missing (${why})` });
  return found;
}

function pushText(reading: Reading, field: string, found: { value: string; at: XmlAt } | undefined): void {
  if (found?.value) reading.texts.push({ field, text: found.value, location: locate(found.at) });
}

/** pain.001.001.09 writes InstrForDbtrAgt as text; later versions as {Cd, InstrInf}. */
function readDebtorAgentInstructions(at: XmlAt, reading: Reading): void {
  for (const instr of childrenAt(at, 'InstrForDbtrAgt')) {
    pushText(reading, 'InstrForDbtrAgt', instr.node.children.length === 0 ? { value: instr.node.text.trim(), at: instr } : textAt(instr, 'InstrInf'));
  }
}

/** Remittance information, instructions to agents and regulatory reporting: free text, plus invoicer/invoicee parties and reported countries. */
function readTransactionTexts(tx: XmlAt, reading: Reading): void {
  for (const rmt of childrenAt(tx, 'RmtInf')) {
    warnUnknownChildren(rmt, new Set(['Ustrd', 'Strd']), reading);
    for (const u of childrenAt(rmt, 'Ustrd')) pushText(reading, 'RmtInf/Ustrd', { value: u.node.text.trim(), at: u });
    for (const strd of childrenAt(rmt, 'Strd')) {
      warnUnknownChildren(strd, new Set(['RfrdDocInf', 'RfrdDocAmt', 'CdtrRefInf', 'Invcr', 'Invcee', 'TaxRmt', 'GrnshmtRmt', 'AddtlRmtInf']), reading);
      for (const a of childrenAt(strd, 'AddtlRmtInf')) pushText(reading, 'RmtInf/Strd/AddtlRmtInf', { value: a.node.text.trim(), at: a });
      readSlots(strd, [['Invcr', 'invoicer', 'party'], ['Invcee', 'invoicee', 'party']], reading);
    }
  }
  for (const element of ['InstrForCdtrAgt', 'InstrForNxtAgt']) {
    for (const instr of childrenAt(tx, element)) pushText(reading, `${element}/InstrInf`, textAt(instr, 'InstrInf'));
  }
  readDebtorAgentInstructions(tx, reading);
  for (const reporting of childrenAt(tx, 'RgltryRptg')) {
    for (const details of childrenAt(reporting, 'Dtls')) {
      const ctry = textAt(details, 'Ctry');
      const country = ctry && checkCountry(ctry.value, ctry.at.path, locate(ctry.at), reading.errors);
      if (ctry && country) reading.countries.push({ field: 'RgltryRptg/Dtls/Ctry', country, location: locate(ctry.at) });
      for (const inf of childrenAt(details, 'Inf')) pushText(reading, 'RgltryRptg/Dtls/Inf', { value: inf.node.text.trim(), at: inf });
    }
  }
}

function readGroupHeader(doc: XmlAt, slots: PartySlots, reading: Reading): string | undefined {
  const header = requireChild(doc, 'GrpHdr', reading, 'every message has a group header');
  if (!header) return undefined;
  warnUnknownChildren(header, knownSet(slots, GROUP_HEADER_OTHER), reading);
  readSlots(header, slots, reading);
  const settlement = childAt(header, 'SttlmInf');
  if (settlement) {
    warnUnknownChildren(settlement, new Set(SETTLEMENT_OTHER), reading);
    readSlots(settlement, SETTLEMENT_AGENTS, reading);
  }
  const id = textAt(header, 'MsgId');
  if (!id) reading.errors.push({ code: 'missing-field', field: 'MsgId', location: locate(header), message: `${header.path}/MsgId (line ${header.node.line}): MsgId is missing` });
  return id?.value;
}

/**
 * The creditor is optional in pain.001's schema (a cheque needs none), but a credit transfer
 * without one cannot be screened, so it is an error here.
 */
function readTransaction(tx: XmlAt, slots: PartySlots, reading: Reading): void {
  warnUnknownChildren(tx, knownSet(slots, TRANSACTION_OTHER), reading);
  requireChild(tx, 'Cdtr', reading, 'the creditor is mandatory for screening');
  readSlots(tx, slots, reading);
  readTransactionTexts(tx, reading);
}

function readPacs008(doc: XmlAt, reading: Reading): string | undefined {
  const id = readGroupHeader(doc, [['InstgAgt', 'instructingAgent', 'agent'], ['InstdAgt', 'instructedAgent', 'agent']], reading);
  warnUnknownChildren(doc, new Set(['GrpHdr', 'CdtTrfTxInf', 'SplmtryData']), reading);
  const transactions = childrenAt(doc, 'CdtTrfTxInf');
  if (transactions.length === 0) requireChild(doc, 'CdtTrfTxInf', reading, 'a pacs.008 carries at least one transaction');
  for (const tx of transactions) {
    for (const mandatory of ['Dbtr', 'DbtrAgt', 'CdtrAgt']) requireChild(tx, mandatory, reading, 'mandatory in pacs.008');
    readTransaction(tx, [...AGENT_CHAIN, ...DEBTOR_SIDE, ...CREDITOR_SIDE], reading);
  }
  return id;
}

function readPain001(doc: XmlAt, reading: Reading): string | undefined {
  const id = readGroupHeader(doc, [['InitgPty', 'initiatingParty', 'party'], ['FwdgAgt', 'forwardingAgent', 'agent']], reading);
  warnUnknownChildren(doc, new Set(['GrpHdr', 'PmtInf', 'SplmtryData']), reading);
  const blocks = childrenAt(doc, 'PmtInf');
  if (blocks.length === 0) requireChild(doc, 'PmtInf', reading, 'a pain.001 carries at least one payment information block');
  const debtorSide = DEBTOR_SIDE.filter(([e]) => e !== 'InitgPty');
  for (const block of blocks) {
    warnUnknownChildren(block, knownSet(debtorSide, PAYMENT_INFO_OTHER), reading);
    for (const mandatory of ['Dbtr', 'DbtrAcct', 'DbtrAgt']) requireChild(block, mandatory, reading, 'mandatory in pain.001');
    readSlots(block, debtorSide, reading);
    readDebtorAgentInstructions(block, reading);
    const transactions = childrenAt(block, 'CdtTrfTxInf');
    if (transactions.length === 0) requireChild(block, 'CdtTrfTxInf', reading, 'a payment information block carries at least one transaction');
    for (const tx of transactions) readTransaction(tx, [['UltmtDbtr', 'ultimateDebtor', 'party'], ...AGENT_CHAIN.filter(([e]) => e.startsWith('Intrmy')), ...CREDITOR_SIDE], reading);
  }
  return id;
}

/** The Document element: the root, or a child of an envelope that also holds the AppHdr. */
function findDocument(root: XmlAt): { document?: XmlAt; header?: XmlAt } {
  if (root.node.name === 'Document') return { document: root };
  const document = childAt(root, 'Document');
  const header = childAt(root, 'AppHdr');
  return { ...(document ? { document } : {}), ...(header ? { header } : {}) };
}

export function parseIso20022(text: string): PaymentParseResult {
  const parsed = parseXmlTree(text);
  if (!parsed.ok) return { ok: false, errors: [parsed.issue], warnings: [] };
  const { root: rootNode, namespaceOf } = parsed.tree;
  const root: XmlAt = { node: rootNode, path: `/${rootNode.name}` };
  const reading: Reading = { errors: [], warnings: [], parties: [], texts: [], countries: [] };
  const { document, header } = findDocument(root);
  if (!document) {
    const found = `<${rootNode.name}> in ${JSON.stringify(namespaceOf(rootNode))}`;
    return { ok: false, errors: [{ code: 'unknown-message-type', found, location: locate(root), message: `${root.path} (line ${rootNode.line}): ${found} is not an ISO 20022 Document; expected pacs.008 or pain.001` }], warnings: [] };
  }
  const namespace = namespaceOf(document.node);
  const match = NAMESPACE.exec(namespace);
  const format = match?.[2] as Exclude<PaymentFormat, 'mt103'> | undefined;
  const body = format ? childAt(document, ROOT_OF[format]) : undefined;
  if (!match || !format || !body) {
    const found = `${namespace || 'no namespace'} <${document.node.children[0]?.name ?? 'empty'}>`;
    return { ok: false, errors: [{ code: 'unknown-message-type', found, location: locate(document), message: `${document.path} (line ${document.node.line}): ${found} is not a message read here; expected pacs.008 (FIToFICstmrCdtTrf) or pain.001 (CstmrCdtTrfInitn)` }], warnings: [] };
  }
  if (header) {
    warnUnknownChildren(header, new Set(['CharSet', 'Fr', 'To', 'BizMsgIdr', 'MsgDefIdr', 'BizSvc', 'MktPrctc', 'CreDt', 'BizPrcgDt', 'CpyDplct', 'PssblDplct', 'Prty', 'Sgntr', 'Rltd']), reading);
    for (const [element, role] of [['Fr', 'sender'], ['To', 'receiver']] as const) {
      const fi = childAt(header, element);
      const id = fi && childAt(fi, 'FIId');
      if (id) reading.parties.push(readIsoAgent(id, role, reading));
    }
  }
  const messageId = format === 'pacs.008' ? readPacs008(body, reading) : readPain001(body, reading);
  const { errors, warnings, parties, texts, countries } = reading;
  if (errors.length > 0 || messageId === undefined) return { ok: false, errors, warnings };
  const message: PaymentMessage = { format, messageType: match[1]!, messageId, parties, texts, countries };
  return { ok: true, message, warnings };
}
