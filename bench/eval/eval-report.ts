import type { MatchQuery, Matcher, PairScore } from '../../src/match/types.js';

/** Compares two FtM-shaped records directly (the matcher's `scorePair`). */
export type ScorePair = (query: MatchQuery, candidate: MatchQuery) => PairScore;

/** What a pair-based evaluation needs: a scorer and the cut at which a score is a match. */
export interface PairEvalContext {
  scorePair: ScorePair;
  threshold: number;
}

/** What a screening evaluation needs: a matcher built from all the loaded lists. */
export interface ScreeningEvalContext {
  matcher: Matcher;
  threshold: number;
}

/** One row of the report's summary table. */
export interface SummaryRow {
  set: string;
  metric: string;
  vigil: string;
  goal: string;
  /** logic-v2 or another peer's figure on the same set, where known. */
  peers: string;
}

/** A report section: summary rows for the top table and a markdown body for the details. */
export interface EvalSection {
  id: string;
  title: string;
  summary: SummaryRow[];
  markdown: string;
}

/** What every evaluation module returns: its figures, and the section that reports them. */
export interface EvalOutcome<Result> {
  result: Result;
  section: EvalSection;
}

/** Escapes a value for a markdown table cell. */
export function cell(value: string | number): string {
  return String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A markdown table; `align` holds `l` or `r` per column (default left). */
export function markdownTable(header: readonly string[], rows: readonly (readonly (string | number)[])[], align = ''): string {
  const rule = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  const lines = [`| ${header.map(cell).join(' | ')} |`, `| ${rule.join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

/** The strongest explained features of a score, as a short text for error lists. */
export function describeScore(score: PairScore, count = 3): string {
  return [...score.explanations]
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect))
    .slice(0, count)
    .map((e) => `${e.feature} ${e.effect >= 0 ? '+' : ''}${e.effect.toFixed(2)} (${e.detail})`)
    .join('; ');
}
