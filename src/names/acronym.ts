/**
 * The acronym of an organisation name (People's Liberation Army -> pla), so a query written as
 * the acronym meets the full name and the other way round.
 * @module
 */
import type { NameToken } from './name-tokens.js';

/** Words acronyms leave out (Organization of the Petroleum Exporting Countries -> OPEC). */
const SKIPPED_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'et', 'und', 'de', 'du', 'des', 'la', 'le']);

/** Fewer words make acronyms that too many other names share. */
const MIN_ACRONYM_LETTERS = 3;

/**
 * Initials of an organisation's name words (legal forms, particles, connectives and numbers left
 * out), or undefined when fewer than three words remain or a word is a one-letter token.
 *
 * @example acronymOf(tokeniseName('peoples liberation army', { entity: 'organization' }).tokens) // 'pla'
 */
export function acronymOf(tokens: readonly NameToken[]): string | undefined {
  let acronym = '';
  for (const token of tokens) {
    if (token.kind === 'legal' || token.kind === 'particle' || SKIPPED_WORDS.has(token.text)) continue;
    if (!/^[a-z]{2,}$/.test(token.text)) return undefined;
    acronym += token.text[0];
  }
  return acronym.length >= MIN_ACRONYM_LETTERS ? acronym : undefined;
}
