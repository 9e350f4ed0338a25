import { describe, expect, it } from 'vitest';
import { readJapaneseKanjiName } from './japanese-kanji-names.js';
import { latinVariants } from './transliterate.js';

describe('readJapaneseKanjiName', () => {
  it('reads a kanji name the table knows, written as one word or two', () => {
    expect(readJapaneseKanjiName('山田太郎')).toBe('yamada taro');
    expect(readJapaneseKanjiName('岸田 文雄')).toBe('kishida fumio');
    expect(latinVariants('田中花子')).toEqual(['tian zhong hua zi', 'tanaka hanako']);
  });

  it('leaves Chinese names and unknown given names to the Chinese reading', () => {
    expect(readJapaneseKanjiName('习近平')).toBe(undefined);
    expect(readJapaneseKanjiName('山田近平')).toBe(undefined);
    expect(latinVariants('习近平')).toEqual(['xi jinping']);
  });
});
