import { IDENTIFIER_PROPS } from '../match/index.js';
import type { MatchQuery } from '../match/index.js';
import { NAME_PART_PROPERTIES, NAME_PROPERTIES, parseDate, PropertyBag } from '../model/index.js';
import { schemaOfType } from '../model/schema-of-type.js';
import type { ColumnMap, ColumnTarget } from './map-columns.js';
import type { RowIssue } from './row-issue.js';

/** A row turned into a screening query. */
export interface RowQuery {
  line: number;
  /** The row's own id (an `id`, `customer_id` or `key` column), if it has one. */
  key?: string;
  query: MatchQuery;
  /** The name screened, as the row gives it (for the output). */
  queryName: string;
}

/** A row that could not be screened, with its key when the row gave one. */
export interface RowFailure {
  line: number;
  key?: string;
  issue: RowIssue;
}

export interface RowContext {
  file: string;
  line: number;
  columns: ColumnMap;
  /** The schema from `--type`; without it, a row's own `type` column or its properties decide. */
  defaultSchema: string | undefined;
}

const PERSON_HINTS = [...NAME_PART_PROPERTIES, 'birthDate'];
const NAME_PROPS = [...NAME_PROPERTIES, ...NAME_PART_PROPERTIES];
const IDENTIFIERS: readonly string[] = IDENTIFIER_PROPS;

/** Text values of a cell: a string, a number, or a list of them; undefined for anything else. */
function cellValues(value: unknown): string[] | undefined {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value)) {
    const out: string[] = [];
    for (const item of value) {
      const inner = cellValues(item);
      if (!inner || Array.isArray(item)) return undefined;
      out.push(...inner);
    }
    return out;
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Turns one row into a query. A row is either flat (CSV columns, or a JSON object of columns) or
 * FtM-shaped (`{id?, schema?, properties: {...}}`); either way, names go through the column map.
 * Returns an issue for a value that is not text, a birth date that is not a date, an unknown
 * type, or a row with neither a name nor an identifier.
 */
export function buildRowQuery(fields: Readonly<Record<string, unknown>>, ctx: RowContext): RowQuery | RowFailure {
  const { file, line } = ctx;
  const ftm = isPlainObject(fields['properties']) ? fields['properties'] : undefined;
  const cells: [string, unknown, ColumnTarget][] = [];
  if (ftm) {
    for (const special of ['id', 'key', 'schema'] as const) {
      if (fields[special] !== undefined) cells.push([special, fields[special], ctx.columns.targetOf(special)]);
    }
    for (const [column, value] of Object.entries(ftm)) cells.push([column, value, ctx.columns.targetOf(column)]);
  } else {
    for (const [column, value] of Object.entries(fields)) cells.push([column, value, ctx.columns.targetOf(column)]);
  }

  let key: string | undefined;
  for (const [, raw, target] of cells) {
    if (target.role === 'key') key ??= cellValues(raw)?.map((v) => v.trim()).find((v) => v !== '');
  }
  const fail = (issue: RowIssue): RowFailure => ({ line, ...(key !== undefined ? { key } : {}), issue });

  const bag = new PropertyBag();
  let schemaCell: { field: string; value: string } | undefined;
  for (const [field, raw, target] of cells) {
    if (target.role === 'ignore') continue;
    const values = cellValues(raw);
    if (!values) return fail({ code: 'bad-value', file, line, field });
    const first = values.map((v) => v.trim()).find((v) => v !== '');
    if (target.role === 'key') {
      continue;
    } else if (target.role === 'schema') {
      if (first !== undefined) schemaCell ??= { field, value: first };
    } else if (target.property === 'birthDate') {
      for (const value of values) {
        if (value.trim() === '') continue;
        const date = parseDate(value);
        if (!date) return fail({ code: 'bad-date', file, line, field, value });
        bag.add('birthDate', date);
      }
    } else {
      bag.add(target.property, ...values);
    }
  }

  let schema = ctx.defaultSchema;
  if (schemaCell) {
    schema = schemaOfType(schemaCell.value);
    if (!schema) return fail({ code: 'bad-schema', file, line, ...schemaCell });
  }
  schema ??= PERSON_HINTS.some((p) => bag.has(p)) ? 'Person' : 'LegalEntity';

  const properties = bag.toProperties();
  const names = NAME_PROPS.some((p) => bag.has(p));
  const identifier = IDENTIFIERS.find((p) => bag.has(p));
  if (!names && !identifier) return fail({ code: 'no-name', file, line });
  const queryName =
    properties['name']?.[0] ??
    (NAME_PART_PROPERTIES.some((p) => bag.has(p)) ? NAME_PART_PROPERTIES.flatMap((p) => properties[p]?.slice(0, 1) ?? []).join(' ') : undefined) ??
    properties['alias']?.[0] ??
    (identifier ? properties[identifier]?.[0] : undefined) ??
    '';
  return { line, ...(key !== undefined ? { key } : {}), query: { schema, properties }, queryName };
}

export function isRowFailure(value: RowQuery | RowFailure): value is RowFailure {
  return 'issue' in value;
}
