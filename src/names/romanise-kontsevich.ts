/**
 * Korean names as Russian writes them, read back in the Latin letters the lists use: Ким Чен Ын is
 * KIM Jong Un, Чхве Рён Хэ is CHOE Ryong Hae, Чон Мён Гук is JON MYONG GUK. The Russian
 * romanisation reads them as "kim chen yn" and "chkhve ryon khe", which meet nothing.
 *
 * Written by hand: no npm package reads the Kontsevich system (the Russian standard for Korean)
 * backwards. Each word is cut into syllables of initial, vowel and final, and each part spelled as
 * McCune-Reischauer without breves spells it (the DPRK's own usage, which the UN and OFAC follow).
 * Two letters are ambiguous, so a name has several readings:
 * - a final н is ㄴ or ㅇ (Пон is Pong, Сон is Son or Song): both are read;
 * - the press still writes ㅓ as е after ч and с, in the older system (Чен for 정, Сен for 성):
 *   such a е before a final is read as o.
 * Voicing (к/г, ч/чж), aspiration (чх, пх) and the vowels ㅓ/ㅗ and ㅜ/ㅡ the Korean key merges
 * anyway (see koreanKey), so they are spelled one way each.
 * @module
 */

/** Initials, Cyrillic -> Latin; aspirates spelled as plain letters, as the lists write them (Tae, Pyong). */
const INITIALS: ReadonlyMap<string, string> = new Map([
  ['кк', 'kk'], ['кх', 'k'], ['к', 'k'], ['г', 'g'], ['н', 'n'], ['тт', 'tt'], ['тх', 't'], ['т', 't'], ['д', 'd'],
  ['р', 'r'], ['л', 'r'], ['м', 'm'], ['пп', 'pp'], ['пх', 'p'], ['п', 'p'], ['б', 'b'], ['сс', 'ss'], ['с', 's'], ['ш', 's'],
  ['чч', 'jj'], ['чж', 'j'], ['чх', 'ch'], ['ч', 'ch'], ['х', 'h'],
]);

/** Vowels, Cyrillic -> Latin (в only ever opens a w- vowel: Вон is Won, Чхве is Choe). */
const VOWELS: ReadonlyMap<string, string> = new Map([
  ['а', 'a'], ['я', 'ya'], ['о', 'o'], ['ё', 'yo'], ['у', 'u'], ['ю', 'yu'], ['ы', 'u'], ['ый', 'ui'], ['и', 'i'],
  ['э', 'ae'], ['е', 'e'], ['ва', 'wa'], ['во', 'wo'], ['вэ', 'wae'], ['ве', 'oe'], ['ви', 'wi'],
]);

/** Finals, Cyrillic -> Latin readings (ㄹ is ль, л, or р in the older system: Ким Ир Сен). */
const FINALS: ReadonlyMap<string, readonly string[]> = new Map([
  ['к', ['k']], ['нъ', ['ng']], ['н', ['ng', 'n']], ['ль', ['l']], ['л', ['l']], ['р', ['l']], ['м', ['m']], ['п', ['p']], ['т', ['t']],
]);

/** Initials after which the older system writes ㅓ as е (Чен, Сен). */
const OLDER_EO = new Set(['ч', 'чж', 'с']);

/** One syllable's Latin readings, or undefined when it is none. */
function syllableReadings(initial: string, vowel: string, final: string): string[] | undefined {
  const onset = initial === '' ? '' : INITIALS.get(initial);
  const nucleus = VOWELS.get(vowel);
  const codas = final === '' ? [''] : FINALS.get(final);
  if (onset === undefined || nucleus === undefined || codas === undefined) return undefined;
  // A bare е opens a word as ye (예).
  const spelled = vowel === 'е' && final !== '' && OLDER_EO.has(initial) ? 'o' : vowel === 'е' && initial === '' ? 'ye' : nucleus;
  // ㅢ after a consonant is written и: хи is 히 (hi) or the given names' 희 (hui: Kim Kyong Hui).
  const nuclei = initial === 'х' && vowel === 'и' ? [spelled, 'ui'] : [spelled];
  return nuclei.flatMap((n) => codas.map((coda) => onset + n + coda));
}

const INITIAL_KEYS = [...INITIALS.keys()].sort((a, b) => b.length - a.length);
const VOWEL_KEYS = [...VOWELS.keys()].sort((a, b) => b.length - a.length);
const FINAL_KEYS = [...FINALS.keys()].sort((a, b) => b.length - a.length);

/** Syllables a word has at most (a given name written as one word: Ченын). */
const MAX_WORD_SYLLABLES = 3;
/** Readings kept per word and per name: the products of final н's two readings stay few. */
const MAX_READINGS = 8;

/** Every reading of a word as a chain of syllables, or an empty list when it is no such chain. */
function wordReadings(word: string, syllables = 0): string[] {
  if (word === '') return [''];
  if (syllables === MAX_WORD_SYLLABLES) return [];
  const out = new Set<string>();
  for (const initial of ['', ...INITIAL_KEYS]) {
    if (!word.startsWith(initial)) continue;
    for (const vowel of VOWEL_KEYS) {
      if (!word.startsWith(vowel, initial.length)) continue;
      const afterVowel = initial.length + vowel.length;
      for (const final of ['', ...FINAL_KEYS]) {
        if (!word.startsWith(final, afterVowel)) continue;
        const heads = syllableReadings(initial, vowel, final);
        if (heads === undefined) continue;
        const tails = wordReadings(word.slice(afterVowel + final.length), syllables + 1);
        for (const head of heads) for (const tail of tails) out.add(head + tail);
      }
    }
  }
  return [...out].slice(0, MAX_READINGS);
}

/** Words a Korean name has at most (surname and a given name of one or two syllable words). */
const MAX_WORDS = 4;

/**
 * Latin readings of a name written in Cyrillic as Russian writes Korean names (lower case, as
 * normaliseText leaves it), or an empty list when a word is not a chain of Korean syllables. The
 * caller keeps the readings that look Korean (a surname among them: looksKoreanName).
 *
 * @example kontsevichReadings('ким чен ын') // ['kim chong ung', 'kim chong un', 'kim chon ung', 'kim chon un']
 * @example kontsevichReadings('владимир путин') // []
 */
export function kontsevichReadings(name: string): string[] {
  const words = name.split(' ').filter(Boolean);
  if (words.length < 2 || words.length > MAX_WORDS) return [];
  let readings = [''];
  for (const word of words) {
    const options = wordReadings(word);
    if (options.length === 0) return [];
    readings = readings.flatMap((before) => options.map((option) => (before === '' ? option : `${before} ${option}`))).slice(0, MAX_READINGS * MAX_READINGS);
  }
  return readings;
}
