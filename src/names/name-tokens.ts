/**
 * Tokenising a name for matching: each token gets a kind, so the scorer can weight particles,
 * initials, legal forms, generic words and patronymics differently from name words.
 * Titles and honorifics (Mr, Sheikh, General, President ...) are dropped.
 * @module
 */
import { arabicCompounds, articlesApart } from './arabic-compounds.js';
import { isGenericOrgWord } from './generic-org-words.js';
import { splitLegalForms } from './legal-forms.js';
import { normaliseOrgWords, romanNumeralsAsDigits } from './org-word-forms.js';

export type TokenKind = 'word' | 'initial' | 'particle' | 'legal' | 'generic' | 'patronymic';

export interface NameToken {
  /** Normalised Latin text; for kind 'legal' the canonical code (llc, jsc ...). */
  readonly text: string;
  readonly kind: TokenKind;
}

export interface NameParts {
  readonly tokens: readonly NameToken[];
  /** The name was written "LAST, First": tokens stay in written order, this keeps the fact. */
  readonly surnameFirst: boolean;
  /** The form with the name's Arabic compounds written one way (see tokeniseNameForms). */
  readonly compounds?: true;
}

/** What the name belongs to: legal forms are looked for unless 'person', titles unless 'organization'. */
export type NameEntityKind = 'person' | 'organization' | 'unknown';

export interface TokeniseOptions {
  readonly surnameFirst?: boolean;
  readonly entity?: NameEntityKind;
  /** The name was written in Han, Hangul or kana: only those scripts' legal forms apply (see splitLegalForms). */
  readonly syllabic?: boolean;
}

/**
 * Titles and honorifics (normalised, several languages and transliterations). Words that are also
 * common surnames or given names (King, Major, Judge, Prince, Marshal, Sultan) are not here:
 * "Patricia King" keeps her name, and MAHMOOD SULTAN BASHIR-UD-DIN his.
 */
const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mister', 'dr', 'doctor', 'prof', 'professor', 'sir', 'lord', 'lady', 'dame',
  'sheikh', 'shaikh', 'shaykh', 'sheik', 'cheikh', 'haji', 'hajji', 'hadji', 'alhaji', 'alhaj', 'hajj',
  'mullah', 'mulla', 'maulvi', 'mawlawi', 'maulana', 'mawlana', 'mufti', 'imam', 'ayatollah', 'hojatoleslam',
  'general', 'gen', 'colonel', 'col', 'captain', 'capt', 'lieutenant', 'lt', 'sergeant',
  'sgt', 'admiral', 'brigadier', 'commander', 'cdr', 'president', 'presidente', 'prasident',
  'presiden', 'predsjednik', 'presedintele', 'elnok', 'prezident', 'minister', 'senator',
  'rev', 'reverend', 'excellency', 'hon', 'honourable', 'honorable', 'herr', 'frau', 'monsieur',
  'madame', 'mme', 'mlle', 'senor', 'senora', 'sr', 'sra', 'sayyid', 'sayed', 'seyed', 'syed',
  'gospodin', 'gospozha', 'tovarishch', 'emir', 'princess',
  // Senior General Min Aung Hlaing, Maj. Gen., Engr. (engineer, an honorific in South Asia and the Gulf).
  // Not Sayyed: the UN's SAYYED MOHAMMED HAQQANI would meet MOHAMMAD SALIM HAQQANI, another man, at 0.81.
  'senior', 'maj', 'engr',
]);

/** Whether a normalised word is a title or honorific (Sheikh, Seyed, Dr), which tokeniseName drops. */
export function isTitle(word: string): boolean {
  return TITLES.has(word);
}

/**
 * Titles of an office held by one person at a time (President, Prime Minister, King): "President
 * Putin" names one man, where a bare surname would not.
 */
const OFFICE_TITLES: ReadonlySet<string> = new Set([
  'president', 'presidente', 'prasident', 'presiden', 'predsjednik', 'presedintele', 'elnok', 'prezident',
  'premier', 'chancellor',
]);

/** Whether a normalised Latin spelling of a name carries an office title. */
export function hasOfficeTitle(latin: string): boolean {
  return latin.split(' ').some((word) => OFFICE_TITLES.has(word));
}

/**
 * Titles that are also family names (Sheikh, Haji, Sayed): last in a name written given name
 * first, after a name, they are the surname (Farid Sheikh, Ahmad Haji, Mohammad Sayed), which
 * dropping them left as a lone given name.
 */
const SURNAME_TITLES: ReadonlySet<string> = new Set([
  'sheikh', 'shaikh', 'shaykh', 'sheik', 'cheikh', 'haji', 'hajji', 'hadji', 'sayyid', 'sayed', 'seyed', 'syed', 'imam', 'mufti',
]);

/**
 * The words without their titles, but for a title that is a surname: the first name word of a
 * name written "LAST, First" (SHEIKH, Umair Naeem), a word after a particle (Muhammad al-Shaykh,
 * Elshafee el Sheikh), and one of SURNAME_TITLES last. A name of titles alone keeps them.
 */
function withoutTitles(words: string[], surnameFirst: boolean): string[] {
  const surnameAt = surnameFirst ? words.findIndex((w) => !PARTICLES.has(w)) : -1;
  const last = words.length - 1;
  const surnameLast = !surnameFirst && last > 0 && SURNAME_TITLES.has(words[last]!) && !TITLES.has(words[last - 1]!) ? last : -1;
  const untitled = words.filter((w, i) => !TITLES.has(w) || i === surnameAt || i === surnameLast || (i > 0 && PARTICLES.has(words[i - 1]!)));
  return untitled.length > 0 ? untitled : words;
}

/**
 * Particles of European surnames (van, de, ten). The last word of a person's name written given names
 * first is the surname, not a particle before one: Sergey Yurevich TEN, Nguyen Van LE.
 */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'de', 'der', 'den', 'del', 'della', 'dela', 'des', 'du', 'da', 'das', 'do', 'dos', 'di', 'la', 'le', 'lo', 'ter', 'ten', 'zu', 'mac',
]);

/** Name particles: low weight, and often joined to the next word (Abd al Rahman ~ Abdulrahman). */
const PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ul', 'ud', 'ur', 'an', 'ad', 'as', 'ash', 'az', 'bin', 'ibn', 'ben', 'bint', 'binti', 'abu',
  'abou', 'abd', 'ould', 'walad', ...SURNAME_PARTICLES,
  // "Of the faith", the second part of Salah al-Din, Shams ud Din (see arabicCompounds).
  'din',
  // Arabic "and", "and the": Jama'at Nusrat al-Islam wal-Muslimin / Jama'a Nusrat ul-Islam wa al-Muslimin.
  'wa', 'wal',
]);

/** @example isSurnameParticle('ten') // true; isSurnameParticle('al') // false (an Arabic article stays one) */
export function isSurnameParticle(word: string): boolean {
  return SURNAME_PARTICLES.has(word);
}

function isLastSurname(words: readonly string[], i: number, options: TokeniseOptions): boolean {
  return i > 0 && i === words.length - 1 && options.entity === 'person' && options.surnameFirst !== true && isSurnameParticle(words[i]!);
}

/**
 * "Son of" always follows a given name, so "Ben" opening a name written given name first is the
 * given name (Ben Netanyahu), not the particle of "Zine el Abidine Ben Ali".
 */
function isLeadingGivenName(words: readonly string[], options: TokeniseOptions): boolean {
  return words[0] === 'ben' && words.length > 1 && options.surnameFirst !== true && options.entity !== 'organization';
}

/**
 * Russian/Ukrainian/Belarusian patronymic endings in the romanisations we produce and lists use
 * (-ovich, -owitsch, -ovitch, -ovych, -ovna ...). Serbo-Croatian surnames end in -ovic/-evic, so
 * those endings are not here.
 */
const PATRONYMIC_ENDINGS: readonly string[] = [
  'ovich', 'evich', 'ovych', 'evych', 'owitsch', 'ewitsch', 'ovitch', 'evitch', 'ovitj', 'evitj',
  'owicz', 'ewicz', 'ovics', 'evics', 'ovna', 'evna', 'ivna', 'ichna',
];

function hasPatronymicEnding(token: string): boolean {
  if (token.length < 6) return false;
  for (const ending of PATRONYMIC_ENDINGS) if (token.endsWith(ending)) return true;
  return false;
}

/**
 * Index of the patronymic among word tokens, or -1. Needs three or more words; a surname can
 * have the same ending (Abramovich), so the first word never counts, and with two candidates the
 * second word wins ("Roman Arkadyevich Abramovich").
 */
function findPatronymic(words: readonly string[]): number {
  if (words.length < 3) return -1;
  const candidates: number[] = [];
  for (let i = 1; i < words.length; i++) if (hasPatronymicEnding(words[i] as string)) candidates.push(i);
  if (candidates.length === 0) return -1;
  return candidates.includes(1) ? 1 : (candidates[0] as number);
}

/**
 * One-letter words that join two words of an organisation's name: the Persian and Urdu ezafe
 * (Jaish-e-Mohammed, Jaish-i-Mohammed, Tehrik-e-Taliban) and "and" (Ricerca e Sviluppo, Promet i
 * Trgovina, Comercio y Servicios). Particles there, not initials: as initials, Jaish-e-Mohammed
 * and JAISH-I-MOHAMMED were held at 0.65, "a middle initial differs".
 */
const CONNECTORS: ReadonlySet<string> = new Set(['e', 'i', 'y']);

function kindOf(token: string, entity: NameEntityKind): TokenKind {
  if (token.length === 1 && token >= 'a' && token <= 'z') return 'initial';
  if (PARTICLES.has(token)) return 'particle';
  if (entity !== 'person' && isGenericOrgWord(token)) return 'generic';
  return 'word';
}

/**
 * Tokenises one normalised Latin spelling of a name (a latinVariants entry).
 *
 * @example tokeniseName('prigozhin yevgeniy viktorovich', { surnameFirst: true }).tokens
 *   // [{prigozhin, word}, {yevgeniy, word}, {viktorovich, patronymic}]
 * @example tokeniseName('ooo romashka').tokens // [{romashka, word}, {llc, legal}]
 * @example tokeniseName('sheikh j al qasimi').tokens // [{j, initial}, {al, particle}, {qasimi, word}]
 */
export function tokeniseName(latin: string, options: TokeniseOptions = {}): NameParts {
  const { words, legal } = nameWords(latin, options);
  return partsOf(words, legal, options);
}

/**
 * The name's tokens (as tokeniseName); when a word has an article joined to it, the tokens with the
 * article apart (Jaishul Adl -> jaish al adl, Saiful Islam -> saif al islam; see articlesApart),
 * compared as another spelling; and when the name has Arabic compounds, the tokens with each
 * compound written one way (Abd al-Aziz, Abdelaziz -> abdul aziz; see arabicCompounds), marked
 * `compounds`. The form as written is compared too: it keeps a typo in the compound (Adbelmalek ~
 * Abdelmalek) a typo.
 *
 * @example tokeniseNameForms('salah eddine gasmi').map((p) => p.tokens.map((t) => t.text))
 *   // [['salah', 'eddine', 'gasmi'], ['salah', 'din', 'gasmi']]
 */
export function tokeniseNameForms(latin: string, options: TokeniseOptions = {}): NameParts[] {
  const { words, legal } = nameWords(latin, options);
  const forms = [partsOf(words, legal, options)];
  const apart = articlesApart(words);
  if (apart !== undefined) forms.push(partsOf(apart, legal, options));
  const compounds = arabicCompounds(words);
  if (compounds.length !== words.length || compounds.some((w, i) => w !== words[i])) forms.push({ ...partsOf(compounds, legal, options), compounds: true });
  return forms;
}

/** The name's words without legal forms and titles, and its legal forms' codes. */
function nameWords(latin: string, options: TokeniseOptions): { words: string[]; legal: string[] } {
  const entity = options.entity ?? 'unknown';
  let words = latin === '' ? [] : latin.split(' ');
  let legal: string[] = [];
  if (entity !== 'person') {
    const split = splitLegalForms(words, options.syllabic);
    words = split.core;
    legal = split.legal;
  }
  // A name with a legal form is an organisation: "General Electric" keeps its General. So is a name
  // of unknown kind with a word for a body (Main Computing Center of the General Staff, a LegalEntity).
  const organisation = legal.length > 0 || (entity === 'unknown' && words.some((w) => isGenericOrgWord(w) && !TITLES.has(w)));
  if (entity !== 'organization' && !organisation) words = withoutTitles(words, options.surnameFirst === true);
  return { words, legal };
}

function partsOf(written: readonly string[], legal: readonly string[], options: TokeniseOptions): NameParts {
  const entity = options.entity ?? 'unknown';
  const orgLike = entity === 'organization' || legal.length > 0;
  // Organisations write acronyms with dots (A.B.C. -> a b c -> abc), abbreviations and numbers in
  // words, series numbers in Roman numerals. Roman numerals only when the name is surely not a
  // person's: Xi and Vi are names.
  const words = orgLike ? normaliseOrgWords(joinLetterRuns(romanNumeralsAsDigits(written))) : entity === 'unknown' ? normaliseOrgWords(joinLetterRuns(written)) : written;
  const patronymicAt = orgLike ? -1 : findPatronymic(words);
  const tokens: NameToken[] = words.map((text, i) => ({
    text,
    kind:
      i === patronymicAt
        ? 'patronymic'
        : (i === 0 && isLeadingGivenName(words, options)) || isLastSurname(words, i, options)
          ? 'word'
          : entity !== 'person' && CONNECTORS.has(text) && i > 0 && i < words.length - 1
            ? 'particle'
            : kindOf(text, orgLike ? 'organization' : entity),
  }));
  for (const code of legal) tokens.push({ text: code, kind: 'legal' });
  return { tokens, surnameFirst: options.surnameFirst ?? false };
}

/** Runs of two or more one-letter tokens joined into one (an acronym written with dots or spaces). */
function joinLetterRuns(words: readonly string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const word of words) {
    if (word.length === 1) {
      run += word;
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(word);
  }
  if (run) out.push(run);
  return out;
}

/**
 * Concatenations of 2 and 3 adjacent tokens, so spacing variants meet: 'abdul rahman' gives
 * 'abdulrahman', 'xi jin ping' gives 'xijin', 'jinping', 'xijinping', 'al qaida' gives 'alqaida'.
 */
export function joinedForms(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const pair = (tokens[i] as string) + (tokens[i + 1] as string);
    out.push(pair);
    if (i + 2 < tokens.length) out.push(pair + (tokens[i + 2] as string));
  }
  return out;
}

/** @example isPatronymicToken('viktorovich') // true (ending only; see tokeniseName for position) */
export function isPatronymicToken(token: string): boolean {
  return hasPatronymicEnding(token);
}
