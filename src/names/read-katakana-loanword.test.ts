import { describe, expect, it } from 'vitest';
import { readKatakanaLoanwords } from './read-katakana-loanword.js';
import { latinVariants, nameSpellings } from './transliterate.js';

const loanwordReadings = (name: string): string[] => nameSpellings(name).filter((s) => s.reading === 'loanword').map((s) => s.text);

describe('readKatakanaLoanwords', () => {
  it('drops the vowel katakana adds after a final consonant', () => {
    expect(readKatakanaLoanwords('バラク・オバマ')).toEqual(['barak obama', 'balak obama']);
    expect(latinVariants('バラク・オバマ')).toEqual(['baraku obama', 'barak obama', 'balak obama']);
    expect(loanwordReadings('バラク・オバマ')).toEqual(['barak obama', 'balak obama']);
  });

  it('reads small kana with the syllable before, not as syllables of their own', () => {
    // any-ascii: vuikutoru, teimuchienko.
    expect(readKatakanaLoanwords('ヴィクトル')).toContain('viktor');
    expect(readKatakanaLoanwords('ゲンナジー・ティムチェンコ')).toContain('gennadi timchenko');
    expect(readKatakanaLoanwords('コワリチュク')).toContain('kowarichuk');
  });

  it('drops the vowels added inside a word, where consonants meet in the foreign name', () => {
    expect(readKatakanaLoanwords('アリシェル・ウスマノフ')).toContain('arisher usmanov');
    expect(readKatakanaLoanwords('エフゲニー・プリゴジン')).toContain('efgeni prigojin');
    expect(readKatakanaLoanwords('ドミートリー・メドヴェージェフ')).toContain('dmitri medvejev');
    expect(readKatakanaLoanwords('ドナルド・トランプ')).toContain('donald tlamp');
    // Not in a first syllable that opens no cluster (Lukashenko, Donald), nor a vowel written small (チュ).
    expect(readKatakanaLoanwords('ルカシェンコ')).toContain('rukashenko');
    expect(readKatakanaLoanwords('ドナルド').some((r) => r.startsWith('dn'))).toBe(false);
  });

  it('reads chi and ji as the Russian ti and di, and the r row as l, in readings of their own', () => {
    expect(readKatakanaLoanwords('ウラジーミル・プーチン')).toEqual(['urajimir puchin', 'vlajimir puchin', 'vladimir putin', 'vladimil putin']);
    expect(readKatakanaLoanwords('アリー・ハーメネイー')).toContain('ali hamenei');
    // A doubled or final ch is the -vich ending, never a t.
    expect(readKatakanaLoanwords('ロマン・アブラモビッチ')).toContain('roman abramobich');
    expect(readKatakanaLoanwords('ウラジーミル・ウラジーミロヴィチ・プーチン')).toContain('vladimir vladimirovich putin');
  });

  it('reads nothing in hiragana and kanji, and keeps short words and a final -tsu whole', () => {
    expect(readKatakanaLoanwords('やまだ たろう')).toEqual([]);
    expect(readKatakanaLoanwords('山田太郎')).toEqual([]);
    expect(readKatakanaLoanwords('オバマ')).toEqual(['obama']);
    expect(readKatakanaLoanwords('ハリマツ')).toEqual(['harimatsu', 'halimatsu']);
    expect(readKatakanaLoanwords('ハム')).toEqual(['hamu']);
  });
});
