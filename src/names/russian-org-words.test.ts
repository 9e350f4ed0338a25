import { describe, expect, it } from 'vitest';
import { readRussianOrgWords } from './russian-org-words.js';
import { romaniseCyrillic } from './romanise-cyrillic.js';
import { translatedReading } from './transliterate.js';

const romanise = (word: string): string => romaniseCyrillic(word)[0] ?? word;

describe('readRussianOrgWords', () => {
  it('reads the words for what a body is and does in English, in every case and gender, and places as their stem', () => {
    expect(readRussianOrgWords('ао тульский оружейный завод', romanise)).toBe('ao tul arms plant');
    expect(readRussianOrgWords('федеральное казенное предприятие пермский пороховой завод', romanise)).toBe('federal state enterprise perm powder plant');
    expect(readRussianOrgWords('акционерное общество муромского приборостроительного завода', romanise)).toBe('aktsionernoye obshchestvo murom instrument making plant');
    expect(readRussianOrgWords('ооо казанский вертолетный завод', romanise)).toBe('ooo kazan helicopter plant');
  });

  it('reads Belarusian words, also with the Latin i the EU list writes for і', () => {
    expect(readRussianOrgWords('аат беларуская калiйная кампанiя', romanise)).toBe('aat belarusian potash company');
  });

  it('keeps a surname after "named after", and gives nothing for a name without such words', () => {
    expect(readRussianOrgWords('завод имени дзержинского', romanise)).toBe('plant imeni dzerzhinskogo');
    expect(readRussianOrgWords('владимир зеленский', romanise)).toBeUndefined();
  });
});

describe('translatedReading', () => {
  it('is the English reading of a Cyrillic organisation name, but not one that is also its romanisation', () => {
    expect(translatedReading('АО «Тульский оружейный завод»')).toBe('ao tul arms plant');
    expect(translatedReading('АО «Альфа-Банк»')).toBeUndefined();
    expect(translatedReading('Tula Arms Plant')).toBeUndefined();
  });
});
