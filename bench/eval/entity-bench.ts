/**
 * nomenklatura's whole-entity checks (`nomenklatura_entity_bench/checks.yml`:
 * `{checks: [{match, schema, label?, query: {prop: value | [values]}, candidate: {...}}]}`):
 * accuracy of `scorePair(query, candidate) >= threshold` against the `match` label.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { MatchQuery } from '../../src/match/types.js';
import { markdownTable, type EvalOutcome, type PairEvalContext } from './eval-report.js';
import { evalDataFile } from './eval-paths.js';
import { accuracyOf, confusionOf, formatConfusion, formatPercent, formatPrf, type Confusion } from './metrics.js';

export const ENTITY_CHECKS = 'nomenklatura_entity_bench/checks.yml';
const GOAL_ACCURACY = 0.95;

const propertyValues = z.record(z.string(), z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))]));
const checksFile = z.object({
  checks: z.array(
    z.object({
      match: z.boolean(),
      schema: z.string().min(1),
      label: z.string().optional(),
      query: propertyValues,
      candidate: propertyValues,
    }),
  ),
});

export interface EntityCheck {
  /** 1-based position in the file's `checks` list. */
  index: number;
  match: boolean;
  label: string | null;
  query: MatchQuery;
  candidate: MatchQuery;
}

function toQuery(schema: string, values: z.infer<typeof propertyValues>): MatchQuery {
  const properties: Record<string, string[]> = {};
  for (const [prop, value] of Object.entries(values)) {
    properties[prop] = (Array.isArray(value) ? value : [value]).map(String);
  }
  return { schema, properties };
}

export function readEntityChecks(path = evalDataFile(ENTITY_CHECKS)): EntityCheck[] {
  const parsed = checksFile.safeParse(parseYaml(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: not a checks file: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
  }
  return parsed.data.checks.map((c, i) => ({
    index: i + 1,
    match: c.match,
    label: c.label ?? null,
    query: toQuery(c.schema, c.query),
    candidate: toQuery(c.schema, c.candidate),
  }));
}

export interface EntityBenchResult {
  checks: number;
  accuracy: number;
  confusion: Confusion;
}

function describeProps(q: MatchQuery): string {
  return Object.entries(q.properties)
    .map(([k, v]) => `${k}: ${v.join(' / ')}`)
    .join('; ');
}

export function evaluateEntityBench(ctx: PairEvalContext): EvalOutcome<EntityBenchResult> {
  const checks = readEntityChecks();
  const judged = checks.map((c) => {
    const score = ctx.scorePair(c.query, c.candidate).score;
    return { check: c, score, expected: c.match, predicted: score >= ctx.threshold };
  });
  const confusion = confusionOf(judged);
  const accuracy = accuracyOf(confusion);
  const misses = judged.filter((j) => j.expected !== j.predicted);
  const markdown = [
    `${checks.length} checks; accuracy of (score >= ${ctx.threshold.toFixed(2)}) == match: ${formatPercent(accuracy)} ` +
      `(goal ${formatPercent(GOAL_ACCURACY, 0)}); ${formatPrf(confusion)} (${formatConfusion(confusion)}).`,
    '',
    `${misses.length} misses:`,
    '',
    markdownTable(
      ['#', 'label', 'schema', 'match', 'query', 'candidate', 'score'],
      misses.map((m) => [m.check.index, m.check.label ?? '', m.check.query.schema, String(m.check.match), describeProps(m.check.query), describeProps(m.check.candidate), m.score.toFixed(3)]),
      'rllllr',
    ),
  ].join('\n');
  return {
    result: { checks: checks.length, accuracy, confusion },
    section: {
      id: 'entity-bench',
      title: 'Whole-entity checks (nomenklatura entity_bench)',
      summary: [
        {
          set: `entity-bench (${checks.length} checks)`,
          metric: 'accuracy at threshold',
          vigil: formatPercent(accuracy),
          goal: `>= ${formatPercent(GOAL_ACCURACY, 0)}`,
          peers: '-',
        },
      ],
      markdown,
    },
  };
}
