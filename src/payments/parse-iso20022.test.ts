import { describe, expect, it } from 'vitest';
import { errorsOf, parseValid as parsed, paymentFixture } from '../../test/payment-fixtures.js';
import { parsePaymentMessage } from './parse-payment.js';

const pacs008 = paymentFixture('pacs008-concord.xml');
const pain001 = paymentFixture('pain001-kwangson.xml');

describe('pacs.008', () => {
  const { message, warnings } = parsed(pacs008);

  it('reads the message type, id and every party in document order, with roles and schemata', () => {
    expect(message).toMatchObject({ format: 'pacs.008', messageType: 'pacs.008.001.08', messageId: 'COBA20240612-000417' });
    expect(message.parties.map((p) => [p.role, p.schema, p.name ?? p.bic])).toEqual([
      ['instructingAgent', 'Organization', 'COBADEFFXXX'],
      ['instructedAgent', 'Organization', 'CHASUS33XXX'],
      ['intermediaryAgent1', 'Organization', 'JPMorgan Chase Bank, N.A.'],
      ['ultimateDebtor', 'Person', 'Katharina Vogel'],
      ['debtor', 'Organization', 'Hoffmann Werkzeugbau GmbH'],
      ['debtorAgent', 'Organization', 'COBADEFFXXX'],
      ['creditorAgent', 'Organization', 'AO Raiffeisenbank'],
      ['creditor', 'LegalEntity', 'Concord Management and Consulting LLC'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('keeps address, country, account, LEI and birth data with the path and line of each', () => {
    const creditor = message.parties.find((p) => p.role === 'creditor')!;
    expect(creditor).toMatchObject({
      addressLines: ['Naberezhnaya Martynova 4', 'Saint Petersburg'],
      country: 'ru',
      account: '40702810900000004417',
      location: { kind: 'xml', path: '/Document/FIToFICstmrCdtTrf/CdtTrfTxInf/Cdtr', line: 80 },
    });
    expect(creditor.fields.name).toEqual({ kind: 'xml', path: '/Document/FIToFICstmrCdtTrf/CdtTrfTxInf/Cdtr/Nm', line: 81 });
    expect(creditor.fields.country).toEqual({ kind: 'xml', path: '/Document/FIToFICstmrCdtTrf/CdtTrfTxInf/Cdtr/PstlAdr/Ctry', line: 86 });
    const debtor = message.parties.find((p) => p.role === 'debtor')!;
    expect(debtor).toMatchObject({ lei: '529900HNOAA1KXQJUQ27', account: 'DE89370400440532013000', country: 'de' });
    expect(message.parties.find((p) => p.role === 'ultimateDebtor')).toMatchObject({ birthDate: '1979-03-14', birthPlace: 'Stuttgart', birthCountry: 'de' });
    expect(message.texts).toEqual([
      { field: 'RmtInf/Ustrd', text: 'Invoice 2024-117 catering equipment', location: { kind: 'xml', path: '/Document/FIToFICstmrCdtTrf/CdtTrfTxInf/RmtInf/Ustrd', line: 97 } },
    ]);
  });

  it('names the line of XML that is cut short or not well-formed', () => {
    const cut = errorsOf(parsePaymentMessage(pacs008.slice(0, pacs008.indexOf('<Cdtr>'))));
    expect(cut).toEqual([{ code: 'not-xml', line: 80, column: 6, message: 'not well-formed XML at line 80, column 6: unclosed tag: CdtTrfTxInf' }]);
    const broken = errorsOf(parsePaymentMessage(pacs008.replace('<Nm>Hoffmann Werkzeugbau GmbH</Nm>', '<Nm>Hoffmann Werkzeugbau GmbH</Name>')));
    expect(broken).toMatchObject([{ code: 'not-xml', line: 50 }]);
  });

  it('refuses a message without a creditor, naming the transaction and line', () => {
    const noCreditor = pacs008.replace(/<Cdtr>[\s\S]*?<\/Cdtr>/, '');
    expect(errorsOf(parsePaymentMessage(noCreditor))).toEqual([
      expect.objectContaining({ code: 'missing-field', field: 'Cdtr', message: '/Document/FIToFICstmrCdtTrf/CdtTrfTxInf (line 12): Cdtr is missing (the creditor is mandatory for screening)' }),
    ]);
  });

  it('refuses a bad BIC and a bad country code, naming the element', () => {
    const errors = errorsOf(parsePaymentMessage(pacs008.replace('<BICFI>RZBMRUMMXXX</BICFI>', '<BICFI>RZBM-RUMM</BICFI>').replace('<Ctry>RU</Ctry>', '<Ctry>Russia</Ctry>')));
    expect(errors.map((e) => [e.code, e.message])).toEqual([
      ['bad-value', '/Document/FIToFICstmrCdtTrf/CdtTrfTxInf/CdtrAgt/FinInstnId/BICFI (line 76): /Document/FIToFICstmrCdtTrf/CdtTrfTxInf/CdtrAgt/FinInstnId/BICFI "RZBM-RUMM" is not a BIC (8 or 11 letters and digits: bank, ISO country, location, optional branch)'],
      ['bad-value', expect.stringMatching(/Cdtr\/PstlAdr\/Ctry \(line 86\): .* "Russia" is not an ISO 3166 two-letter country code/)],
    ]);
  });

  it('refuses other ISO 20022 messages and XML that is no ISO 20022 document', () => {
    const pacs009 = pacs008.replace('pacs.008.001.08', 'pacs.009.001.08').replaceAll('FIToFICstmrCdtTrf', 'FICdtTrf');
    expect(errorsOf(parsePaymentMessage(pacs009))).toMatchObject([{ code: 'unknown-message-type', found: 'urn:iso:std:iso:20022:tech:xsd:pacs.009.001.08 <FICdtTrf>' }]);
    expect(errorsOf(parsePaymentMessage('<html><body>hello</body></html>'))).toMatchObject([{ code: 'unknown-message-type', message: expect.stringMatching(/<html> .* is not an ISO 20022 Document/) }]);
  });

  it('warns of elements it does not read instead of dropping them quietly', () => {
    const withTax = pacs008.replace('<RmtInf>', '<Tax><Cdtr><TaxId>7811636632</TaxId></Cdtr></Tax>\n      <RmtInf>');
    const result = parsed(withTax);
    expect(result.warnings).toMatchObject([{ code: 'unknown-field', field: 'Tax', location: { path: '/Document/FIToFICstmrCdtTrf/CdtTrfTxInf/Tax', line: 96 } }]);
  });

  it('reads a message wrapped with its business application header, sender and receiver included', () => {
    const header = '<AppHdr xmlns="urn:iso:std:iso:20022:tech:xsd:head.001.001.02"><Fr><FIId><FinInstnId><BICFI>COBADEFFXXX</BICFI></FinInstnId></FIId></Fr><To><FIId><FinInstnId><BICFI>CHASUS33XXX</BICFI></FinInstnId></FIId></To><BizMsgIdr>COBA20240612-000417</BizMsgIdr><MsgDefIdr>pacs.008.001.08</MsgDefIdr><CreDt>2024-06-12T07:41:22Z</CreDt></AppHdr>';
    const wrapped = `<Envelope>${header}${pacs008.replace(/^<\?xml[^>]*>\s*/, '')}</Envelope>`;
    const result = parsed(wrapped);
    expect(result.message.parties.slice(0, 2).map((p) => [p.role, p.bic])).toEqual([['sender', 'COBADEFFXXX'], ['receiver', 'CHASUS33XXX']]);
    expect(result.message.parties.find((p) => p.role === 'creditor')?.location).toMatchObject({ path: '/Envelope/Document/FIToFICstmrCdtTrf/CdtTrfTxInf/Cdtr' });
  });
});

describe('pain.001', () => {
  const { message, warnings } = parsed(pain001);

  it('reads the initiating party, the debtor side once and each transaction with an indexed path', () => {
    expect(message).toMatchObject({ format: 'pain.001', messageType: 'pain.001.001.09', messageId: 'NLH-PAIN-20240918-03' });
    expect(message.parties.map((p) => `${p.role} ${p.location.kind === 'xml' ? p.location.path : ''}`)).toEqual([
      'initiatingParty /Document/CstmrCdtTrfInitn/GrpHdr/InitgPty',
      'debtor /Document/CstmrCdtTrfInitn/PmtInf/Dbtr',
      'debtorAgent /Document/CstmrCdtTrfInitn/PmtInf/DbtrAgt',
      'creditorAgent /Document/CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf[1]/CdtrAgt',
      'creditor /Document/CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf[1]/Cdtr',
      'creditorAgent /Document/CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf[2]/CdtrAgt',
      'creditor /Document/CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf[2]/Cdtr',
    ]);
    expect(message.parties[0]).toMatchObject({ schema: 'Organization', identifiers: [{ scheme: 'TXID', value: 'CHE-109.322.551' }] });
    expect(message.parties[5]).toMatchObject({ name: 'Korea Kwangson Banking Corporation', schema: 'Organization', country: 'kp', addressLines: ['Pyongyang'] });
    expect(message.texts.map((t) => t.text)).toEqual(['Order 5521 corrugated boxes', 'Cotton yarn lot 77, contract ST-2024-19']);
    expect(warnings).toEqual([]);
  });

  it('refuses a transaction without a creditor and a payment block without its debtor', () => {
    const errors = errorsOf(parsePaymentMessage(pain001.replace(/<Cdtr>\s*<Nm>Sunrise[\s\S]*?<\/Cdtr>/, '').replace(/<Dbtr>[\s\S]*?<\/Dbtr>/, '')));
    expect(errors.map((e) => e.message)).toEqual([
      '/Document/CstmrCdtTrfInitn/PmtInf (line 23): Dbtr is missing (mandatory in pain.001)',
      '/Document/CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf[2] (line 70): Cdtr is missing (the creditor is mandatory for screening)',
    ]);
  });

  it('refuses a party with nothing to screen it by', () => {
    const errors = errorsOf(parsePaymentMessage(pain001.replace('<Nm>Fjordline Packaging ApS</Nm>', '')));
    expect(errors).toMatchObject([{ code: 'missing-field', message: '/Document/CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf[1]/Cdtr (line 63): Cdtr has no name, BIC or identifier to screen' }]);
  });
});

describe('any message', () => {
  it('says what it expected of text that is no payment message', () => {
    expect(errorsOf(parsePaymentMessage('  '))).toMatchObject([{ code: 'empty' }]);
    expect(errorsOf(parsePaymentMessage('Dear team, please pay the invoice.'))).toMatchObject([{ code: 'unknown-format', message: expect.stringMatching(/expected ISO 20022 XML .* or SWIFT MT103/) }]);
  });
});
