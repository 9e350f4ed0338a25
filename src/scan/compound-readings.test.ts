import { describe, expect, it } from 'vitest';
import { compoundReadings, joinedCompounds } from './compound-readings.js';

describe('joinedCompounds', () => {
  it('writes every spelling of a compound as one word', () => {
    for (const written of [['abd', 'al', 'aziz'], ['abdelaziz'], ['abdul', 'aziz'], ['abdulaziz']]) expect(joinedCompounds(written)).toEqual(['abdulaziz']);
    for (const written of [['salah', 'al', 'din'], ['salaheddine'], ['salah', 'uddin']]) expect(joinedCompounds(written)).toEqual(['salahdin']);
    expect(joinedCompounds(['abd', 'allah', 'ahmed'])).toEqual(['abdullah', 'ahmed']);
    expect(joinedCompounds(['vladimir', 'putin'])).toEqual(['vladimir', 'putin']);
  });
});

describe('compoundReadings', () => {
  it('reads a compound over the words it takes, not across a break, and not where it is written as filed', () => {
    const words = ['met', 'abd', 'al', 'aziz', 'and', 'abdulaziz', 'and', 'salaheddine'];
    const readings = compoundReadings(words, words.map(() => true));
    expect(readings[1]).toEqual([{ word: 'abdulaziz', span: 3 }]);
    expect(readings[5]).toBeUndefined();
    expect(readings[7]).toEqual([{ word: 'salahdin', span: 1 }]);
    expect(readings[0]).toBeUndefined();
    const broken = compoundReadings(['abd', 'al', 'aziz'], [true, true, false]);
    expect((broken[0] ?? []).some((r) => r.span === 3)).toBe(false);
  });
});
