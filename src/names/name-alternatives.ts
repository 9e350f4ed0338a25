/**
 * Other forms a written name stands for. Lists pack alternatives into one name string
 * ("Al-Qa'ida/Islamic Army") and add qualifiers in parentheses ("Deutsche Bank (Schweiz) AG");
 * each alternative, and the name without its qualifier, is a name the party is known by.
 * @module
 */

/** Letters a part around a slash needs to be a name, not half of "A/S" or "c/o". */
const MIN_SLASH_PART_LETTERS = 3;
/** More parts than this are a list or an address, not one party's names: each part costs a full comparison. */
const MAX_SLASH_PARTS = 6;

const BRACKETED = /\s*[([][^)\]]*[)\]]\s*/gu;
/** The same without the global flag, whose `test` keeps no position between calls. */
const HAS_BRACKETS = new RegExp(BRACKETED.source, 'u');

const letters = (text: string): number => text.match(/\p{L}/gu)?.length ?? 0;

/** One alternative form of a name. */
export interface NameAlternative {
  name: string;
  /**
   * A parenthesised qualifier was dropped to make it: "Bank of China Limited" from "Bank of China
   * (Hong Kong) Limited" stands for the bank where a name has no qualifier, not against "Bank of
   * China (Singapore) Limited", whose qualifier says it is another one.
   */
  droppedQualifier: boolean;
  /** The first qualifier dropped, without its brackets ("Hong Kong"). */
  qualifier?: string;
}

/** Whether a name carries a parenthesised qualifier. */
export function hasQualifier(name: string): boolean {
  return HAS_BRACKETS.test(name);
}

/**
 * @example nameAlternatives("Al-Qa'ida/Islamic Army") // [{name: "Al-Qa'ida", droppedQualifier: false}, {name: 'Islamic Army', ...}]
 * @example nameAlternatives('Deutsche Bank (Schweiz) AG') // [{name: 'Deutsche Bank AG', droppedQualifier: true, qualifier: 'Schweiz'}]
 * @example nameAlternatives('Maersk A/S') // []
 */
export function nameAlternatives(name: string): NameAlternative[] {
  const out: NameAlternative[] = [];
  const unbracketed = name.replace(BRACKETED, ' ').replace(/\s+/gu, ' ').trim();
  const droppedQualifier = unbracketed !== name.trim();
  const qualifier = droppedQualifier ? name.match(HAS_BRACKETS)?.[0].trim().slice(1, -1).trim() : undefined;
  const dropped = { droppedQualifier, ...(qualifier ? { qualifier } : {}) };
  if (droppedQualifier && letters(unbracketed) > 0) out.push({ name: unbracketed, ...dropped });
  const parts = unbracketed.split('/').map((p) => p.trim());
  if (parts.length > 1 && parts.length <= MAX_SLASH_PARTS && parts.every((p) => letters(p) >= MIN_SLASH_PART_LETTERS)) out.push(...parts.map((part) => ({ name: part, ...dropped })));
  return out;
}
