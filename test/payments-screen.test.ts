import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenPayment, type PaymentScreening } from '../src/payments/index.js';
import { phraseIndexFor, scanText } from '../src/scan/index.js';
import { loadApiFixture, postJson, type ApiFixture } from './api-app.js';
import { PAYMENT_FIXTURES, parseValid, paymentFixture as fixture } from './payment-fixtures.js';
import { PROJECT_ROOT, runCli } from './run-cli.js';

/**
 * Payment messages written for the purpose, each with one party that is on the real lists and
 * innocent others: pacs.008 pays Concord Management and Consulting (Prigozhin's company, OFAC
 * 22526), pain.001 pays through Korea Kwangson Banking Corporation (UN KPe.025, OFAC 11581) in
 * Pyongyang, and the MT103 pays through VTB Bank, named only by its BIC VTBRRUMM (OFAC 17013).
 */
const fixturePath = (name: string): string => join(PAYMENT_FIXTURES, name);

const matchedIds = (results: { match: boolean; entity: { id: string } }[]): string[] => results.filter((r) => r.match).map((r) => r.entity.id);
const partiesWithMatches = (s: PaymentScreening): string[] => s.parties.filter((p) => p.match).map((p) => p.role);

describe('payment screening against every real list', () => {
  let api: ApiFixture;
  let screen: (text: string) => PaymentScreening;
  beforeAll(async () => {
    api = await loadApiFixture();
    const matcher = api.ctx.matcher.require();
    const index = await phraseIndexFor(matcher, () => api.ctx.store.entities());
    screen = (text) => screenPayment(matcher, parseValid(text).message, { scanText: (t) => scanText(index, t, { threshold: matcher.defaultThreshold }) });
  });

  it('pacs.008: finds Concord Management and Consulting as the creditor, and nobody else', () => {
    const screening = screen(fixture('pacs008-concord.xml'));
    expect(partiesWithMatches(screening)).toEqual(['creditor']);
    const creditor = screening.parties.find((p) => p.role === 'creditor')!;
    expect(matchedIds(creditor.results)).toEqual(['ofac-22526']);
    expect(creditor.results[0]?.entity.caption).toBe('LIMITED LIABILITY COMPANY CONCORD MANAGEMENT AND CONSULTING');
    expect(creditor.query).toEqual({ schema: 'LegalEntity', properties: { name: ['Concord Management and Consulting LLC'], country: ['ru'] } });
    expect(creditor.fields.name).toEqual({ kind: 'xml', path: '/Document/FIToFICstmrCdtTrf/CdtTrfTxInf/Cdtr/Nm', line: 81 });
    // The person with her birth date is screened as a Person, and is not the listed Katerina Tikhonova.
    const ultimate = screening.parties.find((p) => p.role === 'ultimateDebtor')!;
    expect(ultimate.query).toEqual({ schema: 'Person', properties: { name: ['Katharina Vogel'], birthDate: ['1979-03-14'] } });
    expect(ultimate.match).toBe(false);
    // "catering" in the remittance text is not Concord Catering.
    expect(screening.texts.map((t) => [t.field, t.match])).toEqual([['RmtInf/Ustrd', false]]);
    expect(screening.countries).toEqual([]);
    expect(screening.hitCount).toBe(1);
  });

  it('pain.001: finds Korea Kwangson Banking Corporation as the second creditor agent, on the UN, OFAC, EU and UK lists, and North Korea as a jurisdiction', () => {
    const screening = screen(fixture('pain001-kwangson.xml'));
    const hits = screening.parties.filter((p) => p.match);
    expect(hits.map((p) => [p.role, p.location.kind === 'xml' ? p.location.path : ''])).toEqual([['creditorAgent', '/Document/CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf[2]/CdtrAgt']]);
    expect(matchedIds(hits[0]!.results)).toEqual(expect.arrayContaining(['ofac-11581', 'un-KPe.025', 'eu-32017R1509-XIII.B-25', 'gb-DPR0155']));
    expect(hits[0]!.schema).toBe('Organization');
    expect(screening.countries).toEqual([
      {
        role: 'creditorAgent', field: 'country', country: 'kp',
        location: { kind: 'xml', path: '/Document/CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf[2]/CdtrAgt/FinInstnId/PstlAdr/Ctry', line: 91 },
        programs: expect.arrayContaining([{ code: 'DPRK', authority: 'us-ofac', title: expect.any(String), comprehensive: true }]),
      },
    ]);
    // The Danish packaging firm, the Swiss debtor and the Chinese textile firm are not listed.
    for (const role of ['initiatingParty', 'debtor', 'debtorAgent', 'creditor']) {
      for (const party of screening.parties.filter((p) => p.role === role)) expect(party.match).toBe(false);
    }
    expect(screening.texts.filter((t) => t.match)).toEqual([]);
  });

  it('MT103: finds VTB Bank by the BIC of field 57A, and nobody else', () => {
    const screening = screen(fixture('mt103-vtb.txt'));
    expect(partiesWithMatches(screening)).toEqual(['creditorAgent']);
    const agent = screening.parties.find((p) => p.role === 'creditorAgent')!;
    expect(agent.location).toEqual({ kind: 'mt', tag: ':57A:', line: 10 });
    expect(agent.query).toEqual({ schema: 'Organization', properties: { swiftBic: ['VTBRRUMM'] } });
    expect(matchedIds(agent.results)).toEqual(['ofac-17013']);
    expect(agent.results[0]?.explanations.map((e) => [e.feature, e.queryValue, e.listedValue])).toEqual([['identifier', 'VTBRRUMM', 'VTBRRUMM']]);
    expect(screening.texts.map((t) => [t.field, t.match])).toEqual([[':70:', false], [':77B:', false]]);
    expect(screening.countries).toEqual([]);
  });

  it('pacs.008 in Russian: finds Prigozhin written in Cyrillic as a Person creditor, Iran in the regulatory report, and PMC Wagner and Iran in free text', () => {
    const russian = fixture('pacs008-concord.xml')
      .replace(
        '<Nm>Concord Management and Consulting LLC</Nm>',
        '<Nm>Пригожин Евгений Викторович</Nm><Id><PrvtId><DtAndPlcOfBirth><BirthDt>1961-06-01</BirthDt><CityOfBirth>Ленинград</CityOfBirth><CtryOfBirth>RU</CtryOfBirth></DtAndPlcOfBirth></PrvtId></Id>',
      )
      .replace('<Ustrd>Invoice 2024-117 catering equipment</Ustrd>', '<Ustrd>Payment for PMC Wagner services</Ustrd>')
      .replace('<RmtInf>', '<RgltryRptg><Dtls><Ctry>IR</Ctry><Inf>Goods of Iranian origin</Inf></Dtls></RgltryRptg><RmtInf>');
    const screening = screen(russian);
    const creditor = screening.parties.find((p) => p.role === 'creditor')!;
    expect(creditor.query).toEqual({ schema: 'Person', properties: { name: ['Пригожин Евгений Викторович'], birthDate: ['1961-06-01'], country: ['ru'] } });
    expect(matchedIds(creditor.results)).toEqual(expect.arrayContaining(['ofac-21171', 'gb-LIB0071', 'eu-32014R0269-I.PERSONS-234']));
    expect(partiesWithMatches(screening)).toEqual(['creditor']);
    const texts = Object.fromEntries(screening.texts.map((t) => [t.field, t]));
    expect(texts['RmtInf/Ustrd']?.mentions.map((m) => [m.text, m.entity.id])).toEqual(expect.arrayContaining([['PMC Wagner', 'gb-RUS1090'], ['PMC Wagner', 'ofac-22543']]));
    expect(texts['RmtInf/Ustrd']?.mentions[0]).toMatchObject({ start: 12, end: 22 });
    expect(texts['RgltryRptg/Dtls/Inf']).toMatchObject({ match: true, mentions: [], jurisdictions: [{ code: 'ir', mentions: [{ text: 'Iranian' }] }] });
    expect(screening.countries).toEqual([
      { field: 'RgltryRptg/Dtls/Ctry', country: 'ir', location: { kind: 'xml', path: '/Document/FIToFICstmrCdtTrf/CdtTrfTxInf/RgltryRptg/Dtls/Ctry', line: 96 }, programs: expect.arrayContaining([expect.objectContaining({ authority: 'us-ofac', code: 'IRAN', comprehensive: true }), expect.objectContaining({ code: 'IFSR', comprehensive: false })]) },
    ]);
  });

  it('MT103: reads a sanctioned country written in an unstructured address, and no other', () => {
    const tehran = fixture('mt103-vtb.txt').replace('ARKHANGELSK', 'TEHRAN, IRAN').replace('6900 BREGENZ', '6900 BREGENZ, AUSTRIA');
    expect(screen(tehran).countries).toEqual([
      { role: 'creditor', field: 'address', country: 'ir', location: { kind: 'mt', tag: ':59:', line: 13 }, programs: expect.arrayContaining([expect.objectContaining({ authority: 'us-ofac', code: 'IRAN' })]) },
    ]);
  });

  it("MT103: a beneficiary's name cut at the line's 35 characters finds the listed body it is the start of", () => {
    const cut = fixture('mt103-vtb.txt').replace('OOO SEVERNYI LES', 'MAIN COMPUTING CENTER OF THE GENERA');
    const creditor = screen(cut).parties.find((p) => p.role === 'creditor')!;
    expect(creditor.match).toBe(true);
    expect(creditor.results[0]?.entity.caption).toBe('Main Computing Center of the General Staff (GVC)');
    expect(creditor.results[0]?.explanations[0]?.detail).toMatch(/cut short/);
  });

  it("MT103: a beneficiary's name that goes on in the field's next line is read whole, and the lines apart", () => {
    // Its first 35 characters are descriptors, the start of hundreds of names: only the run-on name says which.
    const wrapped = fixture('mt103-vtb.txt').replace('OOO SEVERNYI LES', 'JSC RESEARCH AND PRODUCTION CORPORA\nTION URALVAGONZAVOD');
    const creditor = screen(wrapped).parties.find((p) => p.role === 'creditor')!;
    expect(creditor.query.properties['name']).toEqual([
      'JSC RESEARCH AND PRODUCTION CORPORA',
      'JSC RESEARCH AND PRODUCTION CORPORATION URALVAGONZAVOD',
      'JSC RESEARCH AND PRODUCTION CORPORA TION URALVAGONZAVOD',
    ]);
    expect(creditor.match).toBe(true);
    expect(matchedIds(creditor.results)).toEqual(expect.arrayContaining(['eu-32014R0269-I.ENTITIES-64', 'gb-RUS0241']));
    // A short name line is whole: its next line is the address.
    const short = screen(fixture('mt103-vtb.txt')).parties.find((p) => p.role === 'creditor')!;
    expect(short.query.properties['name']).toEqual(['OOO SEVERNYI LES']);
  });

  it('a branch BIC finds the listed head office', () => {
    const branch = fixture('mt103-vtb.txt').replace(':57A:VTBRRUMM', ':57A:VTBRRUMM456');
    const agent = screen(branch).parties.find((p) => p.role === 'creditorAgent')!;
    expect(agent.query.properties['swiftBic']).toEqual(['VTBRRUMM456']);
    expect(matchedIds(agent.results)).toEqual(['ofac-17013']);
  });

  describe('POST /scan/payment', () => {
    const post = async (body: string, type: string, query = ''): Promise<{ status: number; json: any }> => {
      const res = await api.app.request(`/scan/payment${query}`, { method: 'POST', body, headers: { 'content-type': type } });
      return { status: res.status, json: await res.json() };
    };

    it('screens raw XML, raw MT103 text and JSON {"message"} alike, per field', async () => {
      const xml = await post(fixture('pacs008-concord.xml'), 'application/xml');
      expect(xml.status).toBe(200);
      expect(xml.json).toMatchObject({ format: 'pacs.008', message_type: 'pacs.008.001.08', message_id: 'COBA20240612-000417', threshold: 0.7, hit_count: 1, warnings: [] });
      const creditor = xml.json.parties.find((p: { role: string }) => p.role === 'creditor');
      expect(creditor).toMatchObject({ match: true, location: { kind: 'xml', path: '/Document/FIToFICstmrCdtTrf/CdtTrfTxInf/Cdtr', line: 80 } });
      expect(creditor.results[0]).toMatchObject({ id: 'ofac-22526', match: true, datasets: ['us_ofac_sdn'] });
      expect(creditor.results[0].explanations.name.explanation).toMatch(/"Concord Management and Consulting LLC" ~ /);

      const mt = await post(fixture('mt103-vtb.txt'), 'text/plain', '?limit=1');
      expect(mt.status).toBe(200);
      expect(mt.json.parties.map((p: { role: string; match: boolean }) => `${p.role}${p.match ? '!' : ''}`)).toEqual(['sender', 'receiver', 'debtor', 'orderingInstitution', 'creditorAgent!', 'creditor']);
      expect(mt.json.parties.every((p: { results: unknown[] }) => p.results.length <= 1)).toBe(true);

      const json = await postJson(api.app, '/scan/payment', { message: fixture('pain001-kwangson.xml').replace('Cotton yarn lot 77', 'Cotton yarn for PMC Wagner') });
      expect(json.status).toBe(200);
      expect(json.json.countries.map((c: { country: string; role: string }) => [c.country, c.role])).toEqual([['kp', 'creditorAgent']]);
      const wagner = json.json.texts.find((t: { match: boolean }) => t.match);
      expect(wagner).toMatchObject({ field: 'RmtInf/Ustrd', location: { path: '/Document/CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf[2]/RmtInf/Ustrd', line: 110 } });
      expect(wagner.mentions[0]).toMatchObject({ text: 'PMC Wagner', start: 16, end: 26, listed_name: expect.any(String), entity: { id: expect.any(String) } });
    });

    it('answers 400 for a body that is not a message and 422 for a message with a missing or bad field, naming where', async () => {
      const pacs = fixture('pacs008-concord.xml');
      const mt = fixture('mt103-vtb.txt');
      const cases: [string, string, number, RegExp][] = [
        [pacs.slice(0, pacs.indexOf('<Cdtr>')), 'application/xml', 400, /^body: not well-formed XML at line 80, column 6: unclosed tag: CdtTrfTxInf$/],
        [pacs.replace(/<Cdtr>[\s\S]*?<\/Cdtr>/, ''), 'application/xml', 422, /CdtTrfTxInf \(line 12\): Cdtr is missing/],
        [mt.replace(/:59:[^:]*(?=:70:)/, ''), 'text/plain', 422, /:59: \(the beneficiary customer\) is missing from block 4/],
        [mt.replace('\r\n-}', ''), 'text/plain', 400, /line 1: block \{4: is not closed by a line "-}"/],
        [mt.replace(':57A:VTBRRUMM', ':57A:VTB-RU-MM'), 'text/plain', 422, /:57A: \(line 10\): :57A: "VTB-RU-MM" is not a BIC/],
        ['please pay 100 EUR to Ivan', 'text/plain', 400, /not a payment message read here/],
        ['', 'text/plain', 400, /body: empty/],
        [JSON.stringify({ text: pacs }), 'application/json', 422, /body\.message/],
      ];
      for (const [body, type, status, detail] of cases) {
        const res = await post(body, type);
        expect({ status: res.status, detail: res.json.detail }).toEqual({ status, detail: expect.stringMatching(detail) });
      }
    });
  });

  describe('vigil scan --payment', () => {
    it('prints a table with the hit on its field, and JSON with --json', () => {
      const table = runCli(['scan', '--payment', fixturePath('mt103-vtb.txt'), '--home', api.home]);
      expect(table.status).toBe(0);
      expect(table.stdout).toMatch(/^MT103 ALPB240612A: 1 hit\(s\) at threshold 0\.70/);
      expect(table.stdout).toMatch(/MATCH\s+creditorAgent\s+Organization\s+VTBRRUMM\s+:57A: \(line 10\)\s+0\.990\s+ofac-17013 VTB BANK PUBLIC JOINT STOCK COMPANY/);
      expect(table.stdout).not.toMatch(/MATCH\s+(sender|receiver|debtor|creditor )/);
      const json = runCli(['scan', '--payment', fixturePath('pain001-kwangson.xml'), '--json', '--home', api.home]);
      expect(json.status).toBe(0);
      expect((JSON.parse(json.stdout) as PaymentScreening).countries.map((c) => c.country)).toEqual(['kp']);
    });

    it('exits 2 listing what is wrong and where', () => {
      const missing = runCli(['scan', '--payment', fixturePath('missing.xml'), '--home', api.home]);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/cannot read .*missing\.xml: ENOENT/);
      const notPayment = runCli(['scan', '--payment', join(PROJECT_ROOT, 'package.json'), '--home', api.home]);
      expect(notPayment.status).toBe(2);
      expect(notPayment.stderr).toMatch(/package\.json: not a valid payment message:\n {2}unknown-format: /);
      expect(runCli(['scan', '--payment', fixturePath('mt103-vtb.txt'), '--limit', '0', '--home', api.home]).stderr).toMatch(/--limit must be a whole number from 1 to 100/);
    });
  });
});
