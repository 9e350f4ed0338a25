import { findJurisdictionMentions } from './country-mentions.js';
import { findMentions } from './find-mentions.js';
import type { PhraseIndex } from './phrase-index.js';
import { tokeniseText } from './tokenise-text.js';
import type { ScanResult } from './types.js';

/** Which listed parties and which sanctioned jurisdictions the text mentions. */
export function scanText(index: PhraseIndex, text: string, options: { threshold: number }): ScanResult {
  const tokens = tokeniseText(text);
  return {
    threshold: options.threshold,
    words: tokens.length,
    mentions: findMentions(index, text, tokens, options.threshold),
    jurisdictions: findJurisdictionMentions(text, tokens),
  };
}
