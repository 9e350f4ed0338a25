import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSource, type ReadResult } from '../../../test/read-source.js';
import { SourceParseError } from '../types.js';
import { euFsfXmlAdapter } from './index.js';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test', 'fixtures', 'eu-fsf', 'xmlFullSanctionsList_1_1.xml');

async function tempXml(text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'vigil-eu-fsf-')), 'xmlFullSanctionsList_1_1.xml');
  await writeFile(path, text);
  return path;
}

function wrap(entity: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-08-05T16:47:04.449+02:00">\n${entity}\n</export>\n`;
}

describe('euFsfXmlAdapter on the fixture', () => {
  let result: ReadResult;
  beforeAll(async () => {
    result = await readSource(euFsfXmlAdapter, FIXTURE);
  });

  it('reads six listings, each with its sanction, and the generation date', () => {
    expect(result.issues).toEqual([]);
    expect(result.published).toBe('2026-08-05T16:47:04.449+02:00');
    expect(result.entities.filter((e) => e.target).map((e) => e.id)).toEqual([
      'eu-fsf-130713', 'eu-fsf-134312', 'eu-fsf-7290', 'eu-fsf-4951', 'eu-fsf-145870', 'eu-fsf-20061',
    ]);
    expect(result.entities.filter((e) => e.schema === 'Sanction')).toHaveLength(6);
  });

  it('maps Prigozhin: strong names to name and alias, the weak one to weakAlias', () => {
    expect(result.byId.get('eu-fsf-130713')).toEqual({
      id: 'eu-fsf-130713',
      schema: 'Person',
      target: true,
      properties: {
        name: ['Yevgeniy Viktorovich PRIGOZHIN'],
        alias: ['Евгений Викторович ПРИГОЖИН'],
        weakAlias: ['Yevgeny Prigozhin'],
        firstName: ['Yevgeniy', 'Евгений'],
        middleName: ['Viktorovich', 'Викторович'],
        lastName: ['PRIGOZHIN', 'ПРИГОЖИН'],
        gender: ['male'],
        position: ['Businessperson'],
        nationality: ['ru'],
        birthDate: ['1961-06-01'],
        birthPlace: ['Leningrad'],
        birthCountry: ['ru'],
        program: ['LBY', 'UKR'],
        topics: ['sanction'],
      },
    });
    expect(result.byId.get('eu-fsf-130713-sanction')).toEqual({
      id: 'eu-fsf-130713-sanction',
      schema: 'Sanction',
      target: false,
      properties: {
        entity: ['eu-fsf-130713'],
        authority: ['European Union'],
        authorityId: ['EU.6544.25'],
        country: ['eu'],
        program: ['LBY', 'UKR'],
        provisions: ['Asset freeze'],
        listingDate: ['2020-10-15'],
        startDate: ['2020-10-15'],
        reason: ['Leading Russian businessperson; founder of the Wagner Group.'],
        sourceUrl: [
          'https://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=CELEX:32020R1480&from=EN',
          'https://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=CELEX:32022R0658&from=EN',
        ],
      },
    });
  });

  it('maps the Wagner Group as an Organization without person-only properties', () => {
    expect(result.byId.get('eu-fsf-134312')).toEqual({
      id: 'eu-fsf-134312',
      schema: 'Organization',
      target: true,
      properties: {
        name: ['Wagner Group'],
        alias: ['PMC Wagner', 'ЧВК Вагнер'],
        weakAlias: ['Liga'],
        country: ['ru'],
        program: ['GHR', 'UKR'],
        topics: ['sanction'],
      },
    });
  });

  it('maps documents by type: passport, national id, registration number', () => {
    expect(result.byId.get('eu-fsf-7290')?.properties).toMatchObject({ passportNumber: ['D9004112'], birthDate: ['1953'], birthCountry: ['iq'], title: ['Brigadier-General'] });
    expect(result.byId.get('eu-fsf-7290')?.properties['idNumber']).toBeUndefined();
    expect(result.byId.get('eu-fsf-20061')?.properties).toMatchObject({ idNumber: ['2045402831'], birthDate: ['1950-07-09'], birthPlace: ['Yenakiieve, Donetsk Oblast'] });
    expect(result.byId.get('eu-fsf-20061')?.properties['birthCountry']).toBeUndefined();
    expect(result.byId.get('eu-fsf-145870')?.properties).toMatchObject({
      registrationNumber: ['1227800001234'],
      address: ['Zolnaya Street 15, 195027, Saint Petersburg, RUSSIAN FEDERATION'],
    });
  });

  it('keeps the UN reference and the entry-into-force date of a DPRK listing', () => {
    expect(result.byId.get('eu-fsf-4951')?.properties['address']).toEqual(["Central District, Pyongyang, KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF"]);
    expect(result.byId.get('eu-fsf-4951-sanction')?.properties).toMatchObject({ unscId: ['KPe.001'], startDate: ['2017-09-01'], program: ['PRK'] });
  });
});

describe('euFsfXmlAdapter on bad input', () => {
  it('rejects a copy cut short, naming the line', async () => {
    const text = await readFile(FIXTURE, 'utf8');
    const cut = text.split('\n').slice(0, 40).join('\n');
    const error = await readSource(euFsfXmlAdapter, await tempXml(cut)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceParseError);
    expect((error as SourceParseError).issue).toMatchObject({ code: 'malformed', line: 40 });
  });

  it('rejects an empty file', async () => {
    const error = await readSource(euFsfXmlAdapter, await tempXml('')).catch((e: unknown) => e);
    expect((error as SourceParseError).issue.code).toBe('empty-file');
  });

  it('reports an unknown subject type and a bad birth date by line', async () => {
    const path = await tempXml(wrap([
      '<sanctionEntity logicalId="1"><subjectType code="vessel" classificationCode="V"/><nameAlias wholeName="Ship" strong="true"/></sanctionEntity>',
      '<sanctionEntity logicalId="2"><subjectType code="person" classificationCode="P"/><nameAlias wholeName="Ivan PETROV" strong="true"/>',
      '<birthdate circa="false" birthdate="1961-02-31"/></sanctionEntity>',
      '<sanctionEntity><subjectType code="person" classificationCode="P"/></sanctionEntity>',
    ].join('\n')));
    const result = await readSource(euFsfXmlAdapter, path);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'bad-value', line: 3, field: 'subjectType', value: 'vessel' }),
      expect.objectContaining({ code: 'bad-date', line: 5, field: 'birthdate', value: '1961-02-31' }),
      expect.objectContaining({ code: 'missing-field', line: 6, field: 'logicalId' }),
    ]);
    expect([...result.byId.keys()]).toEqual(['eu-fsf-2', 'eu-fsf-2-sanction']);
    expect(result.byId.get('eu-fsf-2')?.properties['birthDate']).toBeUndefined();
  });
});
