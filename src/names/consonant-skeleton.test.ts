import { describe, expect, it } from 'vitest';
import { consonantSkeleton } from './consonant-skeleton.js';
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
});
