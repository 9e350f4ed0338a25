import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { parse, type CsvError } from 'csv-parse';
import { BatchFileError } from './batch-file-error.js';
import type { RowIssue } from './row-issue.js';

export type BatchInputFormat = 'csv' | 'jsonl';

/** One row of the file: its fields by column name, or why it could not be read. */
export type InputRow =
  | { line: number; fields: Record<string, unknown> }
  | { line: number; issue: RowIssue };

export interface BatchInput {
  path: string;
  format: BatchInputFormat;
  sizeBytes: number;
  /** Bytes read from the file so far (a little ahead of the rows handed out); for progress. */
  bytesRead(): number;
  /** The rows in file order; a CSV header goes to `onHeader` first. Read once. */
  rows(onHeader: (columns: string[]) => void): AsyncGenerator<InputRow>;
}

/** The input format from the file name: `.csv`, or `.jsonl` / `.ndjson` (one JSON object a line). */
export function inputFormatOf(path: string): BatchInputFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  throw new BatchFileError(`--file must end in .csv, .jsonl or .ndjson, not ${JSON.stringify(ext || path)}`);
}

/** Opens a batch file; a file that is missing or cannot be read is a BatchFileError naming it. */
export async function openBatchInput(path: string): Promise<BatchInput> {
  const format = inputFormatOf(path);
  let sizeBytes: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new BatchFileError(`--file ${path} is not a file`);
    sizeBytes = info.size;
  } catch (error) {
    if (error instanceof BatchFileError) throw error;
    throw new BatchFileError(`cannot read --file ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const handle = await open(path, 'r').catch((error: Error) => {
    throw new BatchFileError(`cannot read --file ${path}: ${error.message}`);
  });
  const stream = handle.createReadStream();
  return {
    path,
    format,
    sizeBytes,
    bytesRead: () => stream.bytesRead,
    async *rows(onHeader) {
      try {
        yield* format === 'csv' ? readCsvRows(stream, path, onHeader) : readJsonLines(stream, path);
      } finally {
        stream.destroy();
      }
    },
  };
}

type CsvItem = { record: string[]; info: { lines: number } } | { skipped: CsvError & { lines?: number } };

/**
 * CSV with a header line. A record that breaks the quoting rules is skipped by csv-parse and comes
 * out as an issue in its place; a record with the wrong number of fields is an issue too.
 */
async function* readCsvRows(input: NodeJS.ReadableStream, file: string, onHeader: (columns: string[]) => void): AsyncGenerator<InputRow> {
  const parser = parse({
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    info: true,
    // Pushed into the record stream so that a skipped record keeps its place among the others.
    on_skip: (err) => {
      if (err) parser.push({ skipped: err } satisfies CsvItem);
      return undefined;
    },
  });
  let header: string[] | undefined;
  let previousEnd = 0;
  for await (const item of input.pipe(parser) as AsyncIterable<CsvItem>) {
    const line = previousEnd + 1;
    if ('skipped' in item) {
      previousEnd = Math.max(line, item.skipped.lines ?? line);
      yield { line, issue: { code: 'malformed-csv', file, line, message: item.skipped.message } };
      continue;
    }
    previousEnd = item.info.lines;
    const values = item.record;
    if (values.length === 1 && (values[0] ?? '').trim() === '') continue;
    if (!header) {
      header = values.map((v) => v.trim());
      onHeader(header);
      continue;
    }
    if (values.length !== header.length) {
      yield { line, issue: { code: 'field-count', file, line, expected: header.length, got: values.length } };
      continue;
    }
    // Without a prototype, a column named "constructor" or "__proto__" is a column like any other.
    const fields: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    header.forEach((column, i) => {
      const value = values[i] ?? '';
      const earlier = fields[column];
      // A repeated column (two `nationality` columns) keeps both values.
      fields[column] = earlier === undefined ? value : [earlier, value].flat();
    });
    yield { line, fields };
  }
}

/** JSON lines: one object a line, flat columns or FtM-shaped; blank lines are skipped. */
async function* readJsonLines(input: NodeJS.ReadableStream, file: string): AsyncGenerator<InputRow> {
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    const body = line === 1 ? text.replace(/^\uFEFF/, '') : text;
    if (body.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      yield { line, issue: { code: 'bad-json', file, line, message: (error as Error).message } };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield { line, issue: { code: 'not-an-object', file, line } };
      continue;
    }
    yield { line, fields: value as Record<string, unknown> };
  }
}
