/**
 * Arabic compound names in running text: "Abd al-Aziz" is three words of text, "Abdulaziz" one,
 * and the lists write either (see arabicCompounds). The phrase index files each listed name that
 * holds a compound also with the compound as one word in one spelling (abdulaziz, salahdin), and
 * the trie walk reads the text's compounds the same way, over the one to three words they take.
 * @module
 */
import { arabicCompounds, hasArabicCompound, isArabicArticle } from '../names/index.js';

/** Abd al-Aziz is three words; a longer run is never one compound. */
const MAX_COMPOUND_WORDS = 3;

/**
 * The words with each Arabic compound written as one word in one spelling: Abd al-Aziz and
 * Abdelaziz as abdulaziz, Salah al-Din and Salaheddine as salahdin, Abu Bakr as abubakr.
 *
 * @example joinedCompounds(['abd', 'al', 'aziz', 'ahmed']) // ['abdulaziz', 'ahmed']
 */
export function joinedCompounds(words: readonly string[]): string[] {
  const split = arabicCompounds(words);
  const out: string[] = [];
  for (let i = 0; i < split.length; i++) {
    const word = split[i]!;
    const next = split[i + 1];
    if ((word === 'abdul' || word === 'abu') && next !== undefined && next !== 'din') {
      out.push(word + next);
      i += 1;
    } else if (word === 'din' && out.length > 0) out[out.length - 1] += word;
    else out.push(word);
  }
  return out;
}

/** A compound of the text read as one word: `word`, over `span` words from here. */
export interface CompoundReading {
  word: string;
  span: number;
}

/**
 * For each word of a text, the compounds that start there, read as joinedCompounds writes them
 * (only where that differs from the word as written: the walk tries that anyway). `words` are the
 * text's words, normalised; `joins[i]` says whether word i may continue a name from word i - 1.
 */
export function compoundReadings(words: readonly string[], joins: readonly boolean[]): (CompoundReading[] | undefined)[] {
  // Checked once per word: most text holds no compound at all.
  const partOfCompound = words.map((w) => hasArabicCompound([w]));
  return words.map((word, i) => {
    let readings: CompoundReading[] | undefined;
    let compound = false;
    for (let span = 1; span <= MAX_COMPOUND_WORDS && i + span <= words.length; span++) {
      if (span > 1 && !joins[i + span - 1]) break;
      compound ||= partOfCompound[i + span - 1]!;
      // Abd al ... is not yet a compound: its name follows the article.
      if (!compound || isArabicArticle(words[i + span - 1]!)) continue;
      const window = words.slice(i, i + span);
      const joined = joinedCompounds(window);
      if (joined.length === 1 && joined[0] !== word) (readings ??= []).push({ word: joined[0]!, span });
    }
    return readings;
  });
}
