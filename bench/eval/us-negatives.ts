/**
 * False alerts on synthetic innocent persons (`negatives_us.csv`, 50,000 rows), and the bulk
 * screening speed. The file is split in two so the sets never overlap: the first 45,000 rows are
 * the working negatives (item 7), the last 5,000 are held back (item 8, see held-back.ts).
 * An alert is any result at or above the threshold.
 */
import type { MatchResult } from '../../src/match/types.js';
import { markdownTable, type EvalOutcome, type ScreeningEvalContext } from './eval-report.js';
import { writeEvalOut } from './eval-paths.js';
import { personQuery, type PersonRow } from './person-rows.js';
import { percentile } from '../percentile.js';

export const WORKING_NEGATIVES = 45_000;
export const HELD_BACK_NEGATIVES = 5_000;
const LISTED_ALERTS = 20;

/** The working negatives (the first `count`, at most 45,000) and the held-back 5,000 (the end of the file). */
export function splitNegatives(rows: readonly PersonRow[], count = WORKING_NEGATIVES): { working: PersonRow[]; heldBack: PersonRow[] } {
  if (rows.length < WORKING_NEGATIVES + HELD_BACK_NEGATIVES) throw new Error(`negatives: expected 50,000 rows, got ${rows.length}`);
  return { working: rows.slice(0, Math.min(count, WORKING_NEGATIVES)), heldBack: rows.slice(rows.length - HELD_BACK_NEGATIVES) };
}

export interface NegativeAlert {
  row: PersonRow;
  result: MatchResult;
}

export interface NegativesScreening {
  queries: number;
  /** Queries with at least one result at or above the threshold. */
  alertedQueries: number;
  alertsPerThousand: number;
  queriesPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  /** The best alert of each alerted query, highest first. */
  alerts: NegativeAlert[];
  /** Rows surnamed Wagner (hard negatives against the Wagner Group), and how many of them alerted. */
  wagnerRows: number;
  wagnerAlerts: number;
}

/** Screens each row and counts the queries that alert; shared by the working and held-back sets. */
export function screenNegatives(ctx: ScreeningEvalContext, rows: readonly PersonRow[], onProgress?: (done: number) => void): NegativesScreening {
  const alerts: NegativeAlert[] = [];
  const latencies: number[] = [];
  let wagnerRows = 0;
  let wagnerAlerts = 0;
  const started = performance.now();
  rows.forEach((row, i) => {
    const query = personQuery(row);
    const t0 = performance.now();
    const results = ctx.matcher.match(query, { threshold: ctx.threshold, limit: 5 });
    latencies.push(performance.now() - t0);
    const top = results[0];
    const alerted = top !== undefined && top.score >= ctx.threshold;
    if (alerted) alerts.push({ row, result: top });
    if (/^wagner$/i.test(row.lastName)) {
      wagnerRows += 1;
      if (alerted) wagnerAlerts += 1;
    }
    if (onProgress && (i + 1) % 5000 === 0) onProgress(i + 1);
  });
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  alerts.sort((a, b) => b.result.score - a.result.score);
  return {
    queries: rows.length,
    alertedQueries: alerts.length,
    alertsPerThousand: rows.length === 0 ? 0 : (alerts.length * 1000) / rows.length,
    queriesPerSecond: seconds === 0 ? 0 : rows.length / seconds,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    alerts,
    wagnerRows,
    wagnerAlerts,
  };
}

/** The top alerts as a markdown table. */
export function alertsTable(alerts: readonly NegativeAlert[], count = LISTED_ALERTS): string {
  return markdownTable(
    ['line', 'query', 'birth date', 'nationality', 'listed entity', 'datasets', 'score'],
    alerts.slice(0, count).map((a) => [a.row.line, a.row.fullName, a.row.dateOfBirth, a.row.nationality, `${a.result.entity.caption} (${a.result.entity.id})`, a.result.entity.datasets.join(', '), a.result.score.toFixed(3)]),
    'rllllll',
  );
}

export function evaluateUsNegatives(ctx: ScreeningEvalContext, working: readonly PersonRow[], onProgress?: (done: number) => void): EvalOutcome<NegativesScreening> {
  const result = screenNegatives(ctx, working, onProgress);
  const file = writeEvalOut(
    'negatives-alerts.md',
    [`# The ${LISTED_ALERTS} highest-scoring alerts on the working negatives (threshold ${ctx.threshold.toFixed(2)})`, '', alertsTable(result.alerts), ''].join('\n'),
  );
  const markdown = [
    `The first ${result.queries.toLocaleString('en')} synthetic persons of \`negatives_us.csv\` (rows 1-${WORKING_NEGATIVES.toLocaleString('en')}; ` +
      `the last ${HELD_BACK_NEGATIVES.toLocaleString('en')} are held back), each screened against all lists with all its fields. ` +
      `An alert is a query with any result at or above ${ctx.threshold.toFixed(2)}.`,
    '',
    markdownTable(
      ['queries', 'alerted queries', 'alerts per 1,000', 'Wagner-surnamed alerts', 'queries/s (one thread)', 'p50 ms', 'p95 ms'],
      [[result.queries, result.alertedQueries, result.alertsPerThousand.toFixed(2), `${result.wagnerAlerts} / ${result.wagnerRows}`, result.queriesPerSecond.toFixed(0), result.p50Ms.toFixed(2), result.p95Ms.toFixed(2)]],
      'rrrrrrr',
    ),
    '',
    `The ${LISTED_ALERTS} highest-scoring alerts: \`${file}\`.`,
  ].join('\n');
  return {
    result,
    section: {
      id: 'negatives',
      title: 'False alerts and bulk speed (yente candidate benchmark negatives)',
      summary: [
        { set: `negatives (first ${result.queries.toLocaleString('en')})`, metric: 'alerts per 1,000 names', vigil: result.alertsPerThousand.toFixed(2), goal: '-', peers: '-' },
        { set: `negatives (first ${result.queries.toLocaleString('en')})`, metric: 'queries per second (bulk, one thread)', vigil: result.queriesPerSecond.toFixed(0), goal: '-', peers: '-' },
      ],
      markdown,
    },
  };
}
