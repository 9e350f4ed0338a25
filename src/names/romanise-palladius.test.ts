import { describe, expect, it } from 'vitest';
import { palladiusReadings } from './romanise-palladius.js';
import { latinVariants } from './transliterate.js';

describe('palladiusReadings', () => {
  it('reads Chinese names as Russian writes them in pinyin, the initial by its final', () => {
    expect(palladiusReadings('си цзиньпин')).toEqual(['xi jinping']);
    expect(palladiusReadings('ли фанвэй')).toEqual(['li fangwei']);
    expect(palladiusReadings('мао цзэдун')).toEqual(['mao zedong']);
    expect(palladiusReadings('ло хуэйнин')).toEqual(['luo huining']);
    expect(palladiusReadings('чжу юэцюнь')).toEqual(['zhu yuequn']);
    // zh, ch, sh before и and z, c, s before ы take pinyin's apical i; bo but guo.
    expect(palladiusReadings('ши чжи сы цы')).toEqual(['shi zhi si ci']);
    expect(palladiusReadings('бо го')).toEqual(['bo guo']);
    // A hard sign parts syllables: сун + янь, not су + нянь.
    expect(palladiusReadings('цзи сунъянь')).toEqual(['ji songyan']);
    // Without one, Юнань cuts into two syllables two ways (ю + нань, юн + ань): both are read.
    expect(palladiusReadings('ху юнань')).toEqual(['hu younan', 'hu yongan']);
  });

  it('leaves names that are not chains of Palladius syllables', () => {
    expect(palladiusReadings('владимир путин')).toEqual([]);
    expect(palladiusReadings('иван петров')).toEqual([]);
    // Pinyin has no ki, gi or hi: these are Russian.
    expect(palladiusReadings('ки')).toEqual([]);
    // Four syllables in one word are no Chinese name's.
    expect(palladiusReadings('чжанвансиминь')).toEqual([]);
  });

  it('gives Cyrillic names their pinyin spelling beside the Russian romanisation', () => {
    expect(latinVariants('Си Цзиньпин').slice(0, 2)).toEqual(['si tszinpin', 'xi jinping']);
    expect(latinVariants('Владимир Путин')).not.toContain('xi jinping');
  });
});
