import { describe, expect, it } from 'vitest';
import { anglicise } from './anglicise.js';

describe('anglicise', () => {
  it('brings German, Polish, Hungarian and Baltic spellings of Russian names to the English one', () => {
    expect(anglicise('wladimirowitsch')).toBe('vladimirovich');
    expect(anglicise('wladimirowicz')).toBe('vladimirovich');
    expect(anglicise('vlagyimirovics')).toBe('vladimirovich');
    expect(anglicise('jewgeni')).toBe('yevgeni');
    expect(anglicise('poutine')).toBe('putin');
    expect(anglicise('putinas')).toBe('putin');
    expect(anglicise('vladimiras')).toBe('vladimir');
    expect(anglicise('lavrovs')).toBe('lavrov');
    expect(anglicise('uladzimir')).toBe('uladimir');
    expect(anglicise('volodymyrovych')).toBe('vladimirovich');
    expect(anglicise('oleksandr')).toBe('aleksandr');
  });

  it('leaves English spellings and short names alone', () => {
    expect(anglicise('vladimir')).toBe('vladimir');
    expect(anglicise('putin')).toBe('putin');
    expect(anglicise('hans')).toBe('hans');
  });
});
