/**
 * Consonant skeleton of a Latin name token: a lossy key under which spellings of one name written
 * from a script without vowels meet (Mohammed, Muhammad, Mohamad and محمد -> mhmd).
 *
 * The rules, in order (each chosen because list spellings vary there):
 * 1. Digraphs become one consonant: sch/sh -> s, tch/ch -> c, zh/dj -> j, kh/gh -> k, th -> t,
 *    dh -> d, ph -> f, ck -> k (Qadhafi, Khadafi, Gaddafi -> kdf).
 * 2. Letter classes merge: q/c/g/k -> k, v/f -> f (Arabic has no v: فلاديمير), and an initial w
 *    with them (German Wladimir), p/b -> b (no p), x -> ks.
 * 3. Vowels a e i o u go, and so do w and y inside a word (و and ي are also long vowels:
 *    Yusuf/Youssef, Dawud/Daoud); a word-initial vowel becomes 'a' so Omar/Umar -> amr, not mr.
 * 4. A final h goes (ة and ه: Abdallah/Abdalla, Aishah/Aisha).
 * 5. Doubled consonants collapse (Hassan/Hasan), but not in a word romanised from Arabic script
 *    (arabicWordSkeleton): Arabic writes a doubled consonant once (with a shadda, dropped), so two letters
 *    side by side there are two consonants with a vowel unwritten between them (مملوك mmluk is
 *    Mamluk, m-m-l-k, not Malek).
 * @module
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

const DIGRAPHS: readonly (readonly [string, string])[] = [
  ['sch', 's'], ['tch', 'c'], ['sh', 's'], ['ch', 'c'], ['zh', 'j'], ['dj', 'j'], ['kh', 'k'],
  ['gh', 'k'], ['th', 't'], ['dh', 'd'], ['ph', 'f'], ['ck', 'k'],
];

/** First letters of the digraphs: other letters skip the search (this runs for every token of every name). */
const DIGRAPH_STARTS = new Set(DIGRAPHS.map(([from]) => from[0]));

const SINGLE: Readonly<Record<string, string>> = {
  q: 'k', c: 'k', g: 'k', k: 'k', v: 'f', f: 'f', p: 'b', b: 'b', x: 'ks',
};

/**
 * @example consonantSkeleton('mohammed') // 'mhmd'
 * @example consonantSkeleton('omar') // 'amr'
 * @example consonantSkeleton('qadhafi') // 'kdf'
 */
export function consonantSkeleton(token: string): string {
  return skeletonOf(token, true);
}

/**
 * The skeleton of a word romanised from Arabic script, its letters side by side kept (see rule 5).
 * @example arabicWordSkeleton('mmluk') // 'mmlk' (مملوك)
 */
export function arabicWordSkeleton(token: string): string {
  return skeletonOf(token, false);
}

function skeletonOf(token: string, collapse: boolean): string {
  let out = '';
  let last = '';
  const push = (c: string): void => {
    if (c !== last || !collapse) out += c;
    last = c;
  };
  for (let i = 0; i < token.length; ) {
    const ch = token[i] as string;
    if (i === 0 && (VOWELS.has(ch) || (ch === 'y' && !VOWELS.has(token[1] ?? '')))) {
      push('a');
      i++;
      continue;
    }
    let digraph: string | undefined;
    if (DIGRAPH_STARTS.has(ch)) {
      for (const [from, to] of DIGRAPHS) {
        if (token.startsWith(from, i)) {
          digraph = to;
          i += from.length;
          break;
        }
      }
    }
    if (digraph !== undefined) {
      push(digraph);
      continue;
    }
    i++;
    if (VOWELS.has(ch)) {
      last = ''; // only adjacent doubles collapse: 'mm' in Mohammed, not m-a-m in Mamun
      continue;
    }
    if ((ch === 'w' || ch === 'y') && i > 1) continue;
    if (ch === 'w' && i === 1) {
      push('f');
      continue;
    }
    if (ch === 'h' && i === token.length && token.length > 2) continue;
    if (ch < 'a' || ch > 'z') continue;
    push(SINGLE[ch] ?? ch);
  }
  return out;
}
