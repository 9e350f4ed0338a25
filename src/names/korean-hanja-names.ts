/**
 * Korean names written in hanja (金正恩) -> Hangul (김정은), so they also get the Korean spellings of
 * a Hangul name (Kim Jong Un) besides their Chinese reading (jin zheng en). The character readings
 * come from the `hanja` package's table; what a table of characters does not say is here: which
 * names to read as Korean (a common Korean surname first, two to four characters in all) and that
 * the surname 金 reads 김, not 금 as in the word for gold.
 * @module
 */
import { createRequire } from 'node:module';

// Required, not imported: `hanja` is CommonJS with an `exports.default`, which Node's ESM import and
// Vitest's interop unwrap differently.
const { default: hanja } = createRequire(import.meta.url)('hanja') as typeof import('hanja');

/** Common Korean single-character surnames (the largest clans of the South Korean census; the same in the North). */
const KOREAN_SURNAMES = new Set([
  ...'金李朴崔鄭姜趙尹張林韓吳徐申權黃安宋全洪柳高文梁孫裵白許劉南沈盧河丁成車具郭禹朱任羅辛閔玄池延咸卓太康元都石桂方薛周魚陳馬千秦嚴蔡表片廉王明卞奇陸邊慶呂秋魯琴睦殷蘇孔皮房牟楊鞠吉宣晉夫',
]);

/** Readings that differ when the character is a surname. */
const SURNAME_READINGS: ReadonlyMap<string, string> = new Map(Object.entries({ 金: '김' }));

const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

/**
 * The Hangul reading of a name in hanja that reads as a Korean name, else undefined. The text is
 * normalised (spaces and the middle dot between surname and given name are ignored).
 *
 * @example readKoreanHanjaName('金正恩') // '김정은'
 * @example readKoreanHanjaName('崔龍海') // '최룡해'
 * @example readKoreanHanjaName('山田太郎') // undefined (no Korean surname first)
 */
export function readKoreanHanjaName(text: string): string | undefined {
  const name = text.replace(/[\s·・]/gu, '');
  const surname = name[0];
  if (!HAN_NAME.test(name) || surname === undefined || !KOREAN_SURNAMES.has(surname)) return undefined;
  const reading = hanja.translate(name, 'SUBSTITUTION');
  if (/\p{Script=Han}/u.test(reading)) return undefined;
  return (SURNAME_READINGS.get(surname) ?? reading[0]) + reading.slice(1);
}
