/**
 * The forms a word of running text may stand for in a name list: the word itself, and the word
 * without an English possessive or plural ("Wagner's", "Wagners'") or a Russian case ending
 * ("Пригожина" -> "Пригожин", "Вагнера" -> "Вагнер", "России" -> "Россия"). Lists write names in
 * the nominative; running text does not. The stripped forms are guesses: they only count when the
 * phrase index holds them, and a mention found through one says so.
 * @module
 */
import { normaliseText, transliterate } from '../names/index.js';

export interface WordForms {
  /** Normalised Latin spelling of the word as written. */
  exact: string;
  /** Normalised Latin spellings of the word without an ending; may be empty. */
  stripped: readonly string[];
}

/** Cyrillic endings, longest first, and what the nominative may end in instead. */
const RUSSIAN_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['ами', ['', 'а']], ['ого', ['', 'ий', 'ой']], ['ему', ['', 'ий']], ['ому', ['', 'ой']],
  ['ием', ['ий', 'ия']], ['ией', ['ия']], ['ии', ['ия', 'ий']], ['ию', ['ия']], ['ия', ['ий']],
  ['ими', ['ий', 'ый']], ['ых', ['', 'ий', 'ый']], ['ая', ['ий', 'ый']], ['ое', ['ий', 'ый']], ['ые', ['ий', 'ый']],
  ['ым', ['', 'ый', 'ий']], ['ом', ['', 'ий']], ['ой', ['', 'а', 'ая', 'ий', 'ый']], ['ей', ['ь', 'я']], ['ем', ['', 'ь']],
  ['ую', ['ая', 'ий']], ['ам', ['', 'а']], ['ах', ['', 'а']], ['ою', ['а']],
  ['а', ['']], ['у', ['', 'а']], ['е', ['', 'а', 'ь']], ['ы', ['', 'а']], ['и', ['ь', 'я', 'а']],
  ['ю', ['ь', 'я']], ['я', ['ь']],
];
const MIN_STEM = 3;

function isCyrillic(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 0x0400 && code <= 0x04ff;
}

function russianBases(word: string): string[] {
  const out: string[] = [];
  for (const [ending, replacements] of RUSSIAN_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_STEM) continue;
    const stem = word.slice(0, -ending.length);
    for (const r of replacements) out.push(stem + r);
    // Only the longest ending that fits: "Пригожиным" is not also "Пригожины" less "ы".
    break;
  }
  return out;
}

function englishBases(raw: string, word: string): string[] {
  // Possessives: the apostrophe is gone after normalisation, so look at the raw token.
  if (/['’]s$/iu.test(raw)) return [word.slice(0, -1)];
  if (/s['’]$/iu.test(raw)) return [word.slice(0, -1)];
  // Plurals ("the Wagners") only for longer words, so "Hamas" or "Ross" keep their s anyway.
  if (word.length >= 6 && word.endsWith('s') && !word.endsWith('ss')) return [word.slice(0, -1)];
  return [];
}

function latinOf(normalised: string): string {
  // One word in, one token out: a Han word comes back as "xi jinping".
  return /^[a-z0-9]*$/.test(normalised) ? normalised : transliterate(normalised).replace(/ /g, '');
}

const cache = new Map<string, WordForms>();
const MAX_CACHE = 200_000;

/** @example wordForms('Пригожина') // { exact: 'prigozhina', stripped: ['prigozhin'] } */
export function wordForms(raw: string): WordForms {
  let forms = cache.get(raw);
  if (forms) return forms;
  const normalised = normaliseText(raw).replace(/ /g, '');
  const exact = latinOf(normalised);
  const bases = isCyrillic(normalised) ? russianBases(normalised) : englishBases(raw, normalised);
  const stripped = [...new Set(bases.map(latinOf))].filter((b) => b !== '' && b !== exact);
  forms = { exact, stripped };
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(raw, forms);
  return forms;
}
