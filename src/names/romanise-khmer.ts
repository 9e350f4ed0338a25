/**
 * Khmer names in Latin letters, the way Cambodian passports and the lists spell them (ប៉ុល ពត =
 * Pol Pot, ហ៊ុន សែន = Hun Sen). A Khmer consonant carries one of two inherent vowels (its series: a
 * or o), which also sets how a vowel sign sounds; two signs move a consonant to the other series
 * (៉ and ៊), and a final consonant is written without a vowel.
 *
 * Written here: any-ascii reads letter by letter with no inherent vowels (ប៉ុល ពត = bol pt).
 * @module
 */

type Series = 1 | 2;

/** Consonants: Latin onset and series (1: inherent a, 2: inherent o). */
const CONSONANTS: Readonly<Record<string, readonly [string, Series]>> = {
  ក: ['k', 1], ខ: ['kh', 1], គ: ['k', 2], ឃ: ['kh', 2], ង: ['ng', 2], ច: ['ch', 1], ឆ: ['chh', 1], ជ: ['ch', 2],
  ឈ: ['chh', 2], ញ: ['nh', 2], ដ: ['d', 1], ឋ: ['th', 1], ឌ: ['d', 2], ឍ: ['th', 2], ណ: ['n', 1], ត: ['t', 1],
  ថ: ['th', 1], ទ: ['t', 2], ធ: ['th', 2], ន: ['n', 2], ប: ['b', 1], ផ: ['ph', 1], ព: ['p', 2], ភ: ['ph', 2],
  ម: ['m', 2], យ: ['y', 2], រ: ['r', 2], ល: ['l', 2], វ: ['v', 2], ស: ['s', 1], ហ: ['h', 1], ឡ: ['l', 1], អ: ['', 1],
};
/** Vowel signs as read after a consonant of series 1 and of series 2. */
const VOWELS: Readonly<Record<string, readonly [string, string]>> = {
  'ា': ['a', 'ea'], 'ិ': ['e', 'i'], 'ី': ['ei', 'i'], 'ឹ': ['oe', 'eu'], 'ឺ': ['eu', 'eu'], 'ុ': ['o', 'u'],
  'ូ': ['ou', 'u'], 'ួ': ['uo', 'uo'], 'ើ': ['aeu', 'eu'], 'ឿ': ['oea', 'oea'], 'ៀ': ['ie', 'ie'], 'េ': ['e', 'e'],
  'ែ': ['ae', 'ae'], 'ៃ': ['ai', 'ey'], 'ោ': ['ao', 'o'], 'ៅ': ['au', 'ov'], 'ំ': ['am', 'um'], 'ះ': ['ah', 'eah'],
};
/** Independent vowels, read whole. */
const VOWEL_LETTERS: Readonly<Record<string, string>> = { ឥ: 'e', ឦ: 'ei', ឧ: 'o', ឩ: 'ou', ឪ: 'ov', ឫ: 'rue', ឬ: 'rue', ឭ: 'lue', ឮ: 'lue', ឯ: 'ae', ឰ: 'ai', ឱ: 'ao', ឲ: 'ao', ឳ: 'au' };
const COENG = '\u17d2';
const TO_SERIES_1 = '\u17c9';
const TO_SERIES_2 = '\u17ca';

/** Whether text holds Khmer script. */
export function hasKhmer(text: string): boolean {
  return /[\u1780-\u17ff]/.test(text);
}

/**
 * One Khmer word: each onset (a consonant and any consonant written under it with ្) with its
 * vowel, the inherent one when no sign follows, and a consonant with no vowel before another onset
 * or the word's end as the syllable's final.
 */
function readWord(word: string): string {
  const chars = [...word];
  let out = '';
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    const letter = VOWEL_LETTERS[c];
    if (letter !== undefined) {
      out += letter;
      i++;
      continue;
    }
    const consonant = CONSONANTS[c];
    if (consonant === undefined) {
      i++;
      continue;
    }
    let [onset, series] = consonant;
    i++;
    while (chars[i] === COENG && CONSONANTS[chars[i + 1] ?? ''] !== undefined) {
      onset += CONSONANTS[chars[i + 1]!]![0];
      i += 2;
    }
    if (chars[i] === TO_SERIES_1 || chars[i] === TO_SERIES_2) {
      // ប with ៉ is p; otherwise the sign moves the consonant to the other series.
      if (c === 'ប' && chars[i] === TO_SERIES_1) onset = 'p';
      series = chars[i] === TO_SERIES_1 ? 1 : 2;
      i++;
    }
    let vowel = '';
    while (chars[i] !== undefined && VOWELS[chars[i]!] !== undefined) vowel += VOWELS[chars[i++]!]![series - 1];
    // A consonant after this onset with no vowel of its own, before another onset or the end, closes the syllable.
    let final = '';
    const next = chars[i];
    if (next !== undefined && CONSONANTS[next] !== undefined && chars[i + 1] !== COENG && (chars[i + 1] === undefined || CONSONANTS[chars[i + 1]!] !== undefined || chars[i + 1] === '\u17cb' || chars[i + 1] === '\u17cc')) {
      final = CONSONANTS[next]![0] === '' ? '' : CONSONANTS[next]![0];
      i++;
    }
    out += onset + (vowel === '' ? (series === 1 ? 'a' : 'o') : vowel) + final;
  }
  return out;
}

/**
 * The Latin spelling of a Khmer name, word by word.
 *
 * @example romaniseKhmer('ប៉ុល ពត') // 'pol pot'
 * @example romaniseKhmer('ហ៊ុន សែន') // 'hun saen'
 */
export function romaniseKhmer(text: string): string {
  return text
    .split(/\s+/)
    .map((word) => (hasKhmer(word) ? readWord(word) : word))
    .filter((word) => word !== '')
    .join(' ');
}
