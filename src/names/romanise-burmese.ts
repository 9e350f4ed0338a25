/**
 * Burmese (Myanmar script) names in Latin letters, the way Myanmar passports and the sanctions
 * lists spell them: one word per syllable (မင်းအောင်လှိုင် = Min Aung Hlaing), a syllable's rhyme
 * read as a whole (ိုင် aing, ောင် aung, ိန် ein, ွန် un).
 *
 * Written here: any-ascii reads the script letter by letter (mneanlhiun for Min Aung Hlaing), with
 * no syllables and no rhymes. Two readings, as the lists spell some sounds two ways: ht, hs, oe,
 * oo, aing and aik (Htun, Hswe, Soe, Oo, Hlaing, Htaik), and t, s, o, u, ine and ike (Tun, Swe, Ko,
 * U, Khine, Htike).
 * @module
 */

const ASAT = '\u103a';
const VIRAMA = '\u1039';
/** The high tone mark: not spelt. */
const HIGH_TONE = /\u1038/g;
/** The creaky tone mark: spelt as a t after a nasal final (မြင့် = Myint, ညွန့် = Nyunt), else not. */
const CREAKY_TONE = '\u1037';

/** Onset consonants, as [first reading, second reading] where they differ. */
const ONSETS: Readonly<Record<string, string | readonly [string, string]>> = {
  က: 'k', ခ: 'kh', ဂ: 'g', ဃ: 'g', င: 'ng', စ: 's', ဆ: ['hs', 's'], ဇ: 'z', ဈ: 'z', ည: 'ny', ဋ: 't', ဌ: ['ht', 't'],
  ဍ: 'd', ဎ: 'd', ဏ: 'n', တ: 't', ထ: ['ht', 't'], ဒ: 'd', ဓ: 'd', န: 'n', ပ: 'p', ဖ: 'ph', ဗ: 'b', ဘ: 'b', မ: 'm',
  ယ: 'y', ရ: 'y', လ: 'l', ဝ: 'w', သ: 'th', ဟ: 'h', ဠ: 'l', အ: '',
};
/** Independent vowels, read as whole syllables. */
const VOWEL_LETTERS: Readonly<Record<string, string | readonly [string, string]>> = {
  ဥ: 'u', ဦ: ['oo', 'u'], ဧ: 'e', ဩ: 'aw', ဣ: 'i', ဤ: 'i',
};
/** Final consonants (before the asat) by the rhyme they make. */
const FINALS: Readonly<Record<string, string>> = {
  င: 'ng', ဉ: 'n', န: 'n', မ: 'n', '\u1036': 'n', တ: 't', ပ: 't', ဋ: 't', က: 'k', စ: 'c', ည: 'ny', ယ: 'y',
};
/** Rhymes: vowel signs (sorted) + final class -> spelling; '' for the inherent vowel. */
const RHYMES: Readonly<Record<string, string | readonly [string, string]>> = {
  '': 'a', 'ာ': 'a', 'ါ': 'a', 'ိ': 'i', 'ီ': 'i', 'ု': 'u', 'ူ': 'u', 'ေ': 'e', 'ဲ': 'e', 'ာေ': 'aw', 'ါေ': 'aw',
  'ို': ['oe', 'o'],
  ng: 'in', 'ိုng': ['aing', 'ine'], 'ာေng': 'aung', 'ါေng': 'aung', 'ုng': 'ong',
  n: 'an', 'ိn': 'ein', 'ုn': ['one', 'on'], 'ိုn': 'on',
  t: 'at', 'ိt': 'eik', 'ုt': 'ok',
  k: 'et', 'ိုk': ['aik', 'ike'], 'ာေk': 'auk', 'ါေk': 'auk',
  c: 'it', ny: 'i', y: 'e',
};
/** With the medial ွ, these rhymes take the w into the vowel (ထွန်း = tun, not twan). */
const W_RHYMES: Readonly<Record<string, string>> = { n: 'un', t: 'ut' };

const MEDIAL_Y = new Set(['\u103b', '\u103c']);
const MEDIAL_W = '\u103d';
const MEDIAL_H = '\u103e';

const isConsonant = (c: string | undefined): boolean => c !== undefined && c >= '\u1000' && c <= '\u1021';
const pick = (value: string | readonly [string, string], reading: 0 | 1): string => (typeof value === 'string' ? value : value[reading]);

/** Whether text holds Myanmar script. */
export function hasBurmese(text: string): boolean {
  return /[\u1000-\u109f]/.test(text);
}

/** A word's syllables: a consonant or vowel letter opens one, unless an asat or virama makes it a final. */
function syllablesOf(word: string): string[] {
  const chars = [...word.replace(HIGH_TONE, '')].filter((c, i, all) => c !== CREAKY_TONE || all[i + 1] === ASAT || all[i - 1] === ASAT);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const next = chars[i + 1] === CREAKY_TONE ? chars[i + 2] : chars[i + 1];
    const opens = (isConsonant(c) || c in VOWEL_LETTERS) && next !== ASAT && next !== VIRAMA;
    if (opens || out.length === 0) out.push(c);
    else out[out.length - 1] += c;
  }
  return out;
}

function readSyllable(syllable: string, reading: 0 | 1): string {
  const chars = [...syllable].filter((c) => c !== VIRAMA);
  const first = chars[0]!;
  if (first in VOWEL_LETTERS) return pick(VOWEL_LETTERS[first]!, reading);
  const onsetValue = ONSETS[first];
  if (onsetValue === undefined) return '';
  let onset = pick(onsetValue, reading);
  let vowels = '';
  let final = '';
  let w = false;
  let creaky = false;
  for (let i = 1; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === CREAKY_TONE) creaky = true;
    else if (MEDIAL_Y.has(c)) onset = onset === 'kh' ? 'ch' : `${onset}y`;
    else if (c === MEDIAL_W) w = true;
    else if (c === MEDIAL_H) onset = first === 'ရ' || first === 'ယ' ? 'sh' : `h${onset}`;
    else if (c === ASAT) continue;
    else if ((isConsonant(c) && (chars[i + 1] === ASAT || (chars[i + 1] === CREAKY_TONE && chars[i + 2] === ASAT))) || c === '\u1036') final = FINALS[c] ?? '';
    else vowels += c;
  }
  const key = [...vowels].sort().join('') + final;
  const t = creaky && (final === 'ng' || final === 'n') ? 't' : '';
  const wRhyme = w && vowels === '' ? W_RHYMES[final] : undefined;
  if (wRhyme !== undefined) return onset + wRhyme + t;
  const rhyme = RHYMES[key];
  return (w ? `${onset}w` : onset) + (rhyme === undefined ? '' : pick(rhyme, reading)) + t;
}

/**
 * The Latin readings of a Burmese name, one word per syllable.
 *
 * @example romaniseBurmese('မင်းအောင်လှိုင်') // ['min aung hlaing']
 * @example romaniseBurmese('မြထွန်းဦး') // ['mya htun oo', 'mya tun u']
 */
export function romaniseBurmese(text: string): string[] {
  const readings = ([0, 1] as const).map((reading) =>
    text
      .split(/\s+/)
      .flatMap((word) => (hasBurmese(word) ? syllablesOf(word).map((s) => readSyllable(s, reading)) : [word]))
      .filter((word) => word !== '')
      .join(' '),
  );
  return [...new Set(readings)];
}
