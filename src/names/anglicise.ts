/**
 * English-style spelling of a Latin name token written in another language's orthography, so
 * that German, Polish, Hungarian, Czech, French and Baltic spellings of one (often Slavic) name
 * meet: Wladimirowitsch / Władimirowicz / Vlagyimirovics -> vladimirovich, Jewgeni -> yevgeni,
 * Uladzimir -> uladimir (one letter from Vladimir), Volodymyrovych -> vladimirovich,
 * Poutine -> putin, Putinas -> putin; Russian passports' ICAO spelling, Iurii -> yuriy; Arabic or Persian diphthongs as one (Husayn, Hussein ->
 * husain, hussain). Only used as a second form to compare on, so a rule that
 * misfires on a native name costs nothing: the token's own spelling is compared too.
 * @module
 */

const REWRITES: readonly (readonly [RegExp, string])[] = [
  [/tsch/g, 'ch'], // German: Wladimirowitsch
  [/sch/g, 'sh'],
  [/tsh$/g, 'ch'], // Arabic script has no ch: فلاديميروفيتش reads fladimirufitsh
  [/cz/g, 'ch'], // Polish: Władimirowicz
  [/sz/g, 'sh'],
  [/rz/g, 'zh'],
  [/dzh/g, 'j'],
  [/dz/g, 'd'], // Belarusian дз where Russian has д: Uladzimir
  [/gy/g, 'd'], // Hungarian gy is a soft d: Vlagyimir
  [/ics$/g, 'ich'], // Hungarian patronymic: Vlagyimirovics
  [/w/g, 'v'], // German, Polish: Wladimir
  [/ij$/g, 'iy'],
  [/ii$/g, 'iy'], // Russian passports (ICAO): Iurii, Dmitrii, Evgenii
  [/(?<=[a-z]{3})ee$/g, 'i'], // Persian and Urdu long i at the end: Rezaee, Siddiquee (Rezai, Siddiqui)
  [/^iu(?=[a-z]{2})/g, 'yu'], // ICAO: Iurii, Iuliia
  [/^ia(?=[a-z]{2})/g, 'ya'], // ICAO: Iakov, Iaroslav
  [/(?<=[aeiou])i(?=[aeiou])/g, 'y'], // ICAO: Poklonskaia, Nataliia
  [/ou/g, 'u'], // French: Poutine
  [/ine$/g, 'in'], // French: Poutine
  [/gu(?=[ei][a-z])/g, 'g'], // French: Guennadi, Evgueni (not a final -gue: League)
];

/**
 * A diphthong before a consonant or at the end, as Arabic and Persian names are romanised in turn
 * with ay, ai, ei or ey: Husayn / Hussein, Zayd / Zeid, Sayf / Seif, Khayr / Kheir, Faysal / Feisal.
 * Not in words under four letters, where it tells syllables apart (Chinese Mei / Mai, Lei / Lai).
 */
const DIPHTHONG = /(?:ay|ey|ei)(?![aeiouy])/g;
const MIN_DIPHTHONG_WORD = 4;
const FINAL_J = /(?<=[aeiou])j$/;
/**
 * German, Polish and Czech j before a vowel: Jewgeni, Jurij, Jakow. Not before i, nor in a word
 * under five letters: Chinese Jin, Jing, Jun and Juan are not Yin, Ying, Yun and Yuan, nor Polish
 * Jan the Chinese Yan.
 */
const J_BEFORE_VOWEL = /j(?=[aeou])/g;
const MIN_J_WORD = 5;

/**
 * Words under four letters are not rewritten: they are mostly Chinese, Korean and Vietnamese
 * syllables or initials, where w and v, ou and u are other names (Wu / Vu, Won / Von, WIV / VIV).
 */
const MIN_REWRITE_WORD = 4;

/** Whether any rewrite applies: most tokens need none, and one test is cheaper than fifteen replaces. */
const ANY_REWRITE = new RegExp(REWRITES.map(([pattern]) => `(?:${pattern.source})`).join('|'));

/**
 * Ukrainian and Belarusian forms of given names (and the patronymics built on them) next to the
 * Russian ones that lists more often write: Volodymyr Volodymyrovych is Vladimir Vladimirovich.
 */
const EAST_SLAVIC_STEMS: readonly (readonly [string, string])[] = [
  ['volodymyr', 'vladimir'], ['oleksandr', 'aleksandr'], ['oleksiy', 'aleksey'], ['oleksii', 'aleksey'],
  ['mykola', 'nikolay'], ['mykhailo', 'mikhail'], ['mykhaylo', 'mikhail'], ['serhiy', 'sergey'], ['serhii', 'sergey'],
  ['andriy', 'andrey'], ['andrii', 'andrey'], ['dmytro', 'dmitry'], ['yuriy', 'yuri'], ['petro', 'pyotr'],
  ['pavlo', 'pavel'], ['hryhoriy', 'grigory'], ['vasyl', 'vasily'], ['yevhen', 'yevgeny'], ['ihor', 'igor'],
  ['oleh', 'oleg'], ['anatoliy', 'anatoly'], ['heorhiy', 'georgy'], ['aliaksandr', 'aleksandr'], ['siarhei', 'sergey'],
];

/** Ukrainian patronymic endings as Russian ones: -ovych -> -ovich. */
const PATRONYMIC_ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/ovych$/, 'ovich'], [/evych$/, 'evich'], [/ivna$/, 'ovna'],
];

/** Baltic nominative endings on a name: Putinas, Vladimiras, Lavrovs (not -us: Polyus is no Poly). */
const BALTIC_ENDING = /(?<=[a-z]{4})(as|is|(?<!u)s)$/;
/** English surnames made of a given name and -s, alone or ending words written together: names of their own (Williams is not William), kept whole. */
const ENGLISH_PATRONYMIC_SURNAME = new RegExp(
  `(${['williams', 'phillips', 'philips', 'roberts', 'edwards', 'richards', 'andrews', 'matthews', 'mathews', 'stevens',
    'stephens', 'peters', 'jacobs', 'daniels', 'samuels', 'michaels', 'rogers', 'walters', 'edmunds', 'simons'].join('|')})$`,
);

/**
 * @example anglicise('wladimirowitsch') // 'vladimirovich'
 * @example anglicise('jewgeni') // 'yevgeni'
 * @example anglicise('putinas') // 'putin'
 */
export function anglicise(token: string): string {
  let out = token;
  const stem = EAST_SLAVIC_STEMS.find(([form]) => out.startsWith(form));
  if (stem) {
    out = stem[1] + out.slice(stem[0].length);
    for (const [pattern, replacement] of PATRONYMIC_ENDINGS) out = out.replace(pattern, replacement);
  }
  if (out.length >= MIN_REWRITE_WORD && ANY_REWRITE.test(out)) for (const [pattern, replacement] of REWRITES) out = out.replace(pattern, replacement);
  if (out.length >= MIN_J_WORD) out = out.replace(J_BEFORE_VOWEL, 'y');
  if (out.length >= 6 && !ENGLISH_PATRONYMIC_SURNAME.test(token)) out = out.replace(BALTIC_ENDING, '');
  // A j left at the end once the ending is gone is a y too (Sergejs -> sergej -> sergey).
  if (out.length >= MIN_DIPHTHONG_WORD) out = out.replace(FINAL_J, 'y').replace(DIPHTHONG, 'ai');
  return out;
}

/**
 * A word with the long vowels of Arabic, Persian and Urdu names written one way: ee as i, oo and ou
 * as u (Saeed / Said, Raeesi / Raisi, Noor / Nur, Yaqoob / Yaqoub / Yaqub). Compared only for
 * equality, not fuzzily: Said is one letter from Sid, the reading of سيد (Sayyid), another name.
 * @example foldLongVowels('saeed') // 'said'
 */
export function foldLongVowels(word: string): string {
  if (!LONG_VOWEL.test(word)) return word;
  const folded = word.replace(/ee/g, 'i').replace(/o[ou]/g, 'u');
  return folded.length >= MIN_FOLDED_WORD ? folded : word;
}

const LONG_VOWEL = /ee|o[ou]/;
/** Shorter once folded, a word is a Chinese or Korean syllable, whose spellings are told apart elsewhere (Lee / Li / Yi). */
const MIN_FOLDED_WORD = 3;
