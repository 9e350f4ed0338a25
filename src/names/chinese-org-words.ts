/**
 * The words Chinese company names are made of, with the English words the same companies write in
 * their English names (华为技术有限公司 = Huawei Technologies Co., Ltd.; 中国国际贸易 = China
 * International Trade). Pinyin spells them as syllables (ji shu, guo ji, mao yi), which meet
 * nothing in a listed English name: read as English, they meet it, and the words for a business
 * among them weigh as such (see generic-org-words.ts).
 *
 * Written here: no package maps Chinese business vocabulary to the English of company names.
 * @module
 */

const WORDS: ReadonlyMap<string, string> = new Map([
  ['技术', 'technology'], ['科技', 'technology'], ['贸易', 'trade'], ['商贸', 'trade'], ['经贸', 'trade'],
  ['集团', 'group'], ['国际', 'international'], ['实业', 'industry'], ['工业', 'industry'], ['产业', 'industry'],
  ['投资', 'investment'], ['发展', 'development'], ['控股', 'holding'], ['银行', 'bank'], ['船务', 'shipping'],
  ['航运', 'shipping'], ['海运', 'shipping'], ['物流', 'logistics'], ['能源', 'energy'], ['资源', 'resources'],
  ['金融', 'finance'], ['服务', 'service'], ['管理', 'management'], ['电子', 'electronics'],
  ['进出口', 'import export'], ['研究所', 'institute'], ['研究院', 'institute'], ['中国', 'china'],
  ['香港', 'hong kong'], ['工程', 'engineering'], ['建设', 'construction'], ['化工', 'chemical'],
  ['石油', 'petroleum'], ['矿业', 'mining'], ['航空', 'aviation'], ['通信', 'communications'],
  ['机械', 'machinery'], ['设备', 'equipment'], ['材料', 'materials'], ['制造', 'manufacturing'],
  ['航天', 'aerospace'], ['科工', 'science industry'], ['科学', 'science'], ['信息', 'information'],
  ['移动', 'mobile'], ['电信', 'telecom'], ['联合', 'united'], ['网络', 'network'], ['船舶', 'shipbuilding'],
  ['重工', 'heavy industry'], ['核工业', 'nuclear industry'], ['交通', 'communications'],
]);

const LONGEST = Math.max(...[...WORDS.keys()].map((word) => word.length));

/** A run of a Han word: an English word the table gives, or characters it does not know. */
export type HanSegment = { english: string } | { han: string };

/**
 * A Han word cut into the words of the table (longest first) and the characters between them, or
 * undefined when it has none of them or is shorter than four characters (a person's name has two
 * to four, and none of these words).
 *
 * @example segmentChineseOrgWords('华为技术') // [{ han: '华为' }, { english: 'technology' }]
 */
export function segmentChineseOrgWords(word: string): HanSegment[] | undefined {
  const chars = [...word];
  if (chars.length < 4) return undefined;
  const segments: HanSegment[] = [];
  let pending = '';
  let found = false;
  for (let i = 0; i < chars.length; ) {
    let english: string | undefined;
    let size = Math.min(LONGEST, chars.length - i);
    for (; size >= 2; size--) {
      english = WORDS.get(chars.slice(i, i + size).join(''));
      if (english !== undefined) break;
    }
    if (english === undefined) {
      pending += chars[i];
      i++;
      continue;
    }
    if (pending !== '') segments.push({ han: pending });
    pending = '';
    segments.push({ english });
    found = true;
    i += size;
  }
  if (pending !== '') segments.push({ han: pending });
  return found ? segments : undefined;
}
