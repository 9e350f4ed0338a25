import { describe, expect, it } from 'vitest';
import { romaniseHangul, romaniseHangulLoanword, romaniseHangulLoanwords } from './romanise-hangul.js';

describe('romaniseHangul', () => {
  it.each([
    ['김정은', 'gim jeongeun'],
    ['박지성', 'bak jiseong'],
    ['이민호', 'i minho'],
    ['남궁민수', 'namgung minsu'],
    ['주식회사', 'ju sikhoesa'],
  ])('%s -> %s', (input, expected) => {
    expect(romaniseHangul(input)).toBe(expected);
  });

  it('does not split one-syllable or long words, and applies no sound change across syllables', () => {
    expect(romaniseHangul('한')).toBe('han');
    expect(romaniseHangul('대한민국은행')).toBe('daehanmingukeunhaeng');
  });
});

describe('romaniseHangulLoanword', () => {
  it('reads a foreign name back by the loanword orthography', () => {
    expect(romaniseHangulLoanword('블라디미르 푸틴')).toBe('bladimir putin');
    expect(romaniseHangulLoanword('블라디미르 블라디미로비치 푸틴')).toBe('bladimir bladimirobich putin');
  });

  it('reads a name of short words as foreign when it has more syllables than a Korean name', () => {
    expect(romaniseHangulLoanword('이고리 세친')).toBe('igori sechin');
    expect(romaniseHangulLoanword('겐나디 팀첸코')).toBe('gennadi timchenko');
    expect(romaniseHangulLoanword('버락 오바마')).toBe('beorak obama');
    expect(romaniseHangulLoanword('남궁 민수')).toBe(undefined);
  });

  it('leaves Korean names (two to four syllables) to the Revised Romanization', () => {
    expect(romaniseHangulLoanword('김정은')).toBe(undefined);
    expect(romaniseHangulLoanword('남궁민수')).toBe(undefined);
  });
});

describe('romaniseHangulLoanwords', () => {
  it('also reads ㅂ as v, ㅍ as f and a word-initial ㄹ as l, as Russian names need', () => {
    expect(romaniseHangulLoanwords('세르게이 라브로프')).toEqual(['sergei rabrop', 'sergei lavrov']);
    expect(romaniseHangulLoanwords('드미트리 메드베데프')).toEqual(['dmitri medbedep', 'dmitri medvedev']);
    expect(romaniseHangulLoanwords('김정은')).toEqual([]);
  });
});
