import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** One CSV data row as column -> value, with the 1-based line it starts on. */
export interface CsvRecord {
  values: Record<string, string>;
  line: number;
}

/**
 * Reads a small evaluation CSV with a header row. Lines starting with `#` are comments (the
 * Watchman file uses them). A header without every `required` column, or a row with the wrong
 * number of fields, is an error naming the file and line: these files are gold data, so nothing
 * is skipped quietly. `headerless` gives the columns of a file without a header row (Watchman's
 * names them in a comment).
 */
export function readEvalCsv(path: string, required: readonly string[], headerless?: readonly string[]): CsvRecord[] {
  const text = readFileSync(path, 'utf8');
  const rows = parse(text, {
    bom: true,
    comment: '#',
    comment_no_infix: true,
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const headerRow = headerless ? { record: [...headerless], info: { lines: 0 } } : rows.shift();
  if (!headerRow) throw new Error(`${path}: empty file`);
  const dataRows = rows;
  const header = headerRow.record.map((c) => c.trim());
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new Error(`${path}:${headerRow.info.lines}: missing columns ${missing.join(', ')} (got ${header.join(', ')})`);
  return dataRows.map(({ record, info }) => {
    if (record.length !== header.length) {
      throw new Error(`${path}:${info.lines}: ${record.length} fields, expected ${header.length}`);
    }
    const values: Record<string, string> = {};
    header.forEach((column, i) => {
      values[column] = record[i] ?? '';
    });
    return { values, line: info.lines };
  });
}

/** A column's value; the reader has already checked that required columns exist. */
export function column(row: CsvRecord, name: string): string {
  return row.values[name] ?? '';
}

/** Parses a `true`/`false` cell, failing with the file position on anything else. */
export function booleanCell(row: CsvRecord, name: string, path: string): boolean {
  const value = column(row, name).trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new Error(`${path}:${row.line}: ${name} is '${value}', expected true or false`);
}

/** Parses a numeric cell, failing with the file position on anything else. */
export function numberCell(row: CsvRecord, name: string, path: string): number {
  const text = column(row, name).trim();
  const value = Number(text);
  if (text === '' || !Number.isFinite(value)) throw new Error(`${path}:${row.line}: ${name} is '${text}', not a number`);
  return value;
}
