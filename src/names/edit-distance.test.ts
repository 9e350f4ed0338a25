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

  it('answers a bound of one by a linear check that agrees with the full distance', () => {
    for (const [a, b] of [['hana', 'hnaa'], ['mark', 'park'], ['mar', 'mark'], ['ming', 'myint'], ['jon', 'jong'], ['abc', 'abc'], ['abcd', 'abdc'], ['abcd', 'bacd']] as const) {
      expect(boundedEditDistance(a, b, 1)).toBe(Math.min(boundedEditDistance(a, b, 5), 2));
    }
  });

  it('agrees with a plain full-table distance on many word pairs', () => {
    const naive = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
      return d[a.length]![b.length]!;
    };
    const words = ['prigozhin', 'prigoschin', 'vladimirovich', 'wladimirowitsch', 'mohammed', 'muhammad', 'castro', 'castillo', 'starkey', 'starmer', 'hana', 'hnaa', 'abdulrahman', 'abdelrahman'];
    for (const a of words) {
      for (const b of words) {
        for (const bound of [2, 3]) expect(boundedEditDistance(a, b, bound)).toBe(Math.min(naive(a, b), bound + 1));
      }
    }
  });

  it('stops at the bound', () => {
    expect(boundedEditDistance('castro', 'castillo', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
  });
});
