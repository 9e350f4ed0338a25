import { describe, expect, it } from 'vitest';
import { readKoreanHanjaName } from './korean-hanja-names.js';

describe('readKoreanHanjaName', () => {
  it('reads Korean names in hanja as Hangul, the surname 金 as 김', () => {
    expect(readKoreanHanjaName('金正恩')).toBe('김정은');
    expect(readKoreanHanjaName('金 正日')).toBe('김정일');
    expect(readKoreanHanjaName('崔龍海')).toBe('최룡해');
    expect(readKoreanHanjaName('朴槿惠')).toBe('박근혜');
  });

  it('leaves names without a Korean surname first, and text that is not a name, alone', () => {
    expect(readKoreanHanjaName('山田太郎')).toBeUndefined();
    expect(readKoreanHanjaName('金')).toBeUndefined();
    expect(readKoreanHanjaName('金正恩은')).toBeUndefined();
    expect(readKoreanHanjaName('Kim Jong Un')).toBeUndefined();
  });
});
