/**
 * Any script -> Latin ASCII, as one main form (transliterate) or as the several spellings a list
 * may hold (latinVariants).
 *
 * Tables: any-ascii for most scripts (Greek, Hebrew, Georgian, Armenian, Indic, Thai, kana as
 * Hepburn, Han as pinyin). By hand, where any-ascii is not good enough for names:
 * Cyrillic (romanise-cyrillic.ts: several systems), Arabic/Persian (romanise-arabic.ts: article
 * and alef), Hangul (romanise-hangul.ts: RR finals, surname split), Han surnames below, and
 * Chinese names in Wade-Giles, given their pinyin spelling too (romanise-wade-giles.ts), Somali
 * names in Somali spelling, given their Arabic-style one too (read-somali.ts), and Japanese kanji
 * names from a table of common names (japanese-kanji-names.ts).
 * @module
 */
import anyAscii from 'any-ascii';
import { looksKoreanName, koreanNameKeys } from './korean-names.js';
import { normaliseText } from './normalise-text.js';
import { hasArabicScript, romaniseArabic, romaniseArabicOrgWords, romaniseEuropeanInArabic } from './romanise-arabic.js';
import { cyrillicLookalikes, hasCyrillic, romaniseCyrillic } from './romanise-cyrillic.js';
import { hasHangul, romaniseHangul, romaniseHangulLoanwords } from './romanise-hangul.js';
import { readSomaliSpelling } from './read-somali.js';
import { wadeGilesToPinyin } from './romanise-wade-giles.js';
import { palladiusReadings } from './romanise-palladius.js';
import { readJapaneseKanjiName } from './japanese-kanji-names.js';
import { readKoreanHanjaName } from './korean-hanja-names.js';
import { readChineseTranscription } from './read-chinese-transcription.js';
import { hasBurmese, romaniseBurmese } from './romanise-burmese.js';
import { segmentChineseOrgWords } from './chinese-org-words.js';
import { hasKhmer, romaniseKhmer } from './romanise-khmer.js';
import { readKatakanaLoanwords } from './read-katakana-loanword.js';
import { readRussianOrgWords } from './russian-org-words.js';
import { kontsevichReadings } from './romanise-kontsevich.js';

/** At most this many spellings come back from latinVariants. */
export const MAX_LATIN_VARIANTS = 8;

/**
 * Han characters read differently as a surname than as a word; any-ascii gives the word
 * reading (曾 -> ceng), lists the surname one (Zeng).
 */
const HAN_SURNAME_READINGS: Readonly<Record<string, string>> = {
  曾: 'zeng', 单: 'shan', 單: 'shan', 解: 'xie', 仇: 'qiu', 朴: 'piao', 区: 'ou', 區: 'ou', 查: 'zha',
  乐: 'yue', 樂: 'yue', 盖: 'ge', 蓋: 'ge', 缪: 'miao', 繆: 'miao', 翟: 'zhai', 覃: 'qin', 尉: 'yu',
};

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Han -> pinyin without tones. A 2–3 character word is read as a Chinese personal name,
 * surname + given name written together (习近平 -> xi jinping); longer words get one syllable
 * per character, which joinedForms puts back together.
 */
function romaniseHan(text: string): string {
  return text
    .split(' ')
    .map((word) => {
      const chars = [...word];
      if (!chars.every((c) => isHan(c.charCodeAt(0)))) return anyAscii(word);
      const syllables = chars.map((c) => anyAscii(c).toLowerCase());
      if (chars.length === 2 || chars.length === 3) {
        const surname = HAN_SURNAME_READINGS[chars[0] as string] ?? (syllables[0] as string);
        return `${surname} ${syllables.slice(1).join('')}`;
      }
      return syllables.join(' ');
    })
    .join(' ');
}

/**
 * A Chinese company name with the words of its business read as English (华为技术 -> hua wei
 * technology, see chinese-org-words.ts), the other characters as pinyin; undefined when no word is
 * read so.
 */
function romaniseHanOrgWords(text: string): string | undefined {
  let found = false;
  const words = text.split(' ').map((word) => {
    const segments = segmentChineseOrgWords(word);
    if (segments === undefined) return romaniseHan(word);
    found = true;
    return segments.map((s) => ('english' in s ? s.english : [...s.han].map((c) => anyAscii(c).toLowerCase()).join(' '))).join(' ');
  });
  return found ? words.join(' ') : undefined;
}

/**
 * Hebrew ב כ פ at word start are b k p (dagesh, never written); any-ascii reads them v kh f.
 * א and ע at word start carry a vowel (אחמד = Ahmad), which any-ascii drops.
 * Inside a word ו and י are mostly the vowels u/o and i (פוטין = Putin), any-ascii gives v and y;
 * ו is read as v too, in a second spelling.
 */
const HEBREW_INITIALS: Readonly<Record<string, string>> = { ב: 'b', כ: 'k', פ: 'p', א: 'a', ע: 'a' };

function romaniseHebrew(text: string, innerVav = 'u'): string {
  return text
    .split(' ')
    .map((w) => {
      const rest = w.slice(1).split('וו').join('v').split('ו').join(innerVav).split('י').join('i');
      return (HEBREW_INITIALS[w[0] ?? ''] ?? anyAscii(w.slice(0, 1))) + anyAscii(rest);
    })
    .join(' ');
}

/**
 * Greek writes foreign d, b, g and u as ντ, μπ, γκ, ου (Βλαντίμιρ = Vladimir); any-ascii spells
 * the letters (vlantimir), which we keep as the main form and add the sound form.
 */
const GREEK_DIGRAPHS: readonly (readonly [string, string])[] = [['ντ', 'd'], ['μπ', 'b'], ['γκ', 'g'], ['ου', 'u']];

function romaniseGreekSounds(text: string): string {
  let out = text;
  for (const [from, to] of GREEK_DIGRAPHS) out = out.split(from).join(to);
  return anyAscii(out);
}

/** The initials of Armenian legal forms, as their English forms: the EU lists «ՏԱԿՈ» ՍՊԸ beside Tako LLC. */
const ARMENIAN_LEGAL_FORMS: readonly (readonly [RegExp, string])[] = [
  [/(?<!\p{L})սպը(?!\p{L})/gu, 'llc'],
  [/(?<!\p{L})փբը(?!\p{L})/gu, 'cjsc'],
  [/(?<!\p{L})բբը(?!\p{L})/gu, 'ojsc'],
];

/**
 * Armenian as the lists and passports spell it in English: ու is u, ռ is r, and a word opens on
 * ye and vo where Ե and Ո start it (Ռուբեն = Ruben, Երվանդ = Yervand, Ոսկանյան = Voskanyan), with
 * legal forms in English. any-ascii spells the letters (rrowben, ervand, oskanyan, spy), which we
 * keep as the main form and add this one.
 */
function romaniseArmenianSounds(text: string): string {
  let english = text.toLowerCase();
  for (const [form, latin] of ARMENIAN_LEGAL_FORMS) english = english.replace(form, latin);
  english = english
    .replace(/(?<!\p{L})ե/gu, 'ye')
    .replace(/(?<!\p{L})ո(?!ւ)/gu, 'vo')
    .replace(/ու/gu, 'u')
    .replace(/ռ/gu, 'r')
    .replace(/և/gu, 'ev');
  return anyAscii(english);
}

function hasScript(text: string, from: number, to: number): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= from && code <= to) return true;
  }
  return false;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/**
 * A normalised organisation name with its words for what it is and does in English and the rest
 * romanised (Тульский оружейный завод: tul arms plant; 华为技术: hua wei technology; شركة حسن
 * عياش للصرافة: shrka hasan aiash exchange); none when it has none of those words.
 */
function orgReadings(text: string): string[] {
  if (hasCyrillic(text)) return readRussianOrgWords(text, (word) => romaniseCyrillic(word)[0] ?? word);
  const reading = hasArabicScript(text) ? romaniseArabicOrgWords(text) : hasHan(text) ? romaniseHanOrgWords(text) : undefined;
  return reading === undefined ? [] : [reading];
}

/**
 * A Latin spelling of a name and, when it is not a plain transliteration, how it was read:
 * 'loanword', a foreign name read back from a syllabic script by its loanword spelling rules (it
 * spells a whole foreign word, so it compares as a word, not syllable by syllable); 'translated', a
 * Cyrillic organisation name with its words read in English (its other words are romanised with
 * all their vowels, so it compares as Latin text, not with a transliteration's allowance for fuzzy
 * words). The Arabic and Chinese readings in English stay plain: their other words are spelt without
 * vowels or by syllable.
 */
export interface LatinSpelling {
  text: string;
  reading?: 'loanword' | 'translated';
  /** A Latin name read in another orthography, said in explanations: 'Somali spelling' (Xasan: hasan), 'Wade-Giles' (Hsi: xi). */
  readAs?: string;
}

const plain = (text: string): LatinSpelling => ({ text });
const loanword = (text: string): LatinSpelling => ({ text, reading: 'loanword' });

/** Key forms kept of a Cyrillic Korean name's readings: its final н's two readings make the many. */
const MAX_KOREAN_READINGS = 6;

/**
 * A Korean name as Russian writes it (Ким Чен Ын), read in the lists' Latin letters and given as
 * Korean key forms (see koreanNameKeys): only readings that look Korean, a surname among them.
 */
function koreanReadings(cyrillic: string): string[] {
  const keys = new Set<string>();
  for (const reading of kontsevichReadings(cyrillic)) {
    const tokens = reading.split(' ');
    if (looksKoreanName(tokens)) keys.add(koreanNameKeys(tokens).join(' '));
    if (keys.size === MAX_KOREAN_READINGS) break;
  }
  return [...keys];
}

/** Script-specific spellings of normalised text, main first, before the final ASCII pass. */
function spellScript(text: string): LatinSpelling[] {
  if (hasCyrillic(text)) {
    const cyrillic = cyrillicLookalikes(text);
    // The readings in English come second: when the spellings are too many, the least used romanisations (German, French) go.
    const [main = cyrillic, ...others] = romaniseCyrillic(cyrillic);
    const translated = orgReadings(cyrillic).map((reading): LatinSpelling => ({ text: reading, reading: 'translated' }));
    // A Chinese name as Russian writes it (Си Цзиньпин) is also read in pinyin (xi jinping).
    const pinyin = palladiusReadings(cyrillic);
    // Russian writes Arabic h as х too: a word opening with it is also read with h (Хамас, Hamas; Хезболла, Hezbollah).
    const withH = main.replace(/(^| )kh(?=[aeiouy])/g, '$1h');
    const arabicH = withH === main ? [] : [plain(withH)];
    return [plain(main), ...pinyin.map(plain), ...koreanReadings(cyrillic).map(plain), ...arabicH, ...translated, ...others.map(plain)];
  }
  if (hasArabicScript(text)) {
    // A European name's e and o written as long vowels, and a company's business in English, read too.
    const european = romaniseEuropeanInArabic(text);
    return [romaniseArabic(text), ...(european === undefined ? [] : [european]), ...orgReadings(text)].map(plain);
  }
  if (hasHangul(text)) {
    // A foreign name in Hangul is read back by the loanword orthography too (블라디미르 -> bladimir).
    return [plain(romaniseHangul(text)), ...romaniseHangulLoanwords(text).map(loanword)];
  }
  if (hasHan(text)) {
    // A kanji name the Japanese table knows is read both ways (山田太郎: shan tiantailang, yamada taro).
    // A foreign name in transcription characters is read back too (贝拉克·奥巴马 -> berak obama).
    const japanese = readJapaneseKanjiName(text);
    // A company's name has its business read as English too (华为技术 -> hua wei technology).
    return [
      ...[romaniseHan(text), ...(japanese === undefined ? [] : [japanese]), ...orgReadings(text)].map(plain),
      ...readChineseTranscription(text).map(loanword),
    ];
  }
  if (hasBurmese(text)) return romaniseBurmese(text).map(plain);
  if (hasKhmer(text)) return [plain(romaniseKhmer(text))];
  // ו inside a word is also the consonant v (דוד = David): both readings.
  if (hasScript(text, 0x0590, 0x05ff)) return [romaniseHebrew(text), romaniseHebrew(text, 'v')].map(plain);
  if (hasScript(text, 0x0370, 0x03ff)) return [anyAscii(text), romaniseGreekSounds(text)].map(plain);
  if (hasScript(text, 0x0530, 0x058f)) return [anyAscii(text), romaniseArmenianSounds(text)].map(plain);
  return [plain(text), ...readKatakanaLoanwords(text).map(loanword)];
}

/**
 * Spellings with equal text made one: a loanword reading stays one whichever way it was also
 * made; a reading in English that is also a romanisation (альфа банк: alfa bank) is a plain one,
 * and so is a reading in another orthography that is also the name as written.
 */
function mergeSpellings(spellings: readonly LatinSpelling[]): LatinSpelling[] {
  const byText = new Map<string, LatinSpelling>();
  for (const spelling of spellings) {
    if (spelling.text === '') continue;
    const seen = byText.get(spelling.text);
    if (seen === undefined) byText.set(spelling.text, spelling);
    else if (seen.reading !== 'loanword' && spelling.reading !== 'translated') byText.set(spelling.text, spelling.reading === 'loanword' ? spelling : plain(spelling.text));
  }
  return [...byText.values()];
}

/**
 * All Latin spellings of a name, normalised, deduplicated, main spelling first, at most
 * MAX_LATIN_VARIANTS, each with how it was read (see LatinSpelling). Accepts raw or normalised text.
 * For Korean-looking names the last spelling is the Korean key form (koreanNameKeys), which is a
 * matching key rather than a spelling.
 */
export function nameSpellings(text: string): LatinSpelling[] {
  const normalised = normaliseText(text);
  const ascii = isAscii(normalised);
  const wadeGiles = ascii ? wadeGilesToPinyin(text) : undefined;
  const somali = ascii ? readSomaliSpelling(normalised) : undefined;
  const spellings = ascii
    ? [plain(normalised), ...(wadeGiles === undefined ? [] : [{ text: wadeGiles, readAs: 'Wade-Giles' }]), ...(somali === undefined ? [] : [{ text: somali, readAs: 'Somali spelling' }])]
    : spellScript(normalised).map((s) => ({ ...s, text: normaliseText(isAscii(s.text) ? s.text : anyAscii(s.text)) }));
  const out = mergeSpellings(spellings).slice(0, MAX_LATIN_VARIANTS);
  const main = out[0];
  if (main !== undefined) {
    const tokens = main.text.split(' ');
    if (looksKoreanName(tokens)) {
      const keyForm = koreanNameKeys(tokens).join(' ');
      if (!out.some((s) => s.text === keyForm)) {
        if (out.length >= MAX_LATIN_VARIANTS) out.pop();
        out.push(plain(keyForm));
      }
    }
  }
  // A Korean name in hanja is also spelled as its Hangul reading is, key form included.
  const hangul = hasHan(normalised) ? readKoreanHanjaName(normalised) : undefined;
  if (hangul === undefined) return out;
  const [first, ...rest] = out;
  const asHangul = nameSpellings(hangul).map((s) => plain(s.text));
  return mergeSpellings([...(first === undefined ? [] : [first]), ...asHangul, ...rest]).slice(0, MAX_LATIN_VARIANTS);
}

/**
 * The texts of nameSpellings.
 *
 * @example latinVariants('Евгений') // ['yevgeniy', 'yevgeny', 'evgeny', 'evgenii', 'evgeniy', 'jewgeni', 'evgueni']
 * @example latinVariants('محمد') // ['muhammad']
 * @example latinVariants('김정은') // ['gim jeongeun', 'kim jongon'] (key form last)
 * @example latinVariants('Kim Jong-un') // ['kim jong un', 'kim jong on']
 * @example latinVariants('Mao Tse-tung') // ['mao tse tung', 'mao zedong']
 */
export function latinVariants(text: string): string[] {
  return nameSpellings(text).map((s) => s.text);
}

/**
 * Main Latin spelling of a name: the first of latinVariants.
 *
 * @example transliterate('Владимир Путин') // 'vladimir putin'
 * @example transliterate('Αλέξανδρος') // 'alexandros'
 */
export function transliterate(text: string): string {
  return latinVariants(text)[0] ?? '';
}
