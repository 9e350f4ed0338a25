import { MAX_CANDIDATES, type Matcher } from '../match/index.js';
import type { RowQuery } from './build-row-query.js';
import { CSV_MATCH_COLUMNS, type ScreenedRow } from './write-batch-output.js';

/**
 * Screens one row: keeps its best `limit` results (at least the CSV's match columns) and counts
 * every match at the threshold among all the candidates scored, so that match_count does not stop
 * at the results kept (Wagner Group has seven matches; the default keeps five results).
 */
export function screenRow(matcher: Matcher, row: RowQuery, threshold: number, limit: number): ScreenedRow {
  const all = matcher.match(row.query, { threshold, limit: MAX_CANDIDATES });
  let matchCount = 0;
  for (const r of all) if (r.match) matchCount++;
  return { status: 'screened', ...row, results: all.slice(0, Math.max(limit, CSV_MATCH_COLUMNS)), matchCount };
}
