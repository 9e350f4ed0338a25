/**
 * Candidate-index completeness: for a sample of queries, the share of the results a brute-force
 * scan scores at or above the threshold that the index's candidates also return. Anything below
 * 100% is a listed party the index would never have shown to the scorer.
 */
import type { MatchQuery } from '../../src/match/types.js';
import { markdownTable, type EvalOutcome, type ScreeningEvalContext } from './eval-report.js';
import { writeEvalOut } from './eval-paths.js';
import { formatPercent } from './metrics.js';

const GOAL_SHARE = 0.995;
const RESULT_LIMIT = 50;

export interface CompletenessQuery {
  /** Which sample it comes from: `positives`, `held-back`, `negatives`. */
  sample: string;
  label: string;
  query: MatchQuery;
}

export interface CompletenessResult {
  queries: number;
  bruteForceMatches: number;
  indexedMatches: number;
  share: number;
  bruteForceMs: number;
  indexMs: number;
}

export function evaluateIndexCompleteness(
  ctx: ScreeningEvalContext,
  queries: readonly CompletenessQuery[],
  onProgress?: (done: number) => void,
): EvalOutcome<CompletenessResult> {
  const bySample = new Map<string, { queries: number; brute: number; found: number }>();
  const missed: (string | number)[][] = [];
  let bruteForceMs = 0;
  let indexMs = 0;
  for (const [i, q] of queries.entries()) {
    const t0 = performance.now();
    const indexed = ctx.matcher.match(q.query, { threshold: ctx.threshold, limit: RESULT_LIMIT });
    const t1 = performance.now();
    const brute = ctx.matcher.match(q.query, { threshold: ctx.threshold, limit: RESULT_LIMIT, bruteForce: true });
    bruteForceMs += performance.now() - t1;
    indexMs += t1 - t0;
    const indexedIds = new Set(indexed.filter((r) => r.score >= ctx.threshold).map((r) => r.entity.id));
    const tally = bySample.get(q.sample) ?? { queries: 0, brute: 0, found: 0 };
    tally.queries += 1;
    for (const r of brute) {
      if (r.score < ctx.threshold) continue;
      tally.brute += 1;
      if (indexedIds.has(r.entity.id)) tally.found += 1;
      else missed.push([q.sample, q.label, `${r.entity.caption} (${r.entity.id})`, r.score.toFixed(3)]);
    }
    bySample.set(q.sample, tally);
    if (onProgress && (i + 1) % 100 === 0) onProgress(i + 1);
  }
  const totals = [...bySample.values()].reduce((a, t) => ({ queries: a.queries + t.queries, brute: a.brute + t.brute, found: a.found + t.found }), { queries: 0, brute: 0, found: 0 });
  const share = totals.brute === 0 ? 1 : totals.found / totals.brute;
  const missedFile = writeEvalOut('index-misses.md', ['# Brute-force matches the index did not return', '', markdownTable(['sample', 'query', 'listed entity', 'score'], missed, 'lllr'), ''].join('\n'));
  const result: CompletenessResult = { queries: totals.queries, bruteForceMatches: totals.brute, indexedMatches: totals.found, share, bruteForceMs, indexMs };
  const markdown = [
    `${totals.queries} queries, each run through the index and as a brute-force scan of every entity (limit ${RESULT_LIMIT}). ` +
      `Share of brute-force results at or above ${ctx.threshold.toFixed(2)} that the index also returned (goal ${formatPercent(GOAL_SHARE)}).`,
    '',
    markdownTable(
      ['sample', 'queries', 'brute-force matches', 'also found by the index', 'share'],
      [
        ...[...bySample.entries()].map(([sample, t]) => [sample, t.queries, t.brute, t.found, formatPercent(t.brute === 0 ? 1 : t.found / t.brute, 2)]),
        ['**all**', totals.queries, totals.brute, totals.found, `**${formatPercent(share, 2)}**`],
      ],
      'lrrrr',
    ),
    '',
    `Mean time per query: index ${(indexMs / Math.max(1, totals.queries)).toFixed(2)} ms, brute force ${(bruteForceMs / Math.max(1, totals.queries)).toFixed(1)} ms. ` +
      `Missed matches: \`${missedFile}\`.`,
  ].join('\n');
  return {
    result,
    section: {
      id: 'index',
      title: 'Candidate-index completeness',
      summary: [{ set: `index (${totals.queries} queries)`, metric: 'brute-force matches the index also returns', vigil: formatPercent(share, 2), goal: `>= ${formatPercent(GOAL_SHARE)}`, peers: '-' }],
      markdown,
    },
  };
}
