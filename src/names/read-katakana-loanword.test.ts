import { describe, expect, it } from 'vitest';
import { readKatakanaLoanword } from './read-katakana-loanword.js';
import { latinVariants, loanwordReading } from './transliterate.js';

describe('readKatakanaLoanword', () => {
  it('drops the vowel katakana adds after a final consonant', () => {
    expect(readKatakanaLoanword('バラク・オバマ')).toBe('barak obama');
    expect(readKatakanaLoanword('ドナルド')).toBe('donarud');
    expect(latinVariants('バラク・オバマ')).toEqual(['baraku obama', 'barak obama']);
    expect(loanwordReading('バラク・オバマ')).toBe('barak obama');
  });

  it('leaves hiragana, kanji, short words and a final -tsu alone', () => {
    expect(readKatakanaLoanword('やまだ たろう')).toBe(undefined);
    expect(readKatakanaLoanword('山田太郎')).toBe(undefined);
    expect(readKatakanaLoanword('オバマ')).toBe(undefined);
    expect(readKatakanaLoanword('ミャンマー')).toBe(undefined);
    expect(readKatakanaLoanword('ハリマツ')).toBe(undefined);
  });
});
