import { beforeAll, describe, expect, it } from 'vitest';
import { readSource, type ReadResult } from '../../../test/read-source.js';
import { sharedData } from '../../../test/shared-data.js';
import { unXmlAdapter } from './index.js';

const FILE = sharedData('un/consolidated.xml');

describe('unXmlAdapter on un/consolidated.xml', () => {
  let result: ReadResult;
  beforeAll(async () => {
    result = await readSource(unXmlAdapter, FILE);
  });

  const props = (id: string) => result.byId.get(id)?.properties;

  it('reads every listed party, one Sanction each', () => {
    const count = (schema: string) => result.entities.filter((e) => e.schema === schema).length;
    expect(count('Person')).toBe(730);
    expect(count('Organization')).toBe(273);
    expect(count('Sanction')).toBe(1003);
    expect(count('UnknownLink')).toBe(506);
    const parties = result.entities.filter((e) => e.target);
    expect(parties).toHaveLength(1003);
    expect(parties.every((p) => result.byId.get(`${p.id}-sanction`)?.properties['entity']?.[0] === p.id)).toBe(true);
    expect(result.published).toBe('2026-02-27T00:00:09.554Z');
  });

  it('maps four name parts and the Arabic original script (IQi.002)', () => {
    expect(result.byId.get('un-IQi.002')?.schema).toBe('Person');
    expect(props('un-IQi.002')).toEqual({
      name: ['QUSAY SADDAM HUSSEIN AL-TIKRITI', 'قصي صدام حسين التكريتي'],
      firstName: ['QUSAY'],
      secondName: ['SADDAM'],
      middleName: ['HUSSEIN'],
      lastName: ['AL-TIKRITI'],
      birthDate: ['1965', '1966'],
      birthPlace: ['Baghdad, Iraq'],
      birthCountry: ['iq'],
      nationality: ['iq'],
      program: ['Iraq'],
      topics: ['sanction'],
      unscId: ['IQi.002'],
    });
  });

  it('keeps Low-quality aliases as weakAlias and passport numbers (QDi.349)', () => {
    const p = props('un-QDi.349');
    expect(p?.['weakAlias']).toEqual(['Pak Zahra', 'Abu Zahra']);
    expect(p?.['alias']).toBeUndefined();
    expect(p?.['passportNumber']).toEqual(['A2062513']);
    expect(p?.['idNumber']).toBeUndefined();
    expect(props('un-QDi.349-sanction')).toEqual({
      entity: ['un-QDi.349'],
      authority: ['United Nations Security Council'],
      program: ['Al-Qaida'],
      programId: ['UN-QD'],
      unscId: ['QDi.349'],
      listingDate: ['2015-03-13'],
      modifiedAt: ['2020-11-24'],
      provisions: ['Asset freeze, travel ban, arms embargo'],
      sourceUrl: ['https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list'],
    });
  });

  it('turns a BETWEEN birth date into its years (KPi.066), with no modifiedAt for a blank LAST_DAY_UPDATED', () => {
    const p = props('un-KPi.066');
    expect(p?.['birthDate']).toEqual(['1967', '1968', '1969']);
    expect(p?.['firstName']).toEqual(['KIM']);
    expect(p?.['lastName']).toEqual(['JONG SIK']);
    expect(p?.['secondName']).toBeUndefined();
    expect(props('un-KPi.066-sanction')?.['modifiedAt']).toBeUndefined();
  });

  it('reads an ENTITY as an Organization with a.k.a., f.k.a., address and the latest update (CDe.001)', () => {
    expect(result.byId.get('un-CDe.001')?.schema).toBe('Organization');
    const p = props('un-CDe.001');
    expect(p?.['name']).toEqual(['ADF']);
    expect(p?.['alias']).toEqual(['Allied Democratic Forces']);
    expect(p?.['previousName']).toEqual(['Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda', 'ADF/NALU', 'NALU']);
    expect(p?.['address']).toEqual(['North Kivu, Democratic Republic of the Congo']);
    expect(p?.['country']).toEqual(['cd']);
    expect(p?.['firstName']).toBeUndefined();
    expect(props('un-CDe.001-sanction')?.['modifiedAt']).toEqual(['2020-08-19']);
    expect(props('un-CDe.001-sanction')?.['programId']).toEqual(['UN-CD']);
  });

  it('reads a LISTED_ON with a time-zone suffix (QDi.352: 2015-04-07-04:00)', () => {
    expect(props('un-QDi.352-sanction')?.['listingDate']).toEqual(['2015-04-07']);
  });

  it('keeps gender, addresses with their note, and a document without NUMBER in notes', () => {
    expect(props('un-CDi.001')?.['gender']).toEqual(['male']);
    expect(props('un-CDi.001')?.['address']).toEqual(['Rwanda (as of early 2016)']);
    expect(props('un-CDi.001')?.['country']).toEqual(['rw']);
    expect(props('un-QDi.060')?.['notes']).toContain('Passport: Tunisian passport number L 191609 issued on 28 Feb. 1996, expired on 27 Feb. 2001');
    expect(props('un-QDi.060')?.['passportNumber']).toBeUndefined();
  });

  it('links parties whose comments cite listed reference numbers, and reports the others', () => {
    expect(props('un-link-QDi.349-QDe.092')).toEqual({ subject: ['un-QDi.349'], object: ['un-QDe.092'], role: ['mentioned in listing'] });
    expect(result.byId.has('un-link-QDi.349-QDe.147')).toBe(true);
    // QDi.317 is cited but no longer on the list.
    expect(result.byId.has('un-link-QDi.325-QDi.317')).toBe(false);
    expect(result.issues).toContainEqual({ code: 'unresolved-link', file: FILE, line: 24719, from: 'un-QDi.325', value: 'QDi.317' });
  });

  it('reports exactly the unreadable birth dates and unresolved links of the file', () => {
    const codes = result.issues.map((i) => i.code);
    expect(codes.filter((c) => c === 'unresolved-link')).toHaveLength(7);
    expect(result.issues.filter((i) => i.code === 'bad-date')).toEqual([
      { code: 'bad-date', file: FILE, line: 13391, field: 'INDIVIDUAL_DATE_OF_BIRTH/NOTE', value: '30-35 years old' },
      { code: 'bad-date', file: FILE, line: 22634, field: 'INDIVIDUAL_DATE_OF_BIRTH/NOTE', value: '24/06/1402 (Hijri Calendar)' },
      { code: 'bad-date', file: FILE, line: 23633, field: 'INDIVIDUAL_DATE_OF_BIRTH/NOTE', value: 'Between Aug. and Sep. 1977' },
    ]);
    expect(result.issues).toHaveLength(10);
  });
});
