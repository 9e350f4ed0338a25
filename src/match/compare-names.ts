import { anglicise, beginsLegalForm, boundedEditDistance, businessWordStem, areDistinctArabicNames, areGenderedForms, consonantSkeleton, givenNameGroups, isNisbaPair, isArabicArticle, isBusinessWord, isCommonEnglishWord, isCompoundOpener, type CutShort } from '../names/index.js';
import type { NameVariant, ProfileToken } from './name-profile.js';
import { DOUBLED_LETTER_SIMILARITY, initialMatches, tokenSimilarity, withoutGlide } from './token-similarity.js';

/** A slot in the alignment: one token, or adjacent tokens read as one ("abdul rahman" ~ "abdulrahman"). */
interface Slot {
  text: string;
  skeleton: string;
  /** The English-style spelling (anglicise) and its skeleton, compared as a second chance. */
  alt: string;
  altSkeleton: string;
  weight: number;
  /** Indexes of the tokens this slot covers. */
  covers: number[];
  /** Covers more than one token (a field: read for every slot pair). */
  joined: boolean;
  initial: boolean;
  /** The name of a father (after bin, ibn, bint, ould): meeting a given name there is not the same name. */
  father: boolean;
  /**
   * Which word is the father's is unknown: the spelling has no "bin" (Sofiane Goumo for Sofiane Ben
   * Goumo leaves it out, it does not say Goumo is his own name), or ends with one (out of order).
   */
  rolesUnknown: boolean;
  /** How many name words (not particles, initials, numbers or generic words) it covers. */
  words: number;
  /** Given-name groups of a one-token slot (Bill and William share one), see givenNameGroups. */
  nameGroups: readonly number[];
  /** First letters of the words a joined slot covers ('jc' for jean claude); '' for one token. */
  initials: string;
  /** The skeleton without its glide, when tokenSimilarity may compare text (alt) by it; '' when it never does. */
  skeletonKey: string;
  altSkeletonKey: string;
  /** alt differs from text (flags read for every slot pair, rather than comparing the strings). */
  hasAlt: boolean;
  /** A one-token slot that may be a run of initials (see initialsMeet): it meets joined slots by their initials. */
  runOfInitials: boolean;
  /** A one-token slot of digits. */
  number: boolean;
  /** A one-token slot of a word for a business (see isBusinessWord): left over on both sides, it counts as a name word. */
  business: boolean;
  /** A one-token slot opening an Arabic compound (Abd, Abu), or an Arabic article: see halfCompound. */
  opener: boolean;
  article: boolean;
}

/**
 * How the parts of a name comparison weigh against each other; tuned on the name benchmark
 * (`npm run eval`), see the README.
 */
export const NAME_SCORING = {
  /** A word on each side left without a counterpart: a different name in the same slot. */
  substitution: 3,
  /** Words on one side only (a middle name or a father's name the other side leaves out). */
  extra: 0.3,
  /** What a fuzzy pair loses for its difference (1 - similarity). */
  fuzzyLoss: 1.5,
  /** The same, when one name was transliterated from another script. */
  crossScriptFuzzyLoss: 0.5,
  /** Similarity kept when a father's name meets a given name. */
  roleMismatch: 0.5,
  /** Share of the weight of an unmatched fathers' chain (bin X ibn Y) taken off the extra words. */
  fatherChainDiscount: 0.6,
  /** How much less the words inside a name whose first and last words met count when left out (see interiorWeight). */
  interiorDiscount: 0.3,
  /** Similarity of a run of initials written as one word (JC) and the words it stands for (Jean Claude), as for one initial. */
  initialsRun: 0.7,
  /** Similarity of two tokens that only share their consonants, one written without vowels. */
  consonantal: 0.85,
  /** Similarity of two forms of one given name (Bill / William, John / Juan): close, not equal. */
  givenNameEquivalent: 0.8,
  /** Similarity of a lone word left on each side, one letter from the other, when the rest of the name met. */
  residualTypo: 0.6,
  /** The most a comparison scores when a single word matched and either side has more words. */
  singleWordCap: 0.6,
  /** The most it scores when both names carry numbers and none met its equal (Zu Zag Bong 5 / Zu Zag Bong 6), or an organisation's only one does. */
  numberClashCap: 0.6,
  /** The most it scores when the name after Abd or Abu met and the Abd or Abu did not (Abd al-Hakim / Alhakim). */
  halfCompoundCap: 0.6,
  /** The most it scores when a middle initial left over meets only other names (William G. Frost / William W. Frost). */
  initialClashCap: 0.65,
  /**
   * The most a person's name scores when no word met as written and words are left over (Hassan
   * Nasser / Yasser Hussein Ibrahim): two names that differ in every word met and in length.
   */
  noExactWordCap: 0.65,
  /** The most a person's name scores when none of the words a list marks as the surname met (Joseph Michel / Michel Joseph MARTELLY). */
  surnameUnmetCap: 0.6,
  /** The most a query scores as the start of a longer listed name, cut at a field's length (see cutShort): a match, below the whole name's. */
  cutShortCap: 0.9,
};

/** Options of one comparison. */
export interface CompareOptions {
  /** Syllabic scripts: one sign more or less is another name, so only equal tokens pair. */
  exactOnly?: boolean;
  /** Persons: one shared word (a surname) is never enough... */
  person?: boolean;
  /** ...unless the query gave an office title with it ("President Putin"). */
  titled?: boolean;
  /** One name was transliterated from another script: spelling differences are expected, not evidence. */
  crossScript?: boolean;
  /**
   * ...from a script that writes its vowels (Cyrillic, Greek): a foreign name written in it may guess
   * its vowels (Хезболла ~ Hizballah), but its consonants are written, so a consonant changed is a
   * typo or another word, as in Latin (Ingo ~ Инеко, Prime ~ Прин).
   */
  vowelsWritten?: boolean;
  /**
   * ...from Arabic script, against a Latin name: Arabic writes its consonants too, so a Latin word
   * whose consonants differ beyond what romanisations of Arabic letters give (see arabicConsonants)
   * is a typo or another word (Hamu ~ حامد, Angar ~ انصار).
   */
  arabicAgainstLatin?: boolean;
  /** One name was written without vowels (Hebrew): tokens with the same consonants pair (משה ~ Moshe). */
  consonantal?: boolean;
  /**
   * One name is a foreign name read back from katakana, Hangul or Chinese characters, which write l
   * and r, and b and v, alike: those letters are one (ラブロフ = rabrov ~ Lavrov).
   */
  loanword?: boolean;
  /** The query may be a longer name cut at a field's length (NameProfile.cut): see cutShort. */
  cut?: CutShort | undefined;
}

/**
 * Weight of the name words (not particles, initials or numbers) no pair used (slot i is token i),
 * descriptors of a business among them (Bank, Trading, Systems; see isBusinessWord) but not other
 * descriptors (Group, Company).
 */
function leftWordWeight(variant: NameVariant, slots: readonly Slot[], used: Used): number {
  let weight = 0;
  const tokens = variant.tokens;
  for (let i = 0; i < tokens.length; i++) if (!used[i] && (slots[i]!.words > 0 || slots[i]!.business)) weight += tokens[i]!.weight;
  return weight;
}

/** Weight of the unused tokens of a fathers' chain: each name after bin/ibn, and its marker when unused too. */
function fatherChainWeight(variant: NameVariant, used: Used): number {
  let weight = 0;
  const tokens = variant.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const marker = tokens[i - 1]!;
    if (!isFatherMarker(marker) || used[i]) continue;
    weight += tokens[i]!.weight + (used[i - 1] ? 0 : marker.weight);
  }
  return weight;
}

/**
 * Weight of the unused tokens inside a name whose first and last words both met by their very
 * words, the surname the list marks read last ("QADHAFI, Aisha Muammar" as Aisha Muammar Qadhafi):
 * middle names and an unmarked chain of fathers' names, the part of a full name most often left
 * out (Aisha Qadhafi ~ AISHA MUAMMAR MUHAMMED ABU MINYAR QADHAFI).
 */
function interiorWeight(variant: NameVariant, used: Used, other: NameVariant): number {
  const first = endWord(variant, true);
  const last = endWord(variant, false);
  if (first < 0 || first === last || !metExactly(variant, first, used, other) || !metExactly(variant, last, used, other)) return 0;
  const tokens = variant.tokens;
  const lo = logicalRank(variant, first);
  const hi = logicalRank(variant, last);
  let weight = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const rank = logicalRank(variant, i);
    if (rank > lo && rank < hi) weight += tokens[i]!.weight;
  }
  return weight;
}

/**
 * Whether name words of a spelling no pair used lie outside what met: not a middle name between
 * its first and last words met (Walid Ahmed ~ AHMAD, Wallid Issa), nor a chain of fathers' names
 * (Osama bin Laden ~ Usama bin Muhammad ibn Awad ibn Ladin).
 */
function leftOutside(variant: NameVariant, slots: readonly Slot[], used: Used): boolean {
  const left = leftWordWeight(variant, slots, used);
  if (left === 0 || left <= fatherChainWeight(variant, used)) return false;
  const first = endWord(variant, true);
  const last = endWord(variant, false);
  return first < 0 || first === last || !used[first] || !used[last];
}

/** Token i's place in the name with the marked surname read last (see endWord). */
function logicalRank(variant: NameVariant, i: number): number {
  const tokens = variant.tokens;
  const marked = tokens[i]!.surname === true;
  let rank = 0;
  for (let k = 0; k < tokens.length; k++) {
    const kMarked = tokens[k]!.surname === true;
    if (marked ? !kMarked || k < i : !kMarked && k < i) rank += 1;
  }
  return rank;
}

/**
 * The index of a name's first or last word with the words a list marks as the surname read last:
 * the first unmarked word (else the first marked one), the last marked word (else the last unmarked one); -1 for none.
 */
function endWord(variant: NameVariant, first: boolean): number {
  const tokens = variant.tokens;
  let unmarked = -1;
  let marked = -1;
  for (let k = 0; k < tokens.length; k++) {
    const i = first ? k : tokens.length - 1 - k;
    const token = tokens[i]!;
    if (!isWord(token)) continue;
    if (token.surname === true) {
      if (marked < 0) marked = i;
    } else if (unmarked < 0) unmarked = i;
  }
  if (first) return unmarked >= 0 ? unmarked : marked;
  return marked >= 0 ? marked : unmarked;
}

/** Whether token i paired, and the other name has its very word: ends met by a fuzzy pair say too little (Sofia Gonzalez / Sonia Castro Gonzalez). */
function metExactly(variant: NameVariant, i: number, used: Used, other: NameVariant): boolean {
  const text = variant.tokens[i]!.text;
  return used[i] === 1 && other.tokens.some((t) => t.text === text);
}

const isNumber = (t: ProfileToken): boolean => /^\d+$/.test(t.text);
const HAS_DIGIT = /\d/;

/** Whether a spelling has no numbers at all (slot i is token i). */
function noNumbers(variant: NameVariant, slots: readonly Slot[]): boolean {
  for (let i = 0; i < variant.tokens.length; i++) if (slots[i]!.number) return false;
  return true;
}

/** Whether one spelling has numbers, none paired, and the other has none. */
function numberOnOneSide(a: NameVariant, aSlots: readonly Slot[], aUsed: Used, b: NameVariant, bSlots: readonly Slot[], bUsed: Used): boolean {
  return (onlyUnpairedNumbers(a, aSlots, aUsed) && noNumbers(b, bSlots)) || (onlyUnpairedNumbers(b, bSlots, bUsed) && noNumbers(a, aSlots));
}

/** Whether a spelling has numbers and none of them paired (slot i is token i). */
function onlyUnpairedNumbers(variant: NameVariant, slots: readonly Slot[], used: Used): boolean {
  let numbers = 0;
  for (let i = 0; i < variant.tokens.length; i++) {
    if (!slots[i]!.number) continue;
    if (used[i]) return false;
    numbers += 1;
  }
  return numbers > 0;
}

/**
 * Whether a spelling has words marked as the surname (ProfileToken.surname) and none of them met:
 * paired, one letter from a word the other side left over (a typo in a short surname, Choe / Chor,
 * which pairs no better), or begun by one (a surname cut short by a field's length: BELKASSEM DR).
 */
function surnameUnmet(variant: NameVariant, used: Used, other: NameVariant, otherUsed: Used): boolean {
  let marked = false;
  for (let i = 0; i < variant.tokens.length; i++) {
    const token = variant.tokens[i]!;
    if (token.surname !== true) continue;
    if (used[i]) return false;
    for (let j = 0; j < other.tokens.length; j++) {
      const text = other.tokens[j]!.text;
      if (otherUsed[j] || text.length < 2) continue;
      if (token.text.startsWith(text) || boundedEditDistance(token.text, text, 1) <= 1) return false;
    }
    marked = true;
  }
  return marked;
}

/** Whether the tokens a slot covers hold a word marked as the surname and a word not so marked. */
function surnameAndGiven(variant: NameVariant, covers: readonly number[]): boolean {
  let surname = false;
  let given = false;
  for (const c of covers) {
    const token = variant.tokens[c]!;
    if (token.kind !== 'word') continue;
    if (token.surname === true) surname = true;
    else given = true;
  }
  return surname && given;
}

/**
 * Whether a spelling with a marked surname has given names (words, initials, a patronymic beside
 * the surname) and none of them met: the other name met the surname alone (Fernando Rodríguez /
 * RODRIGUEZ FERNANDEZ, Andre), which whole families share.
 */
function givenNamesUnmet(variant: NameVariant, used: Used): boolean {
  let marked = false;
  let given = false;
  for (let i = 0; i < variant.tokens.length; i++) {
    const token = variant.tokens[i]!;
    if (token.surname === true) {
      marked = true;
      continue;
    }
    if (token.kind !== 'word' && token.kind !== 'initial' && token.kind !== 'patronymic') continue;
    if (used[i]) return false;
    given = true;
  }
  return marked && given;
}

function isAbu(text: string): boolean {
  return text === 'abu' || text === 'abou';
}

/**
 * Whether an Arabic compound written apart met only in its second half: Abd al-Hakim (servant of
 * the Wise) is not al-Hakim, and Abu Ali (father of Ali) is not Ali. Only an Abd written with its
 * article: Afghan names add and drop a loose Abdul (MOHAMMAD ABDUL ABBAS AKHUND / MOHAMMAD ABBAS AKHUND).
 * A list writes a kunya as a surname with Abu after it (FARIS, Abu): that Abu opens the surname.
 */
function halfCompound(variant: NameVariant, slots: readonly Slot[], used: Used): boolean {
  const tokens = variant.tokens;
  const last = tokens.length - 1;
  if (last > 0 && !used[last] && isAbu(tokens[last]!.text) && tokens[0]!.surname === true && used[0]) return true;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (used[i] || !slots[i]!.opener) continue;
    const opener = tokens[i]!.text;
    const article = slots[i + 1]!.article && i + 2 < tokens.length;
    if (!article && !isAbu(opener)) continue;
    if (used[article ? i + 2 : i + 1]) return true;
  }
  return false;
}

/**
 * Whether initials left over on one side meet only names of other letters left over on the other:
 * a middle name or initial that says another person (Hans O. Friedrich / Hans Joachim Friedrich).
 */
function initialsClash(a: NameVariant, aUsed: Used, b: NameVariant, bUsed: Used): boolean {
  if (!hasLeftInitial(a, aUsed)) return false;
  let starts = 0;
  for (let j = 0; j < b.tokens.length; j++) {
    const t = b.tokens[j]!;
    if (bUsed[j] || (t.kind !== 'initial' && !isWord(t))) continue;
    starts += 1;
    const c = t.text[0];
    if (c !== undefined && hasLeftInitial(a, aUsed, c)) return false;
  }
  return starts > 0;
}

/** Whether an initial (this one, when given) is left unused (loops: this runs for every comparison that pairs). */
function hasLeftInitial(variant: NameVariant, used: Used, text?: string): boolean {
  for (let i = 0; i < variant.tokens.length; i++) {
    const t = variant.tokens[i]!;
    if (!used[i] && t.kind === 'initial' && (text === undefined || t.text === text)) return true;
  }
  return false;
}

/**
 * Whether enough of a person's name met for a lone word left on each side to be read as a typo of
 * the other: two name words, or one met letter for letter (Lionel Bessi ~ Lionel Messi, Tom / Tim
 * Cook, where the name benchmark wants an alert). Two fuzzy halves are two names (Azad Bali / AZADI
 * Ali: a working-negatives alert). In an organisation's name any word met is enough (Meroe Fold ~
 * Meroe Gold): a one-letter change rarely makes another listed party.
 */
function restMetForTypo(person: boolean, matchedWords: number, exactWords: number): boolean {
  return person ? matchedWords >= 2 || exactWords >= 1 : matchedWords >= 1;
}

/** The only name word of a spelling no pair used, or -1 (none, or several). */
function loneLeftWord(variant: NameVariant, slots: readonly Slot[], used: Used): number {
  let found = -1;
  for (let i = 0; i < variant.tokens.length; i++) {
    if (used[i] || slots[i]!.words === 0) continue;
    if (found >= 0) return -1;
    found = i;
  }
  return found;
}

const MIN_MISSPELT_DESCRIPTOR = 4;

/** Whether every name word of a spelling was used by a pair. */
function noLeftWord(variant: NameVariant, slots: readonly Slot[], used: Used): boolean {
  for (let i = 0; i < variant.tokens.length; i++) if (!used[i] && slots[i]!.words > 0) return false;
  return true;
}

/**
 * The only descriptor (a generic word: Group, Trading) of a spelling no pair used, or -1 (none, or
 * several). Short generic words (and, the, of) are left out: one letter from them is a code (YK-ANE / YK-AND).
 */
function loneLeftDescriptor(variant: NameVariant, used: Used): number {
  let found = -1;
  for (let i = 0; i < variant.tokens.length; i++) {
    if (used[i] || variant.tokens[i]!.kind !== 'generic' || variant.tokens[i]!.text.length < MIN_MISSPELT_DESCRIPTOR) continue;
    if (found >= 0) return -1;
    found = i;
  }
  return found;
}

/**
 * One edit apart, neither shorter than three letters, and no digits: a code one character off is
 * another code (T-72 / T-80, 8LP / 9LP). In a person's name a word of three letters may not change
 * its first: Wei and Lei, Mei and Lei are two Chinese given names (Zhang Wei had met ZHANG, Lei at
 * 0.73); nor gain a letter before it but a silent h (Burmese Htun / Tun, but Ali Khan is not KHAN,
 * Mali); nor a given name and the surname made from it (Karim / Karimi, see isNisbaPair), nor Umar
 * and Umair (see areDistinctArabicNames). A body's word may change (Hon Wai Precision Industry ~ Hon Hai).
 */
function residualTypo(a: string, b: string, person: boolean): boolean {
  const shorter = Math.min(a.length, b.length);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const firstChanged = person && shorter === 3 && (a.length === b.length ? a[0] !== b[0] : long[0] !== 'h' && long.slice(1) === short);
  return shorter >= 3 && !firstChanged && !HAS_DIGIT.test(a) && !HAS_DIGIT.test(b) && boundedEditDistance(a, b, 1) === 1 && !(person && (isNisbaPair(a, b) || areDistinctArabicNames(a, b) || areGenderedForms(a, b)));
}

/** Per token of a spelling, 1 once a pair used it (a Set costs more: this runs for every comparison). */
type Used = Uint8Array;

/**
 * The slot pairs of one comparison that scored (sorted best first before pairing) and the tokens
 * pairs used on each side, reused between comparisons: allocating them for every comparison made
 * much of a query's garbage.
 */
interface ComparisonScratch {
  qSlot: Int32Array;
  lSlot: Int32Array;
  sims: Float64Array;
  /** The pair's two slot weights added: the tie-break of equal similarities, heavier first. */
  weights: Float64Array;
  qUsed: Used;
  lUsed: Used;
  /** The slots of one side that a slot of the other may meet (see slotsMeeting), to compare. */
  foundQ: Int32Array;
  foundL: Int32Array;
}

let reused: ComparisonScratch = {
  qSlot: new Int32Array(0),
  lSlot: new Int32Array(0),
  sims: new Float64Array(0),
  weights: new Float64Array(0),
  qUsed: new Uint8Array(0),
  lUsed: new Uint8Array(0),
  foundQ: new Int32Array(0),
  foundL: new Int32Array(0),
};

/** The scratch, large enough for this many slot pairs and tokens (the used marks are cleared by the caller). */
function comparisonScratch(pairs: number, qTokens: number, lTokens: number): ComparisonScratch {
  if (reused.sims.length < pairs) {
    const size = Math.max(pairs, 2 * reused.sims.length);
    reused = {
      ...reused,
      qSlot: new Int32Array(size),
      lSlot: new Int32Array(size),
      sims: new Float64Array(size),
      weights: new Float64Array(size),
      foundQ: new Int32Array(size),
      foundL: new Int32Array(size),
    };
  }
  if (reused.qUsed.length < qTokens) reused = { ...reused, qUsed: new Uint8Array(Math.max(qTokens, 2 * reused.qUsed.length)) };
  if (reused.lUsed.length < lTokens) reused = { ...reused, lUsed: new Uint8Array(Math.max(lTokens, 2 * reused.lUsed.length)) };
  return reused;
}

/** Puts pair k, of slots i and j, in the scratch. */
function addCandidate(s: ComparisonScratch, k: number, i: number, j: number, sim: number, weight: number): void {
  s.qSlot[k] = i;
  s.lSlot[k] = j;
  s.sims[k] = sim;
  s.weights[k] = weight;
}

/**
 * Sorts the first `count` pairs by similarity, then by weight, equals by query slot and listed slot
 * (the order a scan of every pair finds them in; rows give them in another). An insertion
 * sort: a comparison has few pairs that score.
 */
function sortCandidates(s: ComparisonScratch, count: number): void {
  for (let k = 1; k < count; k++) {
    const i = s.qSlot[k]!;
    const j = s.lSlot[k]!;
    const sim = s.sims[k]!;
    const weight = s.weights[k]!;
    let at = k;
    for (; at > 0 && ranksBelow(s, at - 1, sim, weight, i, j); at--) {
      s.qSlot[at] = s.qSlot[at - 1]!;
      s.lSlot[at] = s.lSlot[at - 1]!;
      s.sims[at] = s.sims[at - 1]!;
      s.weights[at] = s.weights[at - 1]!;
    }
    addCandidate(s, at, i, j, sim, weight);
  }
}

/** Whether pair k ranks below a pair of this similarity, weight and slots (see sortCandidates). */
function ranksBelow(s: ComparisonScratch, k: number, sim: number, weight: number, i: number, j: number): boolean {
  if (s.sims[k] !== sim) return s.sims[k]! < sim;
  if (s.weights[k] !== weight) return s.weights[k]! < weight;
  return s.qSlot[k] !== i ? s.qSlot[k]! > i : s.lSlot[k]! > j;
}

function anyUsed(covers: readonly number[], used: Used): boolean {
  for (const c of covers) if (used[c]) return true;
  return false;
}

function isWord(t: ProfileToken): boolean {
  return (t.kind === 'word' || t.kind === 'patronymic') && !isNumber(t);
}

export interface NameComparison {
  score: number;
  /** Aligned tokens: query text, listed text, similarity. */
  pairs: [string, string, number][];
  /** Weight of the words left without a counterpart, per side. */
  queryLeft: number;
  listedLeft: number;
  /** Why the score was held down to a cap, when it was (for the explanation). */
  cap?: string;
}

const FATHER_MARKERS = new Set(['bin', 'ibn', 'bint', 'ben', 'ould', 'walad']);

/** "Son of" as a particle: a name-opening Ben is a given name (see tokeniseName). */
const isFatherMarker = (t: ProfileToken): boolean => t.kind === 'particle' && FATHER_MARKERS.has(t.text);

/**
 * A spelling's slots, and what mayMeet reads of them packed in one array (MEET_FIELDS numbers a
 * slot): every slot pair is tested (a long organisation name meets a million in one query), and a
 * call per pair reading the slot objects and their strings was most of a slow query's time; from
 * the array, slotsMeeting rules most pairs out in a few integer operations.
 */
interface SlotTable {
  slots: Slot[];
  meets: Int32Array;
  /** What each slot is, as an id (see slotKeys), made when the table is first listed against a long query. */
  keys?: Int32Array;
  /** As a long query: the rows of the listed slot keys met so far (see cachedRow). */
  rows?: RowCache;
}

/** Offsets of a slot's numbers in SlotTable.meets: flags, letter sets (see letterMask), lengths and skeleton key hashes, as written and anglicised. */
const MEET = { flags: 0, letters: 1, altLetters: 2, length: 3, altLength: 4, skeletonKey: 5, altSkeletonKey: 6 };
const MEET_FIELDS = 7;

/** Bits of a slot's flags in SlotTable.meets. */
const FLAG = { joined: 1, initial: 2, meetsJoined: 4, hasAlt: 8, nameGroups: 16, skeletonKey: 32, altSkeletonKey: 64 };
/** Flags of slots that may meet others whatever their letters (see mayMeet). */
const MEETS_ANY = FLAG.initial | FLAG.meetsJoined | FLAG.nameGroups;

function slotTable(slots: Slot[]): SlotTable {
  const meets = new Int32Array(slots.length * MEET_FIELDS);
  slots.forEach((s, i) => {
    const at = i * MEET_FIELDS;
    meets[at + MEET.flags] =
      (s.joined ? FLAG.joined : 0) |
      (s.initial ? FLAG.initial : 0) |
      // An initial or a run of initials may meet a joined slot whatever its letters.
      (s.initial || s.runOfInitials ? FLAG.meetsJoined : 0) |
      (s.hasAlt ? FLAG.hasAlt : 0) |
      (s.nameGroups.length > 0 ? FLAG.nameGroups : 0) |
      // Joined slots meet by spelling alone.
      (s.skeletonKey !== '' && !s.joined ? FLAG.skeletonKey : 0) |
      (s.altSkeletonKey !== '' && !s.joined ? FLAG.altSkeletonKey : 0);
    meets[at + MEET.letters] = letterMask(s.text);
    meets[at + MEET.altLetters] = letterMask(s.alt);
    meets[at + MEET.length] = s.text.length;
    meets[at + MEET.altLength] = s.alt.length;
    meets[at + MEET.skeletonKey] = stringHash(s.skeletonKey);
    meets[at + MEET.altSkeletonKey] = stringHash(s.altSkeletonKey);
  });
  return { slots, meets };
}

/** A 32-bit FNV-1a hash: equal hashes of skeleton keys leave only the equal keys (and rare collisions) to compare as strings. */
function stringHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/** Slots of a listed spelling, computed once per spelling (listed names are compared thousands of times). */
const SLOT_CACHE = new WeakMap<NameVariant, SlotTable>();

/**
 * Slots of one query's spellings, with the rows a long query caches (see cachedRow), kept while its
 * candidates are scored. Not in SLOT_CACHE: V8's minor collections keep a WeakMap's values even when
 * their keys die young, so every query's tables were copied, then promoted until a full collection,
 * and a minor collection during a slow query took several ms.
 */
export class QuerySlots extends Map<NameVariant, SlotTable> {}

function cachedSlots(cache: WeakMap<NameVariant, SlotTable> | QuerySlots, variant: NameVariant, joinSkeleton: (text: string) => string): SlotTable {
  let table = cache.get(variant);
  if (!table) {
    table = slotTable(slotsOf(variant.tokens, joinSkeleton));
    cache.set(variant, table);
  }
  return table;
}

/** How many name words a spelling has: its first slots are its tokens, one each (see slotsOf). */
function wordCount(slots: readonly Slot[], tokens: number): number {
  let words = 0;
  for (let i = 0; i < tokens; i++) words += slots[i]!.words;
  return words;
}

function slotsOf(tokens: readonly ProfileToken[], joinSkeleton: (text: string) => string): Slot[] {
  const last = tokens[tokens.length - 1];
  const rolesUnknown = (last !== undefined && isFatherMarker(last)) || !tokens.some(isFatherMarker);
  const slots: Slot[] = tokens.map((t, i) => {
    const initial = t.kind === 'initial';
    const runOfInitials = INITIALS_RUN.test(t.text);
    return newSlot(t.text, t.skeleton, joinSkeleton, {
      weight: t.weight,
      covers: [i],
      joined: false,
      initial,
      father: i > 0 && isFatherMarker(tokens[i - 1]!),
      rolesUnknown,
      words: isWord(t) ? 1 : 0,
      nameGroups: isWord(t) ? givenNameGroups(t.text) : [],
      initials: '',
      runOfInitials,
      number: isNumber(t),
      business: t.kind === 'generic' && isBusinessWord(t.text),
      opener: isCompoundOpener(t.text),
      article: isArabicArticle(t.text),
    });
  });
  for (let i = 0; i + 1 < tokens.length; i++) {
    let text = '';
    let weight = 0;
    let words = 0;
    let initials = '';
    const covers: number[] = [];
    for (let j = i; j < Math.min(i + 3, tokens.length); j++) {
      const t = tokens[j]!;
      if (t.kind === 'initial') break;
      text += t.text;
      weight += t.weight;
      if (isWord(t)) words += 1;
      initials += t.text[0] ?? '';
      covers.push(j);
      if (covers.length > 1) {
        slots.push(newSlot(text, joinSkeleton(text), joinSkeleton, { weight, covers: [...covers], joined: true, initial: false, father: false, rolesUnknown, words, nameGroups: [], initials: words === covers.length ? initials : '', runOfInitials: false, number: false, business: false, opener: false, article: false }));
      }
    }
  }
  return slots;
}

type AltFields = 'alt' | 'altSkeleton' | 'skeletonKey' | 'altSkeletonKey' | 'hasAlt';

/**
 * A slot, every field named in one literal: a spread in the literal left some fields outside the
 * object, one load more each time the pre-check reads them (for every slot pair).
 */
function newSlot(text: string, skeleton: string, joinSkeleton: (text: string) => string, f: Omit<Slot, 'text' | 'skeleton' | AltFields>): Slot {
  const a = altOf(text, skeleton, joinSkeleton);
  return {
    text,
    skeleton,
    alt: a.alt,
    altSkeleton: a.altSkeleton,
    skeletonKey: a.skeletonKey,
    altSkeletonKey: a.altSkeletonKey,
    hasAlt: a.hasAlt,
    weight: f.weight,
    covers: f.covers,
    joined: f.joined,
    initial: f.initial,
    father: f.father,
    rolesUnknown: f.rolesUnknown,
    words: f.words,
    nameGroups: f.nameGroups,
    initials: f.initials,
    runOfInitials: f.runOfInitials,
    number: f.number,
    business: f.business,
    opener: f.opener,
    article: f.article,
  };
}

function altOf(text: string, skeleton: string, joinSkeleton: (text: string) => string): Pick<Slot, AltFields> {
  const alt = anglicise(text);
  const key = skeletonKey(text, skeleton);
  if (alt === text) return { alt, altSkeleton: skeleton, skeletonKey: key, altSkeletonKey: key, hasAlt: false };
  const altSkeleton = joinSkeleton(alt);
  return { alt, altSkeleton, skeletonKey: key, altSkeletonKey: skeletonKey(alt, altSkeleton), hasAlt: true };
}

/** What tokenSimilarity compares of a skeleton: none in tokens under four letters or skeletons under three. */
function skeletonKey(text: string, skeleton: string): string {
  return text.length >= 4 && skeleton.length >= 3 ? withoutGlide(skeleton) : '';
}

/** One bit per character code modulo 32: a letter of one text missing from the other shows as a bit only one has (or as none). */
function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) mask |= 1 << (text.charCodeAt(i) & 31);
  return mask;
}

/** Stems this short, an ending read off, meet only as the same name (see slotSimilarity). */
const SHORT_STEM = 4;

/** Whether a slot's anglicised spelling is a short stem of it, an ending read off (Khamis: kham). */
function endingReadOff(slot: Slot): boolean {
  return slot.alt.length <= SHORT_STEM && slot.alt.length < slot.text.length && slot.text.startsWith(slot.alt);
}

/** Joined words must meet a word closely; a transliteration may differ more (abd allah ~ abdullah). */
const JOINED_MIN_SIMILARITY = { sameScript: 0.9, crossScript: 0.85 };

/** At most one bit set, or two when two edits are allowed. */
function fewBits(x: number, edits: number): boolean {
  const y = x & (x - 1);
  return edits === 1 ? y === 0 : (y & (y - 1)) === 0;
}

/**
 * How many edits apart two spellings may be and still score (see tokenSimilarity): one up to six
 * letters in the shorter, two above, none under three. A pair with a joined slot must reach
 * JOINED_MIN_SIMILARITY (0.85 at least, 1 - edits / longer >= 0.85): one edit in seven letters or
 * more, two in fourteen.
 */
function editsAllowed(aLength: number, bLength: number, joined: boolean): number {
  if (joined) {
    const longer = Math.max(aLength, bLength);
    return longer >= 14 ? 2 : longer >= 7 ? 1 : 0;
  }
  const shorter = Math.min(aLength, bLength);
  return shorter <= 2 ? 0 : shorter <= 6 ? 1 : 2;
}

/**
 * Whether two spellings may be alike: equal letter sets (equal, or but for doubled or swapped
 * letters), or within the edits allowed, for an edit changes the length by at most one and leaves
 * at most one letter of either text missing from the other. Ruling out here the pairs
 * tokenSimilarity would find too far apart saves computing their edit distance.
 */
function mayBeClose(aLength: number, aLetters: number, bLength: number, bLetters: number, joined: boolean): boolean {
  if (aLetters === bLetters) return true;
  const aOnly = aLetters & ~bLetters;
  const bOnly = bLetters & ~aLetters;
  // Most pairs are more than two letters apart: that is ruled out before the texts' lengths are read.
  if (!fewBits(aOnly, 2) || !fewBits(bOnly, 2)) return false;
  const edits = editsAllowed(aLength, bLength, joined);
  return edits > 0 && Math.abs(aLength - bLength) <= edits && fewBits(aOnly, edits) && fewBits(bOnly, edits);
}

/**
 * Whether a slot pair can score at all, from a few flags, letter sets and skeletons: a necessary
 * condition of a similarity above 0 (see slotSimilarity and tokenSimilarity), for most pairs of
 * two names share nothing, and ruling them out costs far less than comparing them. Most of a long
 * name's slot pairs have a joined slot, and almost none of them score.
 */
function mayMeet(a: SlotTable, i: number, b: SlotTable, j: number, useAlt: boolean, consonantal: boolean): boolean {
  const x = i * MEET_FIELDS;
  const y = j * MEET_FIELDS;
  const am = a.meets;
  const bm = b.meets;
  const either = am[x]! | bm[y]!;
  const both = am[x]! & bm[y]!;
  const alt = useAlt && (either & FLAG.hasAlt) !== 0;
  // Words joined on both sides meet only letter for letter (see slotSimilarity): the same letters, as many.
  if (both & FLAG.joined) return sameShape(am, x, bm, y, MEET.letters, MEET.length) || (alt && sameShape(am, x, bm, y, MEET.altLetters, MEET.altLength));
  const joined = (either & FLAG.joined) !== 0;
  // Initials (and runs of them) meet joined slots whatever their letters; initials, forms of one
  // given name and words written without vowels meet other tokens so.
  if (joined ? either & FLAG.meetsJoined : either & FLAG.initial || consonantal || (both & FLAG.nameGroups && shareGroup(a.slots[i]!.nameGroups, b.slots[j]!.nameGroups))) return true;
  // Other slots meet within a few edits (or doubled letters), tokens also by one skeleton, as written or anglicised.
  if (mayBeClose(am[x + MEET.length]!, am[x + MEET.letters]!, bm[y + MEET.length]!, bm[y + MEET.letters]!, joined)) return true;
  if (!joined && both & FLAG.skeletonKey && am[x + MEET.skeletonKey] === bm[y + MEET.skeletonKey] && a.slots[i]!.skeletonKey === b.slots[j]!.skeletonKey) return true;
  if (!alt) return false;
  if (mayBeClose(am[x + MEET.altLength]!, am[x + MEET.altLetters]!, bm[y + MEET.altLength]!, bm[y + MEET.altLetters]!, joined)) return true;
  return !joined && (both & FLAG.altSkeletonKey) !== 0 && am[x + MEET.altSkeletonKey] === bm[y + MEET.altSkeletonKey] && a.slots[i]!.altSkeletonKey === b.slots[j]!.altSkeletonKey;
}

/**
 * Adds to `out`, from `count` on, each slot of b that slot i of a may meet (mayMeet, which is
 * symmetric), in order, and returns the new count. A test of flags, letter sets and skeleton hashes
 * alone, with slot i's read once, rules out almost every pair first: it holds for every pair mayMeet
 * lets through (letters within two of each other, as written or anglicised, or one skeleton key),
 * and costs far less than a call.
 */
function slotsMeeting(a: SlotTable, i: number, b: SlotTable, useAlt: boolean, consonantal: boolean, out: Int32Array, count: number): number {
  const x = i * MEET_FIELDS;
  const am = a.meets;
  const bm = b.meets;
  const flags = am[x]!;
  const letters = am[x + MEET.letters]!;
  const altLetters = am[x + MEET.altLetters]!;
  const skeleton = am[x + MEET.skeletonKey]!;
  const altSkeleton = am[x + MEET.altSkeletonKey]!;
  const meetsAny = consonantal || (flags & MEETS_ANY) !== 0;
  for (let j = 0, y = 0; j < b.slots.length; j++, y += MEET_FIELDS) {
    const otherFlags = bm[y]!;
    const both = flags & otherFlags;
    const alt = useAlt && ((flags | otherFlags) & FLAG.hasAlt) !== 0;
    const mayBe =
      both & FLAG.joined
        ? letters === bm[y + MEET.letters] || (alt && altLetters === bm[y + MEET.altLetters])
        : meetsAny ||
          (otherFlags & MEETS_ANY) !== 0 ||
          lettersNear(letters, bm[y + MEET.letters]!) ||
          (alt && lettersNear(altLetters, bm[y + MEET.altLetters]!)) ||
          ((both & FLAG.skeletonKey) !== 0 && skeleton === bm[y + MEET.skeletonKey]) ||
          ((both & FLAG.altSkeletonKey) !== 0 && altSkeleton === bm[y + MEET.altSkeletonKey]);
    if (mayBe && mayMeet(a, i, b, j, useAlt, consonantal)) out[count++] = j;
  }
  return count;
}

/** How a comparison's slot pairs are compared (see slotSimilarity): all a row of cached similarities depends on besides the two slots. */
interface PairRules {
  exactOnly: boolean;
  useAlt: boolean;
  /** From crossScript: see JOINED_MIN_SIMILARITY. */
  crossScript: boolean;
  consonantal: boolean;
  loanword: boolean;
  /** The five as bits: rows are cached by them (see cachedRow). */
  set: number;
}

/** How many sets of PairRules there are. */
const RULE_SETS = 32;

/** Every PairRules, by its set: made once, for an object per comparison was part of a query's garbage. */
const PAIR_RULES: readonly PairRules[] = Array.from({ length: RULE_SETS }, (_, set) => ({
  exactOnly: (set & 1) !== 0,
  useAlt: (set & 2) !== 0,
  crossScript: (set & 4) !== 0,
  consonantal: (set & 8) !== 0,
  loanword: (set & 16) !== 0,
  set,
}));

function pairRules(exactOnly: boolean, useAlt: boolean, crossScript: boolean, consonantal: boolean, loanword: boolean): PairRules {
  return PAIR_RULES[(exactOnly ? 1 : 0) | (useAlt ? 2 : 0) | (crossScript ? 4 : 0) | (consonantal ? 8 : 0) | (loanword ? 16 : 0)]!;
}

function pairSimilarity(q: Slot, l: Slot, rules: PairRules): number {
  const joinedMin = rules.crossScript ? JOINED_MIN_SIMILARITY.crossScript : JOINED_MIN_SIMILARITY.sameScript;
  return slotSimilarity(q, l, rules.exactOnly, rules.useAlt, joinedMin, !rules.useAlt, rules.consonantal, rules.loanword);
}

/** Puts in the scratch the slot pairs of a comparison that score, each pair screened (see slotsMeeting), and returns how many. */
function scannedCandidates(q: SlotTable, l: SlotTable, rules: PairRules, scratch: ComparisonScratch): number {
  let count = 0;
  for (let i = 0; i < q.slots.length; i++) {
    const found = slotsMeeting(q, i, l, rules.useAlt, rules.consonantal || rules.loanword, scratch.foundL, 0);
    for (let k = 0; k < found; k++) {
      const j = scratch.foundL[k]!;
      const sim = pairSimilarity(q.slots[i]!, l.slots[j]!, rules);
      if (sim > 0) addCandidate(scratch, count++, i, j, sim, q.slots[i]!.weight + l.slots[j]!.weight);
    }
  }
  return count;
}

/**
 * A query of this many slots reads what each listed slot meets from its rows (see rowCandidates);
 * a shorter one screens every slot pair, which costs less than looking a row up. Long names
 * (twenty words make fifty-seven slots) are most of a slow query's time, and the candidates of such
 * a query share most of their slots: the romanisations of one name, the words of state bodies' titles.
 */
const ROWS_MIN_QUERY_SLOTS = 16;

/** The query slots a listed slot meets, each followed by their similarity (NO_ROW, shared, when none: most slots). */
type Row = number[];
const NO_ROW: Row = [];

/**
 * Every listed slot key met so far, by its id (see slotKeys). Only listed names' slots get keys, so
 * it holds the distinct slot keys of the lists (about 190,000 for all of ../shared/data) and grows
 * only when a list update brings new names; queries add nothing.
 */
const SLOT_KEY_IDS = new Map<string, number>();

/**
 * What each slot of a table is, as far as slotSimilarity and mayMeet read it: its text and skeleton
 * (its other spellings, keys and letter sets follow from them), the flags that do not, and its
 * initials, as an id. Slots of one key meet every query slot alike.
 */
function slotKeys(table: SlotTable): Int32Array {
  table.keys ??= Int32Array.from(table.slots, (s) => {
    const flags = (s.joined ? 1 : 0) | (s.initial ? 2 : 0) | (s.nameGroups.length > 0 ? 4 : 0) | (s.father ? 8 : 0) | (s.rolesUnknown ? 16 : 0);
    const key = `${flags} ${s.text} ${s.skeleton} ${s.initials}`;
    let id = SLOT_KEY_IDS.get(key);
    if (id === undefined) {
      id = SLOT_KEY_IDS.size;
      SLOT_KEY_IDS.set(key, id);
    }
    return id;
  });
  return table.keys;
}

/**
 * A long query's rows, by listed slot key id and set of PairRules: an open-addressing table of
 * numbers, for a Map of thousands of rows was a few hundred KB of garbage per slow query, and
 * looking rows up in it took a tenth of such a query's time.
 */
interface RowCache {
  /** Two numbers per entry: its code (see cachedRow), 0 when the entry is empty, and the index of its row in `rows`, -1 for NO_ROW. */
  entries: Int32Array;
  /** The table holds 2 ** bits entries. */
  bits: number;
  rows: Row[];
  size: number;
}

/** A slow query meets a few thousand listed slot keys: room for 4,096 entries at first, doubled when half full. */
const ROW_CACHE_BITS = 12;

function rowCache(): RowCache {
  return { entries: new Int32Array(2 << ROW_CACHE_BITS), bits: ROW_CACHE_BITS, rows: [], size: 0 };
}

/** The entry of a code (see RowCache.entries), or the empty entry where it would go. */
function rowEntry(cache: RowCache, code: number): number {
  const { entries, bits } = cache;
  const mask = (1 << bits) - 1;
  let at = Math.imul(code, 0x9e3779b1) >>> (32 - bits);
  while (entries[2 * at] !== 0 && entries[2 * at] !== code) at = (at + 1) & mask;
  return at;
}

/** Listed slot j's row (see slotRow), from the query's cache when met before (by its slot key id and the rules' set). */
function cachedRow(q: SlotTable, l: SlotTable, j: number, rules: PairRules, key: number, scratch: ComparisonScratch): Row {
  const cache = (q.rows ??= rowCache());
  // Never 0 (an empty entry); within 32 bits up to 2 ** 26 keys.
  const code = key * RULE_SETS + rules.set + 1;
  let at = rowEntry(cache, code);
  if (cache.entries[2 * at] === code) {
    const index = cache.entries[2 * at + 1]!;
    return index < 0 ? NO_ROW : cache.rows[index]!;
  }
  const row = slotRow(q, l, j, rules, scratch);
  if (cache.size + 1 > 1 << (cache.bits - 1)) {
    grow(cache);
    at = rowEntry(cache, code);
  }
  cache.entries[2 * at] = code;
  cache.entries[2 * at + 1] = row === NO_ROW ? -1 : cache.rows.push(row) - 1;
  cache.size += 1;
  return row;
}

/** Doubles a row cache, its entries rehashed. */
function grow(cache: RowCache): void {
  const old = cache.entries;
  cache.bits += 1;
  cache.entries = new Int32Array(2 * old.length);
  for (let k = 0; k < old.length; k += 2) {
    if (old[k] === 0) continue;
    const at = rowEntry(cache, old[k]!);
    cache.entries[2 * at] = old[k]!;
    cache.entries[2 * at + 1] = old[k + 1]!;
  }
}

/**
 * Puts in the scratch the slot pairs of a comparison that score, and returns how many: each listed
 * slot's row, by its key, is compared once per query and rules, then read (in another order than
 * scannedCandidates', which sortCandidates makes no difference).
 */
function rowCandidates(q: SlotTable, l: SlotTable, rules: PairRules, scratch: ComparisonScratch): number {
  const keys = slotKeys(l);
  let count = 0;
  for (let j = 0; j < l.slots.length; j++) {
    const row = cachedRow(q, l, j, rules, keys[j]!, scratch);
    for (let k = 0; k < row.length; k += 2) {
      const i = row[k]!;
      addCandidate(scratch, count++, i, j, row[k + 1]!, q.slots[i]!.weight + l.slots[j]!.weight);
    }
  }
  return count;
}

/** The query slots listed slot j scores with, and the similarities (see Row). */
function slotRow(q: SlotTable, l: SlotTable, j: number, rules: PairRules, scratch: ComparisonScratch): Row {
  const found = slotsMeeting(l, j, q, rules.useAlt, rules.consonantal || rules.loanword, scratch.foundQ, 0);
  let row = NO_ROW;
  for (let k = 0; k < found; k++) {
    const i = scratch.foundQ[k]!;
    const sim = pairSimilarity(q.slots[i]!, l.slots[j]!, rules);
    if (sim <= 0) continue;
    if (row === NO_ROW) row = [];
    row.push(i, sim);
  }
  return row;
}

/** At most two letters of either set missing from the other (what mayBeClose allows at most). */
function lettersNear(a: number, b: number): boolean {
  return fewBits(a & ~b, 2) && fewBits(b & ~a, 2);
}

/** Whether two slots have the same letter set and length (as written, or anglicised: the fields given). */
function sameShape(am: Int32Array, x: number, bm: Int32Array, y: number, letters: number, length: number): boolean {
  return am[x + letters] === bm[y + letters] && am[x + length] === bm[y + length];
}

function slotSimilarity(a: Slot, b: Slot, exactOnly: boolean, useAlt: boolean, joinedMin: number, syllabic: boolean, consonantal: boolean, loanword: boolean): number {
  if (exactOnly) return a.text === b.text ? 1 : 0;
  if (a.initial || b.initial) {
    if (a.initial && b.initial) return a.text === b.text ? 1 : 0;
    // Only name words, alone or written together: O is not "of", nor "of the Southeast".
    const other = a.initial ? b : a;
    if (other.words === 0 || (other.joined && other.initials === '')) return 0;
    return initialMatches(a.initial ? a.text : b.text, other.text) ? 0.7 : 0;
  }
  // Initials written as one word (JC) stand for the words they start (Jean-Claude), as an initial does.
  if (!consonantal && (initialsMeet(a, b) || initialsMeet(b, a))) return NAME_SCORING.initialsRun;
  // Joined slots stand for spacing variants: they must meet a token by spelling, not by skeleton.
  const joined = a.joined || b.joined;
  let sim = joined ? tokenSimilarity(a.text, b.text, '', '', syllabic) : tokenSimilarity(a.text, b.text, a.skeleton, b.skeleton, syllabic);
  if (useAlt && sim < 1 && (a.hasAlt || b.hasAlt)) {
    const altSim = joined ? tokenSimilarity(a.alt, b.alt, '', '') : tokenSimilarity(a.alt, b.alt, a.altSkeleton, b.altSkeleton);
    // A Baltic ending read off may be no ending (Khamis read as Kham-is): a stem of four letters left
    // that way meets only the same name, not one a letter off (Khan).
    if (altSim >= DOUBLED_LETTER_SIMILARITY || !(endingReadOff(a) || endingReadOff(b))) sim = Math.max(sim, altSim);
  }
  if (loanword && !joined && sim < 1) sim = Math.max(sim, loanwordSimilarity(a.text, b.text));
  if (joined && sim < joinedMin) return 0;
  // Words joined on both sides are one spacing against another: only letter for letter (Azad Bali is not Azadi Ali).
  if (a.joined && b.joined && sim < 1) return 0;
  if (consonantal && !joined && sim < NAME_SCORING.consonantal && sameConsonants(a.text, b.text)) sim = NAME_SCORING.consonantal;
  if (sim < NAME_SCORING.givenNameEquivalent && shareGroup(a.nameGroups, b.nameGroups)) sim = NAME_SCORING.givenNameEquivalent;
  if (a.father !== b.father && !a.rolesUnknown && !b.rolesUnknown) sim *= NAME_SCORING.roleMismatch;
  return sim;
}

/** l and r as one letter, and b and v: how katakana, Hangul and Chinese characters write them. */
const foldLoanword = (text: string): string => text.replace(/r/g, 'l').replace(/v/g, 'b');

/** Similarity of a loanword reading and a name with l and r, b and v folded (see CompareOptions.loanword). */
function loanwordSimilarity(a: string, b: string): number {
  const fa = foldLoanword(a);
  const fb = foldLoanword(b);
  if (fa === a && fb === b) return 0;
  return tokenSimilarity(fa, fb, consonantSkeleton(fa), consonantSkeleton(fb));
}

/** Whether two slots' given-name groups meet (a loop: a closure here cost an allocation per slot pair). */
function shareGroup(a: readonly number[], b: readonly number[]): boolean {
  for (const id of a) if (b.includes(id)) return true;
  return false;
}

/** Two or three consonants and no vowel: a run of initials (JC, JFK), not a word. */
const INITIALS_RUN = /^[bcdfghjklmnpqrstvwxz]{2,3}$/;

function initialsMeet(run: Slot, words: Slot): boolean {
  return run.runOfInitials && words.initials.length > 1 && run.text === words.initials;
}

/**
 * The same first letter and the same consonants after it, at least two letters (moshe ~ msh,
 * david ~ dvd; musa is not msh, and islam is not slm: a written first letter is never dropped).
 */
function sameConsonants(a: string, b: string): boolean {
  const consonants = (text: string): string => text.slice(0, 1) + text.slice(1).replace(/[aeiouy]/g, '');
  const ca = consonants(a);
  return ca.length >= 2 && ca === consonants(b);
}

/**
 * Skeleton onsets that romanisations of one letter give: a vowel or glide (Е: e, ye, je; Ю: yu, iu),
 * h (Ukrainian Г: Hennadiy / Gennadiy; Х: Khabarov / Habarov), and ts / c / z / s (Ц, ث).
 */
const LOOSE_ONSETS = new Set(['a', 'y', 'j', 'h', 'i']);
const SIBILANT_ONSETS = new Set(['t', 'k', 'z', 's', 'c', 'j', 'd']);

/**
 * Whether two words' consonant skeletons start alike, as a romanisation keeps a word's first
 * consonant: a cross-script pair one letter apart at its start (Novatek / Сонатек) is a typo or
 * another word, and loses as much as a same-script pair.
 */
function sameOnset(a: string, b: string): boolean {
  const x = a[0];
  const y = b[0];
  if (x === y || x === undefined || y === undefined) return true;
  if (LOOSE_ONSETS.has(x) || LOOSE_ONSETS.has(y)) return true;
  return SIBILANT_ONSETS.has(x) && SIBILANT_ONSETS.has(y);
}

/**
 * A skeleton with the consonants that romanisations of Cyrillic give one letter as folded together:
 * г as g or h (Horizont / Gorizont), з as z or s (German), ж as zh, j or z, ц as ts, c or z.
 */
function romanisedConsonants(skeleton: string): string {
  return skeleton.replace(/ts/g, 's').replace(/h/g, 'k').replace(/[zjc]/g, 's').replace(/(.)\1+/g, '$1');
}

/** Whether two slots' keys differ as written and as anglicised (see Slot.alt), each side's written or anglicised key against the other's. */
function keysDiffer(q: Slot, l: Slot, written: (slot: Slot) => string, anglicised: (slot: Slot) => string): boolean {
  const qKey = written(q);
  const lKey = written(l);
  if (qKey === lKey) return false;
  if (!q.hasAlt && !l.hasAlt) return true;
  const qAlt = anglicised(q);
  const lAlt = anglicised(l);
  return qAlt !== lKey && qKey !== lAlt && qAlt !== lAlt;
}

const cyrillicKey = (slot: Slot): string => romanisedConsonants(slot.skeleton);
const cyrillicAltKey = (slot: Slot): string => romanisedConsonants(slot.altSkeleton);

/** Whether two words' consonants differ beyond romanisation, as written and as anglicised; not initials met by a word. */
function otherConsonants(q: Slot, l: Slot): boolean {
  if (q.skeleton === l.skeleton || q.initial || l.initial || initialsMeet(q, l) || initialsMeet(l, q)) return false;
  return keysDiffer(q, l, cyrillicKey, cyrillicAltKey);
}

/** Digraphs and letters that romanisations of one Arabic letter give, as one class (see arabicConsonants). */
const ARABIC_DIGRAPHS = /dj|sh|ch|th|dh|zh|kh|gh|ph/g;
const ARABIC_DIGRAPH_CLASS: Readonly<Record<string, string>> = { dj: 'k', sh: 's', ch: 's', th: 's', dh: 's', zh: 'k', kh: 'k', gh: 'k', ph: 'f' };
const ARABIC_LETTER_CLASS: Readonly<Record<string, string>> = { t: 's', d: 's', z: 's', s: 's', q: 'k', c: 'k', g: 'k', j: 'k', k: 'k', x: 'ks', p: 'b' };
const DROPPED_IN_ARABIC = new Set(['a', 'e', 'i', 'o', 'u', 'h', 'w', 'y', 'v', "'"]);

/**
 * A word's consonants as romanisations of Arabic letters leave them: the letters one Arabic letter
 * is written with are one class (ث th, s or t; ذ ض ظ dh, d or z; ج j, g or dj; ق q, k or g; ش sh
 * or French ch), and what a romanisation may write or leave out goes (vowels, h for ح and ه, w, y
 * and v for و and ي); doubles are one.
 * @example arabicConsonants('uthman') === arabicConsonants('osman') // 'smn'
 */
function arabicConsonants(word: string): string {
  // A digraph's class letter is its own class (s, k, f), so the letters pass over it unchanged.
  const folded = word.replace(ARABIC_DIGRAPHS, (d) => ARABIC_DIGRAPH_CLASS[d]!);
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]!;
    if (DROPPED_IN_ARABIC.has(ch)) continue;
    const c = ARABIC_LETTER_CLASS[ch] ?? ch;
    if (!out.endsWith(c)) out += c;
  }
  return out;
}

const arabicKey = (slot: Slot): string => arabicConsonants(slot.text);
const arabicAltKey = (slot: Slot): string => arabicConsonants(slot.alt);

/** Whether a Latin word's consonants differ from an Arabic one's beyond its romanisations, as written and as anglicised; not initials nor joined words. */
function otherArabicConsonants(q: Slot, l: Slot): boolean {
  return !q.initial && !l.initial && !q.joined && !l.joined && keysDiffer(q, l, arabicKey, arabicAltKey);
}

/**
 * A slot's words as an explanation shows them: a joined slot's with spaces, so that two names written
 * alike read "matched on evgeny prigozhin", not on "evgenyprigozhin", and a query's two words met
 * by one listed word read "abdul rahman~abdulrahman".
 */
function shownText(variant: NameVariant, slot: Slot): string {
  return slot.joined ? slot.covers.map((c) => variant.tokens[c]!.text).join(' ') : slot.text;
}

/**
 * Compares two spellings of names. Tokens pair off one-to-one (greedy, best similarity first; order
 * does not matter, so "PUTIN, Vladimir" ~ "Vladimir Putin"), adjacent tokens may stand for one, and
 * the score weighs what paired (by rarity and similarity) against three kinds of evidence that the
 * names differ: words left over on both sides (a substitution: another surname, another
 * patronymic), words left over on one side only (a middle name the other side omits, a milder
 * sign), and the difference within fuzzy pairs. `exactOnly` is for syllabic scripts, where one
 * sign more or less is another name. Null when no tokens pair at all (a score of 0).
 */
export function compareNameVariants(
  query: NameVariant,
  listed: NameVariant,
  joinSkeleton: (text: string) => string,
  querySlots: QuerySlots,
  options: CompareOptions = {},
): NameComparison | null {
  const exactOnly = options.exactOnly ?? false;
  // European spelling rules do not apply to Korean romanisations (Jang and Yang are two surnames).
  const rules = pairRules(exactOnly, !(query.korean || listed.korean), options.crossScript ?? false, options.consonantal ?? false, options.loanword ?? false);
  const qTable = cachedSlots(querySlots, query, joinSkeleton);
  const lTable = cachedSlots(SLOT_CACHE, listed, joinSkeleton);
  const qSlots = qTable.slots;
  const lSlots = lTable.slots;
  const pairs = qSlots.length * lSlots.length;
  const scratch = comparisonScratch(pairs, query.tokens.length, listed.tokens.length);
  // Two direct calls, not one call of either: a call site of one function stays inlined.
  const count = qSlots.length < ROWS_MIN_QUERY_SLOTS ? scannedCandidates(qTable, lTable, rules, scratch) : rowCandidates(qTable, lTable, rules, scratch);
  // Most comparisons of a query's candidates pair nothing: their score is 0 whatever follows, but
  // for a name cut short to the start of its one word (Public Joint Stock Company Surgutne).
  if (count === 0 && !(options.cut && query.tokens.length === 1)) return null;
  return pairOff(query, listed, qSlots, lSlots, scratch, count, exactOnly, rules.useAlt, options);
}

/**
 * The rest of compareNameVariants, once some slot pairs scored: pairs them off one-to-one, best
 * first, and weighs what paired against what is left.
 */
function pairOff(
  query: NameVariant,
  listed: NameVariant,
  qSlots: readonly Slot[],
  lSlots: readonly Slot[],
  scratch: ComparisonScratch,
  count: number,
  exactOnly: boolean,
  useAlt: boolean,
  options: CompareOptions,
): NameComparison {
  sortCandidates(scratch, count);
  const { qSlot, lSlot, sims, qUsed, lUsed } = scratch;
  qUsed.fill(0, 0, query.tokens.length);
  lUsed.fill(0, 0, listed.tokens.length);
  let matched = 0;
  let loss = 0;
  // Cross-script fuzzy pairs that no romanisation explains: their first consonants differ, or, from
  // a script that writes its vowels, any consonant (both spellings' skeletons differ).
  let onsetLoss = 0;
  let qMatchedWeight = 0;
  let lMatchedWeight = 0;
  // Name words met (a joined slot against one word meets one), and the words covered on each side.
  let matchedWords = 0;
  let exactWords = 0;
  let queryWordsMatched = 0;
  let listedWordsMatched = 0;
  let queryDescriptors = 0;
  let listedDescriptors = 0;
  let matchedInitials = 0;
  // Words that met a name written without vowels other than letter for letter: a guess at the vowels.
  let consonantalWords = 0;
  // The listed text of the last name word met: when it is the only one, see the cap for one common word.
  let metWord = '';
  const pairs: [string, string, number][] = [];
  // Pairs of a run of initials and the words it stands for (TM ~ Tactical Missiles), and the fewest letters of such a run.
  let initialsRunPairs = 0;
  let initialsRunLetters = Infinity;
  for (let k = 0; k < count; k++) {
    const q = qSlots[qSlot[k]!]!;
    const l = lSlots[lSlot[k]!]!;
    const sim = sims[k]!;
    if (anyUsed(q.covers, qUsed) || anyUsed(l.covers, lUsed)) continue;
    for (const c of q.covers) qUsed[c] = 1;
    for (const c of l.covers) lUsed[c] = 1;
    const weight = (q.weight + l.weight) / 2;
    matched += sim * weight;
    if (sim < 1 && options.crossScript && (options.vowelsWritten ? otherConsonants(q, l) : !sameOnset(q.skeleton, l.skeleton) || (options.arabicAgainstLatin === true && otherArabicConsonants(q, l)))) {
      onsetLoss += (1 - sim) * weight;
    }
    else loss += (1 - sim) * weight;
    qMatchedWeight += q.weight;
    lMatchedWeight += l.weight;
    if (q.words > 0 && l.words > 0) {
      if (options.consonantal && sim < 1) consonantalWords += 1;
      else {
        // Words written together are one word met, but a query's one word that is the listed
        // surname and a given name run together names both (PRIGOZHINYEVGENIY).
        const met = q.words === 1 && l.words >= 2 && surnameAndGiven(listed, l.covers) ? 2 : Math.min(q.words, l.words);
        matchedWords += met;
        if (initialsMeet(q, l) || initialsMeet(l, q)) {
          initialsRunPairs += 1;
          initialsRunLetters = Math.min(initialsRunLetters, q.text.length, l.text.length);
        }
        metWord = l.text;
        if (sim === 1) exactWords += met;
        queryWordsMatched += q.words;
        listedWordsMatched += l.words;
      }
    } else if (q.initial) matchedInitials += 1;
    // A word that met a descriptor (Shcpping ~ Shipping, Grouz ~ Group) is that descriptor misspelt, not a name word.
    else if (q.words > 0 && !l.initial) queryDescriptors += q.words;
    else if (l.words > 0 && !q.initial) listedDescriptors += l.words;
    pairs.push([shownText(query, q), shownText(listed, l), sim]);
  }
  // One word left on each side of a name whose other words met (Haji Ssad Khan Zarkari ~ Haji Asad
  // Khan Zarkari): one letter apart, it is a typo there.
  // Not in Korean names: their syllables are compared as folded keys (Joon and Chung are jon and
  // jong), so one letter between keys is already another syllable (Park Joon-hee / Park Chung-hee).
  if (restMetForTypo(options.person === true, matchedWords, exactWords) && !exactOnly && useAlt) {
    let q = loneLeftWord(query, qSlots, qUsed);
    let l = loneLeftWord(listed, lSlots, lUsed);
    // In an organisation's name, a lone word one letter from the one descriptor left on the other
    // side is that descriptor misspelt (Dongmei Investment Yroup ~ Group), as a fuzzy pair is.
    const misspeltDescriptor = !options.person && ((q >= 0 && noLeftWord(listed, lSlots, lUsed)) || (l >= 0 && noLeftWord(query, qSlots, qUsed)));
    if (misspeltDescriptor && q < 0) q = loneLeftDescriptor(query, qUsed);
    if (misspeltDescriptor && l < 0) l = loneLeftDescriptor(listed, lUsed);
    if (q >= 0 && l >= 0 && residualTypo(query.tokens[q]!.text, listed.tokens[l]!.text, options.person === true)) {
      const sim = NAME_SCORING.residualTypo;
      const weight = (qSlots[q]!.weight + lSlots[l]!.weight) / 2;
      qUsed[q] = 1;
      lUsed[l] = 1;
      matched += sim * weight;
      loss += (1 - sim) * weight;
      qMatchedWeight += qSlots[q]!.weight;
      lMatchedWeight += lSlots[l]!.weight;
      if (!misspeltDescriptor) {
        matchedWords += 1;
        queryWordsMatched += 1;
        listedWordsMatched += 1;
      } else if (qSlots[q]!.words > 0) queryDescriptors += 1;
      else listedDescriptors += 1;
      pairs.push([qSlots[q]!.text, lSlots[l]!.text, sim]);
    }
  }
  // Two forms of one word for a business left on each side are that word (Technology / Technologies).
  for (let q = 0; q < query.tokens.length; q++) {
    if (qUsed[q] || !qSlots[q]!.business) continue;
    const stem = businessWordStem(qSlots[q]!.text);
    for (let l = 0; l < listed.tokens.length; l++) {
      if (lUsed[l] || !lSlots[l]!.business || businessWordStem(lSlots[l]!.text) !== stem) continue;
      qUsed[q] = 1;
      lUsed[l] = 1;
      matched += (qSlots[q]!.weight + lSlots[l]!.weight) / 2;
      qMatchedWeight += qSlots[q]!.weight;
      lMatchedWeight += lSlots[l]!.weight;
      pairs.push([qSlots[q]!.text, lSlots[l]!.text, 1]);
      break;
    }
  }
  // A query cut at a field's length meets the listed name it is the start of: the words after the
  // cut were never written, so they are not left over, and a cut last word meets the word it begins.
  const cut = options.cut ? cutShort(query, qUsed, listed, lSlots, lUsed, options.cut) : undefined;
  let listedCut = 0;
  if (cut) {
    if (cut.fragment !== undefined) {
      const [q, l] = cut.fragment;
      qUsed[q] = 1;
      qMatchedWeight += qSlots[q]!.weight;
      if (l >= 0) {
        // The fragment's own rarity means nothing (a word's first letters): it weighs as the word it begins.
        lUsed[l] = 1;
        matched += lSlots[l]!.weight;
        lMatchedWeight += lSlots[l]!.weight;
        if (lSlots[l]!.words > 0) {
          matchedWords += 1;
          queryWordsMatched += 1;
          listedWordsMatched += 1;
        } else queryDescriptors += qSlots[q]!.words;
        pairs.push([qSlots[q]!.text, lSlots[l]!.text, 1]);
      } else queryDescriptors += qSlots[q]!.words;
    }
    for (const l of cut.after) {
      lUsed[l] = 1;
      listedCut += lSlots[l]!.weight;
    }
  }
  // Consonants leave the vowels open: such words stand for one name together (משה ~ Moshe), but a
  // full name met by guessed vowels alone (אחמד חסן ~ Ahmad Hasan) counts as one word and is capped.
  matchedWords += Math.min(1, consonantalWords);
  queryWordsMatched += Math.min(1, consonantalWords);
  listedWordsMatched += Math.min(1, consonantalWords);
  const queryLeft = Math.max(0, query.total - qMatchedWeight);
  const listedLeft = Math.max(0, listed.total - lMatchedWeight - listedCut);
  // Only name words left over on both sides contradict each other; descriptors, particles and
  // numbers left over ("Group" against "Private Military Company") are merely extra.
  const substitution = Math.min(leftWordWeight(query, qSlots, qUsed), leftWordWeight(listed, lSlots, lUsed));
  // A chain of fathers' names (bin Muhammad ibn Awad) is the part of an Arabic name most often left
  // out: on one side only, it counts less than half as much as a middle name (Osama bin Laden ~ Usama bin Muhammad ibn Awad ibn Ladin).
  const fathersLeft = substitution > 0 ? 0 : fatherChainWeight(query, qUsed) + fatherChainWeight(listed, lUsed);
  const interiorLeft = substitution > 0 || queryLeft + listedLeft === 0 ? 0 : interiorWeight(query, qUsed, listed) + interiorWeight(listed, lUsed, query);
  const discount = Math.max(NAME_SCORING.fatherChainDiscount * fathersLeft, NAME_SCORING.interiorDiscount * interiorLeft);
  const extra = queryLeft + listedLeft - 2 * substitution - discount;
  // Korean names have no middle names: a word more is another name. An office title stands for the given names.
  const extraWeight = query.korean && listed.korean ? NAME_SCORING.substitution : options.titled ? 0 : NAME_SCORING.extra;
  const fuzzyLoss = options.crossScript ? NAME_SCORING.crossScriptFuzzyLoss : NAME_SCORING.fuzzyLoss;
  const penalty = NAME_SCORING.substitution * substitution + extraWeight * extra + fuzzyLoss * loss + NAME_SCORING.fuzzyLoss * onsetLoss;
  let score = matched > 0 ? matched / (matched + penalty) : 0;
  // One shared word is a surname or a brand, not a party: "Malin Berg" is not "Berg AB", and a
  // lone "Putin" is not Vladimir Putin. A one-word organisation query may still find its name.
  const queryWords = wordCount(qSlots, query.tokens.length) - queryDescriptors;
  const listedWords = wordCount(lSlots, listed.tokens.length) - listedDescriptors - (cut?.afterWords ?? 0);
  // A query initial that fits counts as half a word: "V. Putin" names one person, "Putin" does not
  // (a listed one-letter token, as in "AAS-T", does not). Words written together are one word
  // ("Jun Jun Guk" ~ "Junjun" is one word met), but a spacing variant alone is the whole name
  // (Abdul Rahman ~ Abdulrahman).
  const singleWordOnly =
    matchedWords + (matchedInitials > 0 ? 1 : 0) <= 1 && (queryWords > queryWordsMatched || (options.person === true && listedWords > listedWordsMatched));
  // At most one cap holds the score down, the lowest first (the explanation names it).
  let cap: [number, string] | undefined;
  if (singleWordOnly && !options.titled) cap = [NAME_SCORING.singleWordCap, 'one word met'];
  // A common English word is a name of many bodies: met alone, with a business or another common
  // word left beside it, it names none of them (JSC STAR is not Star Shipping Ltd, nor East Star Company).
  // A query that may be cut short (LIMITED LIABILITY COMPANY SOUTHERN ...) may have lost the rest of its name.
  else if (!options.person && !options.cut && matchedWords === 1 && isCommonEnglishWord(metWord) && (leftBesideCommonWord(query, qSlots, qUsed) || leftBesideCommonWord(listed, lSlots, lUsed))) {
    cap = [NAME_SCORING.singleWordCap, 'one common word met'];
  }
  // Numbers tell vessels, funds and units apart: two different numbers are two parties, and so is
  // an organisation's name with a number and the same name without (Victory / Victory 3, Fund / Fund I).
  else if (onlyUnpairedNumbers(query, qSlots, qUsed) && onlyUnpairedNumbers(listed, lSlots, lUsed)) cap = [NAME_SCORING.numberClashCap, 'the numbers differ'];
  else if (!options.person && numberOnOneSide(query, qSlots, qUsed, listed, lSlots, lUsed)) cap = [NAME_SCORING.numberClashCap, 'a number on one side only'];
  else if (halfCompound(query, qSlots, qUsed) || halfCompound(listed, lSlots, lUsed)) cap = [NAME_SCORING.halfCompoundCap, 'an Arabic compound met in half'];
  // Given names are shared by many: a person's name that never met the surname is not that person's.
  else if (options.person && (surnameUnmet(query, qUsed, listed, lUsed) || surnameUnmet(listed, lUsed, query, qUsed))) cap = [NAME_SCORING.surnameUnmetCap, 'none of the surname met'];
  else if (options.person && !options.titled && (givenNamesUnmet(query, qUsed) || givenNamesUnmet(listed, lUsed))) cap = [NAME_SCORING.surnameUnmetCap, 'only the surname met'];
  // A typo or another spelling changes a word or two of a name; a name whose every word differs,
  // with words left over besides, is another name of common words (not across scripts, where
  // spellings differ as a rule).
  else if (options.person && !options.titled && !options.crossScript && exactWords === 0 && matchedWords > 0 && (leftOutside(query, qSlots, qUsed) || leftOutside(listed, lSlots, lUsed))) {
    cap = [NAME_SCORING.noExactWordCap, 'no word met as written, and words left over'];
  }
  else if (initialsClash(query, qUsed, listed, lUsed) || initialsClash(listed, lUsed, query, qUsed)) cap = [NAME_SCORING.initialClashCap, 'a middle initial differs'];
  // Initials alone, nothing else paired, name many: a person's (TPD, a body's, and Tscherescha
  // Paraskew Dandanow's), two letters (TM, of OOO TM-TEKH and of Tactical Missiles), or some words of
  // a name. Three letters that stand for all its words name a body (JSC KBM, Konstruktorskoye Byuro
  // Mashinostroyeniya), and initials beside other words met are a name's (M AND S TRADING HK).
  else if (
    initialsRunPairs > 0 &&
    initialsRunPairs === pairs.length &&
    (options.person === true || initialsRunLetters <= 2 || queryWords > queryWordsMatched || listedWords > listedWordsMatched)
  ) {
    cap = [NAME_SCORING.initialClashCap, 'only initials met'];
  }
  else if (cut) cap = [NAME_SCORING.cutShortCap, cut.after.length > 0 ? `the query may be the listed name cut short (${cut.after.length} listed word${cut.after.length === 1 ? '' : 's'} after it not compared)` : 'the query may be the listed name cut short (its last word met as a start)'];
  if (cap && score > cap[0]) return { score: cap[0], pairs, queryLeft, listedLeft, cap: cap[1] };
  return { score, pairs, queryLeft, listedLeft };
}

/** Whether a word for a business (Shipping, Bank) or a common English name word (East) was left over (slot i is token i). */
function leftBesideCommonWord(variant: NameVariant, slots: readonly Slot[], used: Used): boolean {
  for (let i = 0; i < variant.tokens.length; i++) {
    if (!used[i] && (slots[i]!.business || (slots[i]!.words > 0 && isCommonEnglishWord(variant.tokens[i]!.text)))) return true;
  }
  return false;
}

/**
 * How a query that may be cut short (see cutShortEvidence) is the start of a listed spelling, after
 * the pairing: `fragment`, its last word when that word met nothing and begins the next listed word
 * (with that word's index) or a legal form (-1); `after`, the listed tokens after the cut, and how
 * many of them are name words.
 */
interface Cut {
  fragment: [number, number] | undefined;
  after: number[];
  afterWords: number;
}

/**
 * Undefined when the query is not the start of the listed spelling (one of its name words met
 * nothing, or a listed name word before the cut did), or when nothing shows a cut: an 'open' query
 * whose last word is whole may be a name written in full, and a shorter name is not a longer one.
 */
function cutShort(query: NameVariant, qUsed: Used, listed: NameVariant, lSlots: readonly Slot[], lUsed: Used, evidence: CutShort): Cut | undefined {
  const last = query.tokens.length - 1;
  for (let i = 0; i < last; i++) if (!qUsed[i] && query.tokens[i]!.kind !== 'particle') return undefined;
  let end = -1;
  for (let j = 0; j < listed.tokens.length; j++) if (lUsed[j]) end = j;
  for (let j = 0; j < end; j++) if (!lUsed[j] && listed.tokens[j]!.kind !== 'particle') return undefined;
  const lastText = query.tokens[last]!.text;
  const begins = (j: number): boolean => j >= 0 && j < listed.tokens.length && listed.tokens[j]!.text.length > lastText.length && listed.tokens[j]!.text.startsWith(lastText);
  let fragment: [number, number] | undefined;
  if (!qUsed[last]) {
    // Alone, a word's start must be long enough to name it (Surgutne, not Gaz or Front). After a
    // long legal form (Public Joint Stock Company, 27 characters), a 35-character cut leaves eight.
    if (begins(end + 1) && (end >= 0 || lastText.length >= MIN_LONE_FRAGMENT)) fragment = [last, ++end];
    // A joining word the cut left (Security of) or the start of a legal form after the last word (Group Li) weighs nothing.
    else if (end >= 0 && ((evidence === 'dangling' && query.tokens[last]!.kind !== 'word') || (end >= lastWordIndex(listed) && beginsLegalForm(lastText)))) fragment = [last, -1];
    else return undefined;
  } else if (evidence === 'open' && !begins(end)) {
    return undefined;
  }
  const after: number[] = [];
  let afterWords = 0;
  for (let j = end + 1; j < listed.tokens.length; j++) {
    after.push(j);
    afterWords += lSlots[j]!.words;
  }
  // Descriptors alone (Research and Production Corpora) are the start of too many names, and one
  // word the start of too many longer ones (CRYPTO PRO is not B-CRYPTO with a legal form cut short).
  let words = 0;
  let met = 0;
  query.tokens.forEach((t, i) => {
    if (!qUsed[i] || (t.kind !== 'word' && t.kind !== 'generic')) return;
    met += 1;
    if (t.kind === 'word') words += 1;
  });
  if (fragment !== undefined && fragment[1] >= 0) {
    met += 1;
    if (listed.tokens[fragment[1]]!.kind === 'word') words += 1;
  }
  const lone = fragment !== undefined && last === 0 && after.length === 0;
  return lone || (met >= 2 && (words > 0 || after.length === 0)) ? { fragment, after, afterWords } : undefined;
}

/** The shortest start of a word that meets the word when no other word of the query met. */
const MIN_LONE_FRAGMENT = 7;

/** The index of a spelling's last name word (not a descriptor, particle or number), or -1. */
function lastWordIndex(variant: NameVariant): number {
  for (let j = variant.tokens.length - 1; j >= 0; j--) if (variant.tokens[j]!.kind === 'word') return j;
  return -1;
}

/** Articles a query may put before a nickname (El Mencho, Al-Baghdadi) that a list writes without. */
const NICKNAME_ARTICLES: ReadonlySet<string> = new Set(['el', 'al', 'la', 'le']);

/**
 * Whether a query spelling has exactly the tokens of a listed one (the only way a weak alias may
 * match), but for articles the listed spelling leaves out: OFAC lists Nemesio Oseguera's "Mencho",
 * the press writes El Mencho. Not the other way: "Mayo" is a surname, El Mayo a nickname.
 */
export function sameTokens(query: NameVariant, listed: NameVariant): boolean {
  const sorted = (tokens: readonly ProfileToken[]): string => tokens.map((t) => t.text).sort().join(' ');
  const listedText = sorted(listed.tokens);
  if (query.tokens.length === listed.tokens.length && sorted(query.tokens) === listedText) return true;
  const kept = query.tokens.filter((t) => t.kind !== 'particle' || !NICKNAME_ARTICLES.has(t.text) || listed.tokens.some((l) => l.text === t.text));
  return kept.length === listed.tokens.length && kept.length < query.tokens.length && sorted(kept) === listedText;
}
