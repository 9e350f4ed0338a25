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

/** Jamo indices the loanword reading treats apart: initial ㄹ, ㅇ, ㅊ; vowels ㅡ, ㅣ; final ㄹ. */
const RIEUL_INITIAL = 5;
const CHIEUT_INITIAL = 14;
const EU_MEDIAL = 18;
const I_MEDIAL = 20;
const RIEUL_FINAL = 8;

/** Loanword reading of one Hangul word (see romaniseHangulLoanword). */
function readLoanword(word: string): string {
  const syllables = [...word];
  let out = '';
  let previousFinal = 0;
  syllables.forEach((ch, i) => {
    const code = ch.codePointAt(0) ?? 0;
    if (!isHangul(code)) {
      out += ch;
      previousFinal = 0;
      return;
    }
    const index = code - 0xac00;
    const initialIndex = Math.floor(index / 588);
    const medialIndex = Math.floor((index % 588) / 28);
    const finalIndex = index % 28;
    // ㄹ closing one syllable and opening the next is one l (블라 = bla); a lone ㄹ is r.
    const initial = initialIndex === RIEUL_INITIAL && previousFinal === RIEUL_FINAL ? '' : (INITIALS[initialIndex] ?? '');
    // ㅡ only carries a consonant cluster (블 = bl, 르 = r); a last 치 is a final ch (-vich -> 비치).
    const lastChi = i === syllables.length - 1 && initialIndex === CHIEUT_INITIAL && medialIndex === I_MEDIAL && syllables.length > 2;
    const medial = medialIndex === EU_MEDIAL || lastChi ? '' : (MEDIALS[medialIndex] ?? '');
    out += initial + medial + (FINALS[finalIndex] ?? '');
    previousFinal = finalIndex;
  });
  return out;
}

/** Syllables in a name of several words beyond any Korean personal name. */
const MIN_FOREIGN_SYLLABLES = 5;

/**
 * A foreign name in Hangul read back by the Korean loanword orthography (외래어 표기법): ㅡ is
 * written only to carry a consonant cluster (블라디미르 = bladimir, not beulradimireu), ㄹㄹ is one
 * l, and a last 치 is ch. Given only for names with a word of four or more syllables, or five or
 * more syllables in several words, which a Korean personal name (two to four syllables, a double
 * surname for four) does not have; undefined otherwise.
 *
 * @example romaniseHangulLoanword('블라디미르 푸틴') // 'bladimir putin'
 * @example romaniseHangulLoanword('김정은') // undefined
 */
export function romaniseHangulLoanword(text: string): string | undefined {
  if (!hasHangul(text)) return undefined;
  const words = text.split(' ').filter(Boolean);
  const syllables = words.reduce((sum, w) => sum + [...w].length, 0);
  // A Korean name is two to four syllables in all, however spaced (남궁 민수); 이고리 세친 is five.
  const foreign = words.some((w) => [...w].length >= 4 && !DOUBLE_SURNAMES.has(w.slice(0, 2))) || (words.length > 1 && syllables >= MIN_FOREIGN_SYLLABLES);
  return foreign ? words.map(readLoanword).join(' ') : undefined;
}

/**
 * The loanword readings of a foreign name in Hangul: the one above, and the same with the sounds
 * Korean writes with other letters, as Russian names need them: ㅂ for v and ㅍ for f (the -ov and
 * -ev endings too: 라브로프 = Lavrov, 메드베데프 = Medvedev), and ㄹ opening a word for l.
 *
 * @example romaniseHangulLoanwords('세르게이 라브로프') // ['sergei rabrop', 'sergei lavrov']
 */
export function romaniseHangulLoanwords(text: string): string[] {
  const reading = romaniseHangulLoanword(text);
  if (reading === undefined) return [];
  const voiced = reading
    .split(' ')
    .map((word) => word.replace(/b/g, 'v').replace(/p/g, 'f').replace(/(?<=[oe])f$/, 'v').replace(/^r/, 'l'))
    .join(' ');
  return voiced === reading ? [reading] : [reading, voiced];
}
