/**
 * 81 real spellings and scripts of Vladimir Putin (`nomenklatura_putin_names/putin_names.txt`),
 * each scored as a Person query against the listed name `PUTIN, Vladimir Vladimirovich`, and
 * against one candidate that also holds the aliases `Vladimir Vladimirovich Putin` and
 * `Владимир Владимирович Путин`. The goal (95%) is on the three-name candidate.
 */
import { readFileSync } from 'node:fs';
import type { MatchQuery } from '../../src/match/types.js';
import { markdownTable, type EvalOutcome, type PairEvalContext } from './eval-report.js';
import { evalDataFile } from './eval-paths.js';
import { formatPercent } from './metrics.js';

export const PUTIN_NAMES = 'nomenklatura_putin_names/putin_names.txt';
const GOAL_SHARE = 0.95;

const LISTED_NAME = 'PUTIN, Vladimir Vladimirovich';
const ONE_NAME: MatchQuery = { schema: 'Person', properties: { name: [LISTED_NAME] } };
const THREE_NAMES: MatchQuery = {
  schema: 'Person',
  properties: { name: [LISTED_NAME, 'Vladimir Vladimirovich Putin', 'Владимир Владимирович Путин'] },
};

/** The non-blank lines of the file, trimmed. */
export function readPutinNames(path = evalDataFile(PUTIN_NAMES)): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

export interface PutinNamesResult {
  names: number;
  /** Share at or above the threshold against the one-name and the three-name candidate. */
  shareOneName: number;
  shareThreeNames: number;
  misses: string[];
}

export function evaluatePutinNames(ctx: PairEvalContext): EvalOutcome<PutinNamesResult> {
  const names = readPutinNames();
  const scored = names.map((name) => {
    const query: MatchQuery = { schema: 'Person', properties: { name: [name] } };
    return { name, one: ctx.scorePair(query, ONE_NAME).score, three: ctx.scorePair(query, THREE_NAMES).score };
  });
  const shareOneName = scored.filter((s) => s.one >= ctx.threshold).length / names.length;
  const shareThreeNames = scored.filter((s) => s.three >= ctx.threshold).length / names.length;
  const misses = scored.filter((s) => s.three < ctx.threshold).sort((a, b) => a.three - b.three);
  const markdown = [
    `${names.length} spellings of Putin's name, each a Person query scored with \`scorePair\`. ` +
      `At threshold ${ctx.threshold.toFixed(2)}: ${formatPercent(shareOneName)} reach \`${LISTED_NAME}\` alone, ` +
      `${formatPercent(shareThreeNames)} reach the candidate that also has the Latin and Cyrillic full names (goal ${formatPercent(GOAL_SHARE, 0)}).`,
    '',
    `${misses.length} misses against the three-name candidate:`,
    '',
    markdownTable(['query', 'score (one name)', 'score (three names)'], misses.map((m) => [m.name, m.one.toFixed(3), m.three.toFixed(3)]), 'lrr'),
  ].join('\n');
  return {
    result: { names: names.length, shareOneName, shareThreeNames, misses: misses.map((m) => m.name) },
    section: {
      id: 'putin',
      title: 'Spellings of Putin (nomenklatura putin_names)',
      summary: [
        {
          set: `putin (${names.length} spellings)`,
          metric: 'share >= threshold (3-name candidate; 1-name)',
          vigil: `${formatPercent(shareThreeNames)}; ${formatPercent(shareOneName)}`,
          goal: `>= ${formatPercent(GOAL_SHARE, 0)}`,
          peers: '-',
        },
      ],
      markdown,
    },
  };
}
