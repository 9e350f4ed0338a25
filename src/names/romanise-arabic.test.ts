import { describe, expect, it } from 'vitest';
import { romaniseArabic, romaniseArabicOrgWords, romaniseEuropeanInArabic } from './romanise-arabic.js';

describe('romaniseArabic', () => {
  it.each([
    ['محمد علي', 'muhammad ali'],
    ['خالد محمود', 'khalid mahmud'],
    ['عبد الله', 'abd allah'],
    ['عبدالرحمن', 'abd al rahman'],
    ['الحسن', 'al hasan'],
    ['فلاديمير بوتين', 'fladimir butin'],
    ['حمدان', 'hmdan'],
  ])('%s -> %s', (input, expected) => {
    expect(romaniseArabic(input)).toBe(expected);
  });

  it('reads initial و as v in Persian text, w in Arabic', () => {
    expect(romaniseArabic('ولادیمیر پوتین')).toBe('vladimir putin');
    expect(romaniseArabic('وليد')).toBe('wlid');
  });
});

describe('romaniseEuropeanInArabic', () => {
  it('reads ي and و inside a word as the e and o of a European name', () => {
    expect(romaniseEuropeanInArabic('فرناندو بيريز')).toBe('frnando berez');
    expect(romaniseArabic('فرناندو بيريز')).toBe('frnandu biriz');
    // A final ي stays i (ماري = Marie), and the known names keep their spelling.
    expect(romaniseEuropeanInArabic('ماري محمد')).toBe('mari muhammad');
  });

  it('gives no such reading for Persian or Urdu text', () => {
    expect(romaniseEuropeanInArabic('احسان حمیدی')).toBe(undefined);
  });
});

describe('romaniseArabicOrgWords', () => {
  it('reads the words for a business in English, the rest as romaniseArabic does', () => {
    expect(romaniseArabicOrgWords('شركة حسن عياش للصرافة')).toBe('shrka hasan aiash exchange');
    expect(romaniseArabicOrgWords('مصرف الرافدين')).toBe('bank al rafdin');
  });

  it('gives nothing for a name without them', () => {
    expect(romaniseArabicOrgWords('محمد علي')).toBeUndefined();
  });
});
