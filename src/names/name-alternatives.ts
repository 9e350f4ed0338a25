/**
 * Other forms a written name stands for. Lists pack alternatives into one name string
 * ("Al-Qa'ida/Islamic Army"; the UN's "Azim Adhajani; Azim Agha-Jani" and "جبهة النصرة (the Victory
 * Front; Jabhat al-Nusrah; Al-Nusra Front)") and add qualifiers in parentheses ("Deutsche Bank
 * (Schweiz) AG"); each alternative, and the name without its qualifier, is a name the party is known by.
 * @module
 */
import { isJoiningWord } from './cut-short.js';
import { isEnglishWord } from './english-words.js';
import { isGenericOrgWord } from './generic-org-words.js';
import { legalFormOf } from './legal-forms.js';
import { tokeniseName, type NameToken } from './name-tokens.js';
import { normaliseText } from './normalise-text.js';
import { transliterate } from './transliterate.js';

/** The end of Lebanon's S.A.L./OFF-SHORE, after a slash. */
const OFFSHORE = /^\(?off[\s-]?shore\)?$/iu;
/** Letters a part around a slash needs to be a name, not half of "A/S" or "c/o". */
const MIN_SLASH_PART_LETTERS = 3;
/** More parts than this are a list or an address, not one party's names: each part costs a full comparison. */
const MAX_SLASH_PARTS = 6;
/** More names than this in one list are not read as names (the longest UN list of spellings has 9). */
const MAX_LISTED_NAMES = 12;
/** Words a listed name may have: more is a sentence ("prominently known by this nom de guerre"). */
const MAX_LISTED_NAME_WORDS = 10;

const letters = (text: string): number => text.match(/\p{L}/gu)?.length ?? 0;
const squeezed = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** One alternative form of a name. */
export interface NameAlternative {
  name: string;
  /**
   * A parenthesised qualifier was dropped to make it: "Bank of China Limited" from "Bank of China
   * (Hong Kong) Limited" stands for the bank where a name has no qualifier, not against "Bank of
   * China (Singapore) Limited", whose qualifier says it is another one.
   */
  droppedQualifier: boolean;
  /** The first qualifier dropped, without its brackets ("Hong Kong"). */
  qualifier?: string;
}

interface Brackets {
  /** The text outside every bracket. */
  outside: string;
  /** The content of each bracketed group, at any depth (the groups inside a group are in its content too). */
  groups: string[];
  /** The groups outside any other, in order. */
  outermost: string[];
}

/** The groups of a name in round or square brackets, nesting-aware; a bracket without its pair is text. */
function bracketsOf(text: string): Brackets {
  const groups: string[] = [];
  const outermost: string[] = [];
  const open: number[] = [];
  let outside = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '[') {
      open.push(i);
    } else if ((ch === ')' || ch === ']') && open.length > 0) {
      const group = text.slice(open.pop()! + 1, i);
      groups.push(group);
      if (open.length === 0) {
        outermost.push(group);
        outside += ' ';
      }
    } else if (open.length === 0) {
      outside += ch;
    }
  }
  // An unclosed bracket: what follows it is text.
  if (open.length > 0) outside += ` ${text.slice(open[0]! + 1)}`;
  return { outside: squeezed(outside), groups, outermost };
}

/** The outermost groups that qualify a name: not lists of names, nor enumerators. */
function qualifiersOf({ outermost }: Brackets): string[] {
  return outermost.filter((g) => !ENUMERATOR.test(g) && listedNames(g).length === 0);
}

/** A group that numbers an item of a list, not a qualifier: (c), (iv). */
const ENUMERATOR = /^\s*(?:[a-h]|[ivx]{1,4})\s*$/i;

/**
 * The names of a text that lists them with semicolons (at its own level, not inside its brackets),
 * each without its brackets; none when it lists none. Enumerators (b), c) go. A part with a colon or
 * a digit is a note (Date of birth: 25.5.1966), not a name.
 */
function listedNames(text: string): string[] {
  if (!text.includes(';')) return [];
  let depth = 0;
  const parts: string[] = [];
  let part = '';
  for (const ch of text.replace(/(^|[\s;])[a-h]\)\s*/gu, '$1; ')) {
    if (ch === '(' || ch === '[') depth += 1;
    else if ((ch === ')' || ch === ']') && depth > 0) depth -= 1;
    if (ch === ';' && depth === 0) {
      parts.push(part);
      part = '';
    } else {
      part += ch;
    }
  }
  parts.push(part);
  if (parts.length < 2) return [];
  const names = parts
    .map((p) => squeezed(p.replace(/\([a-h]\)/giu, ' ')))
    .filter((p) => letters(bracketsOf(p).outside) >= MIN_SLASH_PART_LETTERS && !/[:\d]/u.test(p) && p.split(' ').length <= MAX_LISTED_NAME_WORDS);
  return names.length <= MAX_LISTED_NAMES ? names : [];
}

/**
 * Words that join two names of one party in a record: Doing Business As, Trading As, Also Known As,
 * Formerly Known As ("MAHAN AIR DBA MAHAN AIRLINES", "ABC LTD F/K/A XYZ LTD"), as US business
 * records and payment parties write them; and Care Of, which joins a party and the one that
 * receives for it (JOHN SMITH C/O ROSOBORONEXPORT): either may be the listed one.
 */
const ALIAS_JOIN = /\s+(?:c\/o|care\s+of|d\/?b\/?a|t\/a|a\.?k\.?a\.?|f\.?k\.?a\.?|f\/k\/a|formerly(?:\s+known\s+as)?|also\s+known\s+as|trading\s+as|doing\s+business\s+as)\s+/iu;

/** The names a record joins with DBA, T/A, AKA, FKA or Formerly (see ALIAS_JOIN); none when it joins none. */
function aliasParts(text: string): string[] {
  const parts = text.split(ALIAS_JOIN).map(squeezed);
  return parts.length > 1 && parts.length <= MAX_SLASH_PARTS && parts.every((p) => letters(p) >= MIN_SLASH_PART_LETTERS) ? parts : [];
}

const isLatinLetter = (ch: string): boolean => /\p{Script=Latin}/u.test(ch);
const isLetter = (ch: string): boolean => /\p{L}/u.test(ch);
/** What stands between a name's two scripts: spaces, a dash, a slash, a comma. */
const SCRIPT_SEPARATOR = /^[\s\-\u2013\u2014/,;|]+|[\s\-\u2013\u2014/,;|]+$/gu;

/**
 * Words of a half that are not legal forms, titles or generic words: "OOO" is typed in Latin in
 * Cyrillic names, and "Товарищество с Ограниченной Ответственностью «ELEM GROUP»" is one name whose
 * Cyrillic half is its legal form alone (which had met every other Kazakh LLP at 1.0).
 */
function nameWordsOf(half: string, person: boolean): number {
  // A placeholder first word keeps the tokeniser from taking a legal form alone as the name.
  const { tokens } = tokeniseName(`x ${transliterate(half)}`, { entity: person ? 'person' : 'unknown' });
  return tokens.slice(1).filter((t) => t.kind === 'word' || t.kind === 'patronymic').length;
}

/**
 * The two halves of a name written in Latin letters and again in another script, one after the
 * other, as the EU writes Syrian and Korean listings ("Raji FALHOUT راجي فلحوط", "KIM Kwang Yon
 * 김광연"): whole, it left the other half's words over against either spelling, and "Kim Kwang Yon"
 * met it at 0.59. Both orders; each half whole words (ГOBOP mixes look-alike letters in one word),
 * the Latin one two name words or more and the other one at least (OOO ‘Меркурий’ is one name with
 * a Latin legal form), and no label ("Kazakh: ...").
 */
function scriptParts(text: string, person: boolean): string[] {
  // Most names are in one script: two cheap tests spare them the walk over their letters.
  if (!/[a-z]/iu.test(text) || !/[\u0370-\uffff]/u.test(text) || text.includes(':')) return [];
  const chars = [...text];
  // Index of the first letter of the second script run; -1 while none; the runs must be exactly two.
  let second = -1;
  let firstLatin: boolean | undefined;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (!isLetter(ch)) continue;
    const latin = isLatinLetter(ch);
    if (firstLatin === undefined) firstLatin = latin;
    else if (latin !== firstLatin && second < 0) second = i;
    else if (second >= 0 && latin === firstLatin) return [];
  }
  if (second < 0 || isLetter(chars[second - 1]!)) return [];
  let lastOfFirst = second - 1;
  while (!isLetter(chars[lastOfFirst]!)) lastOfFirst -= 1;
  // The second half starts at its word's first mark (an opening quote), after the space before it.
  let cut = second;
  while (cut > lastOfFirst + 1 && !/\s/u.test(chars[cut - 1]!)) cut -= 1;
  const head = chars.slice(0, cut).join('');
  const parts = [head, chars.slice(cut).join('')].map((p) => squeezed(p.replace(SCRIPT_SEPARATOR, '')));
  const latin = firstLatin ? parts[0]! : parts[1]!;
  const other = firstLatin ? parts[1]! : parts[0]!;
  const latinWords = nameWordsOf(latin, person);
  return latinWords >= 2 && latinWords <= MAX_LISTED_NAME_WORDS && nameWordsOf(other, person) >= 1 ? parts : [];
}

/** Whether a name carries a parenthesised qualifier. */
export function hasQualifier(name: string): boolean {
  return qualifiersOf(bracketsOf(name)).length > 0;
}

/** The tokens after a name's first comma (none without one); a placeholder first word keeps the tokeniser from taking forms alone as a name. */
function commaPartWords(name: string): readonly NameToken[] {
  const at = name.indexOf(',');
  if (at < 0) return [];
  return tokeniseName(`x ${normaliseText(name.slice(at + 1))}`, { entity: 'organization' }).tokens.slice(1);
}

/**
 * @example nameAlternatives("Al-Qa'ida/Islamic Army") // [{name: "Al-Qa'ida", droppedQualifier: false}, {name: 'Islamic Army', ...}]
 * @example nameAlternatives('Deutsche Bank (Schweiz) AG') // [{name: 'Deutsche Bank AG', droppedQualifier: true, qualifier: 'Schweiz'}]
 * @example nameAlternatives('Azim Adhajani; Azim Agha-Jani') // [{name: 'Azim Adhajani', ...}, {name: 'Azim Agha-Jani', ...}]
 * @example nameAlternatives('Maersk A/S') // []
 * @example nameAlternatives('MAHAN AIR DBA MAHAN AIRLINES') // [{name: 'MAHAN AIR', ...}, {name: 'MAHAN AIRLINES', ...}]
 *
 * `person`: a slash parts a person's name into names of two words or more only. One word either side
 * is a word's other spelling (Vladimir/ Volodymyr LIPCHENKO) or a ticket's SURNAME/GIVEN (PUTIN/VLADIMIR),
 * and alone it had met another one-word part at 1.0 (PUTIN/VLADIMIR ~ LIPCHENKO, through Vladimir).
 */
export function nameAlternatives(name: string, { person = false }: { person?: boolean } = {}): NameAlternative[] {
  const aliases = aliasParts(name);
  if (aliases.length > 1) return aliases.flatMap((part) => [{ name: part, droppedQualifier: false }, ...nameAlternatives(part, { person })]);
  const listed = listedNames(name);
  if (listed.length > 0) return listed.flatMap((part) => [{ name: part, droppedQualifier: false }, ...nameAlternatives(part, { person })]);
  const out: NameAlternative[] = [];
  const brackets = bracketsOf(name);
  const { outside, groups } = brackets;
  // Groups that list names give those names; the others (but enumerators) are qualifiers.
  const qualifiers = qualifiersOf(brackets);
  const droppedQualifier = outside !== name.trim() && qualifiers.length > 0;
  const qualifier = droppedQualifier ? squeezed(qualifiers[0]!) : undefined;
  const dropped = { droppedQualifier, ...(qualifier ? { qualifier } : {}) };
  if (outside !== name.trim() && letters(outside) > 0) out.push({ name: outside, ...dropped });
  const parts = outside.split('/').map((p) => p.trim());
  // S.A.L./OFF-SHORE is one legal form, not two names.
  const named = (p: string): boolean => letters(p) >= MIN_SLASH_PART_LETTERS && !OFFSHORE.test(p) && (!person || p.split(' ').length >= 2);
  if (parts.length > 1 && parts.length <= MAX_SLASH_PARTS && parts.every(named)) out.push(...parts.map((part) => ({ name: part, ...dropped })));
  out.push(...scriptParts(outside, person).map((part) => ({ name: part, ...dropped })));
  for (const group of groups) {
    for (const part of listedNames(group)) out.push({ name: bracketsOf(part).outside, droppedQualifier: false });
  }
  return out;
}

/**
 * The ship-type prefix a vessel's name is written with in shipping papers and the press (MV, M/V,
 * M.T., MT, MS, SS, FV, MFV): screened as "MV Naxos", the EU's vessel Naxos was held at 0.60, one
 * word met. For vessels only: MT Group or SS Trading are companies' names.
 */
const VESSEL_PREFIX = /^\s*(?:m\s*[./]?\s*[vst]|mts|ss|fv|mfv)\b\.?\s*(?=\p{L}|\d)/iu;

/** A vessel's name without its ship-type prefix, if it has one and something is left. */
export function withoutVesselPrefix(name: string): string | undefined {
  const match = VESSEL_PREFIX.exec(name);
  if (!match) return undefined;
  const rest = name.slice(match[0].length).trim();
  return rest.length > 0 ? rest : undefined;
}

/** Letters a place's longest word has at least (Baku, Hamburg). */
const MIN_PLACE_LETTERS = 4;
/**
 * Words each comma-separated part of a place may have (Hamburg Branch; Moscow, Russia; United Arab
 * Emirates): a longer part is more of the name, as a subsidiary's after its group (Academy of
 * Military Medical Sciences, Insitute of Medical Equipment, its typo hiding the word for a body).
 */
const MAX_PLACE_PART_WORDS = 3;
/** Words a place may have in all. */
const MAX_PLACE_WORDS = 6;

/** Words for a body that a place after a comma may hold (Hamburg Branch, Dubai Office). */
const PLACE_DESCRIPTORS: ReadonlySet<string> = new Set(['branch', 'office', 'head', 'representative', 'main', 'the', 'of']);

/** A body's name written "NAME, PLACE" (see commaQualified). */
export interface CommaQualified {
  name: string;
  /** The comma-separated parts after the first comma. */
  parts: string[];
  /** The name before the comma has a word for a body or a legal form (Bank Melli; Rosoboronexport JSC). */
  bodyWords: boolean;
}

/**
 * A name written "NAME, PLACE", as payment messages and customer records write a body's name with
 * its town or country ("ROSOBORONEXPORT, MOSCOW, RUSSIA"; "BANK MELLI, HAMBURG"): the name before
 * the first comma, and the parts of the rest, its qualifier. Undefined without a comma, with brackets (their
 * own alternatives), or when the rest is a legal form ("GLOBAL STAR, LLC"), a name's words ("AL-ZAWAHIRI,
 * AYMAN" is a person's; the caller reads this for bodies only) or longer than a place.
 * @example commaQualified('ROSOBORONEXPORT, MOSCOW, RUSSIA') // {name: 'ROSOBORONEXPORT', parts: ['MOSCOW', 'RUSSIA'], bodyWords: false}
 */
export function commaQualified(written: string): CommaQualified | undefined {
  const at = written.indexOf(',');
  if (at < 0 || /[([\])]/u.test(written)) return undefined;
  const name = squeezed(written.slice(0, at));
  const qualifier = squeezed(written.slice(at + 1));
  const restWords = normaliseText(qualifier).split(' ').filter(Boolean);
  if (letters(name) < MIN_SLASH_PART_LETTERS || restWords.length === 0 || restWords.length > MAX_PLACE_WORDS) return undefined;
  const rest = commaPartWords(written);
  // A place has a word of four letters or more, and no legal form (LLC, S.A. DE C.V., B.V.B.A),
  // initials (P.T.P. RAD) or word for a body: the EU names subsidiaries after their group
  // ("Tactical Missile Company, Joint Stock Company Plant Kulakov", "..., NPO Lightning").
  if (/["“”«»]/u.test(qualifier) || rest.some((t) => t.kind === 'legal' || t.kind === 'initial' || (t.kind === 'generic' && !PLACE_DESCRIPTORS.has(t.text)))) return undefined;
  if (!rest.some((t) => t.text.length >= MIN_PLACE_LETTERS)) return undefined;
  const parts = qualifier.split(',').map(squeezed).filter(Boolean);
  if (parts.some((p) => normaliseText(p).split(' ').length > MAX_PLACE_PART_WORDS)) return undefined;
  const bodyWords = normaliseText(name).split(' ').some((w) => isGenericOrgWord(w) || legalFormOf(w) !== undefined);
  return { name, parts, bodyWords };
}

/** Words of one town's or country's name at most (Ras al Khaimah; United Arab Emirates). */
const MAX_PLACE_NAME_WORDS = 4;
/** Words after a place that name the body's office there or the kind of place (LONDON BRANCH, DUBAI REPRESENTATIVE OFFICE, KANDAHAR PROVINCE). */
const PLACE_WORDS: ReadonlySet<string> = new Set(['branch', 'office', 'head', 'representative', 'main', 'province', 'region', 'oblast', 'district', 'governorate', 'city']);

/** How trailingPlace reads places: a town's or country's normalised words, and a two-letter code. */
export interface PlaceReaders {
  placeCountry: (words: string) => string | undefined;
  countryCode: (letters: string) => string | undefined;
}

/** A body's name written with its town or country after it and no comma (see trailingPlace). */
export interface TrailingPlace {
  name: string;
  /** The country codes of the places read, the last first. */
  countries: string[];
}

/**
 * A name written "NAME TOWN COUNTRY" with no comma, as payment messages and customer records write a
 * body's name (MAHAN AIR TEHRAN IRAN; SBERBANK MOSCOW; BANK MELLI IRAN LONDON BRANCH): the name
 * before each place read, the longest first, with the countries of the places after it.
 * `placeCountry` reads a place's normalised words (a town, see townCountry, or a country), and
 * `countryCode` a country's two-letter code, read only after a place (MOSCOW RU).
 * Undefined when no place ends the name, or with a comma or brackets (their own alternatives).
 * What is left must end in a word that does not join (BANK OF MOSCOW is a name) and hold a name
 * word: neither a word for a body nor a legal form (BANK MOSCOW is a bank's name, not a place's).
 * @example trailingPlace('MAHAN AIR TEHRAN IRAN', readers) // [{name: 'MAHAN AIR', countries: ['ir', 'ir']}]
 */
export function trailingPlace(written: string, { placeCountry, countryCode }: PlaceReaders): TrailingPlace[] {
  if (/[,([\])]/u.test(written)) return [];
  const pieces = squeezed(written).split(' ');
  const found: TrailingPlace[] = [];
  const countries: string[] = [];
  let end = pieces.length;
  // A country's two-letter code ends the place (MOSCOW RU), but only after a place's name: AO and AL are name words.
  const last = pieces[end - 1]!;
  if (end > 2 && /^\p{L}{2}$/u.test(last) && countryCode(last.toLowerCase()) !== undefined) end -= 1;
  while (end > 1) {
    let taken = 0;
    for (let n = Math.min(MAX_PLACE_NAME_WORDS, end - 1); n >= 1 && taken === 0; n--) {
      const phrase = pieces.slice(end - n, end);
      const code = phrase.every((p) => letters(p) > 0) ? placeCountry(normaliseText(phrase.join(' '))) : undefined;
      if (code === undefined) continue;
      countries.push(code);
      taken = n;
    }
    if (taken === 0 && PLACE_WORDS.has(normaliseText(pieces[end - 1]!))) taken = 1;
    if (taken === 0) break;
    end -= taken;
    const name = pieces.slice(0, end).join(' ');
    if (countries.length > 0 && standsAlone(name)) found.push({ name, countries: [...countries] });
  }
  return found;
}

/**
 * Whether what is left before a place is a name of its own (see trailingPlace): a name word, and
 * not one English word alone (UNITED RUSSIA read as United met UNITED COMPANY OJSC at 1.0; SBERBANK
 * MOSCOW is Sberbank, and RIDOTTO LLC MINSK Ridotto LLC).
 */
function standsAlone(name: string): boolean {
  const words = normaliseText(name).split(' ');
  if (/[&/\-]$/u.test(name) || isJoiningWord(words[words.length - 1] ?? '')) return false;
  const { tokens } = tokeniseName(words.join(' '), { entity: 'organization' });
  if (tokens.length === 1 && isEnglishWord(tokens[0]!.text)) return false;
  return tokens.some((t) => t.kind === 'word' && t.text.length >= MIN_SLASH_PART_LETTERS);
}

/** A web domain's ending written onto a name: crypto services go by their site's name (SINBAD.IO is OFAC's SINBAD). */
const WEB_DOMAIN_END = /^(.*\p{L}{2,})\.(?:io|com|net|org|cash|exchange|finance|ru|ir|info|biz|me|to|cc|xyz|app|su)$/iu;

/**
 * A query's body name without a web domain's ending (SINBAD.IO had met SINBAD at 0.60, its io a
 * word left over); undefined without one. For queries only: OFAC's YANDEX.MONEY is not Yandex.
 * @example withoutWebDomain('SINBAD.IO') // 'SINBAD'
 */
export function withoutWebDomain(name: string): string | undefined {
  const match = WEB_DOMAIN_END.exec(name.trim());
  return match && letters(match[1]!) >= MIN_SLASH_PART_LETTERS ? squeezed(match[1]!) : undefined;
}

/** Words that put a party's name in an address line: Attention, For the Attention Of, Care Of, For Further Credit. */
const ADDRESSEE_PREFIX = /^\s*(?:attn\b\.?|attention\b|f\.?a\.?o\.?(?=\s)|ffc\b|f\/f\/c\b|c\/o\b|care\s+of\b)\s*:?\s*/iu;

/**
 * A query's name without a leading Attention, Care Of or For Further Credit (see ADDRESSEE_PREFIX),
 * as payment lines write a party: ATTN ROSOBORONEXPORT had met JSC ROSOBORONEXPORT at 0.60 only,
 * one word of two. Undefined without one, or when nothing is left.
 * @example withoutAddresseePrefix('ATTN: ROSOBORONEXPORT') // 'ROSOBORONEXPORT'
 */
export function withoutAddresseePrefix(name: string): string | undefined {
  const match = ADDRESSEE_PREFIX.exec(name);
  if (!match) return undefined;
  const rest = squeezed(name.slice(match[0].length));
  return letters(rest) >= MIN_SLASH_PART_LETTERS ? rest : undefined;
}

/**
 * Honorifics that lists keep as part of some names, so the tokeniser does not drop them (the UN's
 * SAYYED MOHAMMED HAQQANI, whose Sayyed tells him from MOHAMMAD SALIM HAQQANI), but that the press
 * and records put before many others: Sayyed Ali Khamenei is the listed KHAMENEI, Ali.
 */
const KEPT_HONORIFICS: ReadonlySet<string> = new Set(['sayyed', 'seyyed', 'sayyad']);

/**
 * A query's person name without a leading kept honorific (see KEPT_HONORIFICS), when two words or
 * more are left; undefined otherwise.
 * @example withoutLeadingHonorific('SAYYED ALI KHAMENEI') // 'ALI KHAMENEI'
 */
export function withoutLeadingHonorific(name: string): string | undefined {
  const match = /^\s*(\S+)\s+(\S+\s+\S.*)$/u.exec(name);
  if (!match || !KEPT_HONORIFICS.has(normaliseText(match[1]!))) return undefined;
  return squeezed(match[2]!);
}
