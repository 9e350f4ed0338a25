/**
 * Listed persons' names written as Japanese and Korean write foreign names (katakana, Hangul), a
 * small hand-written file in this repo (`bench/eval/data/kana-hangul-names.csv`): each is screened
 * as a Person query against all lists, and found when a result at or above the threshold, among
 * the first ten, holds the row's `listed` word in one of its names.
 */
import { join } from 'node:path';
import { normaliseText } from '../../src/names/index.js';
import type { MatchResult } from '../../src/match/types.js';
import { markdownTable, type EvalOutcome, type ScreeningEvalContext } from './eval-report.js';
import { PROJECT_ROOT } from './eval-paths.js';
import { formatPercent } from './metrics.js';
import { column, readEvalCsv } from './read-eval-csv.js';

export const KANA_HANGUL_NAMES = join(PROJECT_ROOT, 'bench', 'eval', 'data', 'kana-hangul-names.csv');
const SCRIPTS = ['katakana', 'hangul'] as const;

export interface KanaHangulResult {
  names: number;
  found: Record<(typeof SCRIPTS)[number], number>;
  misses: string[];
}

function holdsWord(result: MatchResult, word: string): boolean {
  const names = [result.entity.caption, ...(result.entity.properties['name'] ?? []), ...(result.entity.properties['alias'] ?? [])];
  return names.some((name) => normaliseText(name).split(' ').includes(word));
}

export function evaluateKanaHangulNames(ctx: ScreeningEvalContext): EvalOutcome<KanaHangulResult> {
  const rows = readEvalCsv(KANA_HANGUL_NAMES, ['katakana', 'hangul', 'listed']);
  const found = { katakana: 0, hangul: 0 };
  const misses: string[] = [];
  const table = rows.map((row) => {
    const word = normaliseText(column(row, 'listed'));
    const cells = SCRIPTS.map((script) => {
      const name = column(row, script);
      const results = ctx.matcher.match({ schema: 'Person', properties: { name: [name] } }, { limit: 10 });
      const hit = results.find((r) => r.score >= ctx.threshold && holdsWord(r, word));
      if (hit) found[script] += 1;
      else misses.push(name);
      return hit ? `${hit.entity.caption} (${hit.score.toFixed(2)})` : `- (best: ${results[0] ? `${results[0].entity.caption} ${results[0].score.toFixed(2)}` : 'none'})`;
    });
    return [word, column(row, 'katakana'), cells[0]!, column(row, 'hangul'), cells[1]!];
  });
  const share = (n: number): string => `${formatPercent(n / rows.length)} (${n} / ${rows.length})`;
  return {
    result: { names: rows.length, found, misses },
    section: {
      id: 'kana-hangul',
      title: 'Foreign names in katakana and Hangul (hand-written, bench/eval/data)',
      summary: [{ set: `kana-hangul (${rows.length} listed persons)`, metric: 'found at threshold: katakana; Hangul', vigil: `${share(found.katakana)}; ${share(found.hangul)}`, goal: '-', peers: '-' }],
      markdown: [
        `${rows.length} listed persons, each written in katakana and in Hangul by hand, screened against all lists as Person queries. ` +
          `Found: katakana ${share(found.katakana)}, Hangul ${share(found.hangul)}. The rows were used to write the readings: coverage, not unseen cases.`,
        '',
        markdownTable(['listed', 'katakana', 'found', 'Hangul', 'found'], table),
      ].join('\n'),
    },
  };
}
