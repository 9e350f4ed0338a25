/**
 * Palladius -> pinyin, for Chinese names as Russian writes them (Си Цзиньпин is Xi Jinping, Ли
 * Фанвэй is OFAC's LI, Fangwei): the Russian romanisation reads Си Цзиньпин as "si tszinpin", which
 * meets nothing.
 *
 * Written by hand: the Palladius system is a table of initials and finals (as the Palladius and
 * pinyin articles tabulate them), and no npm package converts it. Each word is cut into syllables
 * (the fewest that cover it: Цзиньпин is цзинь + пин), then each syllable spelled in pinyin, whose
 * initial depends on the final (цз, ц, с are j, q, x before i and ü, z, c, s elsewhere). A name is
 * read so only when every word is such a chain, so that Russian names (Владимир, Петров) are not.
 * @module
 */

/** Palladius initials with their pinyin readings: [before i and ü, elsewhere]. */
const INITIALS: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['б', ['b', 'b']], ['п', ['p', 'p']], ['м', ['m', 'm']], ['ф', ['f', 'f']], ['д', ['d', 'd']], ['т', ['t', 't']],
  ['н', ['n', 'n']], ['л', ['l', 'l']], ['г', ['', 'g']], ['к', ['', 'k']], ['х', ['', 'h']],
  ['цз', ['j', 'z']], ['ц', ['q', 'c']], ['с', ['x', 's']], ['чж', ['', 'zh']], ['ч', ['', 'ch']], ['ш', ['', 'sh']], ['ж', ['', 'r']],
]);

/** Finals after an initial -> pinyin, and which are i- or ü-finals (they take j, q, x). */
const FINALS: ReadonlyMap<string, { pinyin: string; front?: true; retroflexI?: true }> = new Map([
  ['а', { pinyin: 'a' }], ['о', { pinyin: 'uo' }], ['э', { pinyin: 'e' }], ['у', { pinyin: 'u' }],
  ['ай', { pinyin: 'ai' }], ['эй', { pinyin: 'ei' }], ['ао', { pinyin: 'ao' }], ['оу', { pinyin: 'ou' }],
  ['ань', { pinyin: 'an' }], ['энь', { pinyin: 'en' }], ['ан', { pinyin: 'ang' }], ['эн', { pinyin: 'eng' }], ['ун', { pinyin: 'ong' }],
  ['уа', { pinyin: 'ua' }], ['уай', { pinyin: 'uai' }], ['уй', { pinyin: 'ui' }], ['уэй', { pinyin: 'ui' }], ['уань', { pinyin: 'uan' }],
  ['унь', { pinyin: 'un' }], ['уан', { pinyin: 'uang' }],
  // After zh, ch, sh, r (чжи, ши) and z, c, s (цзы, сы) the vowel is pinyin's apical i.
  ['и', { pinyin: 'i', front: true, retroflexI: true }], ['ы', { pinyin: 'i' }],
  ['я', { pinyin: 'ia', front: true }], ['е', { pinyin: 'ie', front: true }], ['яо', { pinyin: 'iao', front: true }],
  ['ю', { pinyin: 'iu', front: true }], ['янь', { pinyin: 'ian', front: true }], ['инь', { pinyin: 'in', front: true }],
  ['ян', { pinyin: 'iang', front: true }], ['ин', { pinyin: 'ing', front: true }], ['юн', { pinyin: 'iong', front: true }],
  ['юй', { pinyin: 'u', front: true }], ['юэ', { pinyin: 'ue', front: true }], ['юань', { pinyin: 'uan', front: true }], ['юнь', { pinyin: 'un', front: true }],
]);

/** Syllables without an initial -> pinyin (y- and w- spellings). */
const BARE_SYLLABLES: ReadonlyMap<string, string> = new Map([
  ['а', 'a'], ['о', 'o'], ['э', 'e'], ['ай', 'ai'], ['эй', 'ei'], ['ао', 'ao'], ['оу', 'ou'], ['ань', 'an'], ['энь', 'en'],
  ['ан', 'ang'], ['эн', 'eng'], ['эр', 'er'], ['и', 'yi'], ['я', 'ya'], ['е', 'ye'], ['яо', 'yao'], ['ю', 'you'], ['янь', 'yan'],
  ['инь', 'yin'], ['ян', 'yang'], ['ин', 'ying'], ['юн', 'yong'], ['у', 'wu'], ['ва', 'wa'], ['во', 'wo'], ['вай', 'wai'],
  ['вэй', 'wei'], ['вань', 'wan'], ['вэнь', 'wen'], ['ван', 'wang'], ['вэн', 'weng'], ['юй', 'yu'], ['юэ', 'yue'],
  ['юань', 'yuan'], ['юнь', 'yun'],
]);

const LABIALS = new Set(['б', 'п', 'м', 'ф']);
const SIBILANTS = new Set(['цз', 'ц', 'с']);
const RETROFLEXES = new Set(['чж', 'ч', 'ш', 'ж']);

/** The pinyin of one Palladius syllable, or undefined when pinyin has no such syllable (ки, ши + я). */
function syllablePinyin(initial: string, final: string): string | undefined {
  const reading = INITIALS.get(initial);
  const spelled = FINALS.get(final);
  if (reading === undefined || spelled === undefined) return undefined;
  if (final === 'ы') return SIBILANTS.has(initial) ? reading[1] + 'i' : undefined;
  if (spelled.front) {
    if (RETROFLEXES.has(initial)) return spelled.retroflexI ? reading[1] + 'i' : undefined;
    if (SIBILANTS.has(initial)) return spelled.retroflexI ? reading[0] + 'i' : reading[0] + spelled.pinyin;
    // g, k, h never take i or ü; ü after n and l only (нюй, люэ), written u here as ASCII names write it.
    if (reading[0] === '') return undefined;
    if (final.startsWith('ю') && final !== 'ю' && final !== 'юн' && initial !== 'н' && initial !== 'л') return undefined;
    return reading[0] + spelled.pinyin;
  }
  // bo, po, mo, fo; elsewhere о is uo (го, до, ло: guo, duo, luo).
  if (final === 'о') return LABIALS.has(initial) ? reading[1] + 'o' : reading[1] + 'uo';
  if (LABIALS.has(initial) && final.startsWith('у') && final !== 'у') return undefined;
  return reading[1] + spelled.pinyin;
}

/** Every Palladius syllable -> its pinyin, built once from the tables above. */
let syllables: Map<string, string> | undefined;

function syllableTable(): Map<string, string> {
  if (syllables) return syllables;
  const table = new Map(BARE_SYLLABLES);
  for (const initial of INITIALS.keys()) {
    for (const final of FINALS.keys()) {
      const pinyin = syllablePinyin(initial, final);
      if (pinyin !== undefined) table.set(initial + final, pinyin);
    }
  }
  syllables = table;
  return table;
}

/** Letters of the longest syllable (чжуань). */
const MAX_SYLLABLE = 6;
/** Syllables a word of a Chinese name has at most (a given name of two, a compound surname). */
const MAX_WORD_SYLLABLES = 3;

/** Readings kept of a word that cuts into equally few syllables two ways (Юнань: ю + нань or юн + ань). */
const MAX_WORD_READINGS = 2;

/** Each of `heads` followed by each of `tails`, at most MAX_WORD_READINGS. */
function joined(heads: readonly string[], tails: readonly string[], separator = ''): string[] {
  return heads.flatMap((head) => tails.map((tail) => head + separator + tail)).slice(0, MAX_WORD_READINGS);
}

/**
 * The pinyin of one word as a chain of Palladius syllables (the fewest that cover it; both
 * readings when two cuts are as short), or undefined. A hard sign or hyphen separates syllables
 * (Сунъянь, Цзинь-пин).
 */
function wordPinyin(word: string): string[] | undefined {
  const table = syllableTable();
  const parts = word.split(/[ъ-]/u).filter(Boolean);
  let out = [''];
  let count = 0;
  for (const part of parts) {
    // best[i]: the fewest syllables covering part[0..i), and the pinyin they spell.
    const best: ({ count: number; pinyin: string[] } | undefined)[] = [{ count: 0, pinyin: [''] }];
    for (let end = 1; end <= part.length; end++) {
      for (let start = Math.max(0, end - MAX_SYLLABLE); start < end; start++) {
        const before = best[start];
        const pinyin = before && table.get(part.slice(start, end));
        if (before === undefined || pinyin === undefined) continue;
        const current = best[end];
        const readings = joined(before.pinyin, [pinyin]);
        if (current === undefined || before.count + 1 < current.count) best[end] = { count: before.count + 1, pinyin: readings };
        else if (before.count + 1 === current.count) current.pinyin = [...new Set([...current.pinyin, ...readings])].slice(0, MAX_WORD_READINGS);
      }
    }
    const whole = best[part.length];
    if (whole === undefined) return undefined;
    out = joined(out, whole.pinyin);
    count += whole.count;
  }
  return count > 0 && count <= MAX_WORD_SYLLABLES ? out : undefined;
}

/** Words a Chinese name has at most, in any order. */
const MAX_WORDS = 4;

/**
 * The pinyin spellings of a name written in Cyrillic as Russian writes Chinese names (lower case,
 * ё as е, as normaliseText leaves it): one, or two when a word cuts two ways; none when a word is
 * not a chain of Palladius syllables.
 *
 * @example palladiusReadings('си цзиньпин') // ['xi jinping']
 * @example palladiusReadings('ху юнань') // ['hu younan', 'hu yongan']
 * @example palladiusReadings('владимир путин') // []
 */
export function palladiusReadings(name: string): string[] {
  const words = name.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS) return [];
  let out = [''];
  for (const word of words) {
    const pinyin = wordPinyin(word);
    if (pinyin === undefined) return [];
    out = out[0] === '' ? pinyin : joined(out, pinyin, ' ');
  }
  return out;
}
