import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSource, type ReadResult, rejection } from '../../../test/read-source.js';
import { sharedData } from '../../../test/shared-data.js';
import { ukTablesAdapter } from './index.js';

const FOLDER = 'uk/covyr_uk_sanctions_list_2026-05';
const FILES = ['subjects.csv', 'subject_names.csv', 'subject_dobs.csv', 'subject_identifiers.csv', 'subject_countries.csv'];

describe('ukTablesAdapter on the UK list of 2026-05', () => {
  let result: ReadResult;
  beforeAll(async () => {
    result = await readSource(ukTablesAdapter, sharedData(FOLDER));
  });
  const party = (id: string) => result.byId.get(id)?.properties;

  it('reads one party and one Sanction per subject, with no issues', () => {
    const bySchema: Record<string, number> = {};
    for (const e of result.entities) bySchema[e.schema] = (bySchema[e.schema] ?? 0) + 1;
    expect(bySchema).toEqual({ Person: 3883, Organization: 1531, Vessel: 632, Sanction: 6046 });
    expect(result.entities.filter((e) => e.target)).toHaveLength(6046);
    expect(result.issues).toEqual([]);
    expect(result.published).toBeUndefined();
  });

  it('maps RUS1090 to the Wagner Group with its five variations and a Russia sanction', () => {
    expect(result.byId.get('gb-RUS1090')).toEqual({
      id: 'gb-RUS1090',
      schema: 'Organization',
      target: true,
      properties: {
        name: ['Wagner Group'],
        alias: ['ChVK Vagner', 'ChVK Wagner', 'PMC Vagner', 'PMC Wagner', 'Vagner Group'],
        notes: ['OFSI group ID 15033'],
        program: ['RUS'],
        topics: ['sanction'],
      },
    });
    expect(result.byId.get('gb-RUS1090-sanction')).toEqual({
      id: 'gb-RUS1090-sanction',
      schema: 'Sanction',
      target: false,
      properties: {
        entity: ['gb-RUS1090'],
        authority: ['Foreign, Commonwealth and Development Office'],
        authorityId: ['15033'],
        country: ['gb'],
        program: ['RUS'],
        summary: ['Russia'],
        listingDate: ['2022-03-24'],
        modifiedAt: ['2025-04-09'],
        provisions: ['Asset freeze'],
        sourceUrl: ['https://www.gov.uk/government/publications/the-uk-sanctions-list'],
      },
    });
  });

  it('maps LIB0071 to Prigozhin as a person with name parts, passport and countries', () => {
    const p = party('gb-LIB0071');
    expect(result.byId.get('gb-LIB0071')?.schema).toBe('Person');
    expect(p?.['name']).toEqual(['Yevgeniy Viktorovich Prigozhin']);
    expect(p?.['alias']).toEqual(['Evgeny Prigozhin', 'Yevgeny Prigozhin']);
    expect(p?.['firstName']).toEqual(['Yevgeniy']);
    expect(p?.['middleName']).toEqual(['Viktorovich']);
    expect(p?.['lastName']).toEqual(['Prigozhin']);
    expect(p?.['passportNumber']).toEqual(['40 07 136936']);
    expect(p?.['nationality']).toEqual(['ru']);
    expect(p?.['birthCountry']).toEqual(['ru']);
    expect(p?.['program']).toEqual(['LIB']);
    expect(party('gb-LIB0071-sanction')?.['summary']).toEqual(['Libya']);
    expect(party('gb-LIB0071-sanction')?.['listingDate']).toEqual(['2020-12-31']);
  });

  it('keeps Africa Corps (LIB0077) apart from the Wagner Group whose names it shares', () => {
    expect(party('gb-LIB0077')?.['name']).toEqual(['Africa Corps']);
    expect(party('gb-LIB0077')?.['alias']).toEqual(['Expeditionary Corps', 'PMC Wagner', 'Wagner Group']);
    expect(party('gb-LIB0077')?.['program']).toEqual(['LIB']);
    expect(party('gb-RUS1090')?.['alias']).not.toContain('Expeditionary Corps');
  });

  it('gives entity names no person name parts', () => {
    expect(party('gb-RUS1090')?.['firstName']).toBeUndefined();
    expect(party('gb-RUS1090')?.['lastName']).toBeUndefined();
  });

  it('puts low-quality aliases in weakAlias and good ones in alias', () => {
    expect(party('gb-AFG0009')?.['weakAlias']).toEqual(['Mudir']);
    expect(party('gb-AFG0009')?.['alias'] ?? []).not.toContain('Mudir');
    expect(party('gb-AFG0011')?.['alias']).toEqual(['Abdul Latif MANSOOR', 'Wali MOHAMMAD']);
    expect(party('gb-AFG0011')?.['weakAlias']).toBeUndefined();
  });

  it('writes dates of birth to the precision the table gives', () => {
    const dates = party('gb-AQD0164')?.['birthDate'] ?? [];
    expect(dates).toContain('1972-06-01');
    expect(dates).toContain('1958-09');
    expect(dates).toContain('1976');
    expect(dates).not.toContain('1958-09-01');
  });

  it('maps identifiers by type: IMO numbers with their prefix, INN numbers to innCode', () => {
    expect(party('gb-RUS2176')?.['imoNumber']).toEqual(['IMO9826902']);
    expect(result.byId.get('gb-RUS2176')?.schema).toBe('Vessel');
    expect(party('gb-DPR0076')?.['imoNumber']).toEqual(['IMO8628597']);
    expect(party('gb-RUS2122')?.['innCode']).toEqual(['770701114560']);
    expect(party('gb-RUS2122')?.['idNumber'] ?? []).not.toContain('770701114560');
    expect(party('gb-AFG0012')?.['idNumber']).toEqual(['2132370', '812673']);
  });

  it('codes countries from the iso column, or from the name when the table has no code', () => {
    expect(party('gb-GAC0031')?.['birthCountry']).toEqual(['xk']);
    expect(party('gb-RUS0056')?.['birthCountry']).toEqual(['suhh']);
    expect(party('gb-GHR0055')?.['birthCountry']).toEqual(['Former USSR']);
    expect(party('gb-AFG0011')?.['country']).toEqual(['af']);
  });

  it('carries the UN reference number to the Sanction', () => {
    expect(party('gb-AFG0001-sanction')?.['unscId']).toEqual(['TAe.010']);
    expect(party('gb-RUS1090-sanction')?.['unscId']).toBeUndefined();
  });
});

/** A folder holding the first lines of each real table plus the rows of the given subjects. */
async function miniTables(ids: string[], edit: Record<string, (text: string) => string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vigil-uk-tables-'));
  for (const name of FILES) {
    const lines = (await readFile(join(sharedData(FOLDER), name), 'utf8')).split('\n');
    const keep = [lines[0] ?? '', ...lines.filter((l) => ids.some((id) => l.includes(`,${id},`) || l.startsWith(`${id},`)))];
    const text = keep.join('\n') + '\n';
    await writeFile(join(dir, name), edit[name] ? edit[name](text) : text);
  }
  return dir;
}

describe('ukTablesAdapter on broken tables', () => {
  it('reads a folder of two subjects, and accepts subjects.csv as the path', async () => {
    const dir = await miniTables(['RUS1090', 'LIB0071']);
    const byFolder = await readSource(ukTablesAdapter, dir);
    expect(byFolder.entities.map((e) => e.id)).toEqual(['gb-LIB0071', 'gb-LIB0071-sanction', 'gb-RUS1090', 'gb-RUS1090-sanction']);
    expect(byFolder.issues).toEqual([]);
    const byFile = await readSource(ukTablesAdapter, join(dir, 'subjects.csv'));
    expect(byFile.entities).toEqual(byFolder.entities);
  });

  it('lists the four child tables as required companions of subjects.csv', () => {
    expect(ukTablesAdapter.companionFiles('subjects.csv')).toEqual([
      { name: 'subject_names.csv', optional: false },
      { name: 'subject_dobs.csv', optional: false },
      { name: 'subject_identifiers.csv', optional: false },
      { name: 'subject_countries.csv', optional: false },
    ]);
  });

  it('fails with missing-file when a companion table is absent', async () => {
    const dir = await miniTables(['RUS1090']);
    await rm(join(dir, 'subject_dobs.csv'));
    const issue = await rejection(readSource(ukTablesAdapter, dir));
    expect(issue).toMatchObject({ code: 'missing-file', file: join(dir, 'subject_dobs.csv') });
  });

  it('reads a companion table given from another folder instead of the one beside subjects.csv', async () => {
    const dir = await miniTables(['RUS1090']);
    const other = await miniTables(['RUS1090'], { 'subject_names.csv': (text) => text.replaceAll('Wagner Group', 'Wagner Group Elsewhere') });
    await rm(join(dir, 'subject_dobs.csv'));
    const given = new Map([['subject_dobs.csv', join(other, 'subject_dobs.csv')], ['subject_names.csv', join(other, 'subject_names.csv')]]);
    const result = await readSource(ukTablesAdapter, dir, 'test', given);
    expect(result.issues).toEqual([]);
    expect(result.byId.get('gb-RUS1090')?.properties['name']).toEqual(['Wagner Group Elsewhere']);
    // A table not given is still the one beside subjects.csv.
    const ownNames = await readSource(ukTablesAdapter, dir, 'test', new Map([['subject_dobs.csv', join(other, 'subject_dobs.csv')]]));
    expect(ownNames.byId.get('gb-RUS1090')?.properties['name']).toEqual(['Wagner Group']);
  });

  it('fails with wrong-columns when subjects.csv has another header', async () => {
    const dir = await miniTables(['RUS1090'], { 'subjects.csv': (t) => t.replace('subject_type', 'kind') });
    const issue = await rejection(readSource(ukTablesAdapter, dir));
    expect(issue).toMatchObject({ code: 'wrong-columns', file: join(dir, 'subjects.csv'), line: 1 });
  });

  it('fails with empty-file on an empty table', async () => {
    const dir = await miniTables(['RUS1090'], { 'subject_names.csv': () => '' });
    const issue = await rejection(readSource(ukTablesAdapter, dir));
    expect(issue).toEqual({ code: 'empty-file', file: join(dir, 'subject_names.csv') });
  });

  it('fails with malformed on a table cut off inside a quoted field', async () => {
    const cut = (t: string): string => `${t}09300,RUS1091,primary,,"Wagner Gr`;
    const dir = await miniTables(['RUS1090'], { 'subject_names.csv': cut });
    const issue = await rejection(readSource(ukTablesAdapter, dir));
    expect(issue).toMatchObject({ code: 'malformed', file: join(dir, 'subject_names.csv') });
  });

  it('reports bad rows with their line and goes on', async () => {
    const dir = await miniTables(['RUS1090', 'LIB0071'], {
      // line 4: a second LIB0071; line 5: an unknown type; RUS1090 is designated on a bad date.
      'subjects.csv': (t) => `${t.replace('24/03/2022', '31/02/2022')}LIB0071,individual,,13968,31/12/2020,09/04/2025\nXYZ0001,robot,,,01/01/2020,01/01/2020\n`,
      // line 3 of the dobs: RUS1090 has no birth year; ORP0001 is no subject.
      'subject_dobs.csv': (t) => `${t}9998,RUS1090,,,,exact,\n9999,ORP0001,1961,06,01,exact,\n`,
      'subject_identifiers.csv': (t) => `${t}99999,LIB0071,13968,X1,driving_licence,\n`,
    });
    const { entities, issues } = await readSource(ukTablesAdapter, dir);
    expect(entities.filter((e) => e.target).map((e) => e.id)).toEqual(['gb-LIB0071', 'gb-RUS1090']);
    expect(issues).toEqual([
      { code: 'bad-date', file: join(dir, 'subject_dobs.csv'), line: 2, field: 'year', value: '' },
      { code: 'bad-value', file: join(dir, 'subject_identifiers.csv'), line: 5, field: 'identifier_type', value: 'driving_licence', message: 'unknown identifier type' },
      { code: 'bad-date', file: join(dir, 'subjects.csv'), line: 3, field: 'date_designated', value: '31/02/2022' },
      { code: 'duplicate-id', file: join(dir, 'subjects.csv'), line: 4, id: 'LIB0071' },
      { code: 'bad-value', file: join(dir, 'subjects.csv'), line: 5, field: 'subject_type', value: 'robot', message: 'not individual, entity or ship' },
      { code: 'bad-value', file: join(dir, 'subject_dobs.csv'), line: 3, field: 'unique_id', value: 'ORP0001', message: 'no subject with this id in subjects.csv' },
    ]);
    expect(entities.find((e) => e.id === 'gb-RUS1090-sanction')?.properties['listingDate']).toBeUndefined();
  });

  it('finds the tables whatever the case of their names', async () => {
    const dir = await miniTables(['RUS1090']);
    await rename(join(dir, 'subjects.csv'), join(dir, 'SUBJECTS.CSV'));
    const { entities } = await readSource(ukTablesAdapter, dir);
    expect(entities.map((e) => e.id)).toEqual(['gb-RUS1090', 'gb-RUS1090-sanction']);
  });
});
