import { describe, expect, it } from 'vitest';
import { romaniseArabic } from './romanise-arabic.js';

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
