import { describe, expect, it } from 'vitest';
import { anglicise, foldLongVowels } from './anglicise.js';

describe('anglicise', () => {
  it('brings German, Polish, Hungarian and Baltic spellings of Russian names to the English one', () => {
    expect(anglicise('wladimirowitsch')).toBe('vladimirovich');
    expect(anglicise('wladimirowicz')).toBe('vladimirovich');
    expect(anglicise('vlagyimirovics')).toBe('vladimirovich');
    expect(anglicise('jewgeni')).toBe('yevgeni');
    expect(anglicise('poutine')).toBe('putin');
    expect(anglicise('putinas')).toBe('putin');
    // Not -us: Полюс is Polyus, and no Poly.
    expect(anglicise('polyus')).toBe('polyus');
    expect(anglicise('vladimiras')).toBe('vladimir');
    expect(anglicise('lavrovs')).toBe('lavrov');
    // Not an English surname made of a given name and -s: Williams is not William.
    expect(anglicise('williams')).not.toBe(anglicise('william'));
    expect(anglicise('johnwilliams')).not.toBe(anglicise('johnwilliam'));
    expect(anglicise('uladzimir')).toBe('uladimir');
    expect(anglicise('volodymyrovych')).toBe('vladimirovich');
    expect(anglicise('oleksandr')).toBe('aleksandr');
    expect(anglicise('jurij')).toBe('yuriy');
    expect(anglicise('jakow')).toBe('yakov');
    // A Persian or Urdu long i written ee at the end: Rezaee is Rezai (OFAC's REZA'I, Mohsen).
    expect(anglicise('rezaee')).toBe('rezai');
    expect(anglicise('siddiquee')).toBe('siddiqui');
    expect(anglicise('lee')).toBe('lee');
    // A word under four letters is a syllable or initials, not rewritten: Wu is not Vu, WIV is not VIV.
    expect(anglicise('wu')).toBe('wu');
    expect(anglicise('wiv')).toBe('wiv');
  });

  it('keeps the j of short words and of ji: Chinese Jin, Jing, Jun and Juan are not Yin, Ying, Yun and Yuan', () => {
    for (const [j, y] of [['jin', 'yin'], ['jing', 'ying'], ['jun', 'yun'], ['juan', 'yuan'], ['jinping', 'yinping']]) expect(anglicise(j!)).not.toBe(anglicise(y!));
  });

  it('writes the diphthongs of Arabic and Persian romanisations one way, and a final j as y', () => {
    expect(anglicise('husayn')).toBe('husain');
    expect(anglicise('hussein')).toBe('hussain');
    expect(anglicise('zeid')).toBe(anglicise('zayd'));
    expect(anglicise('seif')).toBe(anglicise('sayf'));
    expect(anglicise('sergejs')).toBe(anglicise('sergey'));
    // A y before a vowel is a consonant (Sayed), and short words keep their syllables (Mei / Mai).
    expect(anglicise('sayed')).toBe('sayed');
    expect(anglicise('mei')).toBe('mei');
  });

  it("reads Russian passports' ICAO spelling and French gu", () => {
    expect(anglicise('iurii')).toBe('yuriy');
    expect(anglicise('iakov')).toBe('yakov');
    expect(anglicise('poklonskaia')).toBe('poklonskaya');
    expect(anglicise('guennadi')).toBe('gennadi');
    // An English final -gue is no French gu.
    expect(anglicise('league')).toBe('league');
  });

  it('leaves English spellings and short names alone', () => {
    expect(anglicise('vladimir')).toBe('vladimir');
    expect(anglicise('putin')).toBe('putin');
    expect(anglicise('hans')).toBe('hans');
  });
});

describe('foldLongVowels', () => {
  it('writes the long vowels of Arabic, Persian and Urdu names one way', () => {
    expect(foldLongVowels('saeed')).toBe(foldLongVowels('said'));
    expect(foldLongVowels('raeesi')).toBe('raisi');
    expect(foldLongVowels('noor')).toBe('nur');
    expect(foldLongVowels('yaqoob')).toBe(foldLongVowels('yaqoub'));
    expect(foldLongVowels('mahmood')).toBe(foldLongVowels('mahmoud'));
    expect(foldLongVowels('said')).not.toBe(foldLongVowels('sid'));
    expect(foldLongVowels('lee')).toBe('lee');
  });
});
