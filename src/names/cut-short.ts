import { endsInLegalForm } from './legal-forms.js';
import { normaliseText } from './normalise-text.js';

/**
 * Whether a written name may be a longer name cut at the length of the field that held it. SWIFT
 * MT fields hold 35 characters a line, and core-banking and card systems cut names at 30 to 40, so
 * a payment's "DIRECTORATE FOR INTERNAL SECURITY O" is the Iranian directorate's 90-character name
 * cut short. Only the matcher can tell, against a listed name the query begins (see
 * compare-names.ts); here, what the text alone says:
 * - 'dangling': it ends as no name ends, on an open bracket, a hyphen, a comma or a joining word
 *   ("... Guard Corps (", "... Security of the"): cut, if it is the start of a longer listed name;
 * - 'open': it is long enough to have been cut, so its last word may be the start of a word.
 * Undefined for names shorter than any such field, and for names that end in a legal form (VTB Bank
 * (Public Joint-Stock Company)): written to their end.
 * @module
 */
export type CutShort = 'dangling' | 'open';

/** The shortest field length that cuts names in practice (30; SWIFT's 35 is the usual one). */
const MIN_CUT_LENGTH = 30;

/**
 * Words that join a name's words and never end a whole name (Bank of, Trading and, Ministerio de
 * la), and the particles that always come before a name (son of: Ben, Bin, Ould; Abu, Abd, Al).
 */
const JOINING_WORDS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'for', 'in', 'at', 'on', 'de', 'del', 'della', 'des', 'du', 'la', 'le', 'von', 'van', 'der', 'y', 'et', 'und',
  'ben', 'bin', 'ibn', 'bint', 'bent', 'ould', 'abu', 'abou', 'abd', 'al', 'el',
]);

/** Whether a normalised word joins a name's words and never ends a whole name (of, the, de, Bin, Al). */
export function isJoiningWord(word: string): boolean {
  return JOINING_WORDS.has(word);
}

/** Characters that open what the name then never closes or continues (not ", which closes as often). */
const DANGLING_END = /[([{«“&/,\-–]$/u;

export function cutShortEvidence(name: string): CutShort | undefined {
  const text = name.trim();
  if ([...text].length < MIN_CUT_LENGTH) return undefined;
  if (DANGLING_END.test(text)) return 'dangling';
  const words = normaliseText(text).split(' ');
  const last = words[words.length - 1] ?? '';
  if (JOINING_WORDS.has(last)) return 'dangling';
  return endsInLegalForm(words) ? undefined : 'open';
}
