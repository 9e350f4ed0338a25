import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

/**
 * Country names as the lists write them -> ISO 3166-1 alpha-2 codes (lower case, as FtM stores
 * them). i18n-iso-countries holds the standard names; the table below adds the spellings that
 * sanctions lists use and that the standard does not (OFAC's "Korea, North", UN's long forms,
 * regions such as Crimea that OpenSanctions codes with user-assigned codes).
 * @module
 */

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

const EXTRA: ReadonlyMap<string, string> = new Map(Object.entries({
  'korea, north': 'kp', 'north korea': 'kp', dprk: 'kp',
  "democratic people's republic of korea": 'kp', "korea, democratic people's republic of": 'kp',
  'korea, south': 'kr', 'south korea': 'kr', 'republic of korea': 'kr', 'korea': 'kr',
  syria: 'sy', 'syrian arab republic': 'sy', burma: 'mm', myanmar: 'mm',
  iran: 'ir', 'iran (islamic republic of)': 'ir', 'islamic republic of iran': 'ir',
  'congo, democratic republic of the': 'cd', 'democratic republic of congo': 'cd', drc: 'cd',
  'congo, republic of the': 'cg', 'republic of the congo': 'cg',
  'russian federation': 'ru', russia: 'ru', ussr: 'suhh', 'soviet union': 'suhh',
  'united states': 'us', usa: 'us', 'united states of america': 'us',
  'united kingdom': 'gb', uk: 'gb', 'great britain': 'gb',
  'united kingdom of great britain and northern ireland': 'gb',
  'venezuela (bolivarian republic of)': 've', 'bolivia (plurinational state of)': 'bo',
  'tanzania, united republic of': 'tz', 'united republic of tanzania': 'tz',
  'lao people\'s democratic republic': 'la', laos: 'la', 'viet nam': 'vn', vietnam: 'vn',
  'moldova, republic of': 'md', 'republic of moldova': 'md', 'the former yugoslav republic of macedonia': 'mk',
  palestinian: 'ps', 'palestinian territories': 'ps', 'west bank': 'ps', gaza: 'ps', 'state of palestine': 'ps',
  'occupied palestinian territory': 'ps', 'gaza strip': 'ps',
  kosovo: 'xk', crimea: 'ua-cri', 'crimea region of ukraine': 'ua-cri',
  'donetsk people\'s republic': 'ua-dpr', 'luhansk people\'s republic': 'ua-lpr',
  turkey: 'tr', 'türkiye': 'tr', turkiye: 'tr', 'cote d\'ivoire': 'ci', "côte d'ivoire": 'ci', 'ivory coast': 'ci',
  'netherlands antilles': 'an', 'serbia and montenegro': 'csxx', yugoslavia: 'yucs',
  'czech republic': 'cz', czechia: 'cz', 'the gambia': 'gm', gambia: 'gm', 'the bahamas': 'bs',
  'british virgin islands': 'vg', 'virgin islands, british': 'vg', 'hong kong': 'hk', macau: 'mo', macao: 'mo',
  taiwan: 'tw', 'region: gaza': 'ps', 'region: west bank': 'ps', 'brunei darussalam': 'bn',
  'micronesia, federated states of': 'fm', 'holy see': 'va', 'vatican city': 'va',
  'saint kitts and nevis': 'kn', 'st. kitts and nevis': 'kn', 'saint vincent and the grenadines': 'vc',
  'curacao': 'cw', 'curaçao': 'cw', 'sint maarten': 'sx', 'eswatini': 'sz', 'swaziland': 'sz',
  'cabo verde': 'cv', 'cape verde': 'cv', 'timor-leste': 'tl', 'east timor': 'tl',
  'north macedonia': 'mk', macedonia: 'mk', 'bosnia-herzegovina': 'ba', 'bosnia and herzegovina': 'ba',
  'south sudan': 'ss', sudan: 'sd', 'libyan arab jamahiriya': 'ly', libya: 'ly',
}));

/** The ISO code of a country name, or undefined when the name is not a country. */
export function countryCode(name: string): string | undefined {
  const key = name.trim().replace(/\s+/g, ' ').replace(/\.$/, '').toLowerCase();
  if (key === '') return undefined;
  const extra = EXTRA.get(key);
  if (extra) return extra;
  if (/^[a-z]{2}$/.test(key) && countries.isValid(key.toUpperCase())) return key;
  const code = countries.getAlpha2Code(name.trim(), 'en');
  if (code) return code.toLowerCase();
  // "Iran (Islamic Republic of)" or "Korea, Republic of": drop the qualifier and try again.
  const stripped = key.replace(/\s*\(.*\)$/, '');
  if (stripped !== key) return countryCode(stripped);
  return undefined;
}

/** Lower case, without accents or punctuation: how a name's words are written once normalised. */
const foldCountryName = (name: string): string =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

let countryNameWords: Map<string, string> | undefined;

/**
 * The country that words of a name name ("hong kong", "ireland", "uk", as a normalised name writes
 * them), or undefined: a table lookup, for names are read word by word (countryCode reads every
 * country's names, about 20 µs a call). Never a two-letter code (AO, AL are name words) but UK.
 */
export function countryOfNameWords(words: string): string | undefined {
  if (!countryNameWords) {
    const table = new Map<string, string>();
    const add = (name: string, code: string): void => {
      const key = foldCountryName(name);
      if (key.length >= 3 || key === 'uk') table.set(key, code);
    };
    for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) for (const name of names) add(name, code.toLowerCase());
    for (const [name, code] of EXTRA) add(name, code);
    countryNameWords = table;
  }
  return countryNameWords.get(words);
}

/** The English name of a country code (for display and free-text search). */
export function countryName(code: string): string | undefined {
  return countries.getName(code.toUpperCase(), 'en') ?? undefined;
}
