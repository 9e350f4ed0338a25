import { parseDate } from '../../model/index.js';
import { readCsvRows } from '../read/csv-rows.js';
import { SourceParseError, type ParseContext, type SourceAdapter, type SourceRecord } from '../types.js';
import { addUkCsvRow, UK_CSV_REQUIRED_COLUMNS } from './add-uk-csv-row.js';
import { mapUkDesignation } from './map-uk-designation.js';
import { newUkDesignation, parseUkDesignationType, type UkDesignation } from './uk-designation.js';

/**
 * The UK Sanctions List CSV as the FCDO publishes it (UK-Sanctions-List.csv): a `Report Date:`
 * line, a header, then one row per name of each designation, the rows of one Unique ID together.
 */
export const ukCsvAdapter: SourceAdapter = {
  format: 'uk-csv',
  title: 'UK Sanctions List (FCDO), CSV',
  companionFiles: () => [],
  read: readUkCsv,
};

/**
 * Streams the rows and emits a designation when the Unique ID changes, so memory holds one
 * designation. The official file keeps an ID's rows together; rows of an ID already emitted are
 * reported as `duplicate-id` and left out rather than holding the whole list to merge them.
 */
async function* readUkCsv(path: string, ctx: ParseContext): AsyncGenerator<SourceRecord> {
  let header: string[] | undefined;
  let current: UkDesignation | undefined;
  const emitted = new Set<string>();
  const finish = function* (): Generator<SourceRecord> {
    if (!current) return;
    emitted.add(current.uniqueId);
    for (const entity of mapUkDesignation(current)) yield { op: 'put', entity };
    current = undefined;
  };

  for await (const { fields, line } of readCsvRows(path, ctx)) {
    if (!header) {
      const cells = fields.map((f) => f.trim());
      if (cells.filter((c) => c !== '').length === 1 && /^[\w ]+:/.test(cells[0] ?? '')) {
        readReportDate(cells[0] ?? '', { file: path, line }, ctx);
        continue;
      }
      const missing = UK_CSV_REQUIRED_COLUMNS.filter((c) => !cells.includes(c));
      if (missing.length > 0) throw new SourceParseError({ code: 'wrong-columns', file: path, line, expected: [...UK_CSV_REQUIRED_COLUMNS], got: cells });
      header = cells;
      continue;
    }
    if (fields.length !== header.length) {
      ctx.issue({ code: 'field-count', file: path, line, expected: header.length, got: fields.length });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((column, i) => {
      values[column] = fields[i] ?? '';
    });
    const at = { file: path, line };
    const uniqueId = values['Unique ID']?.trim() ?? '';
    if (uniqueId === '') {
      ctx.issue({ code: 'missing-field', ...at, field: 'Unique ID' });
      continue;
    }
    if (current && current.uniqueId !== uniqueId) yield* finish();
    if (!current) {
      if (emitted.has(uniqueId)) {
        ctx.issue({ code: 'duplicate-id', ...at, id: uniqueId });
        continue;
      }
      const type = values['Designation Type'] ?? '';
      const schema = parseUkDesignationType(type);
      if (!schema) {
        ctx.issue({ code: 'bad-value', ...at, field: 'Designation Type', value: type, message: 'not Individual, Entity or Ship' });
        continue;
      }
      current = newUkDesignation(uniqueId, schema);
    }
    addUkCsvRow(current, values, at, ctx);
  }
  if (!header) throw new SourceParseError({ code: 'empty-file', file: path });
  yield* finish();
}

/** `Report Date: 13-Feb-2026`: the day the FCDO produced the file. Other preamble lines are not dates. */
function readReportDate(text: string, at: { file: string; line: number }, ctx: ParseContext): void {
  const match = /^report date:\s*(.+)$/i.exec(text);
  if (!match?.[1]) return;
  const date = parseDate(match[1]) ?? parseDate(match[1].replace(/-/g, ' '));
  if (date) ctx.published(date);
  else ctx.issue({ code: 'bad-date', ...at, field: 'Report Date', value: match[1] });
}
