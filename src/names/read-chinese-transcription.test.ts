import { describe, expect, it } from 'vitest';
import { readChineseTranscription } from './read-chinese-transcription.js';
import { latinVariants, nameSpellings } from './transliterate.js';

const loanwordReadings = (name: string): string[] => nameSpellings(name).filter((s) => s.reading === 'loanword').map((s) => s.text);

describe('readChineseTranscription', () => {
  it('reads transcription characters as the foreign sounds, not as pinyin', () => {
    // Pinyin: bei lake ao bama, wei ketuo bu te.
    expect(readChineseTranscription('贝拉克 奥巴马')).toContain('berak obama');
    expect(readChineseTranscription('维克托 布特')).toContain('vikto but');
    expect(readChineseTranscription('谢尔盖 拉夫罗夫')).toContain('sergai lavrov');
  });

  it('reads a character for a lone consonant as that consonant, at the end or before another consonant', () => {
    // 弗 fu, 尔 er, 斯 si, 夫 fu stand for f, r, s, v.
    expect(readChineseTranscription('弗拉基米尔 普京')).toContain('flakimir putin');
    expect(readChineseTranscription('德米特里')).toContain('dmitri');
    expect(readChineseTranscription('阿利舍尔 乌斯马诺夫')).toContain('alisher usmanov');
    // A word keeps a vowel: 布特 is but, not bt.
    expect(readChineseTranscription('维克托 布特')).not.toContain('vikto bt');
  });

  it('swaps l and r in readings of their own, as Chinese writes both with one character', () => {
    expect(readChineseTranscription('阿布拉莫维奇')).toContain('abramovich');
    expect(readChineseTranscription('阿里 哈梅内伊')).toContain('ali hamenei');
  });

  it('reads the given names Chinese renders by convention as whole words', () => {
    expect(readChineseTranscription('亚历山大 卢卡申科')).toContain('aleksandr lukashenko');
    expect(readChineseTranscription('彼得 阿文')).toContain('petr aven');
  });

  it('reads 伯格 as -berg, as Chinese writes it, not bog', () => {
    expect(readChineseTranscription('维克托 维克塞尔伯格')).toContain('vikto vikserberg');
    expect(readChineseTranscription('马克 扎克伯格')).toContain('mark zakberg');
  });

  it('reads only names that look foreign: several words, or one of four characters or more', () => {
    expect(readChineseTranscription('马丽娜')).toEqual([]);
    expect(readChineseTranscription('习近平')).toEqual([]);
    expect(readChineseTranscription('马 丁')).toEqual([]);
    expect(readChineseTranscription('奥萨马 本 拉登')).toContain('osama ben laden');
  });

  it('gives its readings as loanword spellings beside the pinyin', () => {
    expect(latinVariants('贝拉克·奥巴马')[0]).toBe('bei lake ao bama');
    expect(latinVariants('贝拉克·奥巴马')).toContain('berak obama');
    expect(loanwordReadings('贝拉克·奥巴马')).toContain('berak obama');
    expect(loanwordReadings('习近平')).toEqual([]);
  });
});
