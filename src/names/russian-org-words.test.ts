import { describe, expect, it } from 'vitest';
import { readRussianOrgWords } from './russian-org-words.js';
import { romaniseCyrillic } from './romanise-cyrillic.js';
import { latinVariants, nameSpellings } from './transliterate.js';

const translatedReadings = (name: string): string[] => nameSpellings(name).filter((s) => s.reading === 'translated').map((s) => s.text);

const romanise = (word: string): string => romaniseCyrillic(word)[0] ?? word;

describe('readRussianOrgWords', () => {
  it('reads the words for what a body is and does in English, in every case and gender, and places as their stem, also with -sk', () => {
    expect(readRussianOrgWords('ао тульский оружейный завод', romanise)).toEqual(['ao tul arms plant', 'ao tulsk arms plant']);
    expect(readRussianOrgWords('ао брянский химический завод', romanise)).toContain('ao bryansk chemical plant');
    expect(readRussianOrgWords('федеральное казенное предприятие пермский пороховой завод', romanise)[0]).toBe('federal state enterprise perm powder plant');
    expect(readRussianOrgWords('акционерное общество муромского приборостроительного завода', romanise)[0]).toBe('aktsionernoye obshchestvo murom instrument making plant');
    expect(readRussianOrgWords('ооо казанский вертолетный завод', romanise)[0]).toBe('ooo kazan helicopter plant');
  });

  it('reads genitive plurals in -ий (технологий) and the nouns of research bodies', () => {
    expect(readRussianOrgWords('всероссийский научно исследовательский институт экспериментальной физики', romanise)).toEqual([
      'all russian scientific research institute experimental physics',
    ]);
    expect(readRussianOrgWords('центр информационных технологий', romanise)).toEqual(['center information technology']);
  });

  it('reads Belarusian words, also with the Latin i the EU list writes for і', () => {
    expect(readRussianOrgWords('аат беларуская калiйная кампанiя', romanise)).toEqual(['aat belarusian potash company']);
  });

  it('keeps a surname after "named after", and gives nothing for a name without such words', () => {
    expect(readRussianOrgWords('завод имени дзержинского', romanise)).toEqual(['plant imeni dzerzhinskogo']);
    expect(readRussianOrgWords('владимир зеленский', romanise)).toEqual([]);
  });
});

describe('translatedReadings', () => {
  it('are the English readings of a Cyrillic organisation name, second among its spellings, but not one that is also its romanisation', () => {
    expect(translatedReadings('АО «Тульский оружейный завод»')).toEqual(['ao tul arms plant', 'ao tulsk arms plant']);
    expect(latinVariants('АО «Тульский оружейный завод»').slice(1, 3)).toEqual(['ao tul arms plant', 'ao tulsk arms plant']);
    expect(translatedReadings('АО «Альфа-Банк»')).toEqual([]);
    expect(translatedReadings('Tula Arms Plant')).toEqual([]);
  });
});
