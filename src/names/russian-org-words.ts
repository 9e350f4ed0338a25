/**
 * The words Russian and Belarusian organisation names are made of, with the English words the
 * same bodies' English names use: АО «Тульский оружейный завод» is Tula Arms Plant, Федеральное
 * казенное предприятие «Пермский пороховой завод» is Federal State Enterprise Perm Powder Plant.
 * Romanised, these words (oruzheynyy zavod) meet nothing in an English name; the EU list gives
 * many bodies only in Russian and in English, so a query in one finds a listing in the other
 * only when the words are read as English.
 *
 * Written here: no package translates this vocabulary. The stems were taken from the Russian and
 * English names of the same listings on the EU list; a word is its stem plus an ending of the
 * stem's declension (завод, завода; химический, химическая, химического). The words of legal forms
 * (акционерное общество, автономная некоммерческая организация) are left to legal-forms.ts, which
 * knows them romanised, except where the English reads as the English form (федеральное
 * государственное унитарное предприятие: federal state unitary enterprise).
 * @module
 */

/** Stems of nouns and adjectives (normalised: lower case, ё kept) -> the English word. */
const STEMS: ReadonlyMap<string, string> = new Map([
  // What a body is.
  ['завод', 'plant'], ['комбинат', 'plant'], ['фабрик', 'factory'], ['институт', 'institute'], ['бюро', 'bureau'],
  ['центр', 'center'], ['компани', 'company'], ['кампані', 'company'], ['корпораци', 'corporation'], ['концерн', 'concern'],
  ['объединени', 'association'], ['предприяти', 'enterprise'], ['прадпрыемств', 'enterprise'], ['холдинг', 'holding'],
  ['банк', 'bank'], ['агентств', 'agency'], ['групп', 'group'], ['служб', 'service'], ['управлени', 'directorate'],
  ['министерств', 'ministry'], ['академи', 'academy'], ['университет', 'university'], ['лаборатори', 'laboratory'],
  ['флот', 'fleet'], ['порт', 'port'], ['штаб', 'staff'], ['авиакомпани', 'airline'], ['авіякампані', 'airline'],
  // What it does.
  ['оборон', 'defence'], ['технологи', 'technology'], ['систем', 'systems'], ['решени', 'solutions'], ['электроник', 'electronics'],
  ['нефт', 'oil'], ['связ', 'communications'], ['транспорт', 'transport'], ['торговл', 'trade'], ['экспорт', 'export'],
  ['импорт', 'import'], ['инжиниринг', 'engineering'], ['ремонт', 'repair'], ['судоремонт', 'ship repair'],
  ['судостроени', 'shipbuilding'], ['приборостроени', 'instrument making'], ['машиностроени', 'machine building'],
  ['строительств', 'construction'], ['снабжени', 'supply'],
  // Adjectives.
  ['химическ', 'chemical'], ['механическ', 'mechanical'], ['оптико', 'optical'], ['электромеханическ', 'electromechanical'],
  ['машиностроительн', 'machine building'], ['приборостроительн', 'instrument making'], ['судостроительн', 'shipbuilding'],
  ['авиастроительн', 'aircraft'], ['самолетостроительн', 'aircraft building'], ['самолётостроительн', 'aircraft building'],
  ['авиационн', 'aviation'], ['ремонтн', 'repair'], ['оружейн', 'arms'], ['патронн', 'cartridge'], ['порохов', 'powder'],
  ['тракторн', 'tractor'], ['вертолетн', 'helicopter'], ['вертолётн', 'helicopter'], ['вертолет', 'helicopters'], ['вертолёт', 'helicopters'], ['радиоприборн', 'radio instrument'], ['радиотехническ', 'radio engineering'], ['электронн', 'electronic'],
  ['телекоммуникационн', 'telecommunication'], ['научн', 'scientific'], ['исследовательск', 'research'],
  ['производственн', 'production'], ['конструкторск', 'design'], ['проектн', 'design'], ['экспериментальн', 'experimental'],
  ['специальн', 'special'], ['технологическ', 'technological'], ['центральн', 'central'], ['государственн', 'state'],
  ['федеральн', 'federal'], ['казенн', 'state'], ['казённ', 'state'], ['главн', 'main'], ['генеральн', 'general'],
  ['объединенн', 'united'], ['объединённ', 'united'], ['национальн', 'national'], ['международн', 'international'],
  ['коммерческ', 'commercial'], ['торгов', 'trading'], ['промышленн', 'industrial'], ['нефтян', 'oil'], ['газов', 'gas'],
  ['транспортн', 'transport'], ['морск', 'sea'], ['речн', 'river'], ['военн', 'military'], ['вооруженн', 'armed'],
  ['вооружённ', 'armed'], ['космическ', 'space'], ['воздушн', 'air'], ['ракетн', 'missile'], ['атомн', 'atomic'],
  ['ядерн', 'nuclear'], ['энергетическ', 'energy'], ['финансов', 'financial'], ['инвестиционн', 'investment'],
  ['страхов', 'insurance'], ['частн', 'private'], ['металлургическ', 'metallurgical'], ['металургічн', 'metallurgical'],
  ['калийн', 'potash'], ['калійн', 'potash'], ['унитарн', 'unitary'], ['бюджетн', 'budgetary'], ['учреждени', 'institution'],
  ['образовательн', 'educational'], ['станкостроительн', 'machine tool'], ['табачн', 'tobacco'], ['приборн', 'instrument'],
  ['автоматик', 'automation'], ['автоматическ', 'automatic'], ['автоматизированн', 'automated'], ['гидравлик', 'hydraulics'],
  ['техническ', 'technical'], ['телемеханическ', 'telemechanical'], ['устройств', 'devices'], ['информаци', 'information'],
  ['аэронавигационн', 'air navigation'], ['комплекс', 'complex'], ['лини', 'lines'],
  ['филиал', 'branch'], ['отделени', 'branch'], ['фонд', 'fund'], ['союз', 'union'], ['организаци', 'organization'],
  ['наук', 'sciences'], ['академик', 'academician'], ['физик', 'physics'], ['физико', 'physical'], ['хими', 'chemistry'],
  ['развити', 'development'], ['исследовани', 'research'], ['защит', 'protection'], ['поддержк', 'support'],
  ['информационн', 'information'], ['инновационн', 'innovative'], ['автомобильн', 'automobile'], ['авиаци', 'aviation'],
  ['беспилотн', 'unmanned'], ['судоремонтн', 'ship repair'], ['судоходн', 'shipping'], ['прибор', 'instruments'],
  ['измерительн', 'measuring'], ['точн', 'precision'], ['опытн', 'experimental'], ['радиозавод', 'radio plant'],
  ['нефтеперерабатывающ', 'oil refinery'], ['управляющ', 'management'], ['холдингов', 'holding'], ['общественн', 'public'],
  ['вооружени', 'armament'], ['бронетанков', 'armored'], ['войск', 'troops'], ['нефтегазов', 'oil gas'],
  // Armed forces and movements.
  ['сил', 'forces'], ['арми', 'army'], ['гвардейск', 'guards'], ['фронт', 'front'], ['движени', 'movement'],
  ['ополчени', 'militia'], ['народн', 'peoples'], ['федераци', 'federation'], ['республик', 'republic'],
  // Adjectives of countries and regions, which the rule for places below would misread.
  ['всероссийск', 'all russian'], ['российск', 'russian'], ['русск', 'russian'], ['белорусск', 'belarusian'],
  ['беларуск', 'belarusian'], ['дальневосточн', 'far eastern'], ['сибирск', 'siberian'], ['северн', 'northern'],
  ['южн', 'southern'], ['западн', 'western'], ['восточн', 'eastern'], ['московск', 'moscow'], ['нижегородск', 'nizhny novgorod'],
  ['вологодск', 'vologda'], ['петербургск', 'petersburg'], ['прибалтийск', 'baltic'],
]);

/** Endings of the declensions of these stems, longest first (the bare stem is one too: завод, бюро). */
const ENDINGS = [
  'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ами', 'ями',
  'ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ым', 'им', 'ую', 'юю', 'ом', 'ем', 'ов', 'ев', 'ей',
  'ам', 'ям', 'ах', 'ях', 'ія', 'ай', 'ае',
  'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'і', 'о', 'ь', 'й', '',
];

/** Words after which a name is a person's (Завод имени Дзержинского: named after Dzerzhinsky), not a place. */
const NAMED_AFTER: ReadonlySet<string> = new Set(['имени', 'им', 'імя']);

/** Adjective endings after -ск-: Тульский, Пермская, Муромского. */
const PLACE_ADJECTIVE = /^(.{3,}?)ь?ск(ий|ая|ое|ие|ого|ой|ому|их|ую|ім|і|ае|ая)$/;

/** The English word for a Russian or Belarusian word of an organisation's name, if the table has its stem. */
function englishOf(word: string): string | undefined {
  // The EU list writes Belarusian і as a Latin i (кампанiя).
  const cyrillic = word.replace(/i/g, 'і');
  for (const ending of ENDINGS) {
    if (cyrillic.length <= ending.length || !cyrillic.endsWith(ending)) continue;
    const english = STEMS.get(cyrillic.slice(0, cyrillic.length - ending.length));
    if (english !== undefined) return english;
  }
  return undefined;
}

/**
 * A Russian or Belarusian organisation name read in English, as far as the table knows its words:
 * known words in English, adjectives of places (-ский) as the place's stem, other words as
 * `romanise` spells them; none when no word is known (a person's name, a bare brand name). The
 * place stem meets the English place name letter for letter (Пермский: perm, Саратовский:
 * saratov) or within the typo the scorer allows (Тульский: tul ~ Tula); a name with such an
 * adjective is read a second time with -sk after the stem, for the many places named so
 * (Брянский: bryansk, Омский: omsk), which the adjective cannot tell from the others.
 *
 * @example readRussianOrgWords('ао тульский оружейный завод', romanise) // ['ao tul arms plant', 'ao tulsk arms plant']
 */
export function readRussianOrgWords(text: string, romanise: (word: string) => string): string[] {
  const words = text.split(' ');
  const english = words.map(englishOf);
  if (!english.some((word) => word !== undefined)) return [];
  const places = words.map((word, i) => (english[i] !== undefined || NAMED_AFTER.has(words[i - 1] ?? '') ? undefined : PLACE_ADJECTIVE.exec(word)?.[1]));
  const reading = (placeEnding: string): string =>
    words.map((word, i) => english[i] ?? (places[i] !== undefined ? romanise(places[i]!) + placeEnding : romanise(word))).join(' ');
  return places.some((place) => place !== undefined) ? [reading(''), reading('sk')] : [reading('')];
}
