import type { Entity } from '../model/index.js';
import type { EntityProfile } from './entity-profile.js';

/**
 * One person is often listed by several authorities, and some listings give no birth date where
 * another gives it (the UK's SADDAM HUSSEIN AL-TIKRITI has none; the UN's and OFAC's have 1937).
 * Without a date such a listing meets every namesake of a query that gives one: a query's date
 * cannot contradict it. So a listed person without a birth date borrows the dates of another
 * list's listing of the same name, when nothing says they are two people:
 * - the same words in the main name (in any order), at least MIN_NAME_WORDS of them;
 * - from other lists only: a list that names two parties alike says they are two;
 * - the lenders' dates agree (their years within MAX_YEAR_SPREAD of each other), and no two of the
 *   listings name countries without one in common.
 * Only the score reads the borrowed dates (and the explanation says whose they are); the stored
 * listing is unchanged.
 */
const MIN_NAME_WORDS = 3;
const MAX_YEAR_SPREAD = 2;

/** Fills in the birth dates of listed persons that have none; returns how many borrowed. */
export function borrowBirthDates(parties: readonly Entity[], profiles: EntityProfile[]): number {
  let borrowed = 0;
  for (const group of namesakes(parties, profiles)) {
    if (!countriesAgree(group.map((i) => profiles[i]!.countries))) continue;
    // Only dates a listing gives itself are lent: not those it borrowed a moment ago.
    const dated = group.filter((j) => profiles[j]!.birthDates.length > 0);
    for (const i of group) {
      if (profiles[i]!.birthDates.length > 0) continue;
      const lenders = dated.filter((j) => !parties[j]!.datasets.some((d) => parties[i]!.datasets.includes(d)));
      const dates = [...new Set(lenders.flatMap((j) => profiles[j]!.birthDates))];
      if (dates.length === 0 || !yearsAgree(dates)) continue;
      profiles[i] = { ...profiles[i]!, birthDates: dates, birthDatesFrom: lenders.map((j) => parties[j]!.id) };
      borrowed += 1;
    }
  }
  return borrowed;
}

/** Listed persons (by index) whose main names have the same words, in groups of two or more. */
function namesakes(parties: readonly Entity[], profiles: readonly EntityProfile[]): number[][] {
  const groups = new Map<string, number[]>();
  profiles.forEach((profile, i) => {
    if (profile.schema !== 'Person' || !parties[i]!.target) return;
    const tokens = profile.names[0]?.variants[0]?.tokens ?? [];
    if (tokens.length < MIN_NAME_WORDS) return;
    const key = tokens.map((t) => t.text).sort().join(' ');
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

function yearsAgree(dates: readonly string[]): boolean {
  const years = dates.map((d) => Number(d.slice(0, 4))).filter((y) => Number.isFinite(y));
  return years.length > 0 && Math.max(...years) - Math.min(...years) <= MAX_YEAR_SPREAD;
}

/** Every two listings that name countries name one in common. */
function countriesAgree(lists: readonly (readonly string[])[]): boolean {
  const named = lists.filter((c) => c.length > 0);
  return named.every((a) => named.every((b) => a.some((c) => b.includes(c))));
}
