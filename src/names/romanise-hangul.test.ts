import { describe, expect, it } from 'vitest';
import { romaniseHangul } from './romanise-hangul.js';

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
