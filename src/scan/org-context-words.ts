/**
 * Words that say "an organisation" around a name in running text (Wagner Group, PMC Wagner,
 * ЧВК «Вагнер», Wagner fighters), in the normalised Latin form the scanner compares. They are
 * descriptors, not names: a listed name's distinctive word is what is left without them.
 * @module
 */
import { transliterate } from '../names/index.js';

const ENGLISH = [
  'group', 'pmc', 'company', 'organization', 'organisation', 'fighters', 'fighter', 'mercenaries', 'mercenary',
  'militia', 'militias', 'forces', 'force', 'network', 'army', 'battalion', 'brigade', 'corps', 'contractors',
  'contractor', 'private', 'military', 'paramilitary', 'unit', 'units', 'troops', 'chvk', 'gruppa',
];
/** Russian as written (nominative); their case forms reach them through wordForms. */
const RUSSIAN = ['ЧВК', 'группа', 'группировка', 'бойцы', 'боец', 'наемники', 'наёмники', 'наемник', 'компания', 'отряд', 'формирование'];

export const ORG_CONTEXT_WORDS: ReadonlySet<string> = new Set([...ENGLISH, ...RUSSIAN.map((w) => transliterate(w))]);

/** Context words written before the name (PMC Wagner, ЧВК «Вагнер»); the others follow it (Wagner Group). */
export const ORG_PREFIX_WORDS: ReadonlySet<string> = new Set(['pmc', transliterate('ЧВК')]);

export function isOrgContextWord(word: string): boolean {
  return ORG_CONTEXT_WORDS.has(word);
}
