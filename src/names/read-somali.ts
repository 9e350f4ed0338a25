/**
 * Somali names as the Somali Latin alphabet writes them (official since 1972): c for the Arabic
 * ʿayn (Cabdi = Abdi, Cali = Ali, Jaamac = Jama), x for ħ (Maxamed = Mohamed, Xasan = Hassan), and
 * long vowels doubled (Yuusuf = Yusuf, Daahir = Dahir, Faarax = Farah). The lists spell Somali
 * parties the Arabic way (the UN's Hassan Dahir Aweys); records from Somalia, remittances among them,
 * often carry the Somali spelling (Xasan Daahir Aweys), which met the listing at 0.58. Read back,
 * such a name meets the list's spelling.
 *
 * A name is read so only when one of its words is a Somali spelling of a common name (below, or a
 * word opening with cabd, as the Abd compounds do), or when one word has a Somali consonant and
 * another a long vowel written double (Abuukar Cali Aadan): x and c are other letters in other
 * languages (Alexander, Carlos), and Chinese pinyin writes x but no double vowel (Xi Xiaoming).
 * Hand-written: no package reads Somali orthography.
 * @module
 */

import { isCommonEnglishWord } from './english-words.js';

/**
 * Somali spellings of the commonest Somali names (all of Arabic origin), normalised. Not Cali (Ali),
 * which is also the Colombian city in the names of many listed bodies (DROGUERIAS ... DE CALI).
 */
const SOMALI_NAME_WORDS: ReadonlySet<string> = new Set([
  'maxamed', 'maxammed', 'muxumed', 'maxamuud', 'axmed', 'xasan', 'xassan', 'xuseen', 'xusseen', 'xuseyn', 'xasaan',
  'cumar', 'ciise', 'cismaan', 'cusmaan', 'cusman', 'cawil', 'caydiid', 'cadan', 'caasha', 'cilmi',
  'faarax', 'xaaji', 'xaashi', 'xamsa', 'xamza', 'xaliimo', 'xaawo', 'xirsi', 'xudeyfa',
  'jaamac', 'saciid', 'sacad', 'sacdiyo', 'mascuud', 'yaxye', 'ismaaciil', 'ibraahim', 'ibraahin', 'yuusuf',
  'daahir', 'shariif', 'mukhtaar', 'cashuur', 'guuleed', 'macallin', 'macalin',
]);

/**
 * Somali forms of Arabic words that differ by more than the letters: Macallin is Mu'allim (teacher,
 * an honorific the lists write Maalim or Mu'alim as part of the name), with Somali's final n.
 */
const SOMALI_FORMS: ReadonlyMap<string, string> = new Map([
  ['macallin', 'maalim'],
  ['macalin', 'maalim'],
]);

const isSomaliNameWord = (word: string): boolean => SOMALI_NAME_WORDS.has(word) || word.startsWith('cabd');

/** A Somali consonant in a word of three letters or more: x (ħ) or c (the ʿayn) by a vowel: Xasan, Faarax, Cali, Saciid, Jaamac. */
const SOMALI_CONSONANT = /^[xc][aeiou]|[aeiou][xc][aeiou]|[aeiou][xc]$/;
/**
 * A long a, i or u written double (Aadan, Abuukar, Bashiir); English and Dutch double e and o too,
 * and ii ends Russian names in passports' spelling (Vitalii) and Roman numerals.
 */
const DOUBLE_VOWEL = /aa|uu|ii(?!$)/;
const ROMAN_NUMERAL = /^[ivxlc]+$/;

/**
 * Whether a name's words are written in Somali orthography (see the module's comment): a Somali
 * spelling of a common name, or a Somali consonant in one word and a double vowel in another, no
 * word being common English (Raad Automation Company, Cooperation Bank: c and a double vowel too).
 */
function isSomaliSpelling(words: readonly string[]): boolean {
  if (words.some(isSomaliNameWord)) return true;
  const consonants = words.flatMap((w, i) => (w.length >= 3 && SOMALI_CONSONANT.test(w) ? [i] : []));
  const doubled = words.flatMap((w, i) => (DOUBLE_VOWEL.test(w) && !ROMAN_NUMERAL.test(w) ? [i] : []));
  if (!consonants.some((i) => doubled.some((j) => j !== i))) return false;
  return !words.some(isCommonEnglishWord);
}

/** One word read back: long vowels single, then x as h and c (the ʿayn, which other spellings leave out) dropped. */
function readSomaliWord(word: string): string {
  return SOMALI_FORMS.get(word) ?? word.replace(/([aeiou])\1/g, '$1').replaceAll('x', 'h').replaceAll('c', '');
}

/**
 * The name (normalised Latin, words apart) read back from Somali spelling, or undefined when it is
 * not written so (see isSomaliSpelling).
 *
 * @example readSomaliSpelling('xasan daahir aweys') // 'hasan dahir aweys'
 * @example readSomaliSpelling('maxamed cabdullahi faarax') // 'mahamed abdullahi farah'
 * @example readSomaliSpelling('carlos alexander') // undefined
 */
export function readSomaliSpelling(name: string): string | undefined {
  const words = name.split(' ');
  if (!isSomaliSpelling(words)) return undefined;
  const read = words.map(readSomaliWord).filter((w) => w !== '').join(' ');
  return read === name ? undefined : read;
}
