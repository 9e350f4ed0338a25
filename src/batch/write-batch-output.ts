import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { extname } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { ExplainedOwnershipBlock } from '../graph/index.js';
import type { MatchQuery, MatchResult } from '../match/index.js';
import { BatchFileError } from './batch-file-error.js';
import { describeRowIssue, type RowIssue } from './row-issue.js';

export type BatchOutputFormat = 'csv' | 'jsonl';

/** What became of one input row: screened (with its results, best first) or not. */
export type RowOutcome = ScreenedRow | { status: 'failed'; line: number; key?: string; issue: RowIssue };

/** A screened row: its best results, and how many matches it has in all (see screenRow). */
export interface ScreenedRow {
  status: 'screened';
  line: number;
  key?: string;
  queryName: string;
  query: MatchQuery;
  results: MatchResult[];
  matchCount: number;
}

export interface BatchOutput {
  format: BatchOutputFormat;
  /** Writes one row's outcome; waits when the disk is behind, so memory stays flat. */
  write(outcome: RowOutcome): Promise<void>;
  close(): Promise<void>;
}

/** The ownership rules that block an entity (none for most). */
export type BlocksOf = (entityId: string) => readonly ExplainedOwnershipBlock[];

/** Matches listed per row in CSV output (JSONL lists every match). */
export const CSV_MATCH_COLUMNS = 3;
const SCORE_DECIMALS = 3;

/** The output format from the file name: `.csv`, or `.jsonl` / `.ndjson`. */
export function outputFormatOf(path: string): BatchOutputFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  throw new BatchFileError(`--out must end in .csv, .jsonl or .ndjson (the extension picks the format), not ${JSON.stringify(ext || path)}`);
}

const round = (score: number): number => Number(score.toFixed(SCORE_DECIMALS));

/** The explanations of a result in one short line: `name +0.95: matched on prigozhin, evgeny; birthDate +0.08: same date of birth`. */
export function reasonLine(result: MatchResult): string {
  return result.explanations.map((e) => `${e.feature} ${e.effect >= 0 ? '+' : ''}${e.effect.toFixed(2)}: ${e.detail}`).join('; ');
}

/** A result as JSONL output gives it: the listed entity's essentials, the score, the reasons, and any block by ownership. */
function resultJson(result: MatchResult, blocksOf: BlocksOf): Record<string, unknown> {
  const { entity } = result;
  const blocks = blocksOf(entity.id);
  return {
    id: entity.id,
    caption: entity.caption,
    schema: entity.schema,
    datasets: entity.datasets,
    programs: entity.properties['program'] ?? [],
    score: round(result.score),
    match: result.match,
    explanations: result.explanations.map((e) => ({ ...e, effect: round(e.effect) })),
    ...(blocks.length > 0 ? { blocked_by_ownership: blocks } : {}),
  };
}

function jsonLine(outcome: RowOutcome, blocksOf: BlocksOf): string {
  if (outcome.status === 'failed') {
    return JSON.stringify({ row: outcome.line, key: outcome.key ?? null, error: { code: outcome.issue.code, message: describeRowIssue(outcome.issue) } });
  }
  const matches = outcome.results.filter((r) => r.match);
  const best = outcome.results[0];
  return JSON.stringify({
    row: outcome.line,
    key: outcome.key ?? null,
    query: outcome.query,
    match: matches.length > 0,
    match_count: outcome.matchCount,
    matches: matches.map((r) => resultJson(r, blocksOf)),
    best: best ? resultJson(best, blocksOf) : null,
  });
}

const MATCH_FIELDS = ['id', 'name', 'score', 'lists', 'programs', 'reason'] as const;
const CSV_HEADER = [
  'row', 'key', 'query_name', 'match', 'score', 'match_count',
  ...Array.from({ length: CSV_MATCH_COLUMNS }, (_, i) => MATCH_FIELDS.map((f) => `match_${i + 1}_${f}`)).flat(),
  'error',
];

function csvRecord(outcome: RowOutcome, blocksOf: BlocksOf): string[] {
  const cells: string[] = new Array<string>(CSV_HEADER.length).fill('');
  cells[0] = String(outcome.line);
  cells[1] = outcome.key ?? '';
  if (outcome.status === 'failed') {
    cells[CSV_HEADER.length - 1] = describeRowIssue(outcome.issue);
    return cells;
  }
  const matches = outcome.results.filter((r) => r.match);
  const best = outcome.results[0];
  cells[2] = outcome.queryName;
  cells[3] = String(matches.length > 0);
  cells[4] = best ? best.score.toFixed(SCORE_DECIMALS) : '';
  cells[5] = String(outcome.matchCount);
  matches.slice(0, CSV_MATCH_COLUMNS).forEach((r, i) => {
    const at = 6 + i * MATCH_FIELDS.length;
    cells[at] = r.entity.id;
    cells[at + 1] = r.entity.caption;
    cells[at + 2] = r.score.toFixed(SCORE_DECIMALS);
    cells[at + 3] = r.entity.datasets.join('; ');
    cells[at + 4] = (r.entity.properties['program'] ?? []).join('; ');
    // A block by ownership goes first in the reason: it matters more than how the name matched.
    cells[at + 5] = [...blocksOf(r.entity.id).map((b) => b.explanation), reasonLine(r)].join('; ');
  });
  return cells;
}

async function writeChunk(stream: WriteStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/** Opens the results file (a BatchFileError when it cannot be created) and writes the CSV header. */
export async function openBatchOutput(path: string, blocksOf: BlocksOf = () => []): Promise<BatchOutput> {
  const format = outputFormatOf(path);
  const stream = createWriteStream(path);
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new BatchFileError(`cannot write --out ${path}: ${(error as Error).message}`);
  }
  if (format === 'csv') await writeChunk(stream, stringify([CSV_HEADER]));
  return {
    format,
    write: (outcome) => writeChunk(stream, format === 'csv' ? stringify([csvRecord(outcome, blocksOf)]) : `${jsonLine(outcome, blocksOf)}\n`),
    async close() {
      stream.end();
      await once(stream, 'finish');
    },
  };
}
