import { describe, expect, it } from 'vitest';
import { canonicalSurname, koreanKey, koreanNameKeys, looksKoreanName } from './korean-names.js';

describe('canonicalSurname', () => {
  it.each([
    [['kim', 'gim'], 'kim'],
    [['lee', 'yi', 'ri', 'rhee', 'i', 'li'], 'lee'],
    [['park', 'pak', 'bak'], 'park'],
    [['choe', 'choi', 'choy'], 'choi'],
    [['jung', 'jeong', 'chung'], 'jung'],
    [['lim', 'im', 'rim'], 'lim'],
    [['ryu', 'yu', 'yoo'], 'ryu'],
    [['ho', 'heo', 'hur'], 'heo'],
  ])('%j -> %s', (spellings, canonical) => {
    for (const s of spellings) expect(canonicalSurname(s)).toBe(canonical);
  });

  it('knows nothing of non-Korean surnames', () => {
    expect(canonicalSurname('putin')).toBeUndefined();
  });
});

describe('koreanKey', () => {
  it('merges RR, McCune-Reischauer and ad hoc spellings of one syllable string', () => {
    expect(koreanKey('jeongeun')).toBe(koreanKey('chongun'));
    expect(koreanKey('jeong')).toBe(koreanKey('chong'));
    expect(koreanKey('eun')).toBe(koreanKey('un'));
    expect(koreanKey('seong')).toBe(koreanKey('sung'));
    expect(koreanKey('jeong')).not.toBe(koreanKey('jin'));
  });
});

describe('koreanNameKeys', () => {
  it('gives Kim Jong Un, Kim Jong-un and Gim Jeong-eun one key', () => {
    expect(koreanNameKeys(['kim', 'jong', 'un'])).toEqual(['kim', 'jong', 'on']);
    expect(koreanNameKeys(['gim', 'jeong', 'eun'])).toEqual(['kim', 'jong', 'on']);
  });

  it('looks the surname up only in the surname slot', () => {
    expect(koreanNameKeys(['jiseong', 'pak'])).toEqual(['jisong', 'park']);
    expect(koreanNameKeys(['kim', 'jong'])).toEqual(['kim', 'jong']); // not 'jung', the surname
  });
});

describe('looksKoreanName', () => {
  it('needs a Korean surname and Korean syllables', () => {
    expect(looksKoreanName(['kim', 'jong', 'un'])).toBe(true);
    expect(looksKoreanName(['park', 'ji', 'sung'])).toBe(true);
    expect(looksKoreanName(['vladimir', 'putin'])).toBe(false);
    expect(looksKoreanName(['xi', 'jinping'])).toBe(false);
    expect(looksKoreanName(['kim'])).toBe(false);
  });
});
