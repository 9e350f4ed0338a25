import { describe, expect, it } from 'vitest';
import { romaniseCyrillic } from './romanise-cyrillic.js';

describe('romaniseCyrillic', () => {
  it('gives every romanisation of Евгений in use, BGN/PCGN first', () => {
    expect(romaniseCyrillic('евгений')).toEqual(['yevgeniy', 'yevgeny', 'evgeny', 'evgenii', 'evgeniy', 'jewgeni', 'evgueni']);
  });

  it('spells Prigozhin in English, German and French', () => {
    const spellings = romaniseCyrillic('пригожин');
    expect(spellings).toEqual(expect.arrayContaining(['prigozhin', 'prigoschin', 'prigojine']));
  });

  it('reads ё, х, ц, щ, ю, я per system', () => {
    expect(romaniseCyrillic('хрущёв')).toEqual(['khrushchyov', 'khrushchev', 'chruschtschjow', 'khrouchtchiov']);
    expect(romaniseCyrillic('юлия')).toEqual(['yuliya', 'iuliia', 'julija', 'iouliia']);
    expect(romaniseCyrillic('цой')[0]).toBe('tsoy');
  });

  it('gives Putin the German W and the French Poutine', () => {
    expect(romaniseCyrillic('владимир путин')).toEqual(['vladimir putin', 'wladimir putin', 'vladimir poutine']);
  });

  it('reads Ukrainian г as h and и as y', () => {
    expect(romaniseCyrillic('володимир путін')).toEqual(['volodymyr putin']);
    expect(romaniseCyrillic('зеленський григорій')).toEqual(['zelenskyi hryhorii', 'zelensky hryhoriy', 'zelenskyi grygoriy']);
  });

  it('passes non-Cyrillic text through', () => {
    expect(romaniseCyrillic('abc')).toEqual(['abc']);
  });
});
