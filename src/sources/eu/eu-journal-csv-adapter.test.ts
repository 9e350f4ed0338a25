import { mkdtemp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSource, type ReadResult } from '../../../test/read-source.js';
import { sharedData } from '../../../test/shared-data.js';
import { SourceParseError } from '../types.js';
import { euJournalCsvAdapter } from './index.js';

const FOLDER = 'eu/opensanctions_eu_journal';
const CONSOLIDATED_HEADER =
  'celex,recordId,programKey,annex,measure,startDate,reason,schema,name,alias,weakAlias,previousName,country,nationality,jurisdiction,birthDate,birthPlace,position,passportNumber,gender,appearance,ethnicity,fatherName,motherName,incorporationDate,legalForm,sector,registrationNumber,taxNumber,idNumber,innCode,ogrnCode,kppCode,okpoCode,leiCode,swiftBic,ticker,imoNumber,mmsi,flag,address,phone,email,website,notes';
const EMPTY_ENTITY_CELLS = ','.repeat(36);

/** Entries of the CSVs counted without the adapter: framework act, annex and entry (or schema and name when unnumbered). */
async function countEntries(files: string[]): Promise<number> {
  const keys = new Set<string>();
  for (const file of files) {
    const rows = parse(await readFile(file), { columns: true, bom: true }) as Record<string, string>[];
    for (const r of rows) keys.add([r['amendedCelex'] ?? r['celex'], r['annex'], r['recordId'] || `${r['schema']}|${r['name']}`].join('|'));
  }
  return keys.size;
}

async function csvFilesOf(folder: string): Promise<string[]> {
  const out: string[] = [];
  for (const sub of ['consolidated', 'amendments']) {
    for (const name of await readdir(join(folder, sub))) out.push(join(folder, sub, name));
  }
  return out;
}

async function tempCsv(text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'vigil-eu-')), '32099R0001.csv');
  await writeFile(path, text);
  return path;
}

async function readError(path: string): Promise<SourceParseError> {
  const error = await readSource(euJournalCsvAdapter, path).catch((e: unknown) => e);
  if (!(error instanceof SourceParseError)) throw new Error(`expected a SourceParseError, got ${String(error)}`);
  return error;
}

describe('euJournalCsvAdapter on the whole journal folder', () => {
  let result: ReadResult;
  beforeAll(async () => {
    result = await readSource(euJournalCsvAdapter, sharedData(FOLDER));
  });

  it('yields one party and one sanction per entry, counted independently from the CSVs', async () => {
    const entries = await countEntries(await csvFilesOf(sharedData(FOLDER)));
    const parties = result.entities.filter((e) => e.target);
    expect(entries).toBe(8421);
    expect(parties).toHaveLength(entries);
    expect(result.entities.filter((e) => e.schema === 'Sanction')).toHaveLength(entries);
    expect(result.byId.size).toBe(2 * entries);
  });

  it('takes the newest consolidation pin as the publication date', () => {
    expect(result.published).toBe('2026-08-01');
  });

  it('maps the Wagner Group of the human-rights regime, splitting aliases only at ";"', () => {
    const wagner = result.byId.get('eu-32020R1998-I.B-5');
    expect(wagner?.schema).toBe('LegalEntity');
    expect(wagner?.properties).toEqual({
      name: ['Wagner Group'],
      alias: ['Vagner Group, PMC Wagner, Liga, League', 'ЧВК ‘Вагнер’', 'Группа Вагнера'],
      program: ['EU-HR'],
      topics: ['sanction'],
    });
    expect(result.byId.get('eu-32020R1998-I.B-5-sanction')?.properties).toMatchObject({
      provisions: ['Asset freeze'], startDate: ['2021-12-13'], summary: ['Annex I.B'],
      sourceUrl: ['https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32020R1998'],
    });
    // Entry numbers restart per annex: entry 5 of annex I.A is someone else.
    expect(result.byId.get('eu-32020R1998-I.A-5')?.properties['name']).toEqual(['ZHU Hailun']);
    expect(result.byId.get('eu-32020R1998-I.A-5')?.properties['nationality']).toEqual(['cn']);
  });

  it('keeps "PMC Wagner" as its own alias where the act prints it so (Ukraine regime)', () => {
    const wagner = result.byId.get('eu-32014R0269-I.ENTITIES-210');
    expect(wagner?.properties['alias']).toEqual(['Группа Вагнера', 'Vagner Group', 'PMC Wagner', 'Liga', 'League']);
    expect(wagner?.properties['program']).toEqual(['EU-UKR']);
  });

  it('drops the script labels and image text the transcription leaves among aliases, and reads "f.k.a.:" as a former name', () => {
    expect(result.byId.get('eu-32014R0269-I.PERSONS-1951')?.properties['alias']).toEqual(['شمخانی حسین', 'Mohammad Hossein SHAMKHANI']);
    expect(result.byId.get('eu-32014R0269-I.PERSONS-1872')?.properties['alias']).toEqual(['李晓翠', 'Cофья ЛИ', 'Sophia Li', 'Sophia Lee', 'Sofya Li']);
    expect(result.byId.get('eu-32017R1509-XIII.B-29')?.properties['previousName']).toEqual(['National Aerospace Development Administration', 'NADA']);
    expect(result.byId.get('eu-32012R0267-IX.I.B-164')?.properties['alias']).toContain('POSCO');
    const labels = [...result.byId.values()].flatMap((e) => [...(e.properties['alias'] ?? []), ...(e.properties['previousName'] ?? [])]).filter((v) => /:$|^text of image$|^f\.k\.a\./i.test(v));
    expect(labels).toEqual([]);
  });

  it('names a body whose row gives only "So-called" as its name by its first alias', () => {
    expect(result.byId.get('eu-32014R0269-I.ENTITIES-9')?.properties).toMatchObject({
      name: ['‘Army of the Southeast’'],
      alias: ['‘Армии Юго-Востока’'],
    });
    expect(result.byId.get('eu-32014R0269-I.ENTITIES-10')?.properties['name']).toEqual(["‘Donbas People's Militia’"]);
  });

  it('maps Prigozhin with his birth date, Cyrillic alias and coded nationality', () => {
    const prigozhin = result.byId.get('eu-32014R0269-I.PERSONS-234');
    expect(prigozhin?.schema).toBe('Person');
    expect(prigozhin?.properties).toMatchObject({
      name: ['Yevgeniy Viktorovich PRIGOZHIN'],
      alias: ['Евгений Викторович ПРИГОЖИН'],
      birthDate: ['1961-06-01'],
      nationality: ['ru'],
      gender: ['male'],
      program: ['EU-UKR'],
    });
    expect(result.byId.get('eu-32014R0269-I.PERSONS-234-sanction')?.properties['startDate']).toEqual(['2022-04-21']);
    expect(result.byId.get('eu-32014R0269-I.ENTITIES-234')?.properties['name']).toEqual(['Positive Group PJSC']);
  });

  it('maps the Russian Ministry of Defence as an export-control entry with its INN', () => {
    const mod = result.byId.get('eu-32014R0833-IV-30');
    expect(mod?.properties).toMatchObject({
      name: ['Ministry of Defence of the Russian Federation'],
      innCode: ['7704252261'],
      country: ['ru'],
      alias: ['Министерство Обороны Российской Федерации (Минобороны России)', 'MOD RF', 'MO RF'],
    });
    expect(mod?.properties['registrationNumber']).toBeUndefined();
    expect(result.byId.get('eu-32014R0833-IV-30-sanction')?.properties['provisions']).toEqual(['Export control']);
    expect(result.byId.get('eu-32014R0833-XLII-30')?.schema).toBe('Vessel');
  });

  it('adds amendment rows to the consolidated entry they amend', () => {
    const vessel = result.byId.get('eu-32014R0833-XLII-629');
    expect(vessel?.properties['name']).toEqual(['KRITI VIGOR', 'STORMBRINGER (ex KRITI VIGOR)']);
    expect(result.byId.get('eu-32014R0833-XLII-629-sanction')?.properties['sourceUrl']).toEqual([
      'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32014R0833',
      'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32026R1848',
    ]);
    // One entry under two measures is one party with both provisions.
    expect(result.byId.get('eu-32016R0044-V-1-sanction')?.properties['provisions']).toEqual([
      'Transportation restrictions', 'Financial restrictions',
    ]);
  });

  it('reports free-text dates it cannot read, with file and line, and nothing else', () => {
    expect(new Set(result.issues.map((i) => i.code))).toEqual(new Set(['bad-date']));
    expect(result.issues).toContainEqual({
      code: 'bad-date', file: sharedData(`${FOLDER}/consolidated/32006R0765.csv`), line: 157, field: 'birthDate', value: '28.01 1966',
    });
  });
});

describe('euJournalCsvAdapter on one file', () => {
  it('reads a single consolidated file: 32014R0269 has 2802 rows', async () => {
    const file = sharedData(`${FOLDER}/consolidated/32014R0269.csv`);
    const result = await readSource(euJournalCsvAdapter, file);
    const rows = parse(await readFile(file), { columns: true }) as unknown[];
    expect(rows).toHaveLength(2802);
    expect(result.entities.filter((e) => e.target)).toHaveLength(await countEntries([file]));
    expect(result.published).toBeUndefined();
  });

  it('reads an amendment file, keyed by the amended act', async () => {
    const result = await readSource(euJournalCsvAdapter, sharedData(`${FOLDER}/amendments/32026R1941.csv`));
    expect([...result.byId.keys()]).toEqual(['eu-32016R0044-V-1', 'eu-32016R0044-V-1-sanction']);
  });
});

describe('euJournalCsvAdapter on bad input', () => {
  it('rejects a header without the required columns', async () => {
    const error = await readError(await tempCsv('celex,recordId,programKey,name\n32099R0001,1,EU-X,Foo\n'));
    expect(error.issue).toMatchObject({ code: 'wrong-columns', line: 1 });
  });

  it('rejects a file cut short inside a quoted field, naming the line', async () => {
    const row = `32099R0001,1,EU-RUS,I,Asset freeze,1.1.2024,"Reason cut`;
    const error = await readError(await tempCsv(`${CONSOLIDATED_HEADER}\n${row}`));
    expect(error.issue).toMatchObject({ code: 'malformed', line: 2 });
  });

  it('rejects an empty file', async () => {
    expect((await readError(await tempCsv(''))).issue.code).toBe('empty-file');
  });

  it('rejects a folder without entity files', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'vigil-eu-'));
    await mkdir(join(folder, 'consolidated'));
    expect((await readError(folder)).issue.code).toBe('missing-file');
  });

  it('reports an unknown schema and a bad start date by line, keeping the good rows', async () => {
    const rows = [
      `32099R0001,1,EU-RUS,I,Asset freeze,1.1.2024,,Spaceship,Enterprise${EMPTY_ENTITY_CELLS}`,
      `32099R0001,2,EU-RUS,I,Asset freeze,31.2.2024,,Person,Ivan PETROV${EMPTY_ENTITY_CELLS}`,
    ];
    const result = await readSource(euJournalCsvAdapter, await tempCsv(`${CONSOLIDATED_HEADER}\n${rows.join('\n')}\n`));
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'bad-value', line: 2, field: 'schema', value: 'Spaceship' }),
      expect.objectContaining({ code: 'bad-date', line: 3, field: 'startDate', value: '31.2.2024' }),
    ]);
    expect([...result.byId.keys()]).toEqual(['eu-32099R0001-I-2', 'eu-32099R0001-I-2-sanction']);
  });
});
