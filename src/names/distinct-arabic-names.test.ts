import { describe, expect, it } from 'vitest';
import { areDistinctArabicNames } from './distinct-arabic-names.js';

describe('areDistinctArabicNames', () => {
  it('tells apart names that share a consonant skeleton', () => {
    expect(areDistinctArabicNames('hussein', 'hassan')).toBe(true);
    expect(areDistinctArabicNames('hasan', 'hossein')).toBe(true);
    expect(areDistinctArabicNames('omar', 'umair')).toBe(true);
    expect(areDistinctArabicNames('amir', 'umar')).toBe(true);
    expect(areDistinctArabicNames('amina', 'ayman')).toBe(true);
    expect(areDistinctArabicNames('abdullah', 'abdul')).toBe(true);
    expect(areDistinctArabicNames('abdel', 'abdallah')).toBe(true);
    expect(areDistinctArabicNames('abdullah', 'obaidullah')).toBe(true);
  });

  it('leaves the spellings of one name together', () => {
    for (const [a, b] of [['hussein', 'husayn'], ['hussain', 'huseyin'], ['hassan', 'hasan'], ['omar', 'umar'], ['amir', 'ameer'], ['abdullah', 'abdalla'], ['abdul', 'abdel']]) {
      expect(areDistinctArabicNames(a!, b!), `${a} / ${b}`).toBe(false);
    }
  });
});
