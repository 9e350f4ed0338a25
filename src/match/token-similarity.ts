import { boundedEditDistance, collapseDoubledLetters, foldLongVowels, isKoreanSyllables, isNisbaPair, areDistinctArabicNames, areGenderedForms } from '../names/index.js';

/** Below this, two tokens are different names rather than spellings of one (tuned on the name benchmark). */
export const MIN_FUZZY_SIMILARITY = 0.6;
export const MAX_FUZZY_EDITS = 2;
/** Spellings with one skeleton: at or above this edit ratio close (Mohammed / Muhammad), below it far (Mohamed / Muhammad). */
const CLOSE_SKELETON_RATIO = 0.7;
const SKELETON_SIMILARITY = { close: 0.85, far: 0.75 };
/** Similarity of two spellings that differ only in an opening q against k (Qaida / Kaida). */
const Q_K_ONSET = 0.9;
/** Similarity of two spellings that differ only in a doubled letter (Jong-uun / Jong-un, Mohammed / Mohamed). */
export const DOUBLED_LETTER_SIMILARITY = 0.9;

/**
 * Similarity of two normalised Latin name tokens in [0, 1]. Written here rather than taken from a
 * fuzzy-matching package because the rules are specific to names across transliterations: equal
 * consonant skeletons (Mohammed / Muhammad) count as near-equal, short tokens must be equal (a
 * one-letter change in "Ali" is another name), and edit distance is only trusted on tokens long
 * enough for one typo to be a typo.
 */
export function tokenSimilarity(a: string, b: string, skeletonA: string, skeletonB: string, syllabic = false): number {
  if (a === b) return 1;
  // A man's name and the woman's made from it (Aleksandr / Aleksandra, Michel / Michelle) are two names.
  if (areGenderedForms(a, b)) return 0;
  // A word that is no Korean syllable at all (jng, chl) is a typo of one, not another syllable.
  if (syllabic && !(isKoreanSyllables(a) && isKoreanSyllables(b))) syllabic = false;
  // A glide more or less makes another Korean syllable, not a typo: Pyong / Pong, Kwang / Kang.
  if (syllabic && withoutGlides(a) === withoutGlides(b)) return 0;
  // A letter typed twice (Jong-uun) or a double left single: the same name, even in a short word.
  if (a[0] === b[0] && a.length !== b.length && sameButDoubledLetters(a, b)) return DOUBLED_LETTER_SIMILARITY;
  // Russian Е opens a word as ye or as e: Yelena / Elena, Yegor / Egor (not Yamal / Amal).
  if (!syllabic && (isIotated(a, b) || isIotated(b, a))) return DOUBLED_LETTER_SIMILARITY;
  // A long vowel written double or single: Saeed / Said, Noor / Nur (romanised Korean is syllabic: Moon / Mun stay apart there).
  if (!syllabic && a.length !== b.length && foldLongVowels(a) === foldLongVowels(b)) return DOUBLED_LETTER_SIMILARITY;
  const shorter = Math.min(a.length, b.length);
  if (shorter <= 2) return 0;
  // A given name and the surname made from it (Hossein / Hosseini, Reza / Rezai) are two names.
  if (!syllabic && isNisbaPair(a, b, skeletonA, skeletonB)) return 0;
  // Some Arabic names look like one as written (Hasan / Husayn, Khalid / Khalil): two names.
  if (!syllabic && areDistinctArabicNames(a, b, skeletonA)) return 0;
  const longer = Math.max(a.length, b.length);
  const sameSkeleton =
    shorter >= 4 && skeletonA.length >= 3 && sameOnsetKind(a, b) && (skeletonA === skeletonB || withoutGlide(skeletonA) === withoutGlide(skeletonB));
  if (sameSkeleton) {
    // Equal skeletons stand for one name in two transliterations (Mohammed / Muhammad) only when the
    // spellings are close too: Mahmoud and Mohammed, or Hamid and Ahmed, share skeletons but not names;
    // and the further apart, the less they stand for one (Andrew / Andrea, Katarina / Kawtharani).
    const limit = Math.floor(longer * (1 - MIN_FUZZY_SIMILARITY));
    const ratio = 1 - boundedEditDistance(a, b, limit) / longer;
    // Far apart as written, one name may still be spelt by two transliteration schemes: compared as
    // sounds, Gadafy, Khadafy and Qadhafi are one (kadafi).
    if (ratio < MIN_FUZZY_SIMILARITY) return soundSimilarity(a, b);
    return Math.max(ratio >= CLOSE_SKELETON_RATIO ? SKELETON_SIMILARITY.close : SKELETON_SIMILARITY.far, ratio);
  }
  // Arabic ق opens a word as q or k, as transliterations choose (Qaida / Kaida, Qasim / Kasim): the
  // same word but for that letter (or a doubled one) is one name, a shade below the same spelling.
  if (!syllabic && ((a[0] === 'q' && b[0] === 'k') || (a[0] === 'k' && b[0] === 'q'))) {
    const restA = a.slice(1);
    const restB = b.slice(1);
    if (restA === restB || (restA.length !== restB.length && sameButDoubledLetters(restA, restB))) return Q_K_ONSET;
  }
  // In short names the first letter carries the name: Mark and Park, Kim and Lim are two names
  // (the first two letters swapped are a typo: Isdi / Sidi).
  if (shorter <= 5 && a[0] !== b[0] && !(a[0] === b[1] && a[1] === b[0])) return 0;
  // A three-letter token is only a four-letter name with one letter dropped: at the end, or a vowel
  // or a silent h (Mar / Mark, Fad / Fahd, Rza / Reza; a consonant inside makes another: Ali / Albi);
  // in romanised Korean syllables (`syllabic`) a letter more is another syllable (Jon / Jong).
  if (shorter <= 3) return !syllabic && longer === 4 && boundedEditDistance(a, b, 1) === 1 && droppedLetterFits(a, b) ? 0.75 : 0;
  // One or two edits are a typo or a spelling; three or more are another name (Castro / Castillo).
  // In a name of six letters or fewer two edits already make another (Ming / Myint, Charles / Choles).
  // Swapped letters are one edit.
  // Two edits are a spelling only when both names start with a vowel or both with a consonant:
  // transliterations change an initial consonant's letters (Bhladimir / Vladimir), not the onset,
  // and one that does is another name with the same ending (Sayenko / Ilyenko, the -enko of many
  // Ukrainian surnames).
  const maxEdits = shorter <= 6 || (a[0] !== b[0] && a[1] !== b[1] && isVowel(a[0]!) !== isVowel(b[0]!)) ? 1 : MAX_FUZZY_EDITS;
  const edits = boundedEditDistance(a, b, maxEdits);
  const ratio = 1 - edits / longer;
  return edits <= maxEdits && ratio >= MIN_FUZZY_SIMILARITY ? ratio : 0;
}

/** Of a word and the same word with a letter more: whether that letter is last, a vowel or an h. */
function droppedLetterFits(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return i === short.length || 'aeiouhwy'.includes(long[i]!);
}

/** Similarity of two spellings with one skeleton as sounds (see soundForm): equal, close, else none. */
function soundSimilarity(a: string, b: string): number {
  const sa = soundForm(a);
  const sb = soundForm(b);
  if (sa === sb) return SKELETON_SIMILARITY.close;
  const longer = Math.max(sa.length, sb.length);
  const ratio = 1 - boundedEditDistance(sa, sb, Math.floor(longer * (1 - CLOSE_SKELETON_RATIO))) / longer;
  return ratio >= CLOSE_SKELETON_RATIO ? SKELETON_SIMILARITY.far : 0;
}

/**
 * A spelling as its sounds: the h of a digraph dropped (kh, dh, th ...), the letters transliteration
 * schemes swap merged (q, c, g -> k; y -> i; o -> u), doubled letters single.
 */
function soundForm(word: string): string {
  return collapseDoubledLetters(word.replace(/([bcdgkpstz])h/g, '$1').replace(/[qcg]/g, 'k').replace(/y/g, 'i').replace(/o/g, 'u'));
}

const withoutGlides = (syllable: string): string => syllable.replace(/[wy]/g, '');

const isVowel = (c: string): boolean => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';

/** Whether a word is another with a y before its opening e (yelena, elena). */
const isIotated = (a: string, b: string): boolean => a.length === b.length + 1 && b.length >= 3 && a[0] === 'y' && b[0] === 'e' && a.endsWith(b);

/**
 * Whether two words open alike, both on a vowel or both on a consonant, a glide (y, j, w) going with
 * either: Yelena / Elena, Jevgenij / Evgeny are one name; Ahmed / Hamid (hmd both) are two.
 */
function sameOnsetKind(a: string, b: string): boolean {
  const x = a[0]!;
  const y = b[0]!;
  return isVowel(x) === isVowel(y) || x === 'y' || x === 'j' || x === 'w' || y === 'y' || y === 'j' || y === 'w';
}

/** A skeleton without its leading glide or vowel mark: Yevgeniy (yfkn) and Evgeny (afkn) meet. */
export function withoutGlide(skeleton: string): string {
  const first = skeleton[0];
  return skeleton.length > 3 && (first === 'a' || first === 'y' || first === 'j' || first === 'w') ? skeleton.slice(1) : skeleton;
}

/** Whether a one-letter initial stands for a token. */
export function initialMatches(initial: string, token: string): boolean {
  return initial.length === 1 && token.startsWith(initial);
}

/** Whether two words are equal once each run of one letter is read as one (collapseDoubledLetters, without building strings: this runs for every pair of candidate tokens). */
function sameButDoubledLetters(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const c = a[i];
    if (c !== b[j]) return false;
    while (a[i] === c) i++;
    while (b[j] === c) j++;
  }
  return i === a.length && j === b.length;
}
