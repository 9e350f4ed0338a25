/**
 * Script-preserving text normalisation: the first step for every name, list side and query side.
 *
 * Latin (and Greek) lose their diacritics and case; other scripts keep their letters, lower-cased,
 * so the transliterators after this step still see `й`, `ё`, `ї`, Hangul syllables and Indic vowel
 * signs. Punctuation becomes a space, apostrophes vanish (O'Brien -> obrien), spaces collapse.
 *
 * Speed: each distinct non-ASCII character is folded once and cached; ASCII goes through a
 * 128-entry table. No regex runs per call.
 * @module
 */

/** Letters that NFKD does not take apart. */
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i',
  ħ: 'h', ŧ: 't', ŋ: 'ng', ĸ: 'k', ſ: 's', ƒ: 'f', ɨ: 'i', ʉ: 'u', ə: 'e', ɛ: 'e', ɔ: 'o',
};

/**
 * Cyrillic letters whose diacritic is a different letter (й is not и), kept whole for the
 * Cyrillic romaniser.
 */
const KEEP_WHOLE = new Set(['й', 'ё', 'ї', 'ў', 'ѓ', 'ќ']);

/** Apostrophes and single quotes: dropped, so they never split a word. */
const APOSTROPHES = new Set(["'", '`', '´', '‘', '’', '‛', 'ʼ', 'ʻ', 'ʹ', '′', 'ˈ', '\u02BE', '\u02BF']);

/** Combining marks that are diacritics (Latin/Greek/Cyrillic accents, Arabic harakat, Hebrew points). */
function isDroppableMark(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f) ||
    (code >= 0x0591 && code <= 0x05c7) ||
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed) ||
    code === 0x0640 // Arabic tatweel (kashida): only stretches a word
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function usesNfkd(code: number): boolean {
  return (
    code < 0x0530 || // Latin, IPA, Greek, Cyrillic
    (code >= 0x1e00 && code <= 0x2bff) || // Latin/Greek extended, punctuation, letter-like symbols
    (code >= 0xfb00 && code <= 0xfdff) || // ligatures, Arabic presentation forms A
    (code >= 0xfe30 && code <= 0xffef) // CJK compatibility punctuation, Arabic forms B, full width
  );
}

/** ASCII table: lower-case letters and digits pass, apostrophes vanish, the rest is a space. */
const ASCII_FOLD: readonly string[] = Array.from({ length: 128 }, (_, code) => {
  const ch = String.fromCharCode(code);
  if (APOSTROPHES.has(ch)) return '';
  if (/[a-z0-9]/.test(ch)) return ch;
  if (/[A-Z]/.test(ch)) return ch.toLowerCase();
  return ' ';
});

const foldCache = new Map<string, string>();

function foldCharUncached(ch: string): string {
  if (APOSTROPHES.has(ch)) return '';
  const lower = ch.toLowerCase();
  if (KEEP_WHOLE.has(lower)) return lower;
  const code0 = lower.codePointAt(0) ?? 0;
  if (isDroppableMark(code0)) return '';
  // Only scripts whose compatibility forms and accents we want gone go through NFKD: elsewhere
  // (kana, Hangul, Indic) it would split letters into base + mark and lose the mark.
  if (!usesNfkd(code0)) return LETTER_OR_DIGIT.test(lower) ? lower : ' ';
  let out = '';
  for (const part of lower.normalize('NFKD')) {
    const code = part.codePointAt(0) ?? 0;
    if (isDroppableMark(code)) continue;
    const special = SPECIAL_FOLDS[part];
    if (special !== undefined) out += special;
    else if (code < 128) out += ASCII_FOLD[code] ?? ' ';
    else if (APOSTROPHES.has(part)) continue;
    else out += LETTER_OR_DIGIT.test(part) ? part.toLowerCase() : ' ';
  }
  return out;
}

function foldChar(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = foldCharUncached(ch);
    foldCache.set(ch, folded);
  }
  return folded;
}

/**
 * Normalises a name for comparison: lower case, no diacritics, no punctuation, single spaces.
 *
 * @example normaliseText("O'Brien") // 'obrien'
 * @example normaliseText("PRIVATE MILITARY COMPANY 'WAGNER'") // 'private military company wagner'
 * @example normaliseText('AL-QAIDA') // 'al qaida'
 * @example normaliseText('Straße Łódź') // 'strasse lodz'
 * @example normaliseText('ПУ́ТИН Евгений') // 'путин евгений' (script kept; see transliterate)
 */
export function normaliseText(text: string): string {
  let source = text;
  // Decomposed input (и + U+0306) must become й before folding character by character.
  for (let i = 0; i < source.length; i++) {
    if (source.charCodeAt(i) >= 0x300) {
      source = source.normalize('NFC');
      break;
    }
  }
  let out = '';
  let pendingSpace = false;
  for (const ch of source) {
    const code = ch.charCodeAt(0);
    const folded = code < 128 ? (ASCII_FOLD[code] ?? ' ') : foldChar(ch);
    for (let i = 0; i < folded.length; i++) {
      const c = folded[i] as string;
      if (c === ' ') {
        pendingSpace = out.length > 0;
      } else {
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        out += c;
      }
    }
  }
  return out;
}

/**
 * A word with each run of one letter written once: a letter typed twice or left single by mistake
 * (aktiengeselschaft, Jong-uun) meets the right spelling.
 * @example collapseDoubledLetters('aktiengesellschaft') // 'aktiengeselschaft'
 */
export function collapseDoubledLetters(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
}
