import type { PhraseTrie } from './phrase-trie.js';
import type { TextToken } from './tokenise-text.js';

/** A phrase of the trie found in the text, from word `first` to word `last`. */
export interface PhraseHit<T> {
  first: number;
  last: number;
  value: T;
  /** A word was read without its ending (a possessive, plural or Russian case ending). */
  stripped: boolean;
}

/**
 * Every phrase of the trie that the text holds, trying each word as written, without its ending
 * and as the start of an Arabic compound; a phrase never runs over punctuation that ends a name.
 */
export function walkPhrases<T>(trie: PhraseTrie<T>, tokens: readonly TextToken[], maxWords: number): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  // `depth`: the phrase's words so far (a compound reads several words of text as one).
  const walk = (start: number, node: number, at: number, depth: number, stripped: boolean): void => {
    const token = tokens[at];
    if (!token || (at > start && token.breakBefore) || depth >= maxWords) return;
    for (let f = -1; f < token.stripped.length; f++) {
      const next = trie.child(node, f < 0 ? token.exact : (token.stripped[f] as string));
      if (next < 0) continue;
      const viaStripped = stripped || f >= 0;
      for (const value of trie.valuesAt(next) ?? []) hits.push({ first: start, last: at, value, stripped: viaStripped });
      walk(start, next, at + 1, depth + 1, viaStripped);
    }
    // An Arabic compound read as one word, over the words it takes (Abd al-Aziz -> abdulaziz).
    for (const { word, span } of token.compounds ?? []) {
      const next = trie.child(node, word);
      if (next < 0) continue;
      for (const value of trie.valuesAt(next) ?? []) hits.push({ first: start, last: at + span - 1, value, stripped });
      walk(start, next, at + span, depth + 1, stripped);
    }
  };
  for (let i = 0; i < tokens.length; i++) walk(i, trie.root, i, 0, false);
  return hits;
}
