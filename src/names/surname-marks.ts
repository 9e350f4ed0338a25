/**
 * Which words of a written name the list marks as the surname. The EU and UK lists write it in
 * capitals among given names in mixed case (Michel Joseph MARTELLY, CHOE Yong-ho); OFAC writes it
 * before a comma (DA COSTA, Luis Fernando). A match that meets none of those words met given names
 * only, which many people share. Names without such a mark (all capitals, all mixed case, scripts
 * without case) say nothing.
 * @module
 */
import { legalFormOf } from './legal-forms.js';
import { normaliseText } from './normalise-text.js';

/**
 * A written word in capitals (its normalised form given): two letters or more, none lower-case,
 * not a Roman numeral (Abdullah II) or a legal form (Nicolás Maduro SA).
 */
function isCapitalised(word: string, normalised: string): boolean {
  const letters = word.match(/\p{L}/gu);
  if (letters === null || letters.length < 2 || word !== word.toUpperCase() || word === word.toLowerCase()) return false;
  return !/^[IVX]+$/.test(word) && legalFormOf(normalised) === undefined;
}

/** Whether the marked words are one run at the start or at the end. */
function atOneEnd(marked: readonly boolean[]): boolean {
  const first = marked.indexOf(true);
  const last = marked.lastIndexOf(true);
  const run = marked.slice(first, last + 1).every(Boolean);
  return run && (first === 0 || last === marked.length - 1);
}

/**
 * One flag per word of normaliseText(name): true for the words of the marked surname; undefined
 * when the name marks none (or its words do not line up with the normalised ones).
 *
 * @example surnameMask('Michel Joseph MARTELLY') // [false, false, true]
 * @example surnameMask('DA COSTA, Luis Fernando') // [true, true, false, false]
 * @example surnameMask('Vladimir Putin') // undefined
 */
export function surnameMask(name: string): boolean[] | undefined {
  const comma = name.indexOf(',');
  // Most listed names are all capitals (or have no case): they mark nothing, and cost nothing more here.
  if (comma <= 0 && (name === name.toUpperCase() || name === name.toLowerCase())) return undefined;
  const written = name
    .split(/\s+/)
    .map((raw) => ({ raw, normalised: normaliseText(raw) }))
    .filter((w) => w.normalised !== '');
  let marked: boolean[];
  if (comma > 0) {
    let before = true;
    marked = written.map(({ raw }) => {
      const mark = before;
      if (raw.includes(',')) before = false;
      return mark;
    });
  } else {
    marked = written.map(({ raw, normalised }) => isCapitalised(raw, normalised));
    // Capitals everywhere or nowhere mark nothing; a surname opens or closes the name, so capitals
    // in the middle (Abdul Baqi BASIR Awal Shah) are something else.
    if (!marked.includes(true) || !marked.includes(false) || !atOneEnd(marked)) return undefined;
  }
  const mask = written.flatMap(({ normalised }, i) => normalised.split(' ').map(() => marked[i]!));
  if (!mask.includes(false) || mask.length !== normaliseText(name).split(' ').length) return undefined;
  return mask;
}
