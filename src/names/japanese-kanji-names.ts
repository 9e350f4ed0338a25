/**
 * Japanese personal names written in kanji -> Hepburn (without long-vowel marks, as lists write
 * them: Satō -> Sato). any-ascii reads kanji as Chinese (山田 -> shan tian); a Japanese name is
 * read by name readings that no character table gives, so a table of the readings is needed.
 *
 * The table holds the most common Japanese surnames (the top of the published surname frequency
 * rankings, e.g. the "List of common Japanese surnames" of the English Wikipedia, from
 * myoji-yurai.net) and common given names, and stays small on purpose: a name it does not know
 * keeps only its Chinese reading.
 * @module
 */

/** Surnames in kanji -> reading. */
const SURNAMES: ReadonlyMap<string, string> = new Map(Object.entries({
  佐藤: 'sato', 鈴木: 'suzuki', 高橋: 'takahashi', 田中: 'tanaka', 伊藤: 'ito', 渡辺: 'watanabe', 渡邉: 'watanabe',
  山本: 'yamamoto', 中村: 'nakamura', 小林: 'kobayashi', 加藤: 'kato', 吉田: 'yoshida', 山田: 'yamada',
  佐々木: 'sasaki', 山口: 'yamaguchi', 松本: 'matsumoto', 井上: 'inoue', 木村: 'kimura', 林: 'hayashi',
  斎藤: 'saito', 清水: 'shimizu', 山崎: 'yamazaki', 森: 'mori', 池田: 'ikeda', 橋本: 'hashimoto',
  阿部: 'abe', 安倍: 'abe', 石川: 'ishikawa', 山下: 'yamashita', 中島: 'nakajima', 石井: 'ishii', 小川: 'ogawa',
  前田: 'maeda', 岡田: 'okada', 長谷川: 'hasegawa', 藤田: 'fujita', 後藤: 'goto', 近藤: 'kondo', 村上: 'murakami',
  遠藤: 'endo', 青木: 'aoki', 坂本: 'sakamoto', 斉藤: 'saito', 福田: 'fukuda', 太田: 'ota', 西村: 'nishimura',
  藤井: 'fujii', 金子: 'kaneko', 岡本: 'okamoto', 藤原: 'fujiwara', 中野: 'nakano', 三浦: 'miura', 原田: 'harada',
  松田: 'matsuda', 竹内: 'takeuchi', 中川: 'nakagawa', 小野: 'ono', 田村: 'tamura', 和田: 'wada', 岸田: 'kishida',
}));

/** Common given names in kanji -> reading. */
const GIVEN_NAMES: ReadonlyMap<string, string> = new Map(Object.entries({
  太郎: 'taro', 一郎: 'ichiro', 次郎: 'jiro', 三郎: 'saburo', 花子: 'hanako', 洋子: 'yoko', 陽子: 'yoko',
  和子: 'kazuko', 恵子: 'keiko', 幸子: 'sachiko', 裕子: 'yuko', 明美: 'akemi', 健一: 'kenichi', 誠: 'makoto',
  大輔: 'daisuke', 健太: 'kenta', 直樹: 'naoki', 拓也: 'takuya', 美咲: 'misaki', 博: 'hiroshi', 隆: 'takashi',
  清: 'kiyoshi', 茂: 'shigeru', 修: 'osamu', 晋三: 'shinzo', 文雄: 'fumio', 健: 'ken', 翔: 'sho',
}));

/**
 * The Japanese reading of a kanji name written as one word (surname then given name) or as two,
 * when the table knows both parts; otherwise undefined.
 *
 * @example readJapaneseKanjiName('山田太郎') // 'yamada taro'
 * @example readJapaneseKanjiName('习近平') // undefined
 */
export function readJapaneseKanjiName(text: string): string | undefined {
  const words = text.split(' ').filter(Boolean);
  if (words.length === 2) {
    const [surname, given] = words as [string, string];
    const read = [SURNAMES.get(surname), GIVEN_NAMES.get(given)];
    return read[0] && read[1] ? `${read[0]} ${read[1]}` : undefined;
  }
  if (words.length !== 1) return undefined;
  const chars = [...(words[0] as string)];
  for (let cut = 1; cut < chars.length; cut++) {
    const surname = SURNAMES.get(chars.slice(0, cut).join(''));
    const given = GIVEN_NAMES.get(chars.slice(cut).join(''));
    if (surname && given) return `${surname} ${given}`;
  }
  return undefined;
}
