import { acronymOf, arabicCompounds, arabicWordSkeleton, isSpeltInFull, isSurnameParticle, consonantSkeleton, hasArabicCompound, hasOfficeTitle, isSyllabicScript, isTitle, looksKoreanName, nameSpellings, normaliseText, tokeniseName, tokeniseNameForms, surnameMask, type CutShort, type LatinSpelling, type NameEntityKind, type NameToken, type TokenKind } from '../names/index.js';
import { KIND_FACTOR, type TokenWeights } from './token-weights.js';

/** A name token ready for scoring: its kind, weight and consonant skeleton, computed once. */
export interface ProfileToken {
  text: string;
  kind: TokenKind;
  weight: number;
  skeleton: string;
  /** A word of the surname the list marked (capitals, or before a comma): see surnameMask. */
  surname?: true;
}

/** One Latin spelling of a name, without its legal forms. */
export interface NameVariant {
  tokens: ProfileToken[];
  /** Sum of the token weights. */
  total: number;
  /** Reads as a Korean name (surname and one given name): a word more is another name, not a middle name. */
  korean?: boolean;
  /** A foreign name read back from a syllabic script (Hangul, katakana loanword spelling): compared fuzzily, not syllable by syllable. */
  loanword?: boolean;
  /** An organisation name's words read in English (a 'translated' LatinSpelling): compared as Latin text, not as a transliteration. */
  translated?: boolean;
  /** The name read in another orthography (LatinSpelling.readAs), for the explanation: 'Somali spelling'. */
  readAs?: string;
  /** The initials of an organisation's name words: meets names as written, never another acronym of initials. */
  acronym?: boolean;
  /**
   * The spelling with its Arabic compounds written one way (tokeniseNameForms). It meets only names
   * with an Arabic compound (NameProfile.arabicCompound), and only their compounds spelling when they
   * have one, as their spelling as written meets only this name's as written: other pairs cost as
   * much and rarely find more (a name with a typo in one compound and another compound spelt otherwise).
   */
  compounds?: boolean;
}

/** Strong names match fuzzily; weak aliases (OFAC's "a.k.a. 'X'", UN "Low" quality) only exactly. */
export type NameStrength = 'strong' | 'weak';

export interface NameProfile {
  /** The name as the list or the query wrote it. */
  original: string;
  /** The FtM property it came from (name, alias, previousName, weakAlias). */
  property: string;
  strength: NameStrength;
  variants: NameVariant[];
  legalForms: string[];
  /** The name's own script when it is not Latin; two names in one script compare in it. */
  script: Script | undefined;
  /** The tokens as written in that script, normalised (no transliteration). */
  native: NameVariant | undefined;
  /** Written with an office title ("President Putin"): one surname then names one person. */
  titled: boolean;
  /** Some spelling has Arabic compounds written one way (a variant with `compounds`). */
  compounds: boolean;
  /** The name holds an Arabic compound, spelt one way or another (Abdulaziz, Abdul Aziz, Salah al-Din). */
  arabicCompound: boolean;
  /** The written name had a parenthesised qualifier ("(Hong Kong)"), kept here or dropped (see nameAlternatives). */
  qualifier?: Qualifier;
  /** The country a dropped qualifier named ("(Ireland)"), if it named one. */
  qualifierCountry?: string;
  /** The name compared when it is another form of the written one (MAHAN AIR for MAHAN AIR TEHRAN IRAN, Al-Qa'ida for Al-Qa'ida/Islamic Army), for the explanation. */
  compared?: string;
  /** A query's written name may be a longer one cut at a field's length (see buildQueryProfile). */
  cut?: CutShort;
}

export type Qualifier = 'kept' | 'dropped';

/** Scripts that compare natively; in 'syllabic' ones (Han, Hangul, kana) one sign is a syllable. */
export type Script = 'cyrillic' | 'arabic' | 'greek' | 'hebrew' | 'syllabic' | 'other';

const SCRIPT_TESTS: [Script, RegExp][] = [
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['other', /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u],
];

/** Latin (no script), Cyrillic and Greek write every vowel: their romanisations differ in set letters only. */
export function writesVowels(script: Script | undefined): boolean {
  return script === undefined || script === 'cyrillic' || script === 'greek';
}

function scriptOf(text: string): Script | undefined {
  if (isSyllabicScript(text)) return 'syllabic';
  return SCRIPT_TESTS.find(([, test]) => test.test(text))?.[0];
}

/** Tokens of every Latin spelling of a name. */
export function spellingTokens(name: string, entity: NameEntityKind): NameToken[][] {
  return nameSpellings(name).map((spelling) => tokensOfSpelling(name, spelling.text, entity));
}

/** A name's Latin spellings, as nameSpellings gives them. */
export type SpellName = (name: string) => readonly LatinSpelling[];

/**
 * nameSpellings with each name spelt once: an index build spells every listed name for its token
 * frequencies, then again for its profile, and spelling was a fifth of the build. Made for one
 * build and dropped with it.
 */
export function spellingMemo(): SpellName {
  const memo = new Map<string, readonly LatinSpelling[]>();
  return (name) => {
    let spellings = memo.get(name);
    if (spellings === undefined) {
      spellings = nameSpellings(name);
      memo.set(name, spellings);
    }
    return spellings;
  };
}

/** Tokens of a name's main Latin spelling (token frequencies count these): the others are not tokenised. */
export function mainSpellingTokens(name: string, entity: NameEntityKind, spell: SpellName = nameSpellings): NameToken[] {
  const main = spell(name)[0];
  return main === undefined ? [] : tokensOfSpelling(name, main.text, entity);
}

function tokensOfSpelling(name: string, spelling: string, entity: NameEntityKind): NameToken[] {
  return [...tokeniseName(spelling, { surnameFirst: name.includes(','), entity, syllabic: isSyllabicScript(name) }).tokens];
}

/**
 * The words of a spelling at the positions the written name marks as its surname, also as Arabic
 * compounds (AL-ABDULAZIZ -> abdul, aziz), but for words its given names hold too (OMAR, Omar
 * Awadh: either Omar may be the one that met); undefined when the spelling's words do not line up
 * with the mask (a transliteration that split or joined words).
 */
function surnameWordsOf(spelling: string, mask: readonly boolean[]): Set<string> | undefined {
  const words = spelling.split(' ');
  if (words.length !== mask.length) return undefined;
  const surname = words.filter((_, i) => mask[i]);
  const given = words.filter((_, i) => !mask[i]);
  const givenWords = new Set([...given, ...arabicCompounds(given)]);
  return new Set([...surname, ...arabicCompounds(surname)].filter((w) => !givenWords.has(w)));
}

export function buildNameProfile(
  name: string,
  property: string,
  strength: NameStrength,
  entity: NameEntityKind,
  weights: TokenWeights,
  spell: SpellName = nameSpellings,
): NameProfile {
  const legal = new Set<string>();
  const variants: NameVariant[] = [];
  const surnameFirst = name.includes(',');
  const spellings = spell(name);
  let firstTokens: readonly NameToken[] | undefined;
  const surnames = entity === 'organization' ? undefined : surnameMask(name);
  const syllabic = isSyllabicScript(name);
  const forms = spellings.flatMap(({ text: spelling, reading, readAs }) =>
    tokeniseNameForms(spelling, { surnameFirst, entity, syllabic }).map(({ tokens, compounds }) => ({ spelling, reading, readAs, tokens, compounds: compounds === true })),
  );
  const arabicCompound = forms.some((f) => f.compounds || hasArabicCompound(f.tokens.map((t) => t.text)));
  const script = scriptOf(name);
  const fromArabic = script === 'arabic';
  for (const { spelling, reading, readAs, tokens, compounds } of forms) {
    firstTokens ??= tokens;
    const surnameWords = surnames && surnameWordsOf(spelling, surnames);
    // A surname the list marks that is a European particle alone is a name (TEN, Sergey Yuryevich), not a particle.
    const particleSurname = surnameWords !== undefined && surnameWords.size === 1 && [...surnameWords].every(isSurnameParticle);
    const scored: ProfileToken[] = [];
    let total = 0;
    for (const written of tokens) {
      if (written.kind === 'legal') {
        legal.add(written.text);
        continue;
      }
      const token = particleSurname && surnameWords.has(written.text) ? { text: written.text, kind: 'word' as const } : written;
      // Numbers tell vessels and funds apart (Snow Storm 1 / 2) but weigh little against the words.
      const factor = /^\d+$/.test(token.text) ? KIND_FACTOR.generic : KIND_FACTOR[token.kind];
      const weight = weights.idf(token.text) * factor;
      // A surname that is also a title (SHEIKH, SULTAN) is dropped from some spellings of the name: never required.
      const surname = surnameWords?.has(token.text) === true && token.kind !== 'particle' && !isTitle(token.text);
      scored.push({ text: token.text, kind: token.kind, weight, skeleton: fromArabic && !isSpeltInFull(token.text) ? arabicWordSkeleton(token.text) : consonantSkeleton(token.text), ...(surname ? { surname: true as const } : {}) });
      total += weight;
    }
    if (scored.length > 0) {
      variants.push({
        tokens: scored,
        total,
        ...(looksKoreanName(scored.map((t) => t.text)) ? { korean: true } : {}),
        ...(reading === 'loanword' ? { loanword: true } : {}),
        ...(reading === 'translated' ? { translated: true } : {}),
        ...(compounds ? { compounds: true } : {}),
        ...(readAs !== undefined ? { readAs } : {}),
      });
    }
  }
  // An organisation is also known by its acronym (PLA ~ People's Liberation Army); one spelling's is enough.
  const acronym = entity === 'organization' && firstTokens !== undefined ? acronymOf(firstTokens) : undefined;
  if (acronym !== undefined) {
    const weight = weights.idf(acronym);
    variants.push({ tokens: [{ text: acronym, kind: 'word', weight, skeleton: consonantSkeleton(acronym) }], total: weight, acronym: true });
  }
  let native: NameVariant | undefined;
  if (script) {
    const tokens = normaliseText(name)
      .split(' ')
      .filter(Boolean)
      .map((text): ProfileToken => ({ text, kind: 'word', weight: 1, skeleton: '' }));
    native = { tokens, total: tokens.length };
  }
  // Not a name with a legal form or a word for a body (President Hotel Company is not a president called Hotel).
  const organisation = entity === 'organization' || legal.size > 0 || (entity !== 'person' && (firstTokens ?? []).some((t) => t.kind === 'generic'));
  const titled = !organisation && spellings.some((s) => hasOfficeTitle(s.text));
  return { original: name, property, strength, variants, legalForms: [...legal], script, native, titled, compounds: variants.some((v) => v.compounds === true), arabicCompound };
}
