import { parse, CsvError } from 'csv-parse';
import { SourceParseError, type ParseContext } from '../types.js';
import { openListFile } from './open-file.js';

export interface CsvRow {
  fields: string[];
  /** 1-based line where the record starts. */
  line: number;
}

/**
 * Streams the records of a CSV file (csv-parse does the quoting rules), skipping blank lines and
 * OFAC's trailing 0x1A end-of-file byte. Rows come out as arrays so that each reader checks its
 * own column count and header. A syntax error (unclosed quote, file cut short) is fatal.
 */
export async function* readCsvRows(path: string, ctx: ParseContext): AsyncGenerator<CsvRow> {
  const input = await openListFile(path, ctx);
  const parser = input.pipe(
    parse({
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const fields = item.record;
      if (fields.length === 1 && /^\s*\x1a?\s*$/.test(fields[0] ?? '')) continue;
      yield { fields, line: item.info.lines };
    }
  } catch (cause) {
    if (cause instanceof SourceParseError) throw cause;
    const line = cause instanceof CsvError ? Number((cause as CsvError & { lines?: number }).lines ?? 0) : undefined;
    throw new SourceParseError(
      { code: 'malformed', file: path, ...(line ? { line } : {}), message: (cause as Error).message },
      { cause },
    );
  } finally {
    input.destroy();
  }
}

/**
 * Reads a CSV with a header row and yields each row as a column -> value record. The header must
 * hold every column in `required`; otherwise the file is the wrong one (fatal `wrong-columns`).
 */
export async function* readCsvRecords(
  path: string,
  ctx: ParseContext,
  required: readonly string[],
): AsyncGenerator<{ values: Record<string, string>; line: number }> {
  let header: string[] | undefined;
  for await (const row of readCsvRows(path, ctx)) {
    if (!header) {
      header = row.fields.map((f) => f.trim());
      const missing = required.filter((c) => !header!.includes(c));
      if (missing.length > 0) {
        throw new SourceParseError({ code: 'wrong-columns', file: path, line: row.line, expected: [...required], got: header });
      }
      continue;
    }
    if (row.fields.length !== header.length) {
      ctx.issue({ code: 'field-count', file: path, line: row.line, expected: header.length, got: row.fields.length });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((col, i) => {
      values[col] = row.fields[i] ?? '';
    });
    yield { values, line: row.line };
  }
  if (!header) throw new SourceParseError({ code: 'empty-file', file: path });
}
