/**
 * Hangul -> Latin by the Revised Romanization, syllable by syllable.
 *
 * Written by hand because any-ascii writes a final ㄱ as g (박 -> Bag), where RR and every list
 * write Bak; the algorithm is small (Unicode composes each syllable from three jamo indices).
 * Sound changes across syllables are not applied: names are romanised syllable by syllable.
 * @module
 */

const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIALS = [
  'a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi',
  'yu', 'eu', 'ui', 'i',
];
const FINALS = [
  '', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't',
  't', 'ng', 't', 't', 'k', 't', 'p', 't',
];

/** Two-syllable Korean surnames; every other surname is one syllable. */
const DOUBLE_SURNAMES = new Set(['남궁', '선우', '제갈', '황보', '독고', '사공', '서문']);

function isHangul(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

export function hasHangul(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHangul(text.charCodeAt(i))) return true;
  return false;
}

function romaniseSyllable(code: number): string {
  const index = code - 0xac00;
  const initial = INITIALS[Math.floor(index / 588)] ?? '';
  const medial = MEDIALS[Math.floor((index % 588) / 28)] ?? '';
  const final = FINALS[index % 28] ?? '';
  return initial + medial + final;
}

/** Romanises one Hangul word; other characters pass through. */
function romaniseWord(word: string): string {
  let out = '';
  for (const ch of word) {
    const code = ch.codePointAt(0) ?? 0;
    out += isHangul(code) ? romaniseSyllable(code) : ch;
  }
  return out;
}

/**
 * Romanises normalised Hangul text. A word of 2–4 syllables is read as a Korean personal name
 * written without spaces (surname + given name), and split after the surname.
 *
 * @example romaniseHangul('김정은') // 'gim jeongeun'
 * @example romaniseHangul('박지성') // 'bak jiseong'
 */
export function romaniseHangul(text: string): string {
  return text
    .split(' ')
    .map((word) => {
      const syllables = [...word];
      if (syllables.length < 2 || syllables.length > 4 || !syllables.every((s) => isHangul(s.charCodeAt(0)))) {
        return romaniseWord(word);
      }
      const surnameLength = DOUBLE_SURNAMES.has(word.slice(0, 2)) && syllables.length > 2 ? 2 : 1;
      return `${romaniseWord(word.slice(0, surnameLength))} ${romaniseWord(word.slice(surnameLength))}`;
    })
    .join(' ');
}
