/**
 * Recall on 683 real UN-listed persons (`positives_un_untreated.csv`), screened with the matcher
 * against all loaded lists. The right answer is the UN-listed party with that name: a hit is any
 * result from the UN dataset at or above the threshold. Also reports where the best UN result
 * ranks. Most UN-listed persons are also on the OFAC, EU and UK lists with the same names, so their
 * copies often tie with the UN entity: the rank counts only results with a strictly higher score.
 */
import type { MatchResult } from '../../src/match/types.js';
import { markdownTable, type EvalOutcome, type ScreeningEvalContext } from './eval-report.js';
import { writeEvalOut } from './eval-paths.js';
import { formatPercent } from './metrics.js';
import { personQuery, readUnPositives, type PersonRow } from './person-rows.js';
import { UN_DATASET } from './screening-lists.js';

const RESULT_LIMIT = 10;

export interface UnPositivesResult {
  queries: number;
  recall: number;
  /** Share whose best UN result is a hit with no result scoring strictly higher. */
  rankOneShare: number;
  /** Share with a UN result anywhere in the top 10, whatever its score. */
  inTopTen: number;
  missesFile: string;
}

export function isUnResult(result: MatchResult): boolean {
  return result.entity.datasets.includes(UN_DATASET);
}

export function evaluateUnPositives(ctx: ScreeningEvalContext, rows: readonly PersonRow[] = readUnPositives()): EvalOutcome<UnPositivesResult> {
  let hits = 0;
  let rankOne = 0;
  let inTopTen = 0;
  const misses: { row: PersonRow; results: MatchResult[] }[] = [];
  for (const row of rows) {
    const results = ctx.matcher.match(personQuery(row), { threshold: ctx.threshold, limit: RESULT_LIMIT });
    const bestUn = results.find(isUnResult);
    if (bestUn) inTopTen += 1;
    const hit = bestUn !== undefined && bestUn.score >= ctx.threshold;
    if (hit) hits += 1;
    else misses.push({ row, results });
    if (hit && !results.some((r) => r.score > bestUn.score)) rankOne += 1;
  }
  const n = rows.length;
  const result: UnPositivesResult = {
    queries: n,
    recall: hits / n,
    rankOneShare: rankOne / n,
    inTopTen: inTopTen / n,
    missesFile: writeUnMisses(misses, ctx.threshold),
  };
  const markdown = [
    `${n} UN-listed persons (name, birth date, nationality, gender, birth place where given), each screened against all lists ` +
      `with limit ${RESULT_LIMIT}. A hit is a result from \`${UN_DATASET}\` at or above ${ctx.threshold.toFixed(2)}.`,
    '',
    markdownTable(
      ['recall', 'UN entity ranked 1st (ties counted; >= threshold)', 'UN entity anywhere in the top 10', 'misses'],
      [[formatPercent(result.recall), formatPercent(result.rankOneShare), formatPercent(result.inTopTen), `${misses.length}: \`${result.missesFile}\``]],
      'rrrl',
    ),
  ].join('\n');
  return {
    result,
    section: {
      id: 'un-positives',
      title: 'Recall on UN-listed persons (yente candidate benchmark positives)',
      summary: [
        { set: `un-positives (${n})`, metric: 'recall at threshold (rank 1)', vigil: `${formatPercent(result.recall)} (${formatPercent(result.rankOneShare)})`, goal: '-', peers: '-' },
      ],
      markdown,
    },
  };
}

function writeUnMisses(misses: readonly { row: PersonRow; results: MatchResult[] }[], threshold: number): string {
  const rows = misses.map(({ row, results }) => {
    const top = results[0];
    const un = results.find(isUnResult);
    return [
      row.line,
      row.fullName,
      row.dateOfBirth,
      top ? `${top.entity.caption} (${top.entity.datasets.join(', ')})` : '(none)',
      top ? top.score.toFixed(3) : '',
      un ? `${un.entity.caption} ${un.score.toFixed(3)}` : '(no UN result in top 10)',
    ];
  });
  const text = [
    `# UN positives missed at threshold ${threshold.toFixed(2)}`,
    '',
    markdownTable(['line', 'query', 'birth date', 'top result', 'score', 'best UN result'], rows, 'rlllrl'),
    '',
  ].join('\n');
  return writeEvalOut('un-positives-misses.md', text);
}
