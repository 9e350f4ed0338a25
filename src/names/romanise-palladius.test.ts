import { describe, expect, it } from 'vitest';
import { palladiusToPinyin } from './romanise-palladius.js';
import { latinVariants } from './transliterate.js';

describe('palladiusToPinyin', () => {
  it('reads Chinese names as Russian writes them in pinyin, the initial by its final', () => {
    expect(palladiusToPinyin('си цзиньпин')).toBe('xi jinping');
    expect(palladiusToPinyin('ли фанвэй')).toBe('li fangwei');
    expect(palladiusToPinyin('мао цзэдун')).toBe('mao zedong');
    expect(palladiusToPinyin('ло хуэйнин')).toBe('luo huining');
    expect(palladiusToPinyin('чжу юэцюнь')).toBe('zhu yuequn');
    // zh, ch, sh before и and z, c, s before ы take pinyin's apical i; bo but guo.
    expect(palladiusToPinyin('ши чжи сы цы')).toBe('shi zhi si ci');
    expect(palladiusToPinyin('бо го')).toBe('bo guo');
    // A hard sign parts syllables: сун + янь, not су + нянь.
    expect(palladiusToPinyin('цзи сунъянь')).toBe('ji songyan');
  });

  it('leaves names that are not chains of Palladius syllables', () => {
    expect(palladiusToPinyin('владимир путин')).toBeUndefined();
    expect(palladiusToPinyin('иван петров')).toBeUndefined();
    // Pinyin has no ki, gi or hi: these are Russian.
    expect(palladiusToPinyin('ки')).toBeUndefined();
    // Four syllables in one word are no Chinese name's.
    expect(palladiusToPinyin('чжанвансиминь')).toBeUndefined();
  });

  it('gives Cyrillic names their pinyin spelling beside the Russian romanisation', () => {
    expect(latinVariants('Си Цзиньпин').slice(0, 2)).toEqual(['si tszinpin', 'xi jinping']);
    expect(latinVariants('Владимир Путин')).not.toContain('xi jinping');
  });
});
