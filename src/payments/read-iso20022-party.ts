import { checkBic, checkCountry, checkLei } from './check-values.js';
import type { PartyRole, PartySchema, PaymentParty } from './types.js';
import { childAt, childrenAt, locate, textAt, warnUnknownChildren, type IssueSink, type XmlAt } from './xml-cursor.js';

/**
 * Reads the ISO 20022 party shapes that pacs.008 and pain.001 share: a party
 * (PartyIdentification135: name, postal address, organisation or private id), a financial
 * institution (BranchAndFinancialInstitutionIdentification6) and a cash account (CashAccount38).
 * @module
 */

const ADDRESS_ELEMENTS = new Set(['AdrTp', 'Dept', 'SubDept', 'StrtNm', 'BldgNb', 'BldgNm', 'Flr', 'PstBx', 'Room', 'PstCd', 'TwnNm', 'TwnLctnNm', 'DstrctNm', 'CtrySubDvsn', 'Ctry', 'AdrLine']);
/** Structured address parts, joined into lines in the order an envelope shows them. */
const ADDRESS_LINES = [['Dept', 'SubDept'], ['StrtNm', 'BldgNb', 'BldgNm', 'Flr', 'Room'], ['PstBx'], ['PstCd', 'TwnNm', 'TwnLctnNm', 'DstrctNm'], ['CtrySubDvsn']];
const PARTY_ELEMENTS = new Set(['Nm', 'PstlAdr', 'Id', 'CtryOfRes', 'CtctDtls']);
const AGENT_ELEMENTS = new Set(['FinInstnId']);
const FIN_INSTN_ELEMENTS = new Set(['BICFI', 'ClrSysMmbId', 'LEI', 'Nm', 'PstlAdr', 'Othr']);

function emptyParty(role: PartyRole, at: XmlAt, schema: PartySchema): PaymentParty {
  return { role, location: locate(at), schema, addressLines: [], identifiers: [], fields: {} };
}

function readAddress(at: XmlAt, party: PaymentParty, sink: IssueSink): void {
  warnUnknownChildren(at, ADDRESS_ELEMENTS, sink);
  for (const parts of ADDRESS_LINES) {
    const line = parts.map((p) => textAt(at, p)?.value).filter((v) => v !== undefined).join(' ');
    if (line) party.addressLines.push(line);
  }
  for (const line of childrenAt(at, 'AdrLine')) {
    const text = line.node.text.trim();
    if (text) party.addressLines.push(text);
  }
  if (party.addressLines.length > 0) party.fields.address = locate(at);
  const ctry = textAt(at, 'Ctry');
  if (ctry) {
    const country = checkCountry(ctry.value, `${at.path}/Ctry`, locate(ctry.at), sink.errors);
    if (country) {
      party.country = country;
      party.fields.country = locate(ctry.at);
    }
  }
}

/** `Othr` identifiers: `{Id, SchmeNm: {Cd | Prtry}, Issr}`. */
function readOtherIds(at: XmlAt, party: PaymentParty): void {
  for (const other of childrenAt(at, 'Othr')) {
    const id = textAt(other, 'Id');
    if (!id) continue;
    const scheme = childAt(other, 'SchmeNm');
    const issuer = textAt(other, 'Issr')?.value;
    party.identifiers.push({
      scheme: (scheme && (textAt(scheme, 'Cd') ?? textAt(scheme, 'Prtry'))?.value) ?? 'other',
      value: id.value,
      ...(issuer ? { issuer } : {}),
      location: locate(id.at),
    });
  }
}

function readOrgId(at: XmlAt, party: PaymentParty, sink: IssueSink): void {
  warnUnknownChildren(at, new Set(['AnyBIC', 'LEI', 'Othr']), sink);
  const bic = textAt(at, 'AnyBIC');
  if (bic) setBic(party, bic, sink);
  const lei = textAt(at, 'LEI');
  if (lei) setLei(party, lei, sink);
  readOtherIds(at, party);
}

function readPrivateId(at: XmlAt, party: PaymentParty, sink: IssueSink): void {
  warnUnknownChildren(at, new Set(['DtAndPlcOfBirth', 'Othr']), sink);
  const birth = childAt(at, 'DtAndPlcOfBirth');
  if (birth) {
    warnUnknownChildren(birth, new Set(['BirthDt', 'PrvcOfBirth', 'CityOfBirth', 'CtryOfBirth']), sink);
    const date = textAt(birth, 'BirthDt');
    if (date) {
      party.birthDate = date.value;
      party.fields.birthDate = locate(date.at);
    }
    const place = [textAt(birth, 'CityOfBirth')?.value, textAt(birth, 'PrvcOfBirth')?.value].filter((v) => v !== undefined).join(', ');
    if (place) {
      party.birthPlace = place;
      party.fields.birthPlace = locate(birth);
    }
    const ctry = textAt(birth, 'CtryOfBirth');
    const country = ctry && checkCountry(ctry.value, `${birth.path}/CtryOfBirth`, locate(ctry.at), sink.errors);
    if (ctry && country) {
      party.birthCountry = country;
      party.fields.birthCountry = locate(ctry.at);
    }
  }
  readOtherIds(at, party);
}

function setBic(party: PaymentParty, bic: { value: string; at: XmlAt }, sink: IssueSink): void {
  const value = checkBic(bic.value, bic.at.path, locate(bic.at), sink.errors);
  if (value) {
    party.bic = value;
    party.fields.bic = locate(bic.at);
  }
}

function setLei(party: PaymentParty, lei: { value: string; at: XmlAt }, sink: IssueSink): void {
  const value = checkLei(lei.value, lei.at.path, locate(lei.at), sink.errors);
  if (value) {
    party.lei = value;
    party.fields.lei = locate(lei.at);
  }
}

function setName(party: PaymentParty, at: XmlAt): void {
  const name = textAt(at, 'Nm');
  if (name) {
    party.name = name.value;
    party.fields.name = locate(name.at);
  }
}

/** A debtor, creditor, ultimate party, initiating party or invoicer: a private id makes a Person, an organisation id an Organization. */
export function readIsoParty(at: XmlAt, role: PartyRole, sink: IssueSink): PaymentParty {
  warnUnknownChildren(at, PARTY_ELEMENTS, sink);
  const id = childAt(at, 'Id');
  const orgId = id && childAt(id, 'OrgId');
  const privateId = id && childAt(id, 'PrvtId');
  // Without an id, a party's name alone does not say whether it is a person or a company.
  const party = emptyParty(role, at, privateId ? 'Person' : orgId ? 'Organization' : 'LegalEntity');
  setName(party, at);
  const address = childAt(at, 'PstlAdr');
  if (address) readAddress(address, party, sink);
  if (id) warnUnknownChildren(id, new Set(['OrgId', 'PrvtId']), sink);
  if (orgId) readOrgId(orgId, party, sink);
  if (privateId) readPrivateId(privateId, party, sink);
  const residence = textAt(at, 'CtryOfRes');
  const country = residence && checkCountry(residence.value, residence.at.path, locate(residence.at), sink.errors);
  if (residence && country) {
    party.countryOfResidence = country;
    party.fields.countryOfResidence = locate(residence.at);
  }
  return party;
}

/** A bank (agent): always an Organization, found by BIC, LEI, clearing member id or name. */
export function readIsoAgent(at: XmlAt, role: PartyRole, sink: IssueSink): PaymentParty {
  warnUnknownChildren(at, AGENT_ELEMENTS, sink);
  const party = emptyParty(role, at, 'Organization');
  const fin = childAt(at, 'FinInstnId');
  if (!fin) return party;
  warnUnknownChildren(fin, FIN_INSTN_ELEMENTS, sink);
  const bic = textAt(fin, 'BICFI');
  if (bic) setBic(party, bic, sink);
  const lei = textAt(fin, 'LEI');
  if (lei) setLei(party, lei, sink);
  setName(party, fin);
  const address = childAt(fin, 'PstlAdr');
  if (address) readAddress(address, party, sink);
  const member = childAt(fin, 'ClrSysMmbId');
  const memberId = member && textAt(member, 'MmbId');
  if (member && memberId) {
    const system = childAt(member, 'ClrSysId');
    const scheme = (system && (textAt(system, 'Cd') ?? textAt(system, 'Prtry'))?.value) ?? 'clearing';
    party.identifiers.push({ scheme, value: memberId.value, location: locate(memberId.at) });
  }
  readOtherIds(fin, party);
  return party;
}

/** A cash account (CashAccount38): the IBAN or other id goes to the party; its name is kept as another name. */
export function readIsoAccount(at: XmlAt, party: PaymentParty, sink: IssueSink): void {
  warnUnknownChildren(at, new Set(['Id', 'Tp', 'Ccy', 'Nm', 'Prxy']), sink);
  const id = childAt(at, 'Id');
  const other = id && childAt(id, 'Othr');
  const value = id && (textAt(id, 'IBAN') ?? (other && textAt(other, 'Id')));
  if (value) {
    party.account = value.value;
    party.fields.account = locate(value.at);
  }
  const name = textAt(at, 'Nm');
  if (name) party.identifiers.push({ scheme: 'accountName', value: name.value, location: locate(name.at) });
}

/** Whether a party carries anything to screen it by. */
export function hasScreenableValue(party: PaymentParty): boolean {
  return party.name !== undefined || party.bic !== undefined || party.lei !== undefined || party.identifiers.length > 0;
}
