/**
 * A foreign name written in Chinese characters read back into Latin letters. Chinese writes a
 * foreign name by its sound with a fixed set of characters (the Xinhua transcription tables), one
 * syllable each: a consonant without a vowel takes one with an added vowel (克 ke for k, 斯 si for
 * s, 尔 er for r), l and r share characters, and the words are joined by a middle dot
 * (弗拉基米尔·普京 = Vladimir Putin, 贝拉克·奥巴马 = Barack Obama). Pinyin spells these as
 * Chinese syllables (fu la ji mi er pu jing), which meet nothing: the readings here are compared
 * beside it, as loanword spellings.
 *
 * Written here: no package reads transcription characters back as the foreign sounds they stand for.
 * @module
 */

/**
 * Transcription character -> its reading in a foreign name, and for the characters that stand for
 * a lone consonant too, that consonant ("克ke/k"). Readings are those of the Xinhua tables for
 * English and Russian names, not pinyin: 维 is vi (wei), 季 di (ji), 钦 chin (qin).
 */
const TABLE = `
阿a 埃e 艾ai 爱ai 安an 昂an 奥o 欧o 厄e 恩en/n 尔er/r 伊i 依i 因in 英in 尤yu 约yo 于yu 乌u 温vin 翁on
亚ya 雅ya 耶ye 叶ye 扬yan 延yen
巴ba 拜bai 班ban 邦bon 鲍bo 贝be 本ben 比bi 宾bin 别be 波bo 伯bo 博bo 布bu/b
帕pa 派pai 潘pan 庞pon 佩pe 彭pen 皮pi 平pin 珀po 坡po 普pu/p
马ma 玛ma 迈mai 麦mai 曼man 芒man 毛mo 梅me 门men 蒙mon 孟men 米mi 敏min 明min 莫mo 默mo 姆mu/m 穆mu
法fa 凡fan 范fan 菲fi 费fe 芬fin 丰fon 冯fon 佛fo 弗fu/f 福fu 夫fu/v 富fu
瓦va 万van 旺van 威vi 韦ve 维vi 魏ve 文ven 沃vo
达da 大da 代dai 戴dai 丹dan 道do 德de/d 登den 邓den 迪di 狄di 蒂ti 丁din 东don 杜du 敦dun 顿ton 多do
塔ta 泰tai 坦tan 陶to 特te/t 滕ten 提ti 廷tin 图tu 托to
纳na 娜na 奈nai 南nan 瑙no 内ne 嫩nen 尼ni 宁nin 涅ne 纽nyu 努nu 诺no
拉la 莱le 赖lai 兰lan 朗lan 劳lo 勒le/l 雷re 蕾le 里ri 理li 利li 丽li 莉li 历li 列le 林lin 琳lin 龙lon 隆lon
卢lu 鲁ru 路lu 伦ren 罗ro 洛lo
加ga 盖gai 甘gan 冈gan 高go 戈go 哥go 格ge/g 根gen 贡gon 古gu
卡ka 凯kai 坎kan 康kon 考ko 柯ko 科ko 可ko 克ke/k 肯ken 孔kon 库ku 昆kun
哈ha 海hai 汉han 罕han 豪ho 赫he/kh 亨hen 侯ho 胡hu 霍kho
基ki 吉gi 季di 杰je 金kin 京tin 津zhin 任zhin 日zhi
奇chi/ch 琴chen 钦chin 切che 乔jo 契chi 齐ti
西si 希hi 谢se 辛sin 休hu 夏sha 肖sho 申shen 山san
扎za 查cha 沙sha 莎sha 舍she 什shi/sh 舒shu 朱ju
萨sa 塞se 桑san 森sen 斯si/s 松son 苏su 索so
泽ze 佐zo 赞zan 兹zi/z 茨tsi/ts 策tse 卜bu/b
绍sho 丘chu 彼pe 得de/d 烈le 汀tin 妮ni 娅ya 琪ki 娃va 斐fe 芙fu 恰cha 楚chu 施shi/sh 史shi 锡si 席si 瑟se/s 茹zhu 热zhe
若zho 夸kva 奎kui 坤kun 朵do 铎do 耳er 迦ga 嘉ga 伽ga 贾ja 简jan 姜jan 焦jo 洁je 捷je 晋jin 景jin 居ju 君jun 俊jun 喀ka
开kai 堪kan 寇ko 腊la 来le 乐le 黎li 李li 力li 立li 连len 廉len 良lyan 辽lyo 刘lyu 柳lyu 留lyu 娄lo 露lu 论len 骆lo 律lyu
吕lyu 满man 茂mo 美me 密mi 摩mo 墨mo 木mu 慕mu 乃nai 楠nan 鸥o 泊po 蒲pu 浦pu 秋chu 赛sai 善shan 尚shan 圣shen 司si 宋son
素su 琐so 太tai 唐tan 通ton 土tu 陀to 伍u 武vu 欣sin 修syu 杨yan 詹jan 札za 卓jo 祖zu 采tsai 察cha 柴chai 歌go 葛ge 谷gu
瓜gua 圭gui 桂gui 郭go 果go 黑he 宏hon 洪hon 华hua 怀huai 惠hui 敖o 澳o 芭ba 宝bo 保bo 倍be 玻bo 勃bo 步bu
`;

/**
 * Given names Chinese renders by convention rather than by sound, which the characters' readings
 * do not give back (亚历山大 reads yalisanda): read as a whole word.
 */
const WHOLE_WORDS: ReadonlyMap<string, string> = new Map([
  ['亚历山大', 'aleksandr'], ['彼得', 'petr'], ['约翰', 'john'], ['大卫', 'david'], ['乔治', 'george'], ['保罗', 'paul'],
  ['马克', 'mark'], ['迈克尔', 'michael'], ['詹姆斯', 'james'], ['威廉', 'william'], ['查尔斯', 'charles'], ['托马斯', 'thomas'],
  ['理查德', 'richard'], ['约瑟夫', 'joseph'], ['丹尼尔', 'daniel'],
]);

/** Pairs of characters that write one foreign syllable by convention: 伯格 is -berg (维克塞尔伯格 Vekselberg, 扎克伯格 Zuckerberg), not bog. */
const PAIRS: ReadonlyMap<string, string> = new Map([['伯格', 'berg']]);

interface Reading {
  full: string;
  /** The lone consonant the character also stands for, when it does. */
  consonant?: string;
}

const CHARACTERS: ReadonlyMap<string, Reading> = new Map(
  TABLE.trim()
    .split(/\s+/)
    .map((entry) => {
      const [full, consonant] = entry.slice(1).split('/');
      return [entry[0]!, consonant === undefined ? { full: full! } : { full: full!, consonant }];
    }),
);

/** Where a character standing for a lone consonant is read as that consonant. */
type Drop = 'never' | 'at-end' | 'before-consonant';
const DROPS: readonly Drop[] = ['never', 'at-end', 'before-consonant'];

const startsWithVowel = (text: string): boolean => /^[aeiouy]/.test(text);

/** Whether a consonant and the next syllable's open a foreign word together: Fl-, Pr-, St-, Dm- (Vladimir, Prigozhin, Dmitri), not Pt- (普京 is Putin). */
const opensWord = (consonant: string, next: string): boolean => /^[lrv]/.test(next) || consonant === 's' || (consonant === 'd' && next.startsWith('m'));

function readWord(chars: readonly string[], drop: Drop): string {
  const whole = WHOLE_WORDS.get(chars.join(''));
  if (whole !== undefined) return whole;
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const pair = PAIRS.get(chars[i]! + (chars[i + 1] ?? ''));
    if (pair !== undefined) {
      out += pair;
      i++;
      continue;
    }
    const reading = CHARACTERS.get(chars[i]!)!;
    const next = chars[i + 1] === undefined ? undefined : CHARACTERS.get(chars[i + 1]!)!.full;
    const lone =
      reading.consonant !== undefined &&
      (next === undefined ? drop !== 'never' : drop === 'before-consonant' && !startsWithVowel(next) && (i > 0 || opensWord(reading.consonant, next)));
    out += lone ? reading.consonant : reading.full;
  }
  // A word keeps a vowel: 布特 is Bout (but), not bt.
  return drop === 'before-consonant' && !/[aeiouy]/.test(out) ? readWord(chars, 'at-end') : out;
}

/** Whether a Han word is written in transcription characters only. */
function isTranscribed(chars: readonly string[]): boolean {
  return chars.length > 0 && (WHOLE_WORDS.has(chars.join('')) || chars.every((c) => CHARACTERS.has(c)));
}

const swapLR = (text: string): string => text.replace(/[lr]/g, (c) => (c === 'l' ? 'r' : 'l'));

/**
 * Readings of a name whose Han words are all transcription characters and that reads as a foreign
 * name: two words or more, one of them longer than a character (Chinese joins a foreign name's words with a middle dot, which
 * normaliseText makes a space; a Chinese name is written as one word), or one of four characters or
 * more (a Chinese name has two to four). Empty for other text. Up to five readings: the added
 * vowels kept, dropped at a word's end, dropped before consonants too, and the last two with l and
 * r swapped.
 *
 * @example readChineseTranscription('弗拉基米尔 普京') // includes 'flakimir putin'
 * @example readChineseTranscription('贝拉克 奥巴马') // includes 'berak obama'
 */
export function readChineseTranscription(normalised: string): string[] {
  const words = normalised.split(' ').map((word) => [...word]);
  if (!words.every(isTranscribed)) return [];
  // One-character words are particles (奥萨马·本·拉登, Osama bin Laden); a name of them alone is Chinese.
  const longest = Math.max(...words.map((chars) => chars.length));
  if (longest < 2 || (words.length < 2 && longest < 4)) return [];
  const readings = DROPS.map((drop) => words.map((chars) => readWord(chars, drop)).join(' '));
  return [...new Set([...readings, swapLR(readings[1]!), swapLR(readings[2]!)])];
}
