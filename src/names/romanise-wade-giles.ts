/**
 * Wade-Giles -> pinyin, for Chinese names written in the older romanisation (Mao Tse-tung ->
 * Mao Zedong, Hsi Chin-p'ing -> Xi Jinping), still common in Taiwanese names, older lists and
 * the press.
 *
 * Written by hand: the conversion is a short rule set (the standard Wade-Giles / pinyin
 * correspondence of initials and finals, as tabulated in the Wade-Giles and pinyin articles and
 * Library of Congress' romanisation guidelines), and no npm package converts in this direction.
 * Wade-Giles marks aspiration with an apostrophe (p' = pinyin p, p = pinyin b); names often drop
 * it, so a syllable without one is read as unaspirated, and a near spelling is left to fuzzy
 * matching (Chin-ping -> jinbing ~ jinping, same consonant skeleton).
 * @module
 */

/** Wade-Giles initials, longest first, with their pinyin [unaspirated, aspirated] readings. */
const INITIALS: readonly (readonly [string, string, string])[] = [
  ['ch', 'zh', 'ch'], ['hs', 'x', 'x'], ['ts', 'z', 'c'], ['tz', 'z', 'c'], ['ss', 's', 's'], ['sz', 's', 's'],
  ['sh', 'sh', 'sh'], ['p', 'b', 'p'], ['t', 'd', 't'], ['k', 'g', 'k'], ['j', 'r', 'r'], ['m', 'm', 'm'],
  ['f', 'f', 'f'], ['n', 'n', 'n'], ['l', 'l', 'l'], ['h', 'h', 'h'], ['s', 's', 's'], ['w', 'w', 'w'],
  ['y', 'y', 'y'], ['', '', ''],
];

/** Wade-Giles finals (ü folded to u, ê to e, as normaliseText does). */
const FINALS = new Set([
  'a', 'ai', 'an', 'ang', 'ao', 'e', 'ei', 'en', 'eng', 'erh', 'eh', 'i', 'ia', 'iang', 'iao', 'ieh', 'ien', 'ih',
  'in', 'ing', 'iu', 'iung', 'o', 'ou', 'u', 'ua', 'uai', 'uan', 'uang', 'uei', 'ueh', 'ui', 'un', 'ung', 'uo',
]);

/** Finals that pinyin writes differently, whatever the initial. */
const FINAL_SPELLINGS: Readonly<Record<string, string>> = {
  ung: 'ong', iung: 'iong', ieh: 'ie', ueh: 'ue', eh: 'e', ien: 'ian', uei: 'ui', erh: 'er',
};

/** Spellings only Wade-Giles has: one of them makes a name Wade-Giles rather than pinyin or English. */
const MARKER = /^(hs|ts|tz|ss|sz)|(ung|ieh|ien|ih|erh)$/;

const APOSTROPHE = /['’‘ʻʼ`]/;

interface Syllable {
  initial: string;
  final: string;
}

function parseSyllable(text: string): Syllable | undefined {
  for (const [initial] of INITIALS) {
    if (text.startsWith(initial) && FINALS.has(text.slice(initial.length))) return { initial, final: text.slice(initial.length) };
  }
  return undefined;
}

function toPinyin({ initial, final }: Syllable, aspirated: boolean): string {
  const readings = INITIALS.find(([wg]) => wg === initial) as readonly [string, string, string];
  let pinyinInitial = aspirated ? readings[2] : readings[1];
  // ch before i/ü is pinyin j/q (chin -> jin); elsewhere zh/ch (chung -> zhong).
  if (initial === 'ch' && final.startsWith('i') && final !== 'ih') pinyinInitial = aspirated ? 'q' : 'j';
  let pinyinFinal = FINAL_SPELLINGS[final] ?? final;
  // Apical vowels: chih -> zhi, shih -> shi, jih -> ri, tzu -> zi, ssu -> si.
  if (final === 'ih') pinyinFinal = 'i';
  if (final === 'u' && ['ts', 'tz', 'ss', 'sz'].includes(initial)) pinyinFinal = 'i';
  // ko, k'o, ho -> ge, ke, he.
  if (final === 'o' && (initial === 'k' || initial === 'h')) pinyinFinal = 'e';
  return pinyinInitial + pinyinFinal;
}

/**
 * The pinyin spelling of a name written in Wade-Giles, or undefined when the name is not one
 * (a word that is no Wade-Giles syllable chain, or no spelling that only Wade-Giles uses).
 * Syllables joined by hyphens become one word, as pinyin writes given names.
 *
 * @example wadeGilesToPinyin('Mao Tse-tung') // 'mao zedong'
 * @example wadeGilesToPinyin("Hsi Chin-p'ing") // 'xi jinping'
 * @example wadeGilesToPinyin('Mao Zedong') // undefined
 */
export function wadeGilesToPinyin(raw: string): string | undefined {
  const words = raw.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[\s,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 4) return undefined;
  let marked = false;
  const out: string[] = [];
  for (const word of words) {
    let pinyin = '';
    for (const part of word.split('-')) {
      const aspirated = APOSTROPHE.test(part);
      const text = part.replace(/['’‘ʻʼ`]/g, '');
      const syllable = parseSyllable(text);
      if (!syllable) return undefined;
      if (MARKER.test(text) || aspirated) marked = true;
      pinyin += toPinyin(syllable, aspirated);
    }
    out.push(pinyin);
  }
  return marked ? out.join(' ') : undefined;
}
