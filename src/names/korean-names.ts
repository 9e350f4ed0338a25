/**
 * Korean names in Latin letters: one key for the spellings of one Korean syllable string, and the
 * usual surname spellings (Kim/Gim, Lee/Yi/Rhee, Park/Pak/Bak ...).
 *
 * Revised Romanization (Jeong-eun), McCune-Reischauer without breves (Chong-un) and ad hoc
 * spellings (Jung, Sung, Moon) differ in voicing (k/g, ch/j, p/b, t/d), in r/l and in how the
 * vowels ㅓ ㅗ ㅜ ㅡ are written (eo, o, u, eu, ŭ, oo), so the key merges exactly those.
 * Apply it only to names that look Korean (looksKoreanName): on other names it conflates too much.
 * @module
 */

/** Canonical surname -> spellings seen on lists and passports. */
const SURNAMES: Readonly<Record<string, readonly string[]>> = {
  kim: ['gim', 'kim'], lee: ['lee', 'yi', 'ri', 'rhee', 'i', 'rhie', 'yee', 'li'], park: ['park', 'pak', 'bak', 'bahk', 'pahk'],
  choi: ['choe', 'choi', 'choy', 'chey'], jung: ['jung', 'jeong', 'chung', 'chong', 'jong', 'cheong'],
  kang: ['kang', 'gang'], cho: ['cho', 'jo', 'joe', 'chough'], yoon: ['yoon', 'yun', 'youn'],
  jang: ['jang', 'chang'], lim: ['lim', 'im', 'rim', 'yim'], han: ['han'], shin: ['shin', 'sin', 'shinn'],
  oh: ['oh', 'o'], seo: ['seo', 'suh', 'so', 'sur'], kwon: ['kwon', 'gwon', 'kwan'], hwang: ['hwang', 'whang'],
  ahn: ['ahn', 'an'], song: ['song'], ryu: ['ryu', 'yu', 'yoo', 'ryoo', 'rhyu'], hong: ['hong'],
  jeon: ['jeon', 'chon', 'jun', 'chun', 'jon', 'cheon'], ko: ['ko', 'go', 'koh'], moon: ['moon', 'mun'],
  yang: ['yang', 'ryang'], son: ['son', 'sohn'], bae: ['bae', 'pae', 'bai'], baek: ['baek', 'paek', 'paik', 'baik'],
  heo: ['ho', 'heo', 'hur', 'huh'], ju: ['ju', 'joo', 'chu'], nam: ['nam'], noh: ['noh', 'no', 'roh', 'ro'],
  min: ['min'], koo: ['koo', 'ku', 'gu'], hyun: ['hyun', 'hyon', 'hyeon'], ra: ['ra'],
};

const SURNAME_BY_SPELLING = new Map<string, string>();
for (const [canonical, spellings] of Object.entries(SURNAMES)) {
  for (const spelling of spellings) if (!SURNAME_BY_SPELLING.has(spelling)) SURNAME_BY_SPELLING.set(spelling, canonical);
}

/** Ordered: longer spellings first at each position. */
const KEY_RULES: readonly (readonly [string, string])[] = [
  ['eo', 'o'], ['eu', 'o'], ['oo', 'o'], ['ee', 'i'], ['ae', 'e'], ['ch', 'j'], ['sh', 's'],
  ['u', 'o'], ['k', 'g'], ['p', 'b'], ['t', 'd'], ['r', 'l'],
];

/**
 * Key for a romanised Korean token: equal keys = probably the same Hangul.
 *
 * @example koreanKey('jeongeun') === koreanKey('chongun') // 'jongon'
 * @example koreanKey('sung') === koreanKey('seong') // 'song'
 */
export function koreanKey(token: string): string {
  let out = '';
  for (let i = 0; i < token.length; ) {
    let replaced = false;
    for (const [from, to] of KEY_RULES) {
      if (token.startsWith(from, i)) {
        if (!out.endsWith(to) || to.length !== 1 || 'aeiou'.includes(to)) out += to;
        i += from.length;
        replaced = true;
        break;
      }
    }
    if (!replaced) {
      const ch = token[i] as string;
      if (!out.endsWith(ch)) out += ch; // kk/gg, ss, pp: collapse doubled consonants
      i++;
    }
  }
  return out;
}

/**
 * Canonical key of a Korean surname spelling, or undefined when the token is not a known one.
 *
 * @example canonicalSurname('gim') // 'kim'
 * @example canonicalSurname('rhee') // 'lee'
 */
export function canonicalSurname(token: string): string | undefined {
  return SURNAME_BY_SPELLING.get(token);
}

const KOREAN_SYLLABLES =
  /^(?:(?:kk|gg|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhwy])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|oo|wo|we|wi|yu|eu|ui|ee|a|e|o|u|i)(?:ng|[kgntdlrmpb])?)+$/;

/** Whether a token reads as romanised Korean syllables (jong, chol, yonghyok; not jng or chl). */
export function isKoreanSyllables(token: string): boolean {
  return KOREAN_SYLLABLES.test(token);
}

/**
 * True when one token is a Korean surname spelling and every token can be read as Korean
 * syllables: then koreanKey is safe to use.
 *
 * @example looksKoreanName(['kim', 'jong', 'un']) // true
 * @example looksKoreanName(['vladimir', 'putin']) // false
 */
export function looksKoreanName(tokens: readonly string[]): boolean {
  let hasSurname = false;
  for (const token of tokens) {
    if (SURNAME_BY_SPELLING.has(token)) hasSurname = true; // Park, Rhee: not syllable-shaped
    else if (!isKoreanSyllables(token)) return false;
  }
  return hasSurname && tokens.length >= 2;
}

/**
 * Key form of a Korean name: the surname (first token, else last) canonical, every other token
 * through koreanKey. Only the surname slot is looked up, because given-name syllables are spelled
 * like surnames (Jong-un: jong is also a spelling of the surname 정).
 *
 * @example koreanNameKeys(['gim', 'jeong', 'eun']) // ['kim', 'jong', 'on']
 */
export function koreanNameKeys(tokens: readonly string[]): string[] {
  const first = tokens[0] ?? '';
  const surnameAt = SURNAME_BY_SPELLING.has(first) ? 0 : tokens.length - 1;
  return tokens.map((t, i) => (i === surnameAt ? (canonicalSurname(t) ?? koreanKey(t)) : koreanKey(t)));
}
