import { describe, expect, it } from 'vitest';
import { arabicCompounds, articlesApart, hasArabicCompound } from './arabic-compounds.js';
import { tokeniseNameForms } from './name-tokens.js';

describe('arabicCompounds', () => {
  it('writes every spelling of an Abd compound as abdul + name', () => {
    for (const written of [['abdulaziz'], ['abdelaziz'], ['abd', 'al', 'aziz'], ['abdul', 'aziz'], ['abd', 'aziz']]) {
      expect(arabicCompounds(written)).toEqual(['abdul', 'aziz']);
    }
    // The article's consonant doubled into the name, or a linking vowel.
    expect(arabicCompounds(['abdurrahman'])).toEqual(['abdul', 'rahman']);
    expect(arabicCompounds(['abd', 'ar', 'rahman'])).toEqual(['abdul', 'rahman']);
    expect(arabicCompounds(['abdirahman'])).toEqual(['abdul', 'rahman']);
  });

  it('writes Abd Allah as abdullah', () => {
    for (const written of [['abdullah'], ['abdallah'], ['abdulla'], ['abd', 'allah'], ['abdellah'], ['abdoulaye'], ['abdoulay'], ['abdullahi'], ['abdillahi']]) expect(arabicCompounds(written)).toEqual(['abdullah']);
  });

  it('writes a Din compound as name + din, without the article', () => {
    for (const written of [['salahuddin'], ['salaheddine'], ['salah', 'al', 'din'], ['salah', 'uddin'], ['salah', 'ud', 'din'], ['salah', 'eddine']]) {
      expect(arabicCompounds(written)).toEqual(['salah', 'din']);
    }
  });

  it('writes an Abu compound in one word as abu + name', () => {
    expect(arabicCompounds(['abubakar', 'shekau'])).toEqual(['abu', 'bakar', 'shekau']);
    expect(arabicCompounds(['aboubakar'])).toEqual(['abu', 'bakar']);
  });

  it('leaves other names alone', () => {
    for (const written of [['aburto'], ['borodin'], ['claudine'], ['abdo'], ['abdel'], ['din', 'mohammad'], ['ulla', 'svensson'], ['mohammed', 'al', 'masri']]) {
      expect(arabicCompounds(written)).toEqual(written);
    }
  });
});

describe('hasArabicCompound', () => {
  it('finds a compound in any of its spellings, and none in other names', () => {
    for (const words of [['abdulaziz'], ['abdul', 'aziz'], ['salah', 'al', 'din'], ['salah', 'eddine'], ['salahuddin']]) expect(hasArabicCompound(words)).toBe(true);
    for (const words of [['salah', 'gasmi'], ['borodin'], ['vladimir', 'putin']]) expect(hasArabicCompound(words)).toBe(false);
  });
});

describe('articlesApart', () => {
  it('writes an article joined to the word before it apart', () => {
    expect(articlesApart(['jaishul', 'adl'])).toEqual(['jaish', 'al', 'adl']);
    expect(articlesApart(['saiful', 'islam', 'gaddafi'])).toEqual(['saif', 'al', 'islam', 'gaddafi']);
    expect(articlesApart(['habibur', 'rahman'])).toEqual(['habib', 'ar', 'rahman']);
  });

  it('leaves a last word, an Abd compound, -ur before another letter and Latin endings alone', () => {
    for (const words of [['kabul'], ['bank', 'of', 'kabul'], ['abdul', 'aziz'], ['mansur', 'ali'], ['polyus', 'service'], ['paul', 'smith']]) expect(articlesApart(words)).toBeUndefined();
  });
});

describe('tokeniseNameForms', () => {
  it('gives the written tokens first, then the compounds form when it differs', () => {
    const forms = tokeniseNameForms('salah eddine gasmi').map((p) => p.tokens.map((t) => `${t.text}:${t.kind}`));
    expect(forms).toEqual([['salah:word', 'eddine:word', 'gasmi:word'], ['salah:word', 'din:particle', 'gasmi:word']]);
    expect(tokeniseNameForms('vladimir putin')).toHaveLength(1);
  });

  it('gives the form with a joined article apart as a spelling, not as the compounds form', () => {
    const forms = tokeniseNameForms('jaishul adl');
    expect(forms.map((p) => p.tokens.map((t) => t.text))).toEqual([['jaishul', 'adl'], ['jaish', 'al', 'adl']]);
    expect(forms.map((p) => p.compounds === true)).toEqual([false, false]);
  });
});
