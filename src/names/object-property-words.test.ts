import { describe, expect, it } from 'vitest';
import { countryCode, monthNumber } from '../model/index.js';
import { latinVariants } from './index.js';
import { normaliseOrgWords } from './org-word-forms.js';

// Words every plain object answers to (constructor, toString ...): tables looked up by a name's
// words must not find them, or "Constructor" reads as the text of Object's constructor function.
const WORDS = ['constructor', 'tostring', 'valueof', 'hasownproperty', '__proto__'];

describe('names made of words that are properties of every object', () => {
  it('keep those words as written in every script and form', () => {
    for (const word of WORDS) {
      expect(normaliseOrgWords([word, 'bureau'])).toEqual([word, 'bureau']);
      expect(latinVariants(`محمد ${word}`)[0]).toBe(`muhammad ${word.replace(/_/g, '')}`);
      expect(latinVariants(`山田 ${word}`)).not.toContainEqual(expect.stringMatching(/function|native/));
    }
  });

  it('are no country and no month', () => {
    for (const word of WORDS) {
      expect(countryCode(word)).toBeUndefined();
      expect(monthNumber(word)).toBeUndefined();
    }
  });
});
