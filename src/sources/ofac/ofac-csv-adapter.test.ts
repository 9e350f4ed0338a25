import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import type { SourceEntity } from '../../model/index.js';
import { readSource, type ReadResult, rejection } from '../../../test/read-source.js';
import { sharedData } from '../../../test/shared-data.js';
import { ofacCsvAdapter } from './index.js';

function party(result: ReadResult, id: string): SourceEntity {
  const entity = result.byId.get(id);
  if (!entity) throw new Error(`no entity ${id}`);
  return entity;
}

function countBySchema(result: ReadResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of result.entities) counts[e.schema] = (counts[e.schema] ?? 0) + 1;
  return counts;
}

/** Distinct first fields of a header-less CSV: the ent_nums a file lists. */
function distinctEntNums(path: string): number {
  return new Set(readFileSync(path, 'latin1').split('\n').map((l) => l.split(',')[0]).filter((n) => /^\d+$/.test(n ?? ''))).size;
}

async function tempSet(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vigil-ofac-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

const SDN_ROW_WAGNER = `22543,"PRIVATE MILITARY COMPANY 'WAGNER'",-0- ,"TCO] [UKRAINE-EO13660] [CAR] [RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209."`;
const SDN_ROW_PRIGOZHIN = `21171,"PRIGOZHIN, Yevgeniy Viktorovich","individual","UKRAINE-EO13661] [CYBER2",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 01 Jun 1961; Linked To: PRIVATE MILITARY COMPANY 'WAGNER'."`;

describe('ofacCsvAdapter on sdn_2024-05-03 (sdn.csv alone)', async () => {
  const path = sharedData('ofac/sdn_2024-05-03/sdn.csv');
  const result = await readSource(ofacCsvAdapter, sharedData('ofac/sdn_2024-05-03'));

  it('gives one party and one Sanction per distinct ent_num', () => {
    const counts = countBySchema(result);
    expect(distinctEntNums(path)).toBe(14965);
    expect((counts['Person'] ?? 0) + (counts['Organization'] ?? 0) + (counts['Vessel'] ?? 0) + (counts['Airplane'] ?? 0)).toBe(14965);
    expect(counts).toMatchObject({ Person: 6854, Organization: 6884, Vessel: 851, Airplane: 376, Sanction: 14965 });
    expect(result.entities.filter((e) => e.target)).toHaveLength(14965);
  });

  it('gives 22543 WAGNER exactly its four programmes, in the list order', () => {
    const wagner = party(result, 'ofac-22543');
    expect(wagner.schema).toBe('Organization');
    expect(wagner.properties['name']).toEqual(["PRIVATE MILITARY COMPANY 'WAGNER'"]);
    expect(wagner.properties['program']).toEqual(['TCO', 'UKRAINE-EO13660', 'CAR', 'RUSSIA-EO14024']);
    expect(party(result, 'ofac-22543-sanction').properties).toEqual({
      entity: ['ofac-22543'],
      authority: ['Office of Foreign Assets Control'],
      country: ['us'],
      program: ['TCO', 'UKRAINE-EO13660', 'CAR', 'RUSSIA-EO14024'],
      provisions: ['Block'],
      sourceUrl: ['https://sanctionssearch.ofac.treas.gov/Details.aspx?id=22543'],
    });
  });

  it('reads 21171 PRIGOZHIN as a male Russian Person born 1961-06-01, name split on the comma', () => {
    const prigozhin = party(result, 'ofac-21171');
    expect(prigozhin.schema).toBe('Person');
    expect(prigozhin.target).toBe(true);
    expect(prigozhin.properties).toMatchObject({
      name: ['PRIGOZHIN, Yevgeniy Viktorovich'],
      lastName: ['PRIGOZHIN'],
      firstName: ['Yevgeniy Viktorovich'],
      birthDate: ['1961-06-01'],
      birthPlace: ['Leningrad, Russia'],
      gender: ['male'],
      nationality: ['ru'],
      topics: ['sanction'],
      program: ['UKRAINE-EO13661', 'CYBER2', 'ELECTION-EO13848', 'RUSSIA-EO14024'],
    });
    // The organisation is not given a person's name parts.
    expect(party(result, 'ofac-22543').properties['lastName']).toBeUndefined();
  });

  it("links every party whose remarks say 'Linked To: PRIGOZHIN, Yevgeniy Viktorovich' to ofac-21171", () => {
    const expected = readFileSync(path, 'latin1').split('\n').filter((l) => l.includes('Linked To: PRIGOZHIN, Yevgeniy Viktorovich')).length;
    const links = result.entities.filter((e) => e.schema === 'UnknownLink' && e.properties['object']?.[0] === 'ofac-21171');
    expect(expected).toBe(35);
    expect(links).toHaveLength(expected);
    const evroPolis = party(result, 'ofac-link-23564-21171');
    expect(evroPolis.properties).toEqual({ subject: ['ofac-23564'], object: ['ofac-21171'], role: ['Linked To'] });
    // 21171 itself is linked to INTERNET RESEARCH AGENCY LLC, which comes later in the file.
    const ira = result.entities.find((e) => e.properties['name']?.[0] === 'INTERNET RESEARCH AGENCY LLC');
    expect(result.byId.get(`ofac-link-21171-${ira?.id.slice('ofac-'.length)}`)?.properties['subject']).toEqual(['ofac-21171']);
  });

  it('maps vessel columns and remark identifiers (47371 NS LEADER)', () => {
    expect(party(result, 'ofac-47371')).toEqual({
      id: 'ofac-47371',
      schema: 'Vessel',
      target: true,
      properties: {
        name: ['NS LEADER'],
        callSign: ['A8LU7'],
        type: ['Crude Oil Tanker'],
        flag: ['ga'],
        imoNumber: ['IMO9339301'],
        mmsi: ['636013272'],
        program: ['RUSSIA-EO14024'],
        topics: ['sanction'],
      },
    });
  });

  it('makes a CryptoWallet held by the party for each digital currency address (29702 LIFSHITS)', () => {
    expect(party(result, 'ofac-29702-wallet-12udabs2TkX7NXCSj6KpqXfakjE52ZPLhz')).toEqual({
      id: 'ofac-29702-wallet-12udabs2TkX7NXCSj6KpqXfakjE52ZPLhz',
      schema: 'CryptoWallet',
      target: false,
      properties: { publicKey: ['12udabs2TkX7NXCSj6KpqXfakjE52ZPLhz'], currency: ['XBT'], holder: ['ofac-29702'] },
    });
    expect(countBySchema(result)['CryptoWallet']).toBe(294);
  });

  it('reports only the links to parties not on the SDN list and the unreadable dates', () => {
    const codes = result.issues.map((i) => i.code);
    expect(codes.filter((c) => c === 'unresolved-link')).toHaveLength(8);
    expect(result.issues).toContainEqual({ code: 'unresolved-link', file: path, line: 4061, from: 'ofac-19653', value: 'PUBLIC JOINT STOCK COMPANY GAZPROM' });
    expect(codes.filter((c) => c !== 'unresolved-link')).toEqual([]);
  });
});

describe('ofacCsvAdapter on legacy_set_2021-07 (with alt, add and comments)', async () => {
  const result = await readSource(ofacCsvAdapter, sharedData('ofac/legacy_set_2021-07'));

  it('gives one party per distinct ent_num', () => {
    expect(distinctEntNums(sharedData('ofac/legacy_set_2021-07/sdn.csv'))).toBe(8976);
    expect(result.entities.filter((e) => e.target)).toHaveLength(8976);
    expect(countBySchema(result)['Sanction']).toBe(8976);
  });

  it('takes aliases from alt.csv and addresses from add.csv', () => {
    expect(party(result, 'ofac-22543').properties).toMatchObject({
      alias: ['PMC WAGNER', "CHASTNAYA VOENNAYA KOMPANIYA 'VAGNER'", 'CHVK VAGNER'],
      program: ['UKRAINE-EO13660'],
      address: ['Russia'],
      country: ['ru'],
    });
    expect(party(result, 'ofac-21171').properties['alias']).toEqual(['PRIGOZHIN, Evgeny']);
    expect(party(result, 'ofac-21171').properties['weakAlias']).toBeUndefined();
  });

  it('continues Remarks with sdn_comments.csv, mid-word (29703)', () => {
    const wallets = result.entities.filter((e) => e.properties['holder']?.[0] === 'ofac-29703');
    expect(wallets.map((w) => w.properties['currency']?.[0])).toContain('ZEC');
    expect(party(result, 'ofac-29703').properties['passportNumber']).toEqual(['4005504207']);
  });

  it('reads every companion row as belonging to a listed party', () => {
    expect(result.issues.filter((i) => i.file.endsWith('alt.csv') || i.file.endsWith('add.csv'))).toEqual([]);
  });
});

describe('ofacCsvAdapter on consolidated_nonsdn_2025-12 (cons_prim.csv set)', async () => {
  const result = await readSource(ofacCsvAdapter, sharedData('ofac/consolidated_nonsdn_2025-12'));

  it('gives one party per distinct ent_num, with its non-SDN list as the provision', () => {
    expect(distinctEntNums(sharedData('ofac/consolidated_nonsdn_2025-12/cons_prim.csv'))).toBe(442);
    expect(result.entities.filter((e) => e.target)).toHaveLength(442);
    expect(party(result, 'ofac-15268-sanction').properties['provisions']).toEqual(['Correspondent Account or Payable-Through Account Sanctions (CAPTA) List']);
    expect(party(result, 'ofac-9647-sanction').properties['provisions']).toEqual(['Non-SDN Palestinian Legislative Council List']);
    expect(party(result, 'ofac-28603-sanction').properties['provisions']).toEqual(['Sectoral Sanctions Identifications (SSI) List']);
    expect(party(result, 'ofac-31695-sanction').properties['provisions']).toEqual(['Non-SDN Menu-Based Sanctions (NS-MBS) List']);
    expect(result.entities.filter((e) => e.properties['provisions']?.[0] === 'Block')).toEqual([]);
  });

  it('reads the party when named as the main file too', async () => {
    const direct = await readSource(ofacCsvAdapter, sharedData('ofac/consolidated_nonsdn_2025-12/cons_prim.csv'));
    expect(direct.entities).toEqual(result.entities);
    expect(party(result, 'ofac-15268').properties['swiftBic']).toEqual(['CKLBCNBJ']);
  });
});

describe('ofacCsvAdapter on tiny_fixture', async () => {
  const dir = sharedData('ofac/tiny_fixture');
  const result = await readSource(ofacCsvAdapter, dir);

  it('gives its 17 parties by schema', () => {
    expect(result.entities.filter((e) => e.target)).toHaveLength(17);
    expect(countBySchema(result)).toEqual({ Person: 4, Organization: 7, Vessel: 4, Airplane: 2, Sanction: 17, CryptoWallet: 32 });
  });

  it('maps an individual with passport, SSN and a weak alias (10278)', () => {
    expect(party(result, 'ofac-10278').properties).toEqual({
      name: ['LOGAN MOREY, Elvis Angus'],
      lastName: ['LOGAN MOREY'],
      firstName: ['Elvis Angus'],
      birthDate: ['1963-07-28'],
      birthPlace: ['Toledo District, Belize'],
      passportNumber: ['P0017003'],
      socialSecurityNumber: ['561-77-9011'],
      weakAlias: ['BURTON BURGESS'],
      program: ['SDNT'],
      topics: ['sanction'],
    });
  });

  it('joins a wallet address cut between sdn.csv and sdn_comments.csv (33151)', () => {
    const suex = party(result, 'ofac-33151');
    expect(result.byId.has('ofac-33151-wallet-1B64QRxfaa35MVkf7sDjuGUYAP5izQt7Qi')).toBe(true);
    expect(result.byId.has('ofac-33151-wallet-1B64QRxf')).toBe(false);
    expect(suex.properties).toMatchObject({
      leiCode: ['5299007NTWCC3U23WM81'],
      weakAlias: ['SUCCESSFUL EXCHANGE'],
      address: [
        'Presnenskaya Embankment, 12, Federation East Tower, Floor 31, Suite Q, Moscow 123317, Russia',
        'Skorepka 1058/8 Stare Mesto, Prague 110 00, Czech Republic',
      ],
      country: ['ru', 'cz'],
    });
  });

  it('maps an aircraft and an individual with alt.csv aliases', () => {
    expect(party(result, 'ofac-20540').schema).toBe('Airplane');
    expect(party(result, 'ofac-20540').properties).toMatchObject({ name: ['P-532'], buildDate: ['1974'], model: ['AN24-RV'] });
    expect(party(result, 'ofac-48603').properties).toMatchObject({
      alias: ['KHOROSHEV, Dmitriy Yurevich', 'YURIEVICH, Dmitry', 'KHOROSHEV, Dmitrii Yuryevich'],
      weakAlias: ['LOCKBITSUPP'],
      citizenship: ['ru'],
      innCode: ['366110340670'],
    });
  });

  it("reports companion rows of parties it does not list, and links to parties it does not list", () => {
    expect(result.issues).toContainEqual({ code: 'unresolved-link', file: join(dir, 'alt.csv'), line: 1, from: 'ent_num', value: '10416' });
    expect(result.issues).toContainEqual({ code: 'unresolved-link', file: join(dir, 'sdn.csv'), line: 5, from: 'ofac-19709', value: 'MAHAN AIR' });
    expect(result.issues.filter((i) => i.code !== 'unresolved-link')).toEqual([]);
    expect(result.entities.filter((e) => e.schema === 'UnknownLink')).toEqual([]);
  });
});

describe('ofacCsvAdapter on bad input', () => {
  it('reports a row cut short with its line and reads the others', async () => {
    const dir = await tempSet({ 'sdn.csv': `${SDN_ROW_WAGNER}\r\n21171,"PRIGOZHIN, Yevgeniy Viktorovich","individual"\r\n${SDN_ROW_PRIGOZHIN.replace('21171', '21172')}\r\n\x1a` });
    const result = await readSource(ofacCsvAdapter, dir);
    expect(result.issues).toEqual([{ code: 'field-count', file: join(dir, 'sdn.csv'), line: 2, expected: 12, got: 3 }]);
    expect(result.entities.filter((e) => e.target).map((e) => e.id)).toEqual(['ofac-22543', 'ofac-21172']);
  });

  it('links to a party that comes later in the file', async () => {
    const dir = await tempSet({ 'sdn.csv': `${SDN_ROW_PRIGOZHIN}\r\n${SDN_ROW_WAGNER}\r\n` });
    const result = await readSource(ofacCsvAdapter, dir);
    expect(result.issues).toEqual([]);
    expect(party(result, 'ofac-link-21171-22543').properties).toEqual({ subject: ['ofac-21171'], object: ['ofac-22543'], role: ['Linked To'] });
  });

  it('reports a repeated ent_num and an unreadable date with their lines', async () => {
    const bad = SDN_ROW_PRIGOZHIN.replace('DOB 01 Jun 1961', 'DOB 31 Feb 1961');
    const dir = await tempSet({ 'sdn.csv': `${SDN_ROW_WAGNER}\r\n${bad}\r\n${SDN_ROW_WAGNER}\r\n` });
    const { issues } = await readSource(ofacCsvAdapter, dir);
    const file = join(dir, 'sdn.csv');
    expect(issues).toEqual([
      { code: 'bad-date', file, line: 2, field: 'DOB', value: '31 Feb 1961' },
      { code: 'duplicate-id', file, line: 3, id: 'ofac-22543' },
    ]);
  });

  it('fails on a file cut inside a quoted field, with the line', async () => {
    const dir = await tempSet({ 'sdn.csv': `${SDN_ROW_WAGNER}\r\n${SDN_ROW_PRIGOZHIN.slice(0, 150)}` });
    const issue = await rejection(readSource(ofacCsvAdapter, dir));
    expect(issue).toMatchObject({ code: 'malformed', file: join(dir, 'sdn.csv'), line: 2 });
  });

  it('fails on random bytes as not an SDN file', async () => {
    const bytes = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 97 + 13) % 251));
    const dir = await tempSet({ 'sdn.csv': bytes });
    const issue = await rejection(readSource(ofacCsvAdapter, dir));
    expect(issue.code).toBe('wrong-columns');
  });

  it('fails on an empty file', async () => {
    const dir = await tempSet({ 'sdn.csv': '' });
    expect(await rejection(readSource(ofacCsvAdapter, dir))).toEqual({ code: 'empty-file', file: join(dir, 'sdn.csv') });
  });

  it('fails on a file with other columns (alt.csv passed as the main file)', async () => {
    const path = join(await tempSet({ 'sdn.csv': '22543,35519,"aka","PMC WAGNER",-0- \r\n' }), 'sdn.csv');
    const issue = await rejection(readSource(ofacCsvAdapter, path));
    expect(issue).toMatchObject({ code: 'wrong-columns', file: path, line: 1, got: ['22543', '35519', 'aka', 'PMC WAGNER', '-0- '] });
  });

  it('fails on a first row whose ent_num is not a number (a header row)', async () => {
    const header = 'ent_num,SDN_Name,SDN_Type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,Vess_flag,Vess_owner,Remarks';
    const dir = await tempSet({ 'sdn.csv': `${header}\r\n${SDN_ROW_WAGNER}\r\n` });
    expect(await rejection(readSource(ofacCsvAdapter, dir))).toMatchObject({ code: 'wrong-columns', line: 1 });
  });

  it('fails on a folder without a main file', async () => {
    const dir = await tempSet({ 'alt.csv': '22543,35519,"aka","PMC WAGNER",-0- \r\n' });
    expect(await rejection(readSource(ofacCsvAdapter, dir))).toMatchObject({ code: 'missing-file', file: join(dir, 'sdn.csv') });
  });
});

describe('ofacCsvAdapter.companionFiles', () => {
  it('names the SDN and consolidated companions, comments optional', () => {
    expect(ofacCsvAdapter.companionFiles('sdn.csv')).toEqual([
      { name: 'alt.csv', optional: false },
      { name: 'add.csv', optional: false },
      { name: 'sdn_comments.csv', optional: true },
    ]);
    expect(ofacCsvAdapter.companionFiles('https://www.treasury.gov/ofac/downloads/consolidated/cons_prim.csv')).toEqual([
      { name: 'cons_alt.csv', optional: false },
      { name: 'cons_add.csv', optional: false },
      { name: 'cons_comments.csv', optional: true },
    ]);
  });
});
