import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSource, type ReadResult, rejection } from '../../../test/read-source.js';
import { sharedData } from '../../../test/shared-data.js';
import { ukCsvAdapter, ukTablesAdapter } from './index.js';

/** A 15-row excerpt in the published layout; names, ids and dates as on the list, other details made up. */
const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test', 'fixtures', 'uk-csv', 'UK-Sanctions-List.csv');

describe('ukCsvAdapter on the fixture', () => {
  let csv: ReadResult;
  let tables: ReadResult;
  beforeAll(async () => {
    csv = await readSource(ukCsvAdapter, FIXTURE);
    tables = await readSource(ukTablesAdapter, sharedData('uk/covyr_uk_sanctions_list_2026-05'));
  });
  const party = (id: string) => csv.byId.get(id)?.properties;

  it('groups the 15 rows into 5 designations, each with its Sanction, dated by the Report Date', () => {
    expect(csv.entities.map((e) => e.id)).toEqual([
      'gb-RUS1090', 'gb-RUS1090-sanction', 'gb-LIB0071', 'gb-LIB0071-sanction', 'gb-LIB0077', 'gb-LIB0077-sanction',
      'gb-AFG0011', 'gb-AFG0011-sanction', 'gb-RUS2176', 'gb-RUS2176-sanction',
    ]);
    expect(csv.issues).toEqual([]);
    expect(csv.published).toBe('2026-05-13');
  });

  it('gives the Wagner Group the same id, schema, names and sanction as the tables do', () => {
    const fromCsv = csv.byId.get('gb-RUS1090');
    const fromTables = tables.byId.get('gb-RUS1090');
    expect(fromCsv?.schema).toBe(fromTables?.schema);
    for (const prop of ['name', 'alias', 'weakAlias', 'program', 'topics']) {
      expect(fromCsv?.properties[prop]).toEqual(fromTables?.properties[prop]);
    }
    expect(fromCsv?.properties['alias']).toEqual(['ChVK Vagner', 'ChVK Wagner', 'PMC Vagner', 'PMC Wagner', 'Vagner Group']);
    expect(fromCsv?.properties['notes']).toEqual(['OFSI group ID 15033', 'Linked to Yevgeniy Viktorovich PRIGOZHIN.']);
    const sanctionCsv = party('gb-RUS1090-sanction');
    const sanctionTables = tables.byId.get('gb-RUS1090-sanction')?.properties;
    for (const prop of ['entity', 'authority', 'authorityId', 'country', 'program', 'summary', 'listingDate', 'modifiedAt', 'sourceUrl']) {
      expect(sanctionCsv?.[prop]).toEqual(sanctionTables?.[prop]);
    }
    // The CSV states the measures; the tables do not.
    expect(sanctionCsv?.['provisions']).toEqual(['Asset freeze', 'Trust services sanctions']);
    expect(sanctionCsv?.['reason']?.[0]).toMatch(/^The Wagner Group is a Russian private military company/);
  });

  it('reads Prigozhin as the tables do, plus the Cyrillic name and the CSV-only details', () => {
    const p = party('gb-LIB0071');
    const t = tables.byId.get('gb-LIB0071')?.properties;
    for (const prop of ['name', 'firstName', 'middleName', 'lastName', 'passportNumber', 'nationality', 'birthCountry', 'notes']) {
      expect(p?.[prop]).toEqual(t?.[prop]);
    }
    expect(p?.['alias']).toEqual(['Evgeny Prigozhin', 'Yevgeny Prigozhin', 'Евгений Викторович Пригожин']);
    expect(p?.['name']).not.toContain('Евгений Викторович Пригожин');
    expect(p?.['birthDate']).toEqual(['1961-06-01']);
    expect(p?.['gender']).toEqual(['male']);
    expect(p?.['birthPlace']).toEqual(['St Petersburg (then Leningrad)']);
  });

  it('reads partial dates of birth, alias strengths and the UN reference of AFG0011', () => {
    const p = party('gb-AFG0011');
    expect(p?.['birthDate']).toEqual(['1963', '1961']);
    expect(p?.['alias']).toEqual(['Abdul Latif MANSOOR']);
    expect(p?.['weakAlias']).toEqual(['Wali MOHAMMAD']);
    expect(p?.['passportNumber']).toEqual(['D0009720']);
    expect(p?.['title']).toEqual(['Maulavi']);
    expect(p?.['country']).toEqual(['af']);
    expect(p?.['address']).toBeUndefined();
    expect(party('gb-AFG0011-sanction')?.['unscId']).toEqual(['TAi.007']);
    expect(party('gb-AFG0011-sanction')?.['provisions']).toEqual(['Asset freeze', 'Travel ban', 'Arms embargo']);
  });

  it('reads a ship: IMO number with its prefix, flags as codes, build year', () => {
    expect(csv.byId.get('gb-RUS2176')?.schema).toBe('Vessel');
    const p = party('gb-RUS2176');
    expect(p?.['imoNumber']).toEqual(['IMO9826902']);
    expect(p?.['imoNumber']).toEqual(tables.byId.get('gb-RUS2176')?.properties['imoNumber']);
    expect(p?.['flag']).toEqual(['lr']);
    expect(p?.['pastFlags']).toEqual(['ru']);
    expect(p?.['buildDate']).toEqual(['2020']);
    expect(p?.['notes']).toContain('Current owner/operator (s): Sovcomflot');
    expect(party('gb-RUS2176-sanction')?.['authorityId']).toBeUndefined();
  });
});

/** The fixture's Report Date line, header and rows, with `edit` applied to the text. */
async function editedFixture(edit: (text: string) => string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vigil-uk-csv-'));
  const path = join(dir, 'UK-Sanctions-List.csv');
  await writeFile(path, edit(await readFile(FIXTURE, 'utf8')));
  return path;
}

/** Lines of the fixture (BOM dropped): [report date, header, rows...]. */
async function fixtureLines(): Promise<string[]> {
  return (await readFile(FIXTURE, 'utf8')).replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '');
}

describe('ukCsvAdapter on broken files', () => {
  it('fails with wrong-columns, at the header line, on another header', async () => {
    const path = await editedFixture((t) => t.replace('Designation Type', 'Group Type'));
    const issue = await rejection(readSource(ukCsvAdapter, path));
    expect(issue).toMatchObject({ code: 'wrong-columns', file: path, line: 2 });
  });

  it('fails with wrong-columns on line 1 when a file without Report Date has another header', async () => {
    const path = await editedFixture(() => 'Name 6,Name 1,Group ID\nWAGNER,,15033\n');
    const issue = await rejection(readSource(ukCsvAdapter, path));
    expect(issue).toMatchObject({ code: 'wrong-columns', file: path, line: 1 });
  });

  it('fails with malformed on a file cut off inside a quoted field', async () => {
    const lines = await fixtureLines();
    const path = await editedFixture(() => `${lines.slice(0, 4).join('\r\n')}\r\n09/04/2025,RUS1090,15033,,"PMC Vag`);
    const issue = await rejection(readSource(ukCsvAdapter, path));
    expect(issue).toMatchObject({ code: 'malformed', file: path });
  });

  it('fails with empty-file on an empty file and on a Report Date without a header', async () => {
    const empty = await editedFixture(() => '');
    expect(await rejection(readSource(ukCsvAdapter, empty))).toEqual({ code: 'empty-file', file: empty });
    const dateOnly = await editedFixture(() => 'Report Date: 13-May-2026\r\n');
    expect(await rejection(readSource(ukCsvAdapter, dateOnly))).toEqual({ code: 'empty-file', file: dateOnly });
  });

  it('reports short rows, bad dates and types, and a Unique ID that comes back later', async () => {
    const lines = await fixtureLines();
    const wagner = lines[2] ?? '';
    const path = await editedFixture(() => [
      ...lines.slice(0, 3),
      '09/04/2025,RUS1090,15033',
      wagner.replace('Wagner Group', 'Wagner PMC').replace(',Primary Name,', ',Nickname,').replace('24/03/2022', '2022/24/03'),
      (lines[8] ?? '').replace('Individual', 'Person'),
      lines[16] ?? '',
      wagner.replace('Wagner Group', 'Wagner'),
    ].join('\r\n'));
    const { entities, issues } = await readSource(ukCsvAdapter, path);
    expect(entities.filter((e) => e.target).map((e) => e.id)).toEqual(['gb-RUS1090', 'gb-RUS2176']);
    expect(issues).toEqual([
      { code: 'field-count', file: path, line: 4, expected: 58, got: 3 },
      { code: 'bad-date', file: path, line: 5, field: 'Date Designated', value: '2022/24/03' },
      { code: 'bad-value', file: path, line: 5, field: 'Name type', value: 'Nickname', message: 'unknown name type, read as an alias' },
      { code: 'bad-value', file: path, line: 6, field: 'Designation Type', value: 'Person', message: 'not Individual, Entity or Ship' },
      { code: 'duplicate-id', file: path, line: 8, id: 'RUS1090' },
    ]);
    expect(entities[0]?.properties['alias']).toEqual(['Wagner PMC']);
    // The first row's designation date is kept; the later row's bad one is only reported.
    expect(entities[1]?.properties['listingDate']).toEqual(['2022-03-24']);
  });

  it('reports dates it cannot read, with the column', async () => {
    const path = await editedFixture((t) => t.replaceAll('01/06/1961', '31/06/1961').replace('Report Date: 13-May-2026', 'Report Date: soon'));
    const { issues, published } = await readSource(ukCsvAdapter, path);
    expect(published).toBeUndefined();
    expect(issues).toEqual([
      { code: 'bad-date', file: path, line: 1, field: 'Report Date', value: 'soon' },
      { code: 'bad-date', file: path, line: 9, field: 'D.O.B', value: '31/06/1961' },
      { code: 'bad-date', file: path, line: 10, field: 'D.O.B', value: '31/06/1961' },
      { code: 'bad-date', file: path, line: 11, field: 'D.O.B', value: '31/06/1961' },
    ]);
  });

  it('joins the address lines and postcode with the country into one address', async () => {
    const path = await editedFixture((t) => t.replaceAll(
      'Province.,,,,,,,,,Afghanistan,',
      'Province.,,Kabul Street 1,,,,Kabul,,1001,Afghanistan,',
    ));
    const { byId } = await readSource(ukCsvAdapter, path);
    expect(byId.get('gb-AFG0011')?.properties['address']).toEqual(['Kabul Street 1, Kabul, 1001, Afghanistan']);
    expect(byId.get('gb-AFG0011')?.properties['country']).toEqual(['af']);
  });
});
