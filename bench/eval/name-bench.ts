/**
 * nomenklatura's name benchmark (`nomenklatura_name_bench/cases.csv`, 826 labelled name pairs):
 * precision, recall and F1 of `scorePair` at the default threshold, per case group, the best-F1
 * threshold of a sweep, and OpenSanctions logic-v2's figures (from `logicv2-frozen.csv`) beside ours.
 */
import type { PairScore } from '../../src/match/types.js';
import { describeScore, markdownTable, type EvalOutcome, type PairEvalContext } from './eval-report.js';
import { evalDataFile, writeEvalOut } from './eval-paths.js';
import { confusionAt, confusionOf, f1Of, formatConfusion, formatPrf, sweepThresholds, type Confusion } from './metrics.js';
import { booleanCell, column, numberCell, readEvalCsv } from './read-eval-csv.js';

export const NAME_BENCH_CASES = 'nomenklatura_name_bench/cases.csv';
export const NAME_BENCH_LOGIC_V2 = 'nomenklatura_name_bench/logicv2-frozen.csv';

export interface NameBenchCase {
  line: number;
  caseGroup: string;
  schema: string;
  name1: string;
  name2: string;
  isMatch: boolean;
  quality: string;
  category: string;
}

/** logic-v2's frozen outcome on one pair. */
export interface LogicV2Case {
  schema: string;
  name1: string;
  name2: string;
  isMatch: boolean;
  score: number;
  predictedMatch: boolean;
  outcome: 'TP' | 'FP' | 'TN' | 'FN';
}

const CASE_COLUMNS = ['case_group', 'schema', 'name1', 'name2', 'is_match', 'quality', 'category', 'notes'] as const;
const OUTCOMES = new Set(['TP', 'FP', 'TN', 'FN']);

export function readNameBenchCases(path = evalDataFile(NAME_BENCH_CASES)): NameBenchCase[] {
  return readEvalCsv(path, CASE_COLUMNS).map((row) => ({
    line: row.line,
    caseGroup: column(row, 'case_group'),
    schema: column(row, 'schema'),
    name1: column(row, 'name1'),
    name2: column(row, 'name2'),
    isMatch: booleanCell(row, 'is_match', path),
    quality: column(row, 'quality'),
    category: column(row, 'category'),
  }));
}

export function readLogicV2Cases(path = evalDataFile(NAME_BENCH_LOGIC_V2)): LogicV2Case[] {
  return readEvalCsv(path, [...CASE_COLUMNS, 'score', 'predicted_match', 'outcome']).map((row) => {
    const outcome = column(row, 'outcome');
    if (!OUTCOMES.has(outcome)) throw new Error(`${path}:${row.line}: outcome '${outcome}' is not TP/FP/TN/FN`);
    return {
      schema: column(row, 'schema'),
      name1: column(row, 'name1'),
      name2: column(row, 'name2'),
      isMatch: booleanCell(row, 'is_match', path),
      score: numberCell(row, 'score', path),
      predictedMatch: booleanCell(row, 'predicted_match', path),
      outcome: outcome as LogicV2Case['outcome'],
    };
  });
}

/** logic-v2's confusion, counted from its own outcome column. */
export function logicV2Confusion(cases: readonly LogicV2Case[]): Confusion {
  const c = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (const x of cases) c[x.outcome.toLowerCase() as keyof Confusion] += 1;
  return c;
}

export function pairKey(schema: string, name1: string, name2: string): string {
  return `${schema}\u0000${name1}\u0000${name2}`;
}

export interface NameBenchResult {
  threshold: number;
  confusion: Confusion;
  byGroup: Record<string, Confusion>;
  bestThreshold: number;
  bestF1: number;
  /** Ours on the pairs logic-v2 also scored, and logic-v2's own figures. */
  oursOnCommon: Confusion;
  logicV2: Confusion;
  errorsFile: string;
}

interface ScoredCase {
  pair: NameBenchCase;
  score: PairScore;
}

const WORST_ERRORS = 15;

export function evaluateNameBench(ctx: PairEvalContext): EvalOutcome<NameBenchResult> {
  const cases = readNameBenchCases();
  const logicV2 = readLogicV2Cases();
  const scored: ScoredCase[] = cases.map((pair) => ({
    pair,
    score: ctx.scorePair(
      { schema: pair.schema, properties: { name: [pair.name1] } },
      { schema: pair.schema, properties: { name: [pair.name2] } },
    ),
  }));
  const labelled = scored.map((s) => ({ expected: s.pair.isMatch, score: s.score.score }));
  const confusion = confusionAt(labelled, ctx.threshold);
  const groups = [...new Set(cases.map((c) => c.caseGroup))];
  const byGroup: Record<string, Confusion> = {};
  for (const group of groups) {
    byGroup[group] = confusionAt(
      scored.filter((s) => s.pair.caseGroup === group).map((s) => ({ expected: s.pair.isMatch, score: s.score.score })),
      ctx.threshold,
    );
  }
  const { best } = sweepThresholds(labelled);
  const common = new Set(logicV2.map((c) => pairKey(c.schema, c.name1, c.name2)));
  const oursOnCommon = confusionOf(
    scored
      .filter((s) => common.has(pairKey(s.pair.schema, s.pair.name1, s.pair.name2)))
      .map((s) => ({ expected: s.pair.isMatch, predicted: s.score.score >= ctx.threshold })),
  );
  const logicV2Counts = logicV2Confusion(logicV2);
  const errorsFile = writeNameBenchErrors(scored, ctx.threshold);

  const result: NameBenchResult = {
    threshold: ctx.threshold,
    confusion,
    byGroup,
    bestThreshold: best.threshold,
    bestF1: best.f1,
    oursOnCommon,
    logicV2: logicV2Counts,
    errorsFile,
  };
  const groupRows = groups.map((g) => {
    const c = byGroup[g] ?? { tp: 0, fp: 0, tn: 0, fn: 0 };
    return [g, c.tp + c.fp + c.tn + c.fn, formatPrf(c), formatConfusion(c)];
  });
  const markdown = [
    `${cases.length} labelled pairs; each pair scored with \`scorePair\` on \`{schema, properties: {name: [name]}}\`. ` +
      `Figures at the default threshold ${ctx.threshold.toFixed(2)}.`,
    '',
    markdownTable(
      ['scorer', 'pairs', 'P / R / F1', 'confusion'],
      [
        ['Vigil (all pairs)', cases.length, formatPrf(confusion), formatConfusion(confusion)],
        [`Vigil (the ${logicV2.length} pairs logic-v2 scored)`, logicV2.length, formatPrf(oursOnCommon), formatConfusion(oursOnCommon)],
        ['logic-v2 (frozen outcomes)', logicV2.length, formatPrf(logicV2Counts), formatConfusion(logicV2Counts)],
      ],
      'lrll',
    ),
    '',
    `Best F1 over thresholds 0.50..0.99: ${best.f1.toFixed(3)} at ${best.threshold.toFixed(2)} ` +
      `(shown for tuning only; the reported figure is at the default threshold).`,
    '',
    markdownTable(['case group', 'pairs', 'P / R / F1', 'confusion'], groupRows, 'lrll'),
    '',
    `Worst errors: \`${errorsFile}\`.`,
  ].join('\n');
  return {
    result,
    section: {
      id: 'name-bench',
      title: 'Name pairs (nomenklatura name_bench)',
      summary: [
        {
          set: 'name-bench (826 pairs)',
          metric: 'F1 at default threshold',
          vigil: `${f1Of(confusion).toFixed(2)} (${formatPrf(confusion)})`,
          goal: '>= logic-v2',
          peers: `logic-v2 ${f1Of(logicV2Counts).toFixed(2)} (${formatPrf(logicV2Counts)})`,
        },
      ],
      markdown,
    },
  };
}

function writeNameBenchErrors(scored: readonly ScoredCase[], threshold: number): string {
  const falsePositives = scored
    .filter((s) => !s.pair.isMatch && s.score.score >= threshold)
    .sort((a, b) => b.score.score - a.score.score)
    .slice(0, WORST_ERRORS);
  const falseNegatives = scored
    .filter((s) => s.pair.isMatch && s.score.score < threshold)
    .sort((a, b) => a.score.score - b.score.score)
    .slice(0, WORST_ERRORS);
  const rows = (list: readonly ScoredCase[]): (string | number)[][] =>
    list.map((s) => [s.pair.line, s.pair.caseGroup, s.pair.schema, s.pair.name1, s.pair.name2, s.score.score.toFixed(3), describeScore(s.score)]);
  const header = ['line', 'group', 'schema', 'name1', 'name2', 'score', 'strongest features'];
  const text = [
    `# Name bench: worst errors at threshold ${threshold.toFixed(2)}`,
    '',
    `## ${falsePositives.length} false positives with the highest scores`,
    '',
    markdownTable(header, rows(falsePositives), 'lllllrl'),
    '',
    `## ${falseNegatives.length} false negatives with the lowest scores`,
    '',
    markdownTable(header, rows(falseNegatives), 'lllllrl'),
    '',
  ].join('\n');
  return writeEvalOut('name-bench-errors.md', text);
}
