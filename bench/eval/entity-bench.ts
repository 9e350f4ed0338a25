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
import { readNameBenchCases } from './name-bench.js';

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

const pairKey = (a: string, b: string): string => [a.trim().toLowerCase(), b.trim().toLowerCase()].sort().join('\u0000');

/**
 * name_bench's label for each check made of one name on each side that name_bench pairs too (its
 * nk_checks group comes from these checks), when the two files disagree: no scorer can be right on
 * both for such a pair, so the report counts them.
 */
function nameBenchContradictions(checks: readonly EntityCheck[]): Map<number, boolean> {
  const labels = new Map(readNameBenchCases().map((c) => [pairKey(c.name1, c.name2), c.isMatch]));
  const contradictions = new Map<number, boolean>();
  for (const check of checks) {
    const q = check.query.properties;
    const c = check.candidate.properties;
    if (Object.keys(q).length !== 1 || Object.keys(c).length !== 1 || q.name?.length !== 1 || c.name?.length !== 1) continue;
    const label = labels.get(pairKey(q.name[0]!, c.name[0]!));
    if (label !== undefined && label !== check.match) contradictions.set(check.index, label);
  }
  return contradictions;
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
  const contradictions = nameBenchContradictions(checks);
  const missedContradictions = misses.filter((m) => contradictions.has(m.check.index)).length;
  const markdown = [
    `${checks.length} checks; accuracy of (score >= ${ctx.threshold.toFixed(2)}) == match: ${formatPercent(accuracy)} ` +
      `(goal ${formatPercent(GOAL_ACCURACY, 0)}); ${formatPrf(confusion)} (${formatConfusion(confusion)}).`,
    '',
    `${contradictions.size} checks of one name against one name carry the opposite label in name_bench: ` +
      `Vigil sides with entity_bench on ${contradictions.size - missedContradictions} of them and with name_bench on ${missedContradictions} ` +
      `(misses marked "name_bench: ..." below).`,
    '',
    `${misses.length} misses:`,
    '',
    markdownTable(
      ['#', 'label', 'schema', 'match', 'query', 'candidate', 'score'],
      misses.map((m) => {
        const other = contradictions.get(m.check.index);
        const label = [m.check.label ?? '', other === undefined ? '' : `name_bench: ${other}`].filter(Boolean).join('; ');
        return [m.check.index, label, m.check.query.schema, String(m.check.match), describeProps(m.check.query), describeProps(m.check.candidate), m.score.toFixed(3)];
      }),
      'rlllllr',
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
