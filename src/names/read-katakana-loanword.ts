/**
 * A foreign name in katakana read back into Latin letters. Japanese writes a foreign name by its
 * sound, in syllables: every consonant gets a vowel (Trump is to-ra-n-pu), l and r are one row,
 * v is often b, and Russian ti/di are often chi/ji (プーチン = pu-chi-n for Putin). The Hepburn
 * spelling (any-ascii) stays the name's main spelling; these readings are compared beside it, so a
 * rule that misfires on one name costs nothing when another reading or the Hepburn spelling fits.
 *
 * Written here: any-ascii spells small kana as syllables of their own (ヴィ = vui, ティ = tei), and
 * no package reads katakana back as the foreign spelling it stands for.
 * @module
 */
import { normaliseText } from './normalise-text.js';

/** One kana read as a consonant (empty for a vowel) and a vowel (empty for ン). */
interface Syllable {
  consonant: string;
  vowel: string;
  /** After a small ッ: the consonant was doubled (ビッチ = -vich). */
  doubled: boolean;
  /** The vowel was written with a small kana (チュ = chu): a vowel of the name, never an added one. */
  written?: true;
}

const ROWS: readonly (readonly [string, string])[] = [
  ['アイウエオ', ''], ['カキクケコ', 'k'], ['ガギグゲゴ', 'g'], ['サシスセソ', 's'], ['ザジズゼゾ', 'z'],
  ['タチツテト', 't'], ['ダヂヅデド', 'd'], ['ナニヌネノ', 'n'], ['ハヒフヘホ', 'h'], ['バビブベボ', 'b'],
  ['パピプペポ', 'p'], ['マミムメモ', 'm'], ['ラリルレロ', 'r'], ['ヴ', 'v'],
];
const VOWELS = 'aiueo';
/** Hepburn's irregular syllables. */
const IRREGULAR: Readonly<Record<string, string>> = { si: 'sh', zi: 'j', ti: 'ch', tu: 'ts', di: 'j', du: 'z', hu: 'f' };

const KANA = new Map<string, Syllable>();
for (const [row, consonant] of ROWS) {
  [...row].forEach((kana, i) => {
    const vowel = consonant === 'v' ? 'u' : VOWELS[i]!;
    KANA.set(kana, { consonant: IRREGULAR[consonant + vowel] ?? consonant, vowel, doubled: false });
  });
}
for (const [kana, consonant, vowel] of [['ヤ', 'y', 'a'], ['ユ', 'y', 'u'], ['ヨ', 'y', 'o'], ['ワ', 'w', 'a'], ['ヰ', 'w', 'i'], ['ヱ', 'w', 'e'], ['ヲ', 'w', 'o'], ['ン', 'n', '']] as const) {
  KANA.set(kana, { consonant, vowel, doubled: false });
}
/** Small kana change the syllable before: ヴ+ィ = vi, テ+ィ = ti, シ+ェ = she, キ+ャ = kya, シ+ャ = sha. */
const SMALL_VOWELS: Readonly<Record<string, string>> = { ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o' };
const SMALL_GLIDES: Readonly<Record<string, string>> = { ャ: 'a', ュ: 'u', ョ: 'o' };
const LONG_VOWEL = 'ー';
const DOUBLING = 'ッ';

function syllablesOf(word: string): Syllable[] | undefined {
  const out: Syllable[] = [];
  let doubled = false;
  for (const kana of word) {
    const last = out[out.length - 1];
    if (kana === LONG_VOWEL) continue;
    if (kana === DOUBLING) {
      doubled = true;
      continue;
    }
    const small = SMALL_VOWELS[kana];
    const glide = SMALL_GLIDES[kana];
    if (small !== undefined && last !== undefined) {
      // The small vowel replaces the syllable's own: テ+ィ is ti, フ+ァ fa, シ+ェ she; after a vowel
      // it makes a glide: ウ+ィ is wi, イ+ェ ye.
      if (last.consonant === '') last.consonant = last.vowel === 'u' ? 'w' : last.vowel === 'i' ? 'y' : '';
      last.vowel = small;
      last.written = true;
      continue;
    }
    if (glide !== undefined && last !== undefined) {
      // キ+ャ is kya; sh, ch and j carry the y themselves (シ+ャ is sha).
      if (!['sh', 'ch', 'j', ''].includes(last.consonant)) last.consonant += 'y';
      last.vowel = glide;
      last.written = true;
      continue;
    }
    const syllable = KANA.get(kana);
    if (syllable === undefined) return undefined;
    out.push({ ...syllable, doubled });
    doubled = false;
  }
  return out;
}

/** A vowel katakana adds after a consonant: u (o after t and d), and i after ch that ends a word or is doubled (ヴィチ, ッチ = -vich). */
function isAddedVowel(s: Syllable, final: boolean): boolean {
  if (s.written || s.consonant === '' || s.consonant === 'y' || s.consonant === 'w') return false;
  if (s.vowel === 'u') return s.consonant !== 'ts';
  if (s.vowel === 'o') return s.consonant === 't' || s.consonant === 'd';
  return s.vowel === 'i' && s.consonant === 'ch' && (s.doubled || final);
}

/** Consonant pairs that open a word in the languages names come from: tr, pr, fr, gr, dm, st, sm ... */
function opensCluster(first: string, next: string): boolean {
  if (next === 'r') return ['t', 'd', 'p', 'b', 'k', 'g', 'f', 'v'].includes(first);
  if (first === 'd') return next === 'm';
  return first === 's' && ['t', 'p', 'k', 'm', 'n', 'v', 'b', 'h'].includes(next);
}

/** Shortest katakana word whose final added vowel is dropped: ハム stays hamu. */
const MIN_SYLLABLES = 3;

interface ReadingRules {
  /** Drop added vowels inside the word too (usu-ma-nofu = Usmanov), not only at its end. */
  clusters: boolean;
  /** Read chi and ji as ti and di (Russian: プーチン Putin, ウラジーミル Vladimir). */
  dentals: boolean;
  /** Read the r row as l (アリ Ali, ラブロフ Lavrov). */
  laterals: boolean;
}

function readWord(syllables: readonly Syllable[], rules: ReadingRules): string {
  let out = '';
  let lateral = rules.laterals;
  syllables.forEach((s, i) => {
    const next = syllables[i + 1];
    const last = next === undefined && syllables.length >= MIN_SYLLABLES;
    let consonant = s.consonant;
    const added = isAddedVowel(s, next === undefined);
    if (rules.dentals && s.vowel === 'i' && !(consonant === 'ch' && added) && (consonant === 'ch' || consonant === 'j')) consonant = consonant === 'ch' ? 't' : 'd';
    if (lateral && consonant === 'r') consonant = 'l';
    lateral = rules.laterals;
    // ン before b or p is m (to-ra-n-pu = Trump).
    if (s.vowel === '' && next !== undefined && (next.consonant === 'b' || next.consonant === 'p')) consonant = 'm';
    // An initial ウラ is the Russian Vl (ウラジーミル Vladimir, ウラジスラフ Vladislav).
    if (rules.clusters && i === 0 && s.consonant === '' && s.vowel === 'u' && next?.consonant === 'r') {
      out += 'v';
      lateral = true;
      return;
    }
    let vowel = s.vowel;
    if (added) {
      // Inside a word, a vowel before another consonant (usu-ma-nofu = Usmanov); in the first
      // syllable only where the two consonants open words (pu-ri-go-jin = Prigozhin, not do-na-ru-do).
      // An added o (after t, d) stays before a syllable that loses its own: vi-ku-to-ru is Viktor.
      const inside =
        rules.clusters &&
        next !== undefined &&
        next.consonant !== '' &&
        next.vowel !== '' &&
        (i > 0 || opensCluster(consonant, next.consonant)) &&
        !(vowel === 'o' && i + 2 === syllables.length && isAddedVowel(next, true));
      if (last || inside) vowel = '';
    }
    // The Russian ending -ov/-ev is written -o-fu/-e-fu.
    if (rules.clusters && last && consonant === 'f' && vowel === '' && /[oe]$/.test(out)) consonant = 'v';
    out += consonant + vowel;
  });
  return out;
}

/**
 * Whether the text has a character at U+3000 or above, where katakana and the half-width forms
 * that normalising folds into it lie: most names have none, and are not split into words to look.
 */
function mayHoldKana(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x3000) return true;
  return false;
}

const RULE_SETS: readonly ReadingRules[] = [
  { clusters: false, dentals: false, laterals: false },
  { clusters: true, dentals: false, laterals: false },
  { clusters: true, dentals: true, laterals: false },
  { clusters: true, dentals: true, laterals: true },
];

/**
 * Readings of a name written in katakana (words in other scripts are kept as they are), each a
 * normalised Latin spelling; empty for text without katakana. One may equal the Hepburn spelling
 * (イーゴリ is igori either way), which is then compared as a foreign word too.
 *
 * @example readKatakanaLoanwords('バラク・オバマ') // ['barak obama', 'balak obama']
 * @example readKatakanaLoanwords('ウラジーミル・プーチン') // ['urajimir puchin', 'vlajimir puchin', 'vladimir putin', 'vladimil putin']
 */
export function readKatakanaLoanwords(text: string): string[] {
  if (!mayHoldKana(text)) return [];
  const words = normaliseText(text).split(' ').map((word) => ({ word, syllables: syllablesOf(word) }));
  if (!words.some((w) => w.syllables !== undefined && w.syllables.length > 0)) return [];
  const readings = RULE_SETS.map((rules) =>
    words.map(({ word, syllables }) => (syllables === undefined ? word : readWord(syllables, rules))).join(' '),
  );
  return [...new Set(readings.map(normaliseText))];
}
