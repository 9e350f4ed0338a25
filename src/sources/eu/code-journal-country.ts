import { countryCode } from '../../model/index.js';

/**
 * Nationalities as EU acts print them: mostly demonyms (`Russian`, `Iranian`), which
 * `countryCode` (country names) does not know. Lower-case demonym -> ISO code.
 */
const DEMONYMS: Record<string, string> = {
  afghan: 'af', afgan: 'af', algerian: 'dz', american: 'us', armenian: 'am', australian: 'au',
  austrian: 'at', azerbaijani: 'az', bahraini: 'bh', belarusian: 'by', belarussian: 'by',
  belgian: 'be', british: 'gb', bulgarian: 'bg', burkinabe: 'bf', burmese: 'mm', cambodian: 'kh',
  cameroonian: 'cm', canadian: 'ca', chadian: 'td', chinese: 'cn', colombian: 'co', croatian: 'hr',
  cuban: 'cu', cypriot: 'cy', czech: 'cz', dutch: 'nl', egyptian: 'eg', emirati: 'ae', eritrean: 'er',
  estonian: 'ee', ethiopian: 'et', filipino: 'ph', finnish: 'fi', french: 'fr', georgian: 'ge',
  german: 'de', greek: 'gr', guatemalan: 'gt', haitian: 'ht', honduran: 'hn', hungarian: 'hu',
  indian: 'in', indonesian: 'id', iranian: 'ir', iraqi: 'iq', israeli: 'il', italian: 'it',
  ivorian: 'ci', jordanian: 'jo', kazakh: 'kz', kenyan: 'ke', kuwaiti: 'kw', kyrgyz: 'kg',
  latvian: 'lv', lebanese: 'lb', libyan: 'ly', lithuanian: 'lt', malaysian: 'my', malian: 'ml',
  mauritanian: 'mr', moldovan: 'md', montenegrin: 'me', moroccan: 'ma', nicaraguan: 'ni',
  nigerian: 'ng', 'north korean': 'kp', norwegian: 'no', omani: 'om', pakistani: 'pk',
  palestinian: 'ps', polish: 'pl', portuguese: 'pt', qatari: 'qa', romanian: 'ro', russian: 'ru',
  rwandan: 'rw', 'saudi arabian': 'sa', saudi: 'sa', senegalese: 'sn', serbian: 'rs', somali: 'so',
  'south sudanese': 'ss', spanish: 'es', sudanese: 'sd', swedish: 'se', swiss: 'ch', syrian: 'sy',
  tajik: 'tj', tanzanian: 'tz', togolese: 'tg', tunisian: 'tn', turkish: 'tr', ugandan: 'ug',
  ukrainian: 'ua', uzbek: 'uz', uzbekistani: 'uz', venezuelan: 've', yemeni: 'ye', us: 'us',
};

// Hedges and enumeration marks around a country: `(a) German`, `Pakistani (presumed)`.
const HEDGE = /^(?:\(?[a-h]\)\s*|possibly\s+|allegedly\s+|assumed\s+|presumably\s+)|\s*\((?:presumed|probably)\)$|\.$/gi;
// `Ukrainian, Russian`, `Russian and Ukrainian`, `Syrian/Iranian`, `(a) Jordanian (b) American`.
const SEPARATOR = /\s*(?:,|\/|\band\/or\b|\band\b|;|\(?\b[a-h]\))\s*/i;

/**
 * ISO codes for a country cell value (a country name, a demonym, or a list of them), or undefined
 * when any part is not a country, so that the caller keeps the act's own text instead.
 */
export function codeJournalCountry(text: string): string[] | undefined {
  const one = codeOne(text);
  if (one) return [one];
  const parts = text.split(SEPARATOR).filter((p) => p.trim() !== '');
  if (parts.length < 2) return undefined;
  const codes: string[] = [];
  for (const part of parts) {
    const code = codeOne(part);
    if (!code) return undefined;
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

function codeOne(text: string): string | undefined {
  const clean = text.replace(/[’‘]/g, "'").replace(HEDGE, '').trim();
  if (clean === '') return undefined;
  return DEMONYMS[clean.toLowerCase()] ?? countryCode(clean);
}
