import type { Entity } from '../model/index.js';
import { buildPhraseIndex, type PhraseIndex } from './phrase-index.js';

const cache = new WeakMap<object, Promise<PhraseIndex>>();

/**
 * The phrase index that goes with a matcher, built on first use from the same entities and kept
 * for as long as the matcher is: when a reload swaps the matcher, the next scan builds a new one.
 */
export function phraseIndexFor(matcher: object, entities: () => AsyncIterable<Entity> | Iterable<Entity>): Promise<PhraseIndex> {
  let index = cache.get(matcher);
  if (!index) {
    index = buildPhraseIndex(entities());
    cache.set(matcher, index);
    // A failed build is not cached: the next request tries again.
    index.catch(() => cache.delete(matcher));
  }
  return index;
}
