/**
 * Splits running text into words that keep their character offsets, so that every mention can
 * point at the text as it was written (line breaks, quotes and case included).
 * @module
 */
import { compoundReadings, type CompoundReading } from './compound-readings.js';
import { wordForms, type WordForms } from './word-forms.js';

export interface TextToken extends WordForms {
  /** Offsets in the original text, end exclusive. */
  start: number;
  end: number;
  raw: string;
  /** A name cannot run on from the previous word: punctuation or a blank line lies between. */
  breakBefore: boolean;
  /** First word of a sentence (capital letters there say nothing). */
  sentenceStart: boolean;
  /** Written with a capital first letter. */
  capitalised: boolean;
  /** Arabic compounds that start at this word, as the phrase index files them (see compound-readings). */
  compounds?: CompoundReading[];
}

/** Words: letters, digits and marks, with apostrophes inside or at the end ("O'Brien", "Wagners'"). */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*['’]?/gu;
/** Punctuation that ends a name; quotes and hyphens do not (ЧВК «Вагнер», Al-Qaida). A blank line does too. */
const PHRASE_BREAKS = new Set([...',;:()[]{}|•'].map((c) => c.charCodeAt(0)));
const SENTENCE_ENDS = new Set([...'.!?'].map((c) => c.charCodeAt(0)));
const NEWLINE = 10;
const IGNORED_SPACE = new Set([32, 9, 13, 0xa0]);

/** What lies between two words, read character by character (this runs for every word of the text). */
function separation(text: string, from: number, to: number): { breaks: boolean; endsSentence: boolean } {
  let breaks = false;
  let endsSentence = false;
  let newlines = 0;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === NEWLINE) {
      if (++newlines >= 2) breaks = endsSentence = true;
      continue;
    }
    if (IGNORED_SPACE.has(code)) continue;
    newlines = 0;
    if (SENTENCE_ENDS.has(code)) breaks = endsSentence = true;
    else if (PHRASE_BREAKS.has(code)) breaks = true;
  }
  return { breaks, endsSentence };
}

function isCapitalised(raw: string): boolean {
  const code = raw.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = raw[0] as string;
  return first !== first.toLowerCase();
}

export function tokeniseText(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let previousEnd = 0;
  let previousRaw = '';
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const between = separation(text, previousEnd, start);
    // "V. Putin": a dot after one letter is an initial, not the end of a phrase.
    const initialDot = previousRaw.length === 1 && between.endsSentence && text.slice(previousEnd, start).trim() === '.';
    const forms = wordForms(raw);
    tokens.push({
      exact: forms.exact,
      stripped: forms.stripped,
      start,
      end: start + raw.length,
      raw,
      breakBefore: tokens.length === 0 || (!initialDot && between.breaks),
      sentenceStart: tokens.length === 0 || (!initialDot && between.endsSentence),
      capitalised: isCapitalised(raw),
    });
    previousEnd = start + raw.length;
    previousRaw = raw;
  }
  const readings = compoundReadings(
    tokens.map((t) => t.exact),
    tokens.map((t) => !t.breakBefore),
  );
  readings.forEach((r, i) => {
    if (r) tokens[i]!.compounds = r;
  });
  return tokens;
}
