/**
 * A foreign name in katakana read back into Latin letters: Japanese writes foreign names in
 * katakana and gives every consonant a vowel, so a word-final consonant comes back with an added
 * u (or o after t and d): バラク = baraku for Barak, ドナルド = donarudo for Donald. This reading
 * drops that added vowel at the end of a word; the Hepburn spelling stays the main one.
 * @module
 */
import anyAscii from 'any-ascii';
import { normaliseText } from './normalise-text.js';

function hasKatakana(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30a1 && code <= 0x30fa) return true;
  }
  return false;
}

/** A word-final u after a consonant other than ts (a written -tsu is a real syllable), or o after t/d. */
const ADDED_FINAL_VOWEL = /(?:(?<!ts)(?<=[kgszbpmnrfhj])u|(?<=[td])o)$/;

/**
 * The loanword reading of a name written in katakana, or undefined for other text or when it
 * equals the Hepburn spelling.
 *
 * @example readKatakanaLoanword('バラク・オバマ') // 'barak obama'
 * @example readKatakanaLoanword('やまだ') // undefined (hiragana: a Japanese name)
 */
export function readKatakanaLoanword(text: string): string | undefined {
  if (!hasKatakana(text)) return undefined;
  const hepburn = normaliseText(anyAscii(text));
  const reading = hepburn
    .split(' ')
    .map((word) => (word.length > 3 ? word.replace(ADDED_FINAL_VOWEL, '') : word))
    .join(' ');
  return reading === hepburn ? undefined : reading;
}
