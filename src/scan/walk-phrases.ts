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
 * Every phrase of the trie that the text holds, trying each word as written and without its
 * ending; a phrase never runs over punctuation that ends a name.
 */
export function walkPhrases<T>(trie: PhraseTrie<T>, tokens: readonly TextToken[], maxWords: number): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  const walk = (start: number, node: number, at: number, stripped: boolean): void => {
    const token = tokens[at];
    if (!token || (at > start && token.breakBefore) || at - start >= maxWords) return;
    for (let f = -1; f < token.stripped.length; f++) {
      const next = trie.child(node, f < 0 ? token.exact : (token.stripped[f] as string));
      if (next < 0) continue;
      const viaStripped = stripped || f >= 0;
      for (const value of trie.valuesAt(next) ?? []) hits.push({ first: start, last: at, value, stripped: viaStripped });
      walk(start, next, at + 1, viaStripped);
    }
  };
  for (let i = 0; i < tokens.length; i++) walk(i, trie.root, i, false);
  return hits;
}
