/**
 * Deterministic perturbations of listed persons' names, for the generated held-back set: a typo,
 * the "LAST, First" <-> "First Last" reorder, a dropped middle name, and a Cyrillic spelling of
 * Russian-looking Latin names (a simple reverse transliteration, to test cross-script recall).
 * Each function returns null when the name does not allow the perturbation.
 */
import { isTitle, looksKoreanName } from '../../src/names/index.js';
import { randomIndex } from './prng.js';

export type PerturbationKind = 'typo' | 'reorder' | 'drop-middle' | 'cross-script';
export const PERTURBATION_KINDS: readonly PerturbationKind[] = ['typo', 'reorder', 'drop-middle', 'cross-script'];

const LATIN_NAME = /^[A-Za-z][A-Za-z .,'-]*$/;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function tokens(text: string): string[] {
  return text.trim().split(/\s+/).filter((t) => t !== '');
}

/** A Latin-script name of at least two tokens: the only names the perturbations are made from. */
export function isPerturbableName(name: string): boolean {
  return LATIN_NAME.test(name) && tokens(name.replace(/,/g, ' ')).length >= 2;
}

/** One character substituted, deleted, or swapped with its neighbour, inside a token of 4+ letters. */
export function typoName(name: string, random: () => number): string | null {
  const parts = tokens(name);
  if (tokens(name.replace(/,/g, ' ')).length < 2) return null;
  const eligible = parts.map((t, i) => ({ t, i })).filter(({ t }) => /^[A-Za-z]{4,}/.test(t));
  const pick = eligible[randomIndex(random, eligible.length)];
  if (!pick) return null;
  const word = pick.t;
  const letterCount = word.match(/^[A-Za-z]+/)?.[0].length ?? 0;
  const at = 1 + randomIndex(random, letterCount - 1);
  const op = randomIndex(random, 3);
  let changed: string;
  if (op === 0) {
    const current = (word[at] ?? '').toLowerCase();
    const options = LETTERS.replace(current, '');
    let letter = options[randomIndex(random, options.length)] ?? 'x';
    if (word[at] === word[at]?.toUpperCase()) letter = letter.toUpperCase();
    changed = word.slice(0, at) + letter + word.slice(at + 1);
  } else if (op === 1) {
    changed = word.slice(0, at) + word.slice(at + 1);
  } else {
    const left = at - 1;
    if (word[left] === word[at]) return null;
    changed = word.slice(0, left) + (word[at] ?? '') + (word[left] ?? '') + word.slice(at + 1);
  }
  const out = [...parts];
  out[pick.i] = changed;
  return out.join(' ');
}

/** "LAST, First Middle" -> "First Middle LAST"; "First Middle Last" -> "Last, First Middle". */
export function reorderName(name: string): string | null {
  const comma = name.indexOf(',');
  if (comma >= 0) {
    const last = name.slice(0, comma).trim();
    const given = name.slice(comma + 1).trim();
    if (!last || !given || given.includes(',')) return null;
    return `${given} ${last}`;
  }
  const parts = tokens(name);
  const last = parts.pop();
  if (!last || parts.length === 0) return null;
  return `${last}, ${parts.join(' ')}`;
}

/** Words that open a compound name (Abd al-Baset, Abu Mahdi, al-Aziz): the word after them is not a middle name. */
const COMPOUND_OPENERS = new Set(['abd', 'abdul', 'abdel', 'abu', 'abou', 'umm', 'bin', 'ibn', 'bint', 'al', 'el']);

const bare = (token: string): string => token.toLowerCase().replace(/[^a-z]/g, '');

/** Tokens that are a name, not a title (Seyed, Dr, Brigadier General). */
const nameTokens = (parts: readonly string[]): number => parts.filter((t) => !isTitle(bare(t))).length;

/**
 * Drops a token at one of the indexes [from, to) of `parts`, unless it completes a compound name or
 * leaves fewer than `keep` name tokens (HOSSEINI, Seyed Sadegh without Sadegh is a title, not a name).
 */
function dropOne(parts: string[], from: number, to: number, keep: number, random: () => number): boolean {
  const droppable = [];
  for (let i = from; i < to; i++) {
    if (COMPOUND_OPENERS.has(bare(parts[i - 1] ?? ''))) continue;
    if (nameTokens(parts.filter((_, j) => j !== i)) < keep) continue;
    droppable.push(i);
  }
  const at = droppable[randomIndex(random, droppable.length)];
  if (at === undefined) return false;
  parts.splice(at, 1);
  return true;
}

/**
 * Drops one middle token: a given name after the first in "LAST, First Middle", an inner token otherwise.
 * Not from Korean names: they have no middle names, and "KIM Chol Sok" written without Chol is
 * another given name (Sok), often another listed person's (SO Tong Myong / SO Myong).
 */
export function dropMiddleName(name: string, random: () => number): string | null {
  if (looksKoreanName(tokens(name.toLowerCase().replace(/[^a-z\s]/g, '')))) return null;
  const comma = name.indexOf(',');
  if (comma >= 0) {
    const given = tokens(name.slice(comma + 1));
    return dropOne(given, 1, given.length, 1, random) ? `${name.slice(0, comma).trim()}, ${given.join(' ')}` : null;
  }
  const parts = tokens(name);
  return dropOne(parts, 1, parts.length - 1, 2, random) ? parts.join(' ') : null;
}

const RUSSIAN_SURNAME = /(ov|ev|ova|eva|sky|skiy|skii|skaya|enko)$/i;
const PATRONYMIC = /(ovich|evich|ovna|evna|ichna)$/i;

/** A Latin name with a Russian patronymic, or a token of 5+ letters with a Russian surname ending. */
export function looksRussian(name: string): boolean {
  if (!LATIN_NAME.test(name)) return false;
  const parts = tokens(name.replace(/[,.]/g, ' '));
  if (parts.length < 2) return false;
  if (parts.some((t) => PATRONYMIC.test(t))) return true;
  return parts.some((t) => t.length >= 5 && RUSSIAN_SURNAME.test(t));
}

/** Latin -> Cyrillic, longest spelling first (shch, zh, kh, ts, ch, sh, yu, ya, ...). */
const LATIN_TO_CYRILLIC: readonly (readonly [string, string])[] = [
  ['shch', 'щ'], ['iy', 'ий'], ['yy', 'ый'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'],
  ['yu', 'ю'], ['ya', 'я'], ['yo', 'ё'], ['ye', 'е'], ['ie', 'ье'], ['x', 'кс'], ['j', 'дж'],
  ['a', 'а'], ['b', 'б'], ['v', 'в'], ['w', 'в'], ['g', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'и'],
  ['y', 'ы'], ['k', 'к'], ['c', 'к'], ['q', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'],
  ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['h', 'х'],
];

function cyrillicWord(word: string): string {
  const lower = word.toLowerCase();
  let out = '';
  let i = 0;
  while (i < lower.length) {
    const ch = lower[i] ?? '';
    if (!/[a-z]/.test(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    // y after a vowel, or at the end of the word, is й; elsewhere the table decides (ya, yu, ...).
    const prev = lower[i - 1] ?? '';
    if (ch === 'y' && /[aeiou]/.test(prev) && !/[aeiou]/.test(lower[i + 1] ?? '')) {
      out += 'й';
      i += 1;
      continue;
    }
    if (ch === 'e' && i === 0) {
      out += 'е';
      i += 1;
      continue;
    }
    const hit = LATIN_TO_CYRILLIC.find(([latin]) => lower.startsWith(latin, i));
    out += hit ? hit[1] : ch;
    i += hit ? hit[0].length : 1;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** A Cyrillic spelling of a Russian-looking Latin name ("Sergei Lavrov" -> "Сергеи Лавров"). */
export function cyrillicName(name: string): string | null {
  if (!looksRussian(name)) return null;
  return name.replace(/[A-Za-z]+/g, cyrillicWord);
}

/** Applies one kind of perturbation; null when the name does not allow it or nothing changes. */
export function perturbName(kind: PerturbationKind, name: string, random: () => number): string | null {
  let out: string | null;
  switch (kind) {
    case 'typo':
      out = typoName(name, random);
      break;
    case 'reorder':
      out = reorderName(name);
      break;
    case 'drop-middle':
      out = dropMiddleName(name, random);
      break;
    case 'cross-script':
      out = cyrillicName(name);
      break;
    default: {
      const never: never = kind;
      throw new Error(`unknown perturbation ${String(never)}`);
    }
  }
  return out !== null && out.toLowerCase() !== name.toLowerCase() ? out : null;
}
