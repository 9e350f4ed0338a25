/**
 * One written form for the words organisations write in several ways: abbreviations (Intl /
 * International, Bros / Brothers, Dept / Department, U.S. / United States) and numbers (Forty-Four
 * / 44, 1st / First). Applied to organisation names only: in a person's name "Don" or "St" is not
 * an abbreviation, and a person is not called "Forty".
 * @module
 */

/**
 * Abbreviations -> the full words. From the abbreviations in company and agency names of the
 * loaded lists and of the name benchmark's company cases, and the common ones in English business
 * usage (Intl, Bros, Mfg, Natl ...). Legal forms (Co, Corp, Inc, Ltd) are not here: legal-forms.ts
 * recognises them.
 */
const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  intl: ['international'],
  natl: ['national'],
  bros: ['brothers'],
  dept: ['department'],
  depts: ['departments'],
  govt: ['government'],
  assn: ['association'],
  assoc: ['association'],
  mfg: ['manufacturing'],
  univ: ['university'],
  hldgs: ['holdings'],
  mgmt: ['management'],
  svcs: ['services'],
  grp: ['group'],
  tech: ['technology'],
  chem: ['chemical'],
  pharma: ['pharmaceutical'],
  engg: ['engineering'],
  inds: ['industries'],
  hldg: ['holding'],
  mgt: ['management'],
  svc: ['service'],
  trdg: ['trading'],
  shpg: ['shipping'],
  st: ['saint'],
  ste: ['sainte'],
  mt: ['mount'],
  us: ['united', 'states'],
  usa: ['united', 'states'],
  uk: ['united', 'kingdom'],
  uae: ['united', 'arab', 'emirates'],
}));

/**
 * Names of a state that agencies and state companies are listed with, in full or short -> one word.
 * One word, not the full name (as UAE is), for a state's five words would outweigh the rest of an
 * agency's name (Reconnaissance General Bureau of the Democratic People's Republic of Korea met the
 * Central Bank of the same at 0.78). Not the Islamic Republic of Iran: as one word, it left the
 * names of IRISL's companies without their initials (IRISL GMBH lost its listings at 1.0).
 */
const STATE_NAMES: readonly (readonly [readonly string[], string])[] = [
  [['democratic', 'peoples', 'republic', 'of', 'korea'], 'dprk'],
  [['north', 'korea'], 'dprk'],
  [['union', 'of', 'soviet', 'socialist', 'republics'], 'ussr'],
  [['soviet', 'union'], 'ussr'],
  [['russian', 'federation'], 'russia'],
];

/**
 * The words for an airline, as Airlines: Mahan Air is Mahan Airlines or Mahan Airways in the press
 * and in payments, and Авиакомпания Белавиа reads "airline belavia" against Belavia Belarusian
 * Airlines. Air only as the last word, where it names the airline: read as Airlines anywhere, the
 * Syrian Arab Air Defense Forces met SYRIAN ARAB AIRLINES (0.84); Air Koryo keeps its Air.
 */
const AIRLINE_WORDS: ReadonlySet<string> = new Set(['airlines', 'airline', 'airways']);

function isAirlineWord(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  return AIRLINE_WORDS.has(word) || (word === 'air' && i > 0 && i === words.length - 1);
}

/** The state name that starts at words[i], if one does. */
function stateNameAt(words: readonly string[], i: number): readonly [readonly string[], string] | undefined {
  return STATE_NAMES.find(([phrase]) => phrase.every((w, k) => words[i + k] === w));
}

/** Number words in English -> their value (fourty: a frequent misspelling of forty). */
const UNITS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
}));
const TENS: ReadonlyMap<string, number> = new Map(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));

/** Ordinals written with digits -> the word (1st -> first), so they meet the spelled-out form. */
const ORDINAL_WORDS = [
  'zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth',
  'nineteenth', 'twentieth',
];

/** Roman numerals I-XX, as a series number ends a vessel's, fund's or company's name (Sparta IV, Fund I). */
const ROMAN_NUMERALS: ReadonlyMap<string, number> = new Map(
  ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'].map((r, i) => [r, i + 1]),
);

/** Words after which letters are a namesake's initials, not a number (named after VI Chapaev, imeni II Toropova). */
const NAMESAKE_MARKERS: ReadonlySet<string> = new Set(['after', 'imeni', 'im']);

/**
 * Roman numerals of a normalised organisation name's words as digits, so that a series number meets
 * its other spelling and is told from another number (Bicentenario XII / Bicentenario 12, not XIII).
 * Not the first word, nor after "named after"; a lone I, V or X only as the last word after a word
 * (Fund I): single letters elsewhere are initials (V. I. Kozlov).
 *
 * @example romanNumeralsAsDigits(['sparta', 'iv']) // ['sparta', '4']
 * @example romanNumeralsAsDigits(['named', 'after', 'vi', 'chapaev']) // unchanged
 */
export function romanNumeralsAsDigits(words: readonly string[]): string[] {
  return words.map((word, i) => {
    const value = i > 0 ? ROMAN_NUMERALS.get(word) : undefined;
    if (value === undefined || NAMESAKE_MARKERS.has(words[i - 1]!)) return word;
    if (word.length === 1 && (i !== words.length - 1 || words[i - 1]!.length === 1)) return word;
    return String(value);
  });
}

function ordinalWord(word: string): string | undefined {
  const match = /^(\d{1,2})(st|nd|rd|th)$/.exec(word);
  return match ? ORDINAL_WORDS[Number(match[1])] : undefined;
}

/** The value of a single digit 1-9 or a unit word, for the second half of "forty four" / "forty 4". */
function unitValue(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^[1-9]$/.test(word)) return Number(word);
  const value = UNITS.get(word);
  return value !== undefined && value >= 1 && value <= 9 ? value : undefined;
}

/**
 * Rewrites the words of a normalised organisation name: abbreviations expanded, a state's name as one word (see STATE_NAMES), cardinal number
 * words as digits ("forty four" and "forty 4" -> "44"), digit ordinals as words ("1st" -> "first").
 *
 * @example normaliseOrgWords(['brigade', 'forty', 'four']) // ['brigade', '44']
 * @example normaliseOrgWords(['1st', 'intl', 'bank']) // ['first', 'international', 'bank']
 */
export function normaliseOrgWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const tens = TENS.get(word);
    if (tens !== undefined) {
      const unit = unitValue(words[i + 1]);
      out.push(String(tens + (unit ?? 0)));
      if (unit !== undefined) i++;
      continue;
    }
    const unit = UNITS.get(word);
    if (unit !== undefined) {
      out.push(String(unit));
      continue;
    }
    const state = stateNameAt(words, i);
    if (state !== undefined) {
      out.push(state[1]);
      i += state[0].length - 1;
      continue;
    }
    const expanded = ABBREVIATIONS.get(word) ?? [isAirlineWord(words, i) ? 'airlines' : (ordinalWord(word) ?? word)];
    out.push(...expanded);
  }
  return out;
}
