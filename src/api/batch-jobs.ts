import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRowQuery, isRowFailure, type RowFailure, type RowQuery } from '../batch/build-row-query.js';
import { ColumnMap } from '../batch/map-columns.js';
import { openBatchInput, type InputRow } from '../batch/read-batch-input.js';
import { screenRow } from '../batch/screen-row.js';
import { openBatchOutput, type BatchOutput, type BlocksOf, type RowOutcome } from '../batch/write-batch-output.js';
import { BatchFileError } from '../batch/batch-file-error.js';
import type { Matcher } from '../match/index.js';
import type { Logger } from 'pino';
import { BadRequestError, ConflictError, NotFoundError } from './errors.js';
import { yieldToEventLoop } from './yield-to-event-loop.js';

/**
 * Batch screening jobs for the web app: a CSV upload is screened in the background with the same
 * readers, column mapping and CSV writer as `vigil screen --file`, and its results file is kept in
 * a temporary folder until the job expires. Jobs live in memory only: a restart forgets them.
 * @module
 */

export type BatchJobStatus = 'running' | 'done' | 'failed';

export interface BatchJobView {
  id: string;
  status: BatchJobStatus;
  done: number;
  total: number;
  matched: number;
  errors: number;
  threshold: number;
  warnings: string[];
  error?: string;
  created_at: string;
  expires_at: string;
}

interface BatchJob extends Omit<BatchJobView, 'error'> {
  error: string | undefined;
  dir: string;
  expiresAtMs: number;
}

export interface BatchJobLimits {
  /** Rows per upload; the body size limit of the app applies too. */
  maxRows: number;
  /** Jobs screening at the same time; more is a 409 until one finishes. */
  maxRunning: number;
  /** Jobs kept (running or finished, not expired); more is a 409. */
  maxKept: number;
  ttlMs: number;
}

export const DEFAULT_BATCH_LIMITS: BatchJobLimits = { maxRows: 20_000, maxRunning: 2, maxKept: 50, ttlMs: 60 * 60 * 1000 };

export interface BatchJobOptions {
  threshold: number;
  /** The schema of rows without a `type` column. */
  schema: string | undefined;
  limit: number;
  /** The ownership blocks of a matched entity, for the results' reasons. */
  blocksOf: BlocksOf;
}

/** Rows screened between two yields to the event loop, so that API requests keep being answered. */
const ROWS_PER_SLICE = 25;

export class BatchJobs {
  readonly #jobs = new Map<string, BatchJob>();

  constructor(
    private readonly logger: Logger,
    private readonly limits: BatchJobLimits = DEFAULT_BATCH_LIMITS,
  ) {}

  /**
   * Reads the whole upload (rows and header) before answering, so that a file that is not a CSV
   * with a header and rows is a 400 at once; then screens the rows in the background.
   */
  async start(csv: string, matcher: Matcher, options: BatchJobOptions): Promise<BatchJobView> {
    this.#sweep();
    const jobs = [...this.#jobs.values()];
    if (jobs.filter((j) => j.status === 'running').length >= this.limits.maxRunning) {
      throw new ConflictError(`${this.limits.maxRunning} batch jobs are already running; wait for one to finish`);
    }
    if (jobs.length >= this.limits.maxKept) throw new ConflictError(`${this.limits.maxKept} batch jobs are kept; wait for one to expire`);
    if (csv.trim() === '') throw new BadRequestError('body: empty; send a CSV file with a header line');

    const dir = await mkdtemp(join(tmpdir(), 'vigil-batch-'));
    try {
      const inputPath = join(dir, 'upload.csv');
      await writeFile(inputPath, csv);
      const warnings: string[] = [];
      const columns = new ColumnMap(new Map(), (unknown) =>
        warnings.push(`ignored column(s) ${unknown.map((c) => JSON.stringify(c)).join(', ')}: no property to screen on`),
      );
      const rows: InputRow[] = [];
      let header: string[] | undefined;
      for await (const row of (await openBatchInput(inputPath)).rows((h) => {
        header = h;
        columns.resolveHeader(h);
      })) {
        rows.push(row);
        if (rows.length > this.limits.maxRows) throw new BadRequestError(`body: more than ${this.limits.maxRows} rows; split the file`);
      }
      if (!header) throw new BadRequestError('body: no header line; the first line names the columns (name, birth_date, country, ...)');
      if (rows.length === 0) throw new BadRequestError('body: a header but no rows to screen');

      const now = Date.now();
      const job: BatchJob = {
        id: randomUUID(),
        status: 'running',
        done: 0,
        total: rows.length,
        matched: 0,
        errors: 0,
        threshold: options.threshold,
        warnings,
        error: undefined,
        created_at: new Date(now).toISOString(),
        expires_at: new Date(now + this.limits.ttlMs).toISOString(),
        dir,
        expiresAtMs: now + this.limits.ttlMs,
      };
      this.#jobs.set(job.id, job);
      void this.#run(job, rows, columns, matcher, options);
      return view(job);
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      // The upload's file is ours, not the client's: name it `body`.
      if (error instanceof BatchFileError) throw new BadRequestError(`body: ${error.message.replaceAll(join(dir, 'upload.csv'), 'upload')}`);
      throw error;
    }
  }

  get(id: string): BatchJobView {
    return view(this.#require(id));
  }

  /** The results CSV of a finished job. */
  async results(id: string): Promise<Buffer> {
    const job = this.#require(id);
    if (job.status !== 'done') throw new ConflictError(`batch job ${id} is ${job.status}; results are ready when it is done`);
    return readFile(join(job.dir, 'results.csv'));
  }

  #require(id: string): BatchJob {
    this.#sweep();
    const job = this.#jobs.get(id);
    if (!job) throw new NotFoundError(`batch job: no job with id ${JSON.stringify(id.slice(0, 100))} (jobs expire after an hour)`);
    return job;
  }

  /** Drops expired jobs and their files; a running job is kept until it ends. */
  #sweep(): void {
    const now = Date.now();
    for (const job of this.#jobs.values()) {
      if (job.expiresAtMs > now || job.status === 'running') continue;
      this.#jobs.delete(job.id);
      void rm(job.dir, { recursive: true, force: true });
    }
  }

  async #run(job: BatchJob, rows: InputRow[], columns: ColumnMap, matcher: Matcher, options: BatchJobOptions): Promise<void> {
    let output: BatchOutput | undefined;
    try {
      output = await openBatchOutput(join(job.dir, 'results.csv'), options.blocksOf);
      for (const row of rows) {
        if (job.done > 0 && job.done % ROWS_PER_SLICE === 0) await yieldToEventLoop();
        const built: RowQuery | RowFailure = 'issue' in row ? row : buildRowQuery(row.fields, { file: 'upload.csv', line: row.line, columns, defaultSchema: options.schema });
        let outcome: RowOutcome;
        if (isRowFailure(built)) {
          job.errors++;
          outcome = { status: 'failed', ...built };
        } else {
          outcome = screenRow(matcher, built, options.threshold, options.limit);
          if (outcome.matchCount > 0) job.matched++;
        }
        await output.write(outcome);
        job.done++;
      }
      await output.close();
      job.status = 'done';
    } catch (error) {
      await output?.close().catch(() => undefined);
      job.status = 'failed';
      job.error = (error as Error).message;
      this.logger.error({ err: error, job: job.id }, 'batch job failed');
    }
  }
}

function view(job: BatchJob): BatchJobView {
  const { id, status, done, total, matched, errors, threshold, warnings, error, created_at, expires_at } = job;
  return { id, status, done, total, matched, errors, threshold, warnings: [...warnings], ...(error !== undefined ? { error } : {}), created_at, expires_at };
}
