import { readCsvRecords } from '../read/csv-rows.js';
import type { ParseContext } from '../types.js';
import { HoldingChecks } from './check-holdings.js';

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

/**
 * Reads and checks a whole ownership CSV (`owner,asset,percentage[,start,end]`, header required)
 * before anything is imported (see `HoldingChecks`): a percentage that is not a number, negative
 * or over 100; a bad date; a missing owner or asset; current holdings of one asset adding up to
 * more than 100%. Any bad row rejects the file as a whole.
 */
export async function readOwnershipRows(path: string, ctx: ParseContext): Promise<OwnershipRow[]> {
  const checks = new HoldingChecks(path, ctx);
  const rows: OwnershipRow[] = [];
  // Rows the CSV reader drops (wrong field count) count as bad rows too.
  const csvCtx: ParseContext = { ...ctx, issue: (issue) => checks.report(issue) };
  for await (const { values, line } of readCsvRecords(path, csvCtx, REQUIRED_COLUMNS)) {
    const get = (column: string): [string, string] => [column, (values[column] ?? '').trim()];
    const facts = checks.holding(line, { owner: get('owner'), asset: get('asset'), percentage: get('percentage'), start: get('start'), end: get('end') });
    if (facts?.percentage === undefined) continue;
    rows.push({ line, owner: readOwnershipParty(get('owner')[1]), asset: readOwnershipParty(get('asset')[1]), ...facts, percentage: facts.percentage });
  }
  checks.totals(rows.map((r) => ({ ...r, asset: describeParty(r.asset) })), 'percentage');
  checks.finish();
  return rows;
}
