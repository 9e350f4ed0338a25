import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import type { SourceEntity } from '../../model/index.js';
import { readSource, type ReadResult, rejection } from '../../../test/read-source.js';
import { sharedData } from '../../../test/shared-data.js';
import { ofacCsvAdapter, ofacXmlAdapter } from './index.js';

const FIXTURE = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test', 'fixtures', 'ofac-xml', 'SDN.XML');

function entity(result: ReadResult, id: string): SourceEntity {
  const found = result.byId.get(id);
  if (!found) throw new Error(`no entity ${id}`);
  return found;
}

async function tempFile(text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'vigil-ofac-xml-')), 'SDN.XML');
  await writeFile(path, text);
  return path;
}

describe('ofacXmlAdapter on the SDN.XML fixture', async () => {
  const result = await readSource(ofacXmlAdapter, FIXTURE);

  it('reads 8 parties, each with its Sanction, dated by Publish_Date, with no issues', () => {
    expect(result.entities.filter((e) => e.target).map((e) => e.id)).toEqual([
      'ofac-4243', 'ofac-10278', 'ofac-20540', 'ofac-21171', 'ofac-22543', 'ofac-23564', 'ofac-29702', 'ofac-47371',
    ]);
    expect(result.entities.filter((e) => e.schema === 'Sanction')).toHaveLength(8);
    expect(result.published).toBe('2024-05-03');
    expect(result.issues).toEqual([]);
  });

  it('maps an individual exactly as the CSV set maps the same listing (10278)', async () => {
    const csv = await readSource(ofacCsvAdapter, sharedData('ofac/tiny_fixture'));
    expect(entity(result, 'ofac-10278')).toEqual(entity(csv, 'ofac-10278'));
    expect(entity(result, 'ofac-10278-sanction')).toEqual(entity(csv, 'ofac-10278-sanction'));
  });

  it('reads 21171 PRIGOZHIN from its fields: name as listed, DOB, POB, nationality, gender, aka', () => {
    expect(entity(result, 'ofac-21171')).toEqual({
      id: 'ofac-21171',
      schema: 'Person',
      target: true,
      properties: {
        name: ['PRIGOZHIN, Yevgeniy Viktorovich'],
        firstName: ['Yevgeniy Viktorovich'],
        lastName: ['PRIGOZHIN'],
        alias: ['PRIGOZHIN, Evgeny'],
        birthDate: ['1961-06-01'],
        birthPlace: ['Leningrad, Russia'],
        nationality: ['ru'],
        gender: ['male'],
        address: ['Russia'],
        country: ['ru'],
        notes: ['Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209'],
        program: ['UKRAINE-EO13661', 'CYBER2', 'ELECTION-EO13848', 'RUSSIA-EO14024'],
        topics: ['sanction'],
      },
    });
  });

  it('reads 22543 WAGNER with its four programmes and aka list', () => {
    expect(entity(result, 'ofac-22543').properties).toMatchObject({
      name: ["PRIVATE MILITARY COMPANY 'WAGNER'"],
      alias: ['PMC WAGNER', "CHASTNAYA VOENNAYA KOMPANIYA 'VAGNER'", 'CHVK VAGNER', 'WAGNER GROUP'],
      program: ['TCO', 'UKRAINE-EO13660', 'CAR', 'RUSSIA-EO14024'],
    });
    expect(entity(result, 'ofac-22543').schema).toBe('Organization');
  });

  it('resolves Linked To in remarks to the party listed earlier, as the CSV adapter does', () => {
    expect(entity(result, 'ofac-link-23564-21171').properties).toEqual({ subject: ['ofac-23564'], object: ['ofac-21171'], role: ['Linked To'] });
    expect(result.entities.filter((e) => e.schema === 'UnknownLink')).toHaveLength(1);
    expect(entity(result, 'ofac-23564').properties).toMatchObject({
      registrationNumber: ['1165024055613'],
      address: ['d. 1A pom. 9.1A, Shosse Ilinskoe, Krasnogorsk, Krasnogorski Raion, Moskovskaya Obl. 143409, Russia'],
    });
  });

  it('reads vessels from vesselInfo and idList, f.k.a. as previous names', () => {
    expect(entity(result, 'ofac-47371').properties).toEqual({
      name: ['NS LEADER'],
      callSign: ['A8LU7'],
      type: ['Crude Oil Tanker'],
      flag: ['ga'],
      imoNumber: ['IMO9339301'],
      mmsi: ['636013272'],
      program: ['RUSSIA-EO14024'],
      topics: ['sanction'],
    });
    expect(entity(result, 'ofac-4243').properties).toMatchObject({
      previousName: ['ANA I', 'SAND SWAN'],
      tonnage: ['2595'],
      grossRegisteredTonnage: ['1865'],
      flag: ['pa'],
      imoNumber: ['IMO7406784'],
    });
    expect(entity(result, 'ofac-4243').properties['alias']).toBeUndefined();
  });

  it('reads the aircraft fields given as idList entries', () => {
    expect(entity(result, 'ofac-20540').schema).toBe('Airplane');
    expect(entity(result, 'ofac-20540').properties).toMatchObject({ buildDate: ['1974'], model: ['AN24-RV'] });
  });

  it('makes wallets from Digital Currency Address ids, and a passport number without its dates', () => {
    const wallets = result.entities.filter((e) => e.schema === 'CryptoWallet').map((e) => e.id);
    expect(wallets).toEqual([
      'ofac-29702-wallet-12udabs2TkX7NXCSj6KpqXfakjE52ZPLhz',
      'ofac-29702-wallet-0x901bb9583b24d97e995513c6778dc6888ab6870e',
    ]);
    expect(entity(result, 'ofac-29702').properties).toMatchObject({
      passportNumber: ['719032284'],
      email: ['mycryptodeals@yandex.ru'],
      address: ['Primorsky Prospect 159, Saint Petersburg 197374, Russia'],
    });
  });
});

describe('ofacXmlAdapter on other and bad input', () => {
  const text = readFileSync(FIXTURE, 'utf8');

  it('reads the older tempuri.org namespace alike', async () => {
    const old = await readSource(ofacXmlAdapter, await tempFile(text.replace(/xmlns="[^"]+"/, 'xmlns="http://tempuri.org/sdnList.xsd"')));
    const current = await readSource(ofacXmlAdapter, FIXTURE);
    expect(old.entities).toEqual(current.entities);
  });

  it('fails on a truncated copy with a malformed issue and its line', async () => {
    const path = await tempFile(text.slice(0, text.indexOf('<uid>21171</uid>') + 10));
    const issue = await rejection(readSource(ofacXmlAdapter, path));
    const cutLine = text.slice(0, text.indexOf('<uid>21171</uid>')).split('\n').length;
    expect(issue).toMatchObject({ code: 'malformed', file: path });
    expect(issue.code === 'malformed' ? issue.line : undefined).toBe(cutLine);
  });

  it('reports an entry without uid, an unknown sdnType and a bad Publish_Date, and reads the rest', async () => {
    const changed = text
      .replace('<Publish_Date>05/03/2024</Publish_Date>', '<Publish_Date>2024-05-03</Publish_Date>')
      .replace('<uid>10278</uid>', '')
      .replace('<sdnType>Aircraft</sdnType>', '<sdnType>Spacecraft</sdnType>');
    const path = await tempFile(changed);
    const lineOf = (needle: string): number => changed.slice(0, changed.indexOf(needle)).split('\n').length;
    const r = await readSource(ofacXmlAdapter, path);
    expect(r.issues).toEqual([
      { code: 'bad-date', file: path, line: lineOf('<publshInformation>'), field: 'Publish_Date', value: '2024-05-03' },
      { code: 'missing-field', file: path, line: lineOf('<sdnEntry>\n    \n    <firstName>Elvis'), field: 'uid' },
      { code: 'bad-value', file: path, line: lineOf('<sdnEntry>\n    <uid>20540'), field: 'sdnType', value: 'Spacecraft', message: 'not Individual, Entity, Vessel or Aircraft' },
    ]);
    expect(r.published).toBeUndefined();
    expect(r.entities.filter((e) => e.target)).toHaveLength(7);
    expect(entity(r, 'ofac-20540').schema).toBe('Organization');
  });

  it('fails on an empty file', async () => {
    const path = await tempFile('');
    expect(await rejection(readSource(ofacXmlAdapter, path))).toEqual({ code: 'empty-file', file: path });
  });
});
