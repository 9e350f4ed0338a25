/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions) with a bound:
 * returns `bound + 1` as soon as the distance must exceed `bound`. Written here because name typos
 * are often swapped letters (Hana / Hnaa), which plain Levenshtein counts twice, and because the
 * matcher only cares whether the distance is at most 2, so a bounded search keeps it cheap. The
 * three rows are reused between calls: this runs for every fuzzy token pair of every candidate.
 */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

export function boundedEditDistance(a: string, b: string, bound: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > bound) return bound + 1;
  if (bound <= 1) return atMostOneEdit(a, b) ? (a === b ? 0 : 1) : bound + 1;
  if (lettersMissing(a, b) > bound) return bound + 1;
  if (rows[0].length <= m) rows = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  let [before, previous, current] = rows;
  const far = bound + 1;
  // Only cells within `bound` of the diagonal can stay within the bound: the rest count as `far`.
  for (let j = 0; j <= m; j++) previous[j] = j <= bound ? j : far;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - bound);
    const to = Math.min(m, i + bound);
    current[0] = i <= bound ? i : far;
    if (from > 1) current[from - 1] = far;
    let rowMin = current[0]!;
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) value = Math.min(value, before[j - 2]! + 1);
      if (value > far) value = far;
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < m) current[to + 1] = far;
    if (rowMin > bound) return far;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[m]!, bound + 1);
}

/**
 * A lower bound of the distance, in linear time: an edit takes at most one letter out of a text and
 * puts at most one in, so each letter (bit of charCode % 32) of one text missing from the other is an edit.
 */
function lettersMissing(a: string, b: string): number {
  let aLetters = 0;
  let bLetters = 0;
  for (let i = 0; i < a.length; i++) aLetters |= 1 << (a.charCodeAt(i) & 31);
  for (let i = 0; i < b.length; i++) bLetters |= 1 << (b.charCodeAt(i) & 31);
  return Math.max(bitCount(aLetters & ~bLetters), bitCount(bLetters & ~aLetters));
}

function bitCount(x: number): number {
  let count = 0;
  for (let y = x; y !== 0; y &= y - 1) count += 1;
  return count;
}

/** Linear check for the common bound of one edit: equal, or one substitution, insertion, deletion or swap. */
function atMostOneEdit(a: string, b: string): boolean {
  if (a.length < b.length) return atMostOneEdit(b, a);
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === b.length) return a.length - b.length <= 1;
  if (a.length === b.length) {
    if (sameFrom(a, i + 1, b, i + 1)) return true; // substitution
    return a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameFrom(a, i + 2, b, i + 2); // swap
  }
  return sameFrom(a, i + 1, b, i); // deletion from the longer
}

/** a.slice(i) === b.slice(j), without building the slices. */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}
