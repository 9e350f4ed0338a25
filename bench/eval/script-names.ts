/**
 * Listed persons' names written by hand in other scripts, in small files in this repo
 * (`bench/eval/data`): foreign names as Japanese, Korean and Chinese write them (katakana, Hangul,
 * transcription characters), Myanmar's listed officials in Burmese script, Chinese and North
 * Korean persons in Cyrillic as Russian writes their names, and Somali persons in Somali orthography. Each name is
 * screened as a Person query against all lists, and found when a result at or above the threshold,
 * among the first ten, holds the row's `listed` word in one of its names.
 */
import { join } from 'node:path';
import { normaliseText } from '../../src/names/index.js';
import type { MatchResult } from '../../src/match/types.js';
import { markdownTable, type EvalOutcome, type ScreeningEvalContext } from './eval-report.js';
import { PROJECT_ROOT } from './eval-paths.js';
import { formatPercent } from './metrics.js';
import { column, readEvalCsv } from './read-eval-csv.js';

/** One file of names, `bench/eval/data/<id>-names.csv`: its columns of names (column -> title) beside the `listed` column. */
export interface ScriptNamesSet {
  id: string;
  scripts: Readonly<Record<string, string>>;
  title: string;
  /** What the file's rows were used for, said under the table. */
  provenance: string;
}

export const TRANSCRIBED_NAMES: ScriptNamesSet = {
  id: 'transcribed',
  scripts: { katakana: 'katakana', hangul: 'Hangul', chinese: 'Chinese' },
  title: 'Foreign names in katakana, Hangul and Chinese characters (hand-written, bench/eval/data)',
  provenance: "Most rows were used to write the readings (the file's header says which were not): coverage, not unseen cases.",
};

export const BURMESE_NAMES: ScriptNamesSet = {
  id: 'burmese',
  scripts: { burmese: 'Burmese' },
  title: 'Myanmar officials in Burmese script (hand-written, bench/eval/data)',
  provenance: "The file's header says which rows were used to write the romanisation.",
};

export const PALLADIUS_NAMES: ScriptNamesSet = {
  id: 'palladius',
  scripts: { palladius: 'Cyrillic (Palladius)' },
  title: 'Chinese persons on the lists in Cyrillic, as Russian writes Chinese names (hand-written, bench/eval/data)',
  provenance: 'Every row was written before the Palladius reading and first screened as it is here.',
};

export const KONTSEVICH_NAMES: ScriptNamesSet = {
  id: 'kontsevich',
  scripts: { kontsevich: 'Cyrillic (Kontsevich and press spellings)' },
  title: 'North Korean persons on the lists in Cyrillic, as Russian writes Korean names (hand-written, bench/eval/data)',
  provenance: 'Every row was written before the Korean reading of Cyrillic and first screened as it is here.',
};

export const SOMALI_NAMES: ScriptNamesSet = {
  id: 'somali',
  scripts: { somali: 'Somali orthography' },
  title: 'Somali persons on the lists in Somali orthography (hand-written, bench/eval/data)',
  provenance: "Every row but the first was written after the Somali reading and first screened as it is here (the file's header).",
};

/** The set's file of names. */
export function scriptNamesFile(set: ScriptNamesSet): string {
  return join(PROJECT_ROOT, 'bench', 'eval', 'data', `${set.id}-names.csv`);
}

export interface ScriptNamesResult {
  names: number;
  found: Record<string, number>;
  misses: string[];
}

function holdsWord(result: MatchResult, word: string): boolean {
  const names = [result.entity.caption, ...(result.entity.properties['name'] ?? []), ...(result.entity.properties['alias'] ?? [])];
  return names.some((name) => normaliseText(name).split(' ').includes(word));
}

export function evaluateScriptNames(ctx: ScreeningEvalContext, set: ScriptNamesSet): EvalOutcome<ScriptNamesResult> {
  const scripts = Object.keys(set.scripts);
  const rows = readEvalCsv(scriptNamesFile(set), [...scripts, 'listed']);
  const found: Record<string, number> = Object.fromEntries(scripts.map((script) => [script, 0]));
  const misses: string[] = [];
  const table = rows.map((row) => {
    const word = normaliseText(column(row, 'listed'));
    const cells = scripts.flatMap((script) => {
      const name = column(row, script);
      const results = ctx.matcher.match({ schema: 'Person', properties: { name: [name] } }, { limit: 10 });
      const hit = results.find((r) => r.score >= ctx.threshold && holdsWord(r, word));
      if (hit) found[script]! += 1;
      else misses.push(name);
      return [name, hit ? `${hit.entity.caption} (${hit.score.toFixed(2)})` : `- (best: ${results[0] ? `${results[0].entity.caption} ${results[0].score.toFixed(2)}` : 'none'})`];
    });
    return [word, ...cells];
  });
  const share = (n: number): string => `${formatPercent(n / rows.length)} (${n} / ${rows.length})`;
  const titles = scripts.map((script) => set.scripts[script]!);
  return {
    result: { names: rows.length, found, misses },
    section: {
      id: set.id,
      title: set.title,
      summary: [{ set: `${set.id} (${rows.length} listed persons)`, metric: `found at threshold: ${titles.join('; ')}`, vigil: scripts.map((script) => share(found[script]!)).join('; '), goal: '-', peers: '-' }],
      markdown: [
        `${rows.length} listed persons, each written by hand in ${titles.join(', ')}, screened against all lists as Person queries. ` +
          `Found: ${scripts.map((script) => `${set.scripts[script]} ${share(found[script]!)}`).join(', ')}. ${set.provenance}`,
        '',
        markdownTable(['listed', ...titles.flatMap((title) => [title, 'found'])], table),
      ].join('\n'),
    },
  };
}
