import { describe, expect, it } from 'vitest';
import { isCommonEnglishWord, isEnglishWord } from './english-words.js';

describe('isEnglishWord', () => {
  it('knows English words and not the names of sanctioned bodies', () => {
    expect(['united', 'machine', 'oriental', 'ridotto'].every(isEnglishWord)).toBe(true);
    expect(['sberbank', 'rosoboronexport', 'mahan', 'novatek'].some(isEnglishWord)).toBe(false);
  });

  it('finds the words the file lists out of order', () => {
    // word-list 4.1 has manlihood after manlily and sharrowed after sharrows.
    expect(isEnglishWord('manlihood')).toBe(true);
    expect(isEnglishWord('sharrowed')).toBe(true);
    expect(isEnglishWord('manlily')).toBe(true);
  });
});

describe('isCommonEnglishWord', () => {
  it('knows the common words many bodies are named by, and their plurals', () => {
    expect(['star', 'east', 'golden', 'key', 'stars', 'energies'].every(isCommonEnglishWord)).toBe(true);
  });

  it('leaves rarer dictionary words, which still name a brand', () => {
    expect(['topaz', 'sputnik', 'hyperspace', 'cimex'].every(isEnglishWord)).toBe(true);
    expect(['topaz', 'sputnik', 'hyperspace', 'cimex', 'sberbank'].some(isCommonEnglishWord)).toBe(false);
  });
});
