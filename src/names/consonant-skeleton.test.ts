import { describe, expect, it } from 'vitest';
import { arabicWordSkeleton, consonantSkeleton } from './consonant-skeleton.js';
import { transliterate } from './transliterate.js';

describe('consonantSkeleton', () => {
  it('gives Mohammed, Muhammad, Mohamad, Mohamed and محمد one skeleton', () => {
    const forms = ['mohammed', 'muhammad', 'mohamad', 'mohamed', transliterate('محمد')];
    expect(new Set(forms.map(consonantSkeleton))).toEqual(new Set(['mhmd']));
  });

  it.each([
    [['gaddafi', 'qadhafi', 'kadhafi', 'khadafi'], 'kdf'],
    [['hussein', 'husayn', 'hossein', 'husain'], 'hsn'],
    [['omar', 'umar'], 'amr'],
    [['yousef', 'youssef', 'yusuf'], 'ysf'],
    [['abdullah', 'abdallah', 'abdalla'], 'abdl'],
    [['vladimir', transliterate('فلاديمير')], 'fldmr'],
  ])('%j -> %s', (forms, skeleton) => {
    for (const form of forms) expect(consonantSkeleton(form)).toBe(skeleton);
  });

  it('keeps different names apart', () => {
    expect(consonantSkeleton('hassan')).not.toBe(consonantSkeleton('hamid'));
    expect(consonantSkeleton('ahmed')).not.toBe(consonantSkeleton('mahmoud'));
    expect(consonantSkeleton('ali')).not.toBe(consonantSkeleton('omar'));
  });

  it('keeps two letters side by side in a word romanised from Arabic script, which writes a doubled consonant once', () => {
    // مملوك: m-m-l-k, Mamluk; read as a doubled m it was Malek's skeleton.
    expect(arabicWordSkeleton(transliterate('مملوك'))).toBe(consonantSkeleton('mamluk'));
    expect(arabicWordSkeleton(transliterate('مملوك'))).not.toBe(consonantSkeleton('malek'));
    expect(arabicWordSkeleton(transliterate('ممدوح'))).toBe(consonantSkeleton('mamdouh'));
    expect(arabicWordSkeleton(transliterate('حسن'))).toBe(consonantSkeleton('hassan'));
  });
});
