import type { FeatureExplanation } from './types.js';

/**
 * The non-name features: birth dates, countries and gender. Each returns an explanation whose
 * effect is added to the name score; a clear contradiction is negative, agreement positive, and
 * missing data on either side does nothing.
 * @module
 */

/** How much each finding moves the score. */
export const EFFECTS = {
  birthExact: 0.08,
  birthYear: 0.04,
  birthSwap: 0.05,
  birthSameYearOtherDay: -0.12,
  birthContradiction: -0.35,
  countryAgree: 0.02,
  countryDisagree: -0.06,
  genderDisagree: -0.25,
} as const;

interface DateParts {
  text: string;
  year: number;
  month?: number;
  day?: number;
}

function dateParts(text: string): DateParts | undefined {
  const m = text.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!m) return undefined;
  // Set one by one, not spread: object spreads are slow.
  const parts: DateParts = { text, year: Number(m[1]) };
  if (m[2]) parts.month = Number(m[2]);
  if (m[3]) parts.day = Number(m[3]);
  return parts;
}

/**
 * Parsed dates, by their array (a profile's own, never changed): a listed entity's dates meet every
 * query that finds it, and a query's dates every candidate.
 */
const PARSED_DATES = new WeakMap<readonly string[], DateParts[]>();

function parsedDates(dates: readonly string[]): DateParts[] {
  let parsed = PARSED_DATES.get(dates);
  if (!parsed) {
    parsed = dates.map(dateParts).filter((d): d is DateParts => !!d);
    PARSED_DATES.set(dates, parsed);
  }
  return parsed;
}

type DateFinding = 'exact' | 'year' | 'swap' | 'near' | 'same-year-other-day' | 'near-year-other-day' | 'far';

function compareDatePair(q: DateParts, l: DateParts): DateFinding {
  if (q.year !== l.year) {
    if (Math.abs(q.year - l.year) > 1) return 'far';
    // A year one off is a typo or an estimate, but two full dates that also differ in the day are
    // two findings against one person (1966-03-24 / 1967-07-04), as much as a same-year other day.
    const fullDates = q.day !== undefined && l.day !== undefined;
    return fullDates && (q.month !== l.month || q.day !== l.day) ? 'near-year-other-day' : 'near';
  }
  if (q.month === undefined || l.month === undefined) return 'year';
  if (q.day === undefined || l.day === undefined) return q.month === l.month ? 'year' : 'same-year-other-day';
  if (q.month === l.month && q.day === l.day) return 'exact';
  if (q.month === l.day && q.day === l.month) return 'swap';
  return 'same-year-other-day';
}

const DATE_RANK: DateFinding[] = ['exact', 'swap', 'year', 'near', 'same-year-other-day', 'near-year-other-day', 'far'];

/** Birth dates: exact, year-only, day/month swapped, a year apart, or a clear contradiction. */
export function compareBirthDates(query: readonly string[], listed: readonly string[]): FeatureExplanation | undefined {
  if (query.length === 0 || listed.length === 0) return undefined;
  const qs = parsedDates(query);
  const ls = parsedDates(listed);
  if (qs.length === 0 || ls.length === 0) return undefined;
  let best: { finding: DateFinding; q: DateParts; l: DateParts } | undefined;
  let bestRank = DATE_RANK.length;
  // The first exact pair wins: some listed persons have hundreds of dates.
  for (let i = 0; i < qs.length && bestRank > 0; i++) {
    const q = qs[i]!;
    for (const l of ls) {
      const finding = compareDatePair(q, l);
      const rank = DATE_RANK.indexOf(finding);
      if (rank < bestRank) {
        best = { finding, q, l };
        bestRank = rank;
        if (rank === 0) break;
      }
    }
  }
  if (!best) return undefined;
  const { q, l } = best;
  // A literal, not a spread of shared fields: this runs for every candidate with a date.
  const explain = (effect: number, detail: string): FeatureExplanation => ({ feature: 'birthDate', queryValue: q.text, listedValue: l.text, effect, detail });
  switch (best.finding) {
    case 'exact': return explain(EFFECTS.birthExact, 'same date of birth');
    case 'swap': return explain(EFFECTS.birthSwap, 'same date of birth with day and month swapped');
    case 'year': return explain(EFFECTS.birthYear, 'same year of birth');
    case 'near': return explain(0, 'years of birth one apart');
    case 'same-year-other-day': return explain(EFFECTS.birthSameYearOtherDay, 'same year of birth, other day');
    case 'near-year-other-day': return explain(EFFECTS.birthSameYearOtherDay, 'years of birth one apart, other day');
    case 'far': return explain(EFFECTS.birthContradiction, 'dates of birth contradict');
  }
}

/** Countries (nationality, citizenship, country, jurisdiction): shared or disjoint. */
export function compareCountries(query: readonly string[], listed: readonly string[]): FeatureExplanation | undefined {
  if (query.length === 0 || listed.length === 0) return undefined;
  const shared = query.find((c) => listed.includes(c));
  if (shared) return { feature: 'country', effect: EFFECTS.countryAgree, queryValue: shared, listedValue: shared, detail: 'country in common' };
  return {
    feature: 'country',
    effect: EFFECTS.countryDisagree,
    queryValue: query.join(', '),
    listedValue: listed.join(', '),
    detail: 'no country in common',
  };
}

export function compareGender(query: readonly string[], listed: readonly string[]): FeatureExplanation | undefined {
  const q = query.find((g) => g === 'male' || g === 'female');
  const l = listed.find((g) => g === 'male' || g === 'female');
  if (!q || !l || q === l) return undefined;
  return { feature: 'gender', effect: EFFECTS.genderDisagree, queryValue: q, listedValue: l, detail: 'different gender' };
}
