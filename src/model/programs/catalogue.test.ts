import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, it, expect } from 'vitest';
import { sharedData } from '../../../test/shared-data.js';
import { PROGRAMS, lookupProgram, type ProgramAuthority } from './index.js';

async function csvRows(path: string, encoding: BufferEncoding = 'utf8'): Promise<string[][]> {
  const text = (await readFile(path, encoding)).replace(/\x1a\s*$/, '');
  return parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
}

/** Distinct OFAC tags of column 4 (`TCO] [UKRAINE-EO13660`), as the lists write them. */
async function ofacCodes(relative: string): Promise<Set<string>> {
  const codes = new Set<string>();
  for (const row of await csvRows(sharedData(relative), 'latin1')) {
    const programs = (row[3] ?? '').trim();
    if (programs === '' || programs === '-0-') continue;
    for (const code of programs.replace(/^\[|\]$/g, '').split('] [')) codes.add(code.trim());
  }
  return codes;
}

async function unCodes(): Promise<Set<string>> {
  const xml = await readFile(sharedData('un/consolidated.xml'), 'utf8');
  return new Set([...xml.matchAll(/<UN_LIST_TYPE>([^<]+)</g)].map((m) => (m[1] ?? '').trim()));
}

async function euCodes(): Promise<Set<string>> {
  const root = sharedData('eu/opensanctions_eu_journal');
  const codes = new Set<string>();
  for (const folder of ['amendments', 'consolidated']) {
    for (const name of (await readdir(join(root, folder))).filter((n) => n.endsWith('.csv'))) {
      const [header = [], ...rows] = await csvRows(join(root, folder, name));
      const column = header.indexOf('programKey');
      expect(column, name).toBeGreaterThanOrEqual(0);
      for (const row of rows) if (row[column]) codes.add(row[column]);
    }
  }
  return codes;
}

async function ukCodes(): Promise<Set<string>> {
  const [header = [], ...rows] = await csvRows(sharedData('uk/covyr_uk_sanctions_list_2026-05/subjects.csv'));
  const column = header.indexOf('unique_id');
  return new Set(rows.map((row) => /^[A-Z]+/.exec(row[column] ?? '')?.[0] ?? `(no prefix: ${row[column]})`));
}

function uncatalogued(codes: Set<string>, authority: ProgramAuthority): string[] {
  return [...codes].filter((code) => !lookupProgram(code, authority));
}

describe('programme catalogue covers the real lists', () => {
  it('has every OFAC tag of the SDN, consolidated and legacy lists', async () => {
    const codes = new Set([
      ...(await ofacCodes('ofac/sdn_2024-05-03/sdn.csv')),
      ...(await ofacCodes('ofac/consolidated_nonsdn_2025-12/cons_prim.csv')),
      ...(await ofacCodes('ofac/legacy_set_2021-07/sdn.csv')),
    ]);
    expect(codes.size).toBe(81);
    expect(uncatalogued(codes, 'us-ofac')).toEqual([]);
  });

  it('has every UN list type', async () => {
    const codes = await unCodes();
    expect(codes.size).toBe(14);
    expect(uncatalogued(codes, 'un-sc')).toEqual([]);
  });

  it('has every EU programme key', async () => {
    const codes = await euCodes();
    expect(codes.size).toBe(32);
    expect(uncatalogued(codes, 'eu')).toEqual([]);
  });

  it('has every UK regime prefix', async () => {
    const codes = await ukCodes();
    expect(codes.size).toBe(31);
    expect(uncatalogued(codes, 'gb')).toEqual([]);
  });
});

describe('lookupProgram', () => {
  it('knows what the codes mean', () => {
    expect(lookupProgram('TCO')).toMatchObject({ authority: 'us-ofac', title: 'Transnational Criminal Organizations', comprehensive: false, countries: [] });
    expect(lookupProgram('TCO')?.legalBasis).toContain('EO 13581');
    expect(lookupProgram('CUBA', 'us-ofac')).toMatchObject({ comprehensive: true, countries: ['cu'] });
    expect(lookupProgram('RUSSIA-EO14024', 'us-ofac')).toMatchObject({ comprehensive: false, countries: [], legalBasis: 'EO 14024; 31 CFR 587' });
    expect(lookupProgram('UKRAINE-EO13685')).toMatchObject({ comprehensive: true, countries: ['ua-cri'] });
    expect(lookupProgram('EU-UKR')?.legalBasis).toContain('No 269/2014');
    expect(lookupProgram('RUS', 'gb')?.legalBasis).toBe('The Russia (Sanctions) (EU Exit) Regulations 2019');
  });

  it('keys colliding codes by authority and refuses to guess without one', () => {
    expect(lookupProgram('DPRK', 'us-ofac')).toMatchObject({ countries: ['kp'], comprehensive: true });
    expect(lookupProgram('DPRK', 'un-sc')).toMatchObject({ legalBasis: 'UNSC resolution 1718 (2006)', comprehensive: false, countries: [] });
    expect(lookupProgram('DPRK')).toBeUndefined();
    expect(lookupProgram('CAR')).toBeUndefined();
    expect(lookupProgram('TCO', 'eu')).toBeUndefined();
  });

  it('finds UN regimes by reference prefix too, ignoring case and spaces', () => {
    expect(lookupProgram('QD', 'un-sc')?.code).toBe('Al-Qaida');
    expect(lookupProgram(' al-qaida ')?.legalBasis).toBe('UNSC resolutions 1267 (1999), 1989 (2011), 2253 (2015)');
    expect(lookupProgram('caatsa - russia')?.code).toBe('CAATSA - RUSSIA');
    expect(lookupProgram('NOT-A-PROGRAM')).toBeUndefined();
  });
});

describe('PROGRAMS', () => {
  it('has no code twice within an authority', () => {
    const keys = PROGRAMS.flatMap((p) => [p.code, ...p.aliases].map((c) => `${p.authority}:${c.toUpperCase()}`));
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('gives countries to every comprehensive programme, and otherwise only to Belarus', () => {
    expect(PROGRAMS.filter((p) => p.comprehensive && p.countries.length === 0)).toEqual([]);
    const listBasedWithCountries = PROGRAMS.filter((p) => !p.comprehensive && p.countries.length > 0);
    expect(new Set(listBasedWithCountries.flatMap((p) => p.countries))).toEqual(new Set(['by']));
  });
});
