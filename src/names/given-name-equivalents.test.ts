import { describe, expect, it } from 'vitest';
import { areGivenNameEquivalents, givenNameGroups } from './given-name-equivalents.js';

describe('given-name equivalents', () => {
  it('pairs English hypocorisms and Russian diminutives of one name', () => {
    expect(areGivenNameEquivalents('bill', 'william')).toBe(true);
    expect(areGivenNameEquivalents('ted', 'theodore')).toBe(true);
    expect(areGivenNameEquivalents('ted', 'edward')).toBe(true);
    expect(areGivenNameEquivalents('sasha', 'aleksandr')).toBe(true);
    expect(areGivenNameEquivalents('volodya', 'vladimir')).toBe(true);
    expect(areGivenNameEquivalents('bibi', 'benjamin')).toBe(true);
  });

  it('pairs the romanisations of an Arabic name whose ث is written th or s', () => {
    const spellings: [string, string][] = [['usman', 'uthman'], ['osman', 'othman'], ['haris', 'harith'], ['kausar', 'kawthar']];
    for (const [a, b] of spellings) expect(areGivenNameEquivalents(a, b)).toBe(true);
    expect(areGivenNameEquivalents('usman', 'samir')).toBe(false);
  });

  it('keeps other names and the forms of other languages apart; Ben is Benjamin', () => {
    expect(areGivenNameEquivalents('bill', 'robert')).toBe(false);
    expect(areGivenNameEquivalents('theodore', 'edward')).toBe(false);
    expect(areGivenNameEquivalents('frederick', 'friedrich')).toBe(false);
    expect(areGivenNameEquivalents('john', 'juan')).toBe(false);
    expect(areGivenNameEquivalents('john', 'ivan')).toBe(false);
    expect(areGivenNameEquivalents('william', 'william')).toBe(false);
    expect(areGivenNameEquivalents('ben', 'benjamin')).toBe(true); // only a name-opening Ben is a word (tokeniseName)
    expect(givenNameGroups('putin')).toEqual([]);
  });
});
