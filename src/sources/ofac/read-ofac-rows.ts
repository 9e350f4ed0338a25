import { readCsvRows } from '../read/csv-rows.js';
import { SourceParseError, type ParseContext } from '../types.js';

/** One row of an OFAC legacy CSV file; `-0-` (OFAC's null) and blank fields are undefined. */
export interface OfacRow {
  entNum: string;
  fields: (string | undefined)[];
  line: number;
}

/**
 * Streams the rows of one file of OFAC's header-less CSV set (sdn.csv, alt.csv, add.csv,
 * sdn_comments.csv and their cons_ twins). The first row shows whether the file is the kind
 * expected: a wrong field count or a non-numeric ent_num there is a fatal `wrong-columns`; on a
 * later row it is reported and the row skipped. Fields are trimmed except the last, which is free
 * text that a comments row continues mid-word.
 */
export async function* readOfacRows(path: string, ctx: ParseContext, columns: readonly string[]): AsyncGenerator<OfacRow> {
  let first = true;
  for await (const row of readCsvRows(path, ctx)) {
    const entNum = row.fields[0]?.trim() ?? '';
    const numeric = /^\d+$/.test(entNum);
    if (first) {
      first = false;
      if (row.fields.length !== columns.length || !numeric) {
        const got = row.fields.slice(0, columns.length + 1).map((f) => f.slice(0, 40));
        throw new SourceParseError({ code: 'wrong-columns', file: path, line: row.line, expected: [...columns], got });
      }
    }
    if (row.fields.length !== columns.length) {
      ctx.issue({ code: 'field-count', file: path, line: row.line, expected: columns.length, got: row.fields.length });
      continue;
    }
    if (!numeric) {
      ctx.issue({ code: 'bad-value', file: path, line: row.line, field: columns[0] ?? 'ent_num', value: entNum, message: 'not an ent_num' });
      continue;
    }
    const last = row.fields.length - 1;
    const fields = row.fields.map((raw, i) => {
      const value = raw.trim();
      if (value === '' || value === '-0-') return undefined;
      return i === last ? raw : value;
    });
    yield { entNum, fields, line: row.line };
  }
}
