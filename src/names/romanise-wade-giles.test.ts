import { describe, expect, it } from 'vitest';
import { wadeGilesToPinyin } from './romanise-wade-giles.js';
import { latinVariants } from './transliterate.js';

describe('wadeGilesToPinyin', () => {
  it('gives the pinyin spelling of a Wade-Giles name', () => {
    expect(wadeGilesToPinyin('Mao Tse-tung')).toBe('mao zedong');
    expect(wadeGilesToPinyin("Hsi Chin-p'ing")).toBe('xi jinping');
    expect(wadeGilesToPinyin('Hsi Chin-ping')).toBe('xi jinbing');
    expect(wadeGilesToPinyin("Chou En-lai")).toBe(undefined); // no spelling only Wade-Giles has
    expect(wadeGilesToPinyin("Teng Hsiao-p'ing")).toBe('deng xiaoping');
    expect(latinVariants('Mao Tse-tung')).toEqual(['mao tse tung', 'mao zedong']);
  });

  it('leaves pinyin and non-Chinese names alone', () => {
    expect(wadeGilesToPinyin('Mao Zedong')).toBe(undefined);
    expect(wadeGilesToPinyin('Xi Jinping')).toBe(undefined);
    expect(wadeGilesToPinyin('David Chung')).toBe(undefined);
    expect(latinVariants('Hans Tung Friedrich')).toEqual(['hans tung friedrich']);
  });
});
