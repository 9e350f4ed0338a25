/**
 * nameKeys: everything the index and the scorer need from one name string, computed once.
 * @module
 */
import { consonantSkeleton } from './consonant-skeleton.js';
import { isSyllabicScript, separateCjkLegalForms } from './legal-forms.js';
import { joinedForms, tokeniseName, type NameEntityKind, type NameParts } from './name-tokens.js';
import { latinVariants } from './transliterate.js';

export interface NameKeys {
  /** Kinds of the main spelling's tokens (word, initial, particle, legal, generic, patronymic). */
  readonly parts: NameParts;
  /** Main spelling's token texts, titles dropped, legal forms as codes. Equals variants[0]. */
  readonly tokens: readonly string[];
  /** Token lists of every Latin spelling (latinVariants), main first, at most 8. */
  readonly variants: readonly (readonly string[])[];
  /** Concatenated adjacent non-legal tokens of every spelling (joinedForms), deduplicated. */
  readonly joined: readonly string[];
  /** Consonant skeletons of the word, patronymic and particle tokens and of their joins, every spelling. */
  readonly skeletons: readonly string[];
  /** Canonical legal forms found (llc, jsc, gmbh ...), deduplicated. */
  readonly legalForms: readonly string[];
}

export interface NameKeysOptions {
  /** 'person' skips legal forms, 'organization' keeps titles; default 'unknown' does both. */
  readonly entity?: NameEntityKind;
}

function uniq(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/**
 * Computes the matching keys of one name: normalise, transliterate into every Latin spelling,
 * tokenise each, join adjacent tokens, and take consonant skeletons.
 *
 * Compare names on token sets: a query and a list name match when some spelling's tokens overlap,
 * a joined form equals a token on the other side (abdulrahman ~ abdul rahman), or skeletons meet
 * (Mohammed ~ محمد). Weight tokens by `parts` kind; patronymics may be missing on one side.
 *
 * @example nameKeys('PRIGOZHIN, Yevgeniy Viktorovich')
 *   // tokens ['prigozhin', 'yevgeniy', 'viktorovich'], parts.surnameFirst true,
 *   // parts.tokens[2].kind 'patronymic'
 * @example nameKeys('Евгений Викторович Пригожин').variants
 *   // [['yevgeniy','viktorovich','prigozhin'], ['yevgeny', ...], ['evgeny', ...], ['evgenii', ...],
 *   //  ['evgeniy', ...], ['jewgeni','wiktorowitsch','prigoschin'], ['evgueni','viktorovitch','prigojine']]
 * @example nameKeys('محمد').skeletons // ['mhmd'], as for nameKeys('Mohammed')
 * @example nameKeys('ООО "Ромашка"') // tokens ['romashka', 'llc'], legalForms ['llc']
 */
export function nameKeys(name: string, options: NameKeysOptions = {}): NameKeys {
  const surnameFirst = name.includes(',');
  const spellings = latinVariants(separateCjkLegalForms(name));
  const entity = options.entity ?? 'unknown';
  const syllabic = isSyllabicScript(name);
  const variantParts = spellings.map((s) => tokeniseName(s, { surnameFirst, entity, syllabic }));
  const main = variantParts[0] ?? { tokens: [], surnameFirst };
  const joined: string[] = [];
  const skeletons: string[] = [];
  const legal: string[] = [];
  for (const parts of variantParts) {
    const nameTokens: string[] = [];
    for (const token of parts.tokens) {
      if (token.kind === 'legal') {
        legal.push(token.text);
        continue;
      }
      nameTokens.push(token.text);
      if (token.kind === 'word' || token.kind === 'patronymic') skeletons.push(consonantSkeleton(token.text));
    }
    for (const form of joinedForms(nameTokens)) {
      joined.push(form);
      skeletons.push(consonantSkeleton(form));
    }
  }
  return {
    parts: main,
    tokens: main.tokens.map((t) => t.text),
    variants: variantParts.map((p) => p.tokens.map((t) => t.text)),
    joined: uniq(joined),
    skeletons: uniq(skeletons.filter((s) => s.length > 1)),
    legalForms: uniq(legal),
  };
}
