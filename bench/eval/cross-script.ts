/**
 * Watchman's cross-script pairs (`watchman_cross_script/cross_script_pairs.csv`: Query, Expected
 * Match, Min Score, Description, named in a `#` comment; the file has no header row): Arabic, Cyrillic, CJK, Hangul, Greek,
 * Hebrew and Thai names against their Latin forms. Each pair is scored as two Person names; the
 * goal is that every pair reaches the minimum score Watchman's embedding model reached.
 */
import { markdownTable, type EvalOutcome, type PairEvalContext } from './eval-report.js';
import { evalDataFile } from './eval-paths.js';
import { column, numberCell, readEvalCsv } from './read-eval-csv.js';

export const CROSS_SCRIPT_PAIRS = 'watchman_cross_script/cross_script_pairs.csv';

export interface CrossScriptPair {
  line: number;
  query: string;
  expected: string;
  minScore: number;
  description: string;
}

export function readCrossScriptPairs(path = evalDataFile(CROSS_SCRIPT_PAIRS)): CrossScriptPair[] {
  const columns = ['Query', 'Expected Match', 'Min Score', 'Description'];
  return readEvalCsv(path, columns, columns).map((row) => ({
    line: row.line,
    query: column(row, 'Query'),
    expected: column(row, 'Expected Match'),
    minScore: numberCell(row, 'Min Score', path),
    description: column(row, 'Description'),
  }));
}

export interface CrossScriptResult {
  pairs: number;
  meetingMinScore: number;
  atThreshold: number;
}

export function evaluateCrossScript(ctx: PairEvalContext): EvalOutcome<CrossScriptResult> {
  const pairs = readCrossScriptPairs();
  const scored = pairs.map((p) => ({
    pair: p,
    score: ctx.scorePair({ schema: 'Person', properties: { name: [p.query] } }, { schema: 'Person', properties: { name: [p.expected] } }).score,
  }));
  const meetingMinScore = scored.filter((s) => s.score >= s.pair.minScore).length;
  const atThreshold = scored.filter((s) => s.score >= ctx.threshold).length;
  const markdown = [
    `${pairs.length} pairs; ${meetingMinScore} reach Watchman's minimum score, ${atThreshold} reach Vigil's threshold ${ctx.threshold.toFixed(2)}.`,
    '',
    markdownTable(
      ['query', 'expected', 'min score', 'Vigil', 'meets min', 'description'],
      scored.map((s) => [s.pair.query, s.pair.expected, s.pair.minScore.toFixed(2), s.score.toFixed(3), s.score >= s.pair.minScore ? 'yes' : '**no**', s.pair.description]),
      'llrrll',
    ),
  ].join('\n');
  return {
    result: { pairs: pairs.length, meetingMinScore, atThreshold },
    section: {
      id: 'cross-script',
      title: 'Cross-script pairs (Watchman)',
      summary: [
        {
          set: `cross-script (${pairs.length} pairs)`,
          metric: "pairs reaching Watchman's min score",
          vigil: `${meetingMinScore} / ${pairs.length} (${atThreshold} >= threshold)`,
          goal: `${pairs.length} / ${pairs.length}`,
          peers: 'Watchman embeddings: all (by construction)',
        },
      ],
      markdown,
    },
  };
}
