import { describe, expect, it } from 'vitest';
import { entityId, type Entity } from '../model/index.js';
import { borrowBirthDates } from './borrow-birth-dates.js';
import { buildEntityProfile } from './entity-profile.js';
import { UNIFORM_WEIGHTS } from './token-weights.js';

const listing = (id: string, dataset: string, name: string, extra: Record<string, string[]> = {}): Entity => ({
  id: entityId(id),
  schema: 'Person',
  caption: name,
  properties: { name: [name], ...extra },
  datasets: [dataset],
  referents: [],
  target: true,
  first_seen: '2026-01-01',
  last_seen: '2026-01-01',
  last_change: '2026-01-01',
});

/** The birth dates each listing is scored with, and where borrowed ones came from. */
function borrowed(parties: Entity[]): Record<string, [string[], string[] | undefined]> {
  const profiles = parties.map((e) => buildEntityProfile(e.schema, e.properties, UNIFORM_WEIGHTS));
  borrowBirthDates(parties, profiles);
  return Object.fromEntries(parties.map((e, i) => [e.id, [profiles[i]!.birthDates, profiles[i]!.birthDatesFrom]]));
}

describe('borrowBirthDates', () => {
  it("gives a listing without a date another list's date for the same words, in any order", () => {
    const out = borrowed([
      listing('un-1', 'un', 'SADDAM HUSSEIN AL-TIKRITI', { birthDate: ['1937-04-28'] }),
      listing('gb-1', 'gb', 'AL-TIKRITI, Saddam Hussein'),
    ]);
    expect(out['gb-1']).toEqual([['1937-04-28'], ['un-1']]);
    expect(out['un-1']).toEqual([['1937-04-28'], undefined]);
  });

  it('lends only a listing\'s own dates, and never within one list, not even through another list', () => {
    const out = borrowed([
      listing('eu-1', 'eu', 'Kim Yong Chol', { birthDate: ['1946'] }),
      listing('gb-1', 'gb', 'Kim Yong Chol'),
      // The EU names two parties alike: they are two, whatever the UK's listing borrowed from one.
      listing('eu-2', 'eu', 'Kim Yong Chol'),
    ]);
    expect(out['gb-1']).toEqual([['1946'], ['eu-1']]);
    expect(out['eu-2']).toEqual([[], undefined]);
  });

  it('lends nothing when the dates disagree, the countries contradict, or the name has fewer than three words', () => {
    const dates = borrowed([
      listing('un-1', 'un', 'Ali Hassan Ahmad', { birthDate: ['1950'] }),
      listing('us-1', 'us', 'Ali Hassan Ahmad', { birthDate: ['1975'] }),
      listing('gb-1', 'gb', 'Ali Hassan Ahmad'),
    ]);
    expect(dates['gb-1']).toEqual([[], undefined]);
    const countries = borrowed([
      listing('un-1', 'un', 'Ali Hassan Ahmad', { birthDate: ['1950'], nationality: ['iq'] }),
      listing('gb-1', 'gb', 'Ali Hassan Ahmad', { nationality: ['sy'] }),
    ]);
    expect(countries['gb-1']).toEqual([[], undefined]);
    const short = borrowed([listing('un-1', 'un', 'Ali Hassan', { birthDate: ['1950'] }), listing('gb-1', 'gb', 'Ali Hassan')]);
    expect(short['gb-1']).toEqual([[], undefined]);
  });
});
