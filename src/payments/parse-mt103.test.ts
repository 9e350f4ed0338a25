import { describe, expect, it } from 'vitest';
import { errorsOf, parseValid as parsed, paymentFixture } from '../../test/payment-fixtures.js';
import { parsePaymentMessage } from './parse-payment.js';

const mt103 = paymentFixture('mt103-vtb.txt');

/** Block 4 fields of a small MT103, for variants written in the test. */
const fields = (...lines: string[]): string => [':20:REF-7', ':23B:CRED', ':32A:240612EUR100,00', ...lines, ':71A:SHA'].join('\n');

describe('MT103', () => {
  const { message, warnings } = parsed(mt103);

  it('reads sender and receiver from the headers and every party field by its option', () => {
    expect(message).toMatchObject({ format: 'mt103', messageType: 'MT103', messageId: 'ALPB240612A' });
    expect(message.parties.map((p) => [p.role, p.schema, p.location.kind === 'mt' ? `${p.location.tag}${p.location.line}` : '', p.name ?? p.bic])).toEqual([
      ['sender', 'Organization', '{1:1', 'BKAUATWWXXX'],
      ['receiver', 'Organization', '{2:1', 'SOGEFRPPXXX'],
      ['debtor', 'LegalEntity', ':50K:5', 'ALPENBLICK HOLZBAU GMBH'],
      ['orderingInstitution', 'Organization', ':52A:9', 'BKAUATWW'],
      ['creditorAgent', 'Organization', ':57A:10', 'VTBRRUMM'],
      ['creditor', 'LegalEntity', ':59:11', 'OOO SEVERNYI LES'],
    ]);
    expect(message.parties[2]).toMatchObject({ account: 'AT611904300234573201', addressLines: ['SEESTRASSE 12', '6900 BREGENZ'], fields: { name: { kind: 'mt', tag: ':50K:', line: 6 } } });
    expect(warnings).toEqual([]);
  });

  it('keeps the free-text fields and the residence countries of :77B:', () => {
    expect(message.texts.map((t) => [t.field, t.text, t.location.line])).toEqual([
      [':70:', '/INV/2024-0611 SAWN TIMBER\nDELIVERY JUNE', 15],
      [':77B:', '/BENEFRES/RU//', 18],
    ]);
    expect(message.countries).toEqual([{ field: ':77B: /BENEFRES/', country: 'ru', location: { kind: 'mt', tag: ':77B:', line: 18 } }]);
  });

  it('reads structured 50F and 59F lines: name, address, country and town, birth date and place, national id', () => {
    const text = fields(
      ':50F:/DE44500105175407324931',
      '1/MUELLER, ANNA',
      '2/HAUPTSTRASSE 5',
      '3/DE/MUENCHEN',
      '4/19800521',
      '5/AT/GRAZ',
      '7/DE/L01X00T47',
      ':59F:/GB29NWBK60161331926819',
      '1/NORTHWIND LOGISTICS',
      '1/LIMITED',
      '3/GB/LEEDS',
    );
    const [debtor, creditor] = parsed(text).message.parties;
    expect(debtor).toMatchObject({
      role: 'debtor', schema: 'Person', name: 'MUELLER, ANNA', account: 'DE44500105175407324931', addressLines: ['HAUPTSTRASSE 5', 'MUENCHEN'],
      country: 'de', birthDate: '1980-05-21', birthCountry: 'at', birthPlace: 'GRAZ', identifiers: [{ scheme: 'NIDN', value: 'L01X00T47', issuer: 'DE' }],
      fields: { birthDate: { tag: ':50F:', line: 8 } },
    });
    expect(creditor).toMatchObject({ role: 'creditor', schema: 'LegalEntity', name: 'NORTHWIND LOGISTICS LIMITED', country: 'gb', addressLines: ['LEEDS'] });
  });

  it('reads a message given as block 4 alone', () => {
    const result = parsed(fields(':50K:ACME TRADING LTD', ':59:/123456', 'BLUE RIVER FARMS'));
    expect(result.message.parties.map((p) => [p.role, p.name])).toEqual([['debtor', 'ACME TRADING LTD'], ['creditor', 'BLUE RIVER FARMS']]);
  });

  it('refuses a message without :59:, naming the field', () => {
    const errors = errorsOf(parsePaymentMessage(mt103.replace(/:59:[^:]*(?=:70:)/, '')));
    expect(errors).toEqual([{ code: 'missing-field', field: ':59:', location: { kind: 'mt', tag: ':59:', line: 14 }, message: ':59: (the beneficiary customer) is missing from block 4' }]);
  });

  it('refuses an unclosed block, naming the block and its line', () => {
    expect(errorsOf(parsePaymentMessage(mt103.replace('\r\n-}', '')))).toEqual([
      { code: 'mt-block-not-closed', block: '{4:', line: 1, message: 'line 1: block {4: is not closed by a line "-}"' },
    ]);
    expect(errorsOf(parsePaymentMessage('{1:F01BKAUATWWAXXX0612000417{2:I103SOGEFRPPXXXXN}'))).toMatchObject([{ code: 'mt-block-not-closed', block: '{1:' }]);
  });

  it('refuses a bad BIC and an option the field does not have', () => {
    const errors = errorsOf(parsePaymentMessage(mt103.replace(':57A:VTBRRUMM', ':57A:VTB BANK').replace(':52A:BKAUATWW', ':52B:BKAUATWW')));
    expect(errors.map((e) => e.message)).toEqual([
      ':52B: (line 9): option "B" is not allowed for :52a: in MT103 (use A, D)',
      ':57A: (line 10): :57A: "VTB BANK" is not a BIC (8 or 11 letters and digits: bank, ISO country, location, optional branch)',
    ]);
  });

  it('refuses other MT messages, and warns of fields MT103 does not have', () => {
    expect(errorsOf(parsePaymentMessage(mt103.replace('{2:I103', '{2:I202')))).toMatchObject([{ code: 'unknown-message-type', found: 'MT202' }]);
    const result = parsed(fields(':50K:ACME TRADING LTD', ':59:BLUE RIVER FARMS', ':21:RELATED-REF'));
    expect(result.warnings).toEqual([
      { code: 'unknown-field', field: ':21:', location: { kind: 'mt', tag: ':21:', line: 6 }, message: ':21: (line 6): not a field of MT103, so it is not screened' },
    ]);
  });

  it('refuses text before the first field and a basic header that is no header', () => {
    expect(errorsOf(parsePaymentMessage(mt103.replace(':20:ALPB240612A', 'HELLO\r\n:20:ALPB240612A')))).toMatchObject([{ code: 'mt-syntax', line: 2 }]);
    expect(errorsOf(parsePaymentMessage(mt103.replace('{1:F01BKAUATWWAXXX0612000417}', '{1:F01BKAU}')))).toMatchObject([{ code: 'mt-syntax', message: expect.stringMatching(/block \{1: "F01BKAU" is not F01/) }]);
  });
});
