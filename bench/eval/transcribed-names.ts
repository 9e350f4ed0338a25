/**
 * Listed persons' names written as Japanese, Korean and Chinese write foreign names (katakana,
 * Hangul, transcription characters), a small hand-written file in this repo
 * (`bench/eval/data/transcribed-names.csv`): each is screened
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

export const TRANSCRIBED_NAMES = join(PROJECT_ROOT, 'bench', 'eval', 'data', 'transcribed-names.csv');
const SCRIPTS = ['katakana', 'hangul', 'chinese'] as const;
const SCRIPT_TITLES = { katakana: 'katakana', hangul: 'Hangul', chinese: 'Chinese' } as const;

export interface TranscribedNamesResult {
  names: number;
  found: Record<(typeof SCRIPTS)[number], number>;
  misses: string[];
}

function holdsWord(result: MatchResult, word: string): boolean {
  const names = [result.entity.caption, ...(result.entity.properties['name'] ?? []), ...(result.entity.properties['alias'] ?? [])];
  return names.some((name) => normaliseText(name).split(' ').includes(word));
}

export function evaluateTranscribedNames(ctx: ScreeningEvalContext): EvalOutcome<TranscribedNamesResult> {
  const rows = readEvalCsv(TRANSCRIBED_NAMES, [...SCRIPTS, 'listed']);
  const found = { katakana: 0, hangul: 0, chinese: 0 };
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
    return [word, ...SCRIPTS.flatMap((script, i) => [column(row, script), cells[i]!])];
  });
  const share = (n: number): string => `${formatPercent(n / rows.length)} (${n} / ${rows.length})`;
  const shares = SCRIPTS.map((script) => `${SCRIPT_TITLES[script]} ${share(found[script])}`).join(', ');
  return {
    result: { names: rows.length, found, misses },
    section: {
      id: 'transcribed',
      title: 'Foreign names in katakana, Hangul and Chinese characters (hand-written, bench/eval/data)',
      summary: [{ set: `transcribed (${rows.length} listed persons)`, metric: 'found at threshold: katakana; Hangul; Chinese', vigil: SCRIPTS.map((script) => share(found[script])).join('; '), goal: '-', peers: '-' }],
      markdown: [
        `${rows.length} listed persons, each written in katakana, in Hangul and in Chinese characters by hand, screened against all lists as Person queries. ` +
          `Found: ${shares}. Most rows were used to write the readings (the file's header says which were not): coverage, not unseen cases.`,
        '',
        markdownTable(['listed', ...SCRIPTS.flatMap((script) => [SCRIPT_TITLES[script], 'found'])], table),
      ].join('\n'),
    },
  };
}
