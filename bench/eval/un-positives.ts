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

/**
 * Persons of the benchmark file (made 2025-08) that the UN list in ../shared (generated 2026-02-27)
 * no longer carries: the UN Security Council delisted Abu Mohammed al-Jawlani (QDi.317) and Anas
 * Hasan Khattab in November 2025, and none of the three has an entry in that file or in the UK list
 * of 2026-05, which repeats every UN ISIL/Al-Qaida designation (QDi.317 survives only in other
 * entries' comments). A miss on them is not a miss of the matcher; recall is also given without them.
 */
const NO_LONGER_ON_UN_LIST: ReadonlySet<string> = new Set(['ANAS HASAN KHATTAB', 'MUNIR AL QUBAYSI', 'ABU MOHAMMED AL-JAWLANI']);

export interface UnPositivesResult {
  queries: number;
  recall: number;
  /** Recall over the persons the loaded UN list still carries (NO_LONGER_ON_UN_LIST left out). */
  recallListed: number;
  listed: number;
  /** Share of those still listed whose best UN result is a hit with no result scoring strictly higher. */
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
  let listedHits = 0;
  let listed = 0;
  let rankOne = 0;
  let inTopTen = 0;
  const misses: { row: PersonRow; results: MatchResult[] }[] = [];
  for (const row of rows) {
    const results = ctx.matcher.match(personQuery(row), { threshold: ctx.threshold, limit: RESULT_LIMIT });
    const bestUn = results.find(isUnResult);
    if (bestUn) inTopTen += 1;
    const hit = bestUn !== undefined && bestUn.score >= ctx.threshold;
    const stillListed = !NO_LONGER_ON_UN_LIST.has(row.fullName);
    if (stillListed) listed += 1;
    if (hit) {
      hits += 1;
      if (stillListed) listedHits += 1;
      else console.warn(`un-positives: line ${row.line} (${row.fullName}) was found on the UN list: NO_LONGER_ON_UN_LIST is out of date`);
    } else misses.push({ row, results });
    if (hit && stillListed && !results.some((r) => r.score > bestUn.score)) rankOne += 1;
  }
  const n = rows.length;
  const result: UnPositivesResult = {
    queries: n,
    recall: hits / n,
    recallListed: listedHits / listed,
    listed,
    rankOneShare: rankOne / listed,
    inTopTen: inTopTen / n,
    missesFile: writeUnMisses(misses, ctx.threshold),
  };
  const markdown = [
    `${n} UN-listed persons (name, birth date, nationality, gender, birth place where given), each screened against all lists ` +
      `with limit ${RESULT_LIMIT}. A hit is a result from \`${UN_DATASET}\` at or above ${ctx.threshold.toFixed(2)}. ` +
      `${n - listed} of them are no longer on the loaded UN list (delisted after the benchmark file was made; see NO_LONGER_ON_UN_LIST in bench/eval/un-positives.ts): ` +
      `the second column leaves them out.`,
    '',
    markdownTable(
      ['recall', `recall of the ${listed} still listed`, 'still listed, UN entity ranked 1st (ties counted; >= threshold)', 'UN entity anywhere in the top 10', 'misses'],
      [[formatPercent(result.recall), formatPercent(result.recallListed), formatPercent(result.rankOneShare), formatPercent(result.inTopTen), `${misses.length}: \`${result.missesFile}\``]],
      'rrrrl',
    ),
  ].join('\n');
  return {
    result,
    section: {
      id: 'un-positives',
      title: 'Recall on UN-listed persons (yente candidate benchmark positives)',
      summary: [
        { set: `un-positives (${n})`, metric: 'recall at threshold (rank 1)', vigil: `${formatPercent(result.recall)}; ${formatPercent(result.recallListed)} of the ${listed} still listed (${formatPercent(result.rankOneShare)})`, goal: '100%, rank 1', peers: '-' },
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
      NO_LONGER_ON_UN_LIST.has(row.fullName) ? `${row.fullName} (no longer on the UN list)` : row.fullName,
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
