import { OwnershipBlockIndex, currentOwnershipBlocks, explainOwnershipBlocks, type ExplainedOwnershipBlock } from '../../graph/index.js';
import type { Matcher } from '../../match/index.js';
import { matcherInService } from '../matcher-in-service.js';
import { openStore } from '../../store/index.js';
import { buildRowQuery, isRowFailure, type RowFailure, type RowQuery } from '../../batch/build-row-query.js';
import { ColumnMap, parseColumnOverrides } from '../../batch/map-columns.js';
import { inputFormatOf, openBatchInput } from '../../batch/read-batch-input.js';
import { describeRowIssue, type RowIssue } from '../../batch/row-issue.js';
import { screenRow } from '../../batch/screen-row.js';
import { openBatchOutput, outputFormatOf, type RowOutcome } from '../../batch/write-batch-output.js';
import { CliError } from '../cli-error.js';
import { BatchProgress, type BatchCounts } from '../progress.js';

export interface ScreenFileOptions {
  file: string;
  out: string | undefined;
  /** The FtM schema `--type` asked for; undefined lets each row decide. */
  schema: string | undefined;
  threshold: number | undefined;
  /** Results kept per row (JSONL lists every match among them; CSV the first three). */
  limit: number;
  map: readonly string[];
  home: string | undefined;
}

/** Bad rows named one by one on stderr before the rest are only counted (all are in the output). */
const MAX_ISSUES_SHOWN = 50;
const PROGRESS_EVERY_ROWS = 50;

/** The matcher, and the entities blocked by ownership (explained once, for every row that finds them). */
async function loadMatcher(home: string | undefined): Promise<{ matcher: Matcher; blocks: OwnershipBlockIndex<ExplainedOwnershipBlock> }> {
  const store = openStore(home);
  try {
    const matcher = await matcherInService(store, home);
    const blocks = await currentOwnershipBlocks(store);
    return { matcher, blocks: new OwnershipBlockIndex(await explainOwnershipBlocks(store, blocks.blocks)) };
  } finally {
    await store.close();
  }
}

/**
 * `vigil screen --file in.csv|.jsonl --out out.csv|.jsonl`: screens every row of a customer file,
 * streaming it in and the results out, with one matcher. A bad row is reported on stderr with its
 * line and written to the output with its error; the others go on. Exits 0 once the file was read
 * to its end, whatever the rows held; arguments, input or output that cannot be used are a CliError
 * (exit 2) before any screening starts.
 */
export async function screenFile(opts: ScreenFileOptions): Promise<void> {
  if (opts.out === undefined) throw new CliError('--file needs --out results.csv or results.jsonl');
  inputFormatOf(opts.file);
  outputFormatOf(opts.out);
  const overrides = parseColumnOverrides(opts.map);
  const input = await openBatchInput(opts.file);

  const { matcher, blocks } = await loadMatcher(opts.home);
  const threshold = opts.threshold ?? matcher.defaultThreshold;
  const output = await openBatchOutput(opts.out, (id) => blocks.of(id));
  process.stderr.write(`screening ${opts.file} against ${matcher.size} listed parties at threshold ${threshold.toFixed(2)}\n`);

  const progress = new BatchProgress('screening', input.sizeBytes);
  const counts: BatchCounts = { rows: 0, matched: 0, errors: 0, bytes: 0, totalBytes: input.sizeBytes };
  const reportIssue = (issue: RowIssue): void => {
    counts.errors++;
    if (counts.errors <= MAX_ISSUES_SHOWN) progress.log(`${issue.file}:${issue.line}: ${describeRowIssue(issue)}`);
    else if (counts.errors === MAX_ISSUES_SHOWN + 1) progress.log(`(further bad rows are only counted; each has its error in ${opts.out})`);
  };
  const columns = new ColumnMap(overrides, (unknown) =>
    progress.log(`warning: ignoring column(s) ${unknown.map((c) => JSON.stringify(c)).join(', ')}: no property to screen on (use --map column=property)`),
  );

  try {
    for await (const row of input.rows((header) => columns.resolveHeader(header))) {
      let outcome: RowOutcome;
      const built: RowQuery | RowFailure = 'issue' in row ? row : buildRowQuery(row.fields, { file: opts.file, line: row.line, columns, defaultSchema: opts.schema });
      if (isRowFailure(built)) {
        reportIssue(built.issue);
        outcome = { status: 'failed', ...built };
      } else {
        outcome = screenRow(matcher, built, threshold, opts.limit);
        if (outcome.matchCount > 0) counts.matched++;
      }
      await output.write(outcome);
      counts.rows++;
      if (counts.rows % PROGRESS_EVERY_ROWS === 0) {
        counts.bytes = input.bytesRead();
        progress.update(counts);
      }
    }
    counts.bytes = input.bytesRead();
    progress.update(counts);
  } finally {
    progress.stop();
    await output.close();
  }
  const seconds = progress.elapsedMs() / 1000;
  process.stderr.write(
    `${counts.rows} rows, ${counts.matched} matched, ${counts.errors} errors in ${seconds.toFixed(1)} s (${Math.round(progress.rate(counts.rows))} rows/s); results in ${opts.out}\n`,
  );
}
