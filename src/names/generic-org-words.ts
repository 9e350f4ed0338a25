/**
 * Words common to many organisation names (Trading, Group, International ...): the scorer should
 * weight them low, but keep them, since "X Trading" and "X Bank" are different entities.
 * @module
 */

import { latinVariants } from './transliterate.js';

/**
 * The same in Russian, in their own script: their Latin spellings are added at load time (группа
 * -> gruppa, grouppa), so "ЧВК «Вагнер»" and "Группа Вагнера" are Wagner with descriptors.
 */
/** Turkish words for a business -> the English word they meet (Kartal Ticaret ~ Kartal Trading). */
const TURKISH_BUSINESS_WORDS: ReadonlyMap<string, string> = new Map([
  ['ticaret', 'trade'], ['ticareti', 'trade'], ['sanayi', 'industry'], ['sanayii', 'industry'], ['ithalat', 'import'],
  ['ihracat', 'export'], ['yatirim', 'investment'], ['lojistik', 'logistics'], ['enerji', 'energy'],
]);

/**
 * Spanish words for a business -> the English word they meet, or themselves: the descriptors of the
 * Mexican and Latin American companies OFAC lists by the hundred (Comercializadora, Inmobiliaria,
 * Operadora ... S.A. de C.V.).
 */
const SPANISH_BUSINESS_WORDS: ReadonlyMap<string, string> = new Map([
  ['comercializadora', 'trade'], ['comercial', 'commercial'], ['servicios', 'service'], ['inversiones', 'investment'],
  ['importadora', 'import'], ['exportadora', 'export'], ['inmobiliaria', 'inmobiliaria'], ['distribuidora', 'distribuidora'],
  ['constructora', 'constructora'], ['operadora', 'operadora'], ['transportes', 'transportes'], ['desarrollos', 'development'],
]);

/** Spanish words for what kind of body it is (Grupo, Corporativo), weighed as Group and Company are. */
const SPANISH_GENERIC_WORDS = ['grupo', 'corporativo', 'corporacion', 'empresa', 'empresarial', 'consorcio', 'internacional', 'compania', 'sociedad'];

/** Russian abbreviations for what a body does: oil company, research and production body, design bureau, trading house. */
const RUSSIAN_ABBREVIATED_BUSINESS = ['нк', 'нпо', 'нпп', 'нпк', 'нпц', 'окб', 'кб', 'тд'];

const CYRILLIC_GENERIC_WORDS = [
  'группа', 'компания', 'частная', 'военная', 'чвк', 'завод', 'центр', 'институт', 'холдинг', 'банк',
  'предприятие', 'объединение', 'научно', 'производственное', 'государственное', 'федеральное', 'унитарное',
  // What Russian names abbreviate (НК «Роснефть», НПО «Алмаз», Концерн «Калашников»): нефтяная
  // компания, научно-производственное объединение / предприятие / компания / центр, (опытное)
  // конструкторское бюро, группа компаний, торговый дом.
  ...RUSSIAN_ABBREVIATED_BUSINESS, 'гк', 'концерн', 'торговый',
];

/** Normalised Latin generic organisation words. */
export const GENERIC_ORG_WORDS: ReadonlySet<string> = new Set([
  ...CYRILLIC_GENERIC_WORDS.flatMap((word) => latinVariants(word)),
  'pmc', 'concern',
  'trading', 'trade', 'company', 'group', 'international', 'intl', 'holding', 'holdings', 'industries',
  'industry', 'industrial', 'bank', 'enterprise', 'enterprises', 'services', 'service', 'investment',
  'investments', 'general', 'import', 'export', 'global', 'management', 'partners', 'technologies',
  'technology', 'solutions', 'systems', 'shipping', 'logistics', 'energy', 'resources', 'development',
  'capital', 'finance', 'financial', 'commercial', 'foundation', 'association', 'organization',
  'organisation', 'national', 'the', 'and', 'of', 'for', 'et', 'und',
  // Descriptors of what a body is rather than which one: "PRIVATE MILITARY COMPANY 'WAGNER'",
  // "FEDERAL STATE UNITARY ENTERPRISE ... RESEARCH INSTITUTE".
  'private', 'military', 'state', 'federal', 'unitary', 'research', 'scientific', 'production', 'plant',
  'factory', 'centre', 'center', 'institute',
  // Turkish company names (... Sanayi ve Ticaret, ... Iç ve Dış Ticaret: industry and trade,
  // domestic and foreign trade), weighed as their English counterparts.
  ...TURKISH_BUSINESS_WORDS.keys(), 've', 'ic', 'dis',
  ...SPANISH_BUSINESS_WORDS.keys(), ...SPANISH_GENERIC_WORDS,
  // French, Italian and Portuguese for a company or a group (Societe Ellissa Group Congo).
  'societe', 'societa', 'sociedade', 'compagnie', 'groupe', 'gruppo',
]);

/** @example isGenericOrgWord('trading') // true */
export function isGenericOrgWord(token: string): boolean {
  return GENERIC_ORG_WORDS.has(token);
}

/**
 * Generic words that say what business a body is in: "X Bank" and "X Trading", "BAE Systems" and
 * "BAE Industries" are two companies. Not the words for what kind of body it is (Group, Company,
 * PMC, Holding, State): "Wagner Group" is "PMC Wagner".
 */
const BUSINESS_WORDS: ReadonlySet<string> = new Set([
  'trading', 'trade', 'industries', 'industry', 'industrial', 'bank', 'services', 'service', 'investment',
  'investments', 'import', 'export', 'management', 'partners', 'technologies', 'technology', 'solutions',
  'systems', 'shipping', 'logistics', 'energy', 'resources', 'development', 'capital', 'finance', 'financial',
  'commercial', 'foundation', 'association', 'research', 'plant', 'factory', 'institute',
  ...['банк', 'завод', 'институт', ...RUSSIAN_ABBREVIATED_BUSINESS].flatMap((word) => latinVariants(word)),
  ...TURKISH_BUSINESS_WORDS.keys(),
  ...SPANISH_BUSINESS_WORDS.keys(),
]);

/** @example isBusinessWord('bank') // true; isBusinessWord('group') // false */
export function isBusinessWord(token: string): boolean {
  return BUSINESS_WORDS.has(token);
}


/** Inflected forms of the words for a business -> one form. */
const BUSINESS_WORD_FORMS: ReadonlyMap<string, string> = new Map([
  ['technologies', 'technology'], ['trading', 'trade'], ['industries', 'industry'], ['industrial', 'industry'],
  ['services', 'service'], ['investments', 'investment'], ['financial', 'finance'],
]);

/**
 * One form for the inflections of a word for a business, and for its Turkish or Spanish form, so two of them
 * meet (Huawei Technology ~ HUAWEI TECHNOLOGIES, Shanghai Trading ~ SHANGHAI TRADE, Kartal Trading ~
 * KARTAL TICARET): compared as written, they would count as
 * two businesses. Only in the comparison: a misspelt query word (TRADINB) still meets the listed
 * word as written.
 *
 * @example businessWordStem('technologies') // 'technology'
 */
export function businessWordStem(word: string): string {
  const english = TURKISH_BUSINESS_WORDS.get(word) ?? SPANISH_BUSINESS_WORDS.get(word) ?? word;
  return BUSINESS_WORD_FORMS.get(english) ?? english;
}
