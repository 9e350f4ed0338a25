import { parse } from 'csv-parse/sync';

/**
 * The values of a multi-valued EU journal cell. FORMAT.md: values are separated by `;` (a space
 * after it preferred), and a value holding `;` or `"` is CSV-quoted inside the cell, so
 * `"Foo; Bar"; Baz` is two values. Commas never separate values (`Vagner Group, PMC Wagner, Liga`
 * is one printed alias). Returns undefined when the quoting is broken.
 */
export function splitJournalCell(cell: string): string[] | undefined {
  if (!cell.includes('"')) return cleanValues(cell.split(';'));
  try {
    const records = parse(cell, {
      delimiter: ';',
      ltrim: true,
      rtrim: true,
      relax_column_count: true,
    }) as string[][];
    return cleanValues(records.flat());
  } catch {
    return undefined;
  }
}

function cleanValues(values: string[]): string[] {
  return values.map((v) => v.trim()).filter((v) => v !== '');
}
