import { describe, expect, it } from 'vitest';
import { hasQualifier, nameAlternatives } from './name-alternatives.js';

const names = (name: string): string[] => nameAlternatives(name).map((a) => a.name);

describe('nameAlternatives', () => {
  it('splits names packed with a slash', () => {
    expect(nameAlternatives("Al-Qa'ida/Islamic Army")).toEqual([
      { name: "Al-Qa'ida", droppedQualifier: false },
      { name: 'Islamic Army', droppedQualifier: false },
    ]);
  });

  it('drops a parenthesised qualifier, says so, then splits what is left', () => {
    expect(nameAlternatives('Deutsche Bank (Schweiz) AG')).toEqual([{ name: 'Deutsche Bank AG', droppedQualifier: true, qualifier: 'Schweiz' }]);
    expect(nameAlternatives('Bowne Global Solutions II (U.K.) Limited')[0]?.qualifier).toBe('U.K.');
    expect(names('Bank Melli Iran (UK) / Melli Bank')).toEqual(['Bank Melli Iran / Melli Bank', 'Bank Melli Iran', 'Melli Bank']);
    expect(hasQualifier('Bank of China (Hong Kong) Limited')).toBe(true);
    expect(hasQualifier('Bank of China Limited')).toBe(false);
  });

  it('keeps slashes of legal forms and abbreviations, and names with nothing outside brackets', () => {
    expect(names('Maersk A/S')).toEqual([]);
    expect(names('c/o Acme')).toEqual([]);
    expect(names('(Islamic Army)')).toEqual([]);
    expect(names('Vladimir Putin')).toEqual([]);
    expect(names(Array.from({ length: 100 }, (_, i) => `name${i}`).join('/'))).toEqual([]);
  });
});
