/**
 * Russian, Ukrainian and Belarusian Cyrillic -> Latin, in the several romanisations that sanctions
 * lists and passports really use.
 *
 * Written by hand because any-ascii gives one romanisation only (Евгений -> evgeniy), while lists
 * hold Yevgeniy (BGN/PCGN), Evgeny (press), Evgenii (ICAO passports), Jewgeni (German) and
 * Evguéni (French) for the same man; the matcher tries each variant we return.
 * Input must be normalised (lower case), as normaliseText gives it.
 * @module
 */

type Table = Readonly<Record<string, string>>;

/** One romanisation system: a letter table plus the contexts that change a letter (maps: a record with Cyrillic keys was most of a name's romanising time). */
interface System {
  readonly letters: ReadonlyMap<string, string>;
  /** е ё ю я (є ї) at word start or after a vowel, ь or ъ, where they are pronounced with y-. */
  readonly iotated: ReadonlyMap<string, string>;
  /** Word endings replaced as a whole (checked longest first), e.g. -ий -> -y. */
  readonly endings: readonly (readonly [string, string])[];
  /** French only: г before е/и/й is written gu (Evguéni). */
  readonly guBeforeFront?: boolean;
}

const COMMON: Table = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'w',
};

function system(letters: Partial<Record<string, string>>, iotated: Table, endings: [string, string][], gu = false): System {
  const merged = new Map(Object.entries(COMMON));
  for (const [k, v] of Object.entries(letters)) if (v !== undefined) merged.set(k, v);
  const sys = { letters: merged, iotated: new Map(Object.entries(iotated)), endings };
  return gu ? { ...sys, guBeforeFront: true } : sys;
}

const Y_IOTATED: Table = { е: 'ye', ё: 'yo', ю: 'yu', я: 'ya', є: 'ye', ї: 'yi' };

/** Russian systems, most used first: the first gives the main form. */
const RUSSIAN_SYSTEMS: readonly System[] = [
  // BGN/PCGN, the usual form on US and UK lists: Yevgeniy Viktorovich Prigozhin.
  system({ ё: 'yo' }, Y_IOTATED, [['ий', 'iy'], ['ый', 'yy']]),
  // English press with y-: Yevgeny, Dmitry.
  system({ ё: 'yo' }, Y_IOTATED, [['ий', 'y'], ['ый', 'y']]),
  // Press / Wikipedia English: Evgeny, Dmitry, Khrushchev.
  system({ ё: 'e' }, { е: 'e', ё: 'e', ю: 'yu', я: 'ya' }, [['ий', 'y'], ['ый', 'y']]),
  // ICAO 9303 (Russian passports since 2013): Evgenii, Iurii, Mariia.
  system({ ё: 'e', й: 'i', ю: 'iu', я: 'ia', ъ: 'ie' }, { е: 'e', ё: 'e', ю: 'iu', я: 'ia' }, [['ий', 'ii']]),
  // Library / any-ascii style: Evgeniy.
  system({ ё: 'e' }, { е: 'e', ё: 'e', ю: 'yu', я: 'ya' }, [['ий', 'iy'], ['ый', 'yy']]),
  // German Duden: Jewgeni Prigoschin, Wladimir Wladimirowitsch.
  system(
    { в: 'w', ж: 'sch', й: 'j', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', ы: 'y', ю: 'ju', я: 'ja', ё: 'jo', з: 's' },
    { е: 'je', ё: 'jo', ю: 'ju', я: 'ja' },
    [['ий', 'i'], ['ый', 'y']],
  ),
  // French: Evguéni Prigojine, Vladimir Poutine.
  system(
    { ж: 'j', й: 'i', х: 'kh', ч: 'tch', ш: 'ch', щ: 'chtch', у: 'ou', ю: 'iou', я: 'ia', ё: 'io' },
    { е: 'e', ё: 'io', ю: 'iou', я: 'ia' },
    [['ий', 'i'], ['ый', 'y'], ['ин', 'ine']],
    true,
  ),
];

/** Ukrainian / Belarusian (і, ї, є, ґ, ў present): г is h, и is y. */
const UKRAINIAN_SYSTEMS: readonly System[] = [
  // KMU 2010 (Ukrainian passports): Volodymyr Zelenskyi, Yevhen.
  system({ г: 'h', и: 'y', ї: 'yi', й: 'i', ь: '' }, { є: 'ye', ї: 'yi', ю: 'yu', я: 'ya', е: 'e' }, [['ий', 'yi'], ['ій', 'ii']]),
  // Common English: Zelensky, Volodymyr, Yevhen.
  system({ г: 'h', и: 'y', ї: 'i', є: 'ie' }, { є: 'ye', ї: 'yi', ю: 'yu', я: 'ya', е: 'e' }, [['ий', 'y'], ['ій', 'iy']]),
  // Russian-style reading of г: Grigoriy, Gennadiy.
  system({ и: 'y', ї: 'yi' }, { є: 'ye', ї: 'yi', ю: 'yu', я: 'ya', е: 'e' }, [['ий', 'yi'], ['ій', 'iy']]),
];

const VOWELS = new Set(['а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'і', 'ї', 'є', 'ь', 'ъ']);
const FRONT = new Set(['е', 'и', 'й', 'і', 'є', 'ё']);
const UKRAINIAN_MARKERS = new Set(['і', 'ї', 'є', 'ґ', 'ў']);

function romaniseWord(word: string, sys: System): string {
  let stem = word;
  let tail = '';
  for (const [ending, latin] of sys.endings) {
    if (word.length > ending.length + 1 && word.endsWith(ending)) {
      stem = word.slice(0, -ending.length);
      tail = latin;
      break;
    }
  }
  let out = '';
  let prev = '';
  for (let i = 0; i < stem.length; i++) {
    const ch = stem[i] as string;
    const iot = prev === '' || VOWELS.has(prev) ? sys.iotated.get(ch) : undefined;
    let latin = iot ?? sys.letters.get(ch) ?? ch;
    if (ch === 'г' && sys.guBeforeFront === true && FRONT.has(stem[i + 1] ?? '')) latin = 'gu';
    out += latin;
    prev = ch;
  }
  return out + tail;
}

/** True when the text has a Cyrillic letter. */
export function hasCyrillic(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0400 && code <= 0x04ff) return true;
  }
  return false;
}

/** Latin capitals that look like Cyrillic ones, lower-cased (A B C E H K M O P T X Y). */
const CYRILLIC_LOOKALIKES: Readonly<Record<string, string>> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};

/**
 * Normalised Cyrillic text with each one-letter Latin word that looks like a Cyrillic letter made
 * that letter: lists typed by hand write the preposition of Общество С Ограниченной
 * Ответственностью with a Latin C, which then read "c" and hid the legal form. So is a word of
 * both alphabets whose Latin letters all look Cyrillic (OOO CTPATИM, typed half in Latin: СТРАТИМ).
 * Other Latin words in Cyrillic names are names of their own (ЗАО Intertech), and stay.
 *
 * @example cyrillicLookalikes('общество c ограниченной ответственностью') // 'общество с ограниченной ответственностью'
 * @example cyrillicLookalikes('ооо ctpatим') // 'ооо стратим'
 */
export function cyrillicLookalikes(text: string): string {
  return text
    .split(' ')
    .map((word) => CYRILLIC_LOOKALIKES[word] ?? (typedInBothAlphabets(word) ? [...word].map((ch) => CYRILLIC_LOOKALIKES[ch] ?? ch).join('') : word))
    .join(' ');
}

/** A word with Cyrillic letters whose every Latin letter has a Cyrillic look-alike. */
function typedInBothAlphabets(word: string): boolean {
  let latin = false;
  for (const ch of word) {
    if (ch >= 'a' && ch <= 'z') {
      if (CYRILLIC_LOOKALIKES[ch] === undefined) return false;
      latin = true;
    }
  }
  return latin && hasCyrillic(word);
}

function isUkrainianOrBelarusian(text: string): boolean {
  for (const ch of text) if (UKRAINIAN_MARKERS.has(ch)) return true;
  return false;
}

/**
 * Romanises normalised Cyrillic text in every system in use, main form first, deduplicated.
 * Non-Cyrillic characters pass through unchanged.
 *
 * @example romaniseCyrillic('евгений') // ['yevgeniy', 'yevgeny', 'evgeny', 'evgenii', 'evgeniy', 'jewgeni', 'evgueni']
 * @example romaniseCyrillic('володимир')[0] // 'volodymyr'
 */
export function romaniseCyrillic(text: string): string[] {
  const systems = isUkrainianOrBelarusian(text) ? UKRAINIAN_SYSTEMS : RUSSIAN_SYSTEMS;
  const words = text.split(' ');
  const seen = new Set<string>();
  for (const sys of systems) {
    seen.add(words.map((w) => romaniseWord(w, sys)).join(' '));
  }
  return [...seen];
}
