import { parseDate, parsePercentage } from '../../model/index.js';
import { readCsvRecords } from '../read/csv-rows.js';
import { SourceParseError, type ParseContext, type ParseIssue } from '../types.js';

/** One holding as the user's file states it; owner and asset are entity ids or names. */
export interface OwnershipRow {
  line: number;
  owner: OwnershipParty;
  asset: OwnershipParty;
  percentage: number;
  startDate?: string;
  endDate?: string;
}

/** A party named in the file: an entity id of a loaded list (`ofac-22543`), or a name. */
export type OwnershipParty = { kind: 'id'; id: string } | { kind: 'name'; name: string };

const REQUIRED_COLUMNS = ['owner', 'asset', 'percentage'] as const;
/** `ofac-22543`, `un-QDi.430`, `gb-RUS1090`, `NK-3Nye...`: a prefix, a dash, and no spaces. */
const ENTITY_ID = /^[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9][A-Za-z0-9._:-]*$/;

export function readOwnershipParty(value: string): OwnershipParty {
  const text = value.trim();
  return ENTITY_ID.test(text) ? { kind: 'id', id: text } : { kind: 'name', name: text.replace(/\s+/g, ' ') };
}

export function describeParty(party: OwnershipParty): string {
  return party.kind === 'id' ? party.id : party.name;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Reads and checks a whole ownership CSV (`owner,asset,percentage[,start,end]`, header required)
 * before anything is imported. Each bad row is reported as an issue with its line; then, if there
 * was any (a percentage that is not a number, negative or over 100; a bad date; a missing owner or
 * asset; current holdings of one asset adding up to more than 100%), the file is rejected as a
 * whole with a fatal `malformed` issue, so nothing is half-imported.
 */
export async function readOwnershipRows(path: string, ctx: ParseContext): Promise<OwnershipRow[]> {
  const rows: OwnershipRow[] = [];
  const bad: ParseIssue[] = [];
  const report = (issue: ParseIssue): void => {
    bad.push(issue);
    ctx.issue(issue);
  };
  // Rows the CSV reader drops (wrong field count) count as bad rows too.
  const csvCtx: ParseContext = { ...ctx, issue: report };
  for await (const { values, line } of readCsvRecords(path, csvCtx, REQUIRED_COLUMNS)) {
    const get = (column: string): string => (values[column] ?? '').trim();
    const before = bad.length;
    for (const column of ['owner', 'asset'] as const) {
      if (!get(column)) report({ code: 'missing-field', file: path, line, field: column });
    }
    const percentText = get('percentage');
    const percentage = parsePercentage(percentText);
    if (percentage === undefined) {
      report({ code: 'bad-value', file: path, line, field: 'percentage', value: percentText, message: 'not a number' });
    } else if (percentage < 0 || percentage > 100) {
      report({ code: 'bad-value', file: path, line, field: 'percentage', value: percentText, message: 'must be between 0 and 100' });
    }
    const dates: { startDate?: string; endDate?: string } = {};
    for (const [column, prop] of [['start', 'startDate'], ['end', 'endDate']] as const) {
      const text = get(column);
      if (!text) continue;
      const date = parseDate(text);
      if (date === null) report({ code: 'bad-date', file: path, line, field: column, value: text });
      else dates[prop] = date;
    }
    if (bad.length > before || percentage === undefined) continue;
    rows.push({ line, owner: readOwnershipParty(get('owner')), asset: readOwnershipParty(get('asset')), percentage, ...dates });
  }

  const now = today();
  const byAsset = new Map<string, OwnershipRow[]>();
  for (const row of rows) {
    if (row.endDate && row.endDate < now.slice(0, row.endDate.length)) continue;
    const key = describeParty(row.asset);
    byAsset.set(key, [...(byAsset.get(key) ?? []), row]);
  }
  for (const [asset, held] of byAsset) {
    const total = Math.round(held.reduce((t, r) => t + r.percentage, 0) * 1e6) / 1e6;
    if (total <= 100) continue;
    const lines = held.map((r) => r.line);
    report({
      code: 'bad-value', file: path, line: lines[0] ?? 0, field: 'percentage', value: String(total),
      message: `current holdings of ${asset} add up to more than 100% (lines ${lines.join(', ')})`,
    });
  }

  if (bad.length > 0) {
    const lines = [...new Set(bad.map((i) => ('line' in i ? i.line : 0)))].sort((a, b) => a - b);
    throw new SourceParseError({
      code: 'malformed', file: path, line: lines[0] ?? 0,
      message: `${bad.length} bad row(s) in the ownership file (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}); nothing imported`,
    });
  }
  return rows;
}
