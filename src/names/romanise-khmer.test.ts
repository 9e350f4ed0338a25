import { describe, expect, it } from 'vitest';
import { romaniseKhmer } from './romanise-khmer.js';
import { latinVariants } from './transliterate.js';

describe('romaniseKhmer', () => {
  it('gives each consonant its inherent vowel, by its series, and reads a consonant without one as a final', () => {
    // any-ascii: bol pt.
    expect(romaniseKhmer('ប៉ុល ពត')).toBe('pol pot');
    expect(romaniseKhmer('ចៅ ភិរុណ')).toBe('chau phirun');
  });

  it('moves a consonant to the other series with ៊ and ៉, which changes how its vowel reads', () => {
    // ុ is o after a series-1 consonant and u after a series-2 one: ហ is series 1, ហ៊ series 2.
    expect(romaniseKhmer('ហ៊ុន')).toBe('hun');
    expect(romaniseKhmer('ហុន')).toBe('hon');
  });

  it('is the Latin spelling of a Khmer name', () => {
    expect(latinVariants('ប៉ុល ពត')[0]).toBe('pol pot');
  });
});
