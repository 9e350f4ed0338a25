import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from './edit-distance.js';

describe('boundedEditDistance', () => {
  it('counts substitutions, insertions, deletions and swapped neighbours as one edit each', () => {
    expect(boundedEditDistance('prigozhin', 'prigozhin', 2)).toBe(0);
    expect(boundedEditDistance('scholz', 'scholze', 2)).toBe(1);
    expect(boundedEditDistance('hana', 'hnaa', 2)).toBe(1);
    expect(boundedEditDistance('mohammed', 'muhammad', 2)).toBe(2);
    expect(boundedEditDistance('kitten', 'sitting', 5)).toBe(3);
  });

  it('stops at the bound', () => {
    expect(boundedEditDistance('castro', 'castillo', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
  });
});
