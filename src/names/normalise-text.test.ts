import { describe, expect, it } from 'vitest';
import { collapseDoubledLetters, normaliseText } from './normalise-text.js';

describe('normaliseText', () => {
  it.each([
    ["O'Brien", 'obrien'],
    ["PRIVATE MILITARY COMPANY 'WAGNER'", 'private military company wagner'],
    ['AL-QAIDA', 'al qaida'],
    ['  Straße   Łódź ', 'strasse lodz'],
    ['Søren Ærø Đorđe Işık', 'soren aero dorde isik'],
    ['Vladímír Pútín', 'vladimir putin'],
    ['Vladimir Vladimirovič Putin', 'vladimir vladimirovic putin'],
    ['Ｆｕｌｌ　Ｗｉｄｔｈ', 'full width'],
    ['«Роснефть»', 'роснефть'],
  ])('%s -> %s', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it('keeps letters that are not an accent on another letter (й ё ї), and drops stress marks', () => {
    expect(normaliseText('ПУ́ТИН Евгений Пётр Їжак')).toBe('путин евгений пётр їжак');
    // decomposed й (и + U+0306) is recomposed, not stripped to и
    expect(normaliseText('Евгении\u0306')).toBe('евгений');
  });

  it('keeps Hangul syllables, kana voicing and Indic vowel signs whole', () => {
    expect(normaliseText('김정은')).toBe('김정은');
    expect(normaliseText('ウラジーミル・プーチン')).toBe('ウラジーミル プーチン');
    expect(normaliseText('व्लादिमीर')).toBe('व्लादिमीर');
  });

  it('drops Arabic harakat and tatweel', () => {
    expect(normaliseText('مُحَمَّد')).toBe('محمد');
    expect(normaliseText('محـــمد')).toBe('محمد');
  });

  it('does not join words separated by punctuation', () => {
    expect(normaliseText('Smith,John')).toBe('smith john');
    expect(normaliseText('')).toBe('');
  });
});

describe('collapseDoubledLetters', () => {
  it('writes each run of one letter once', () => {
    expect(collapseDoubledLetters('aktiengesellschaft')).toBe('aktiengeselschaft');
    expect(collapseDoubledLetters('uun')).toBe('un');
  });

  it('keeps different letters', () => {
    expect(collapseDoubledLetters('jong')).toBe('jong');
    expect(collapseDoubledLetters('eun')).toBe('eun');
  });
});
