import { NAME_PART_PROPERTIES, NAME_PROPERTIES } from '../model/index.js';
import { IDENTIFIER_PROPS } from '../match/index.js';
import { BatchFileError } from './batch-file-error.js';

/** The FtM properties the matcher reads from a query: a column may map to any of these. */
export const QUERY_PROPERTIES = [
  ...NAME_PROPERTIES, ...NAME_PART_PROPERTIES,
  'birthDate', 'gender', 'nationality', 'citizenship', 'country', 'birthCountry', 'jurisdiction', 'flag',
  ...IDENTIFIER_PROPS,
] as const;
export type QueryProperty = (typeof QUERY_PROPERTIES)[number];

/** Where a column's values go: a query property, the row's own key, its schema, or nowhere. */
export type ColumnTarget =
  | { role: 'property'; property: QueryProperty }
  | { role: 'key' }
  | { role: 'schema' }
  | { role: 'ignore' };

/** Column names compare lower-case, without spaces, underscores, hyphens or dots. */
export function normaliseColumnName(column: string): string {
  return column.toLowerCase().replace(/[\s_.-]+/g, '');
}

const KEY: ColumnTarget = { role: 'key' };
const SCHEMA: ColumnTarget = { role: 'schema' };
const IGNORE: ColumnTarget = { role: 'ignore' };
const property = (p: QueryProperty): ColumnTarget => ({ role: 'property', property: p });

/** Usual column names in customer files, beyond the FtM property names themselves. */
const COLUMN_ALIASES: Readonly<Record<string, ColumnTarget>> = {
  fullname: property('name'),
  aka: property('alias'),
  givenname: property('firstName'),
  forename: property('firstName'),
  surname: property('lastName'),
  familyname: property('lastName'),
  patronymic: property('fatherName'),
  dob: property('birthDate'),
  dateofbirth: property('birthDate'),
  sex: property('gender'),
  nationalid: property('idNumber'),
  passport: property('passportNumber'),
  passportno: property('passportNumber'),
  inn: property('innCode'),
  ogrn: property('ogrnCode'),
  imo: property('imoNumber'),
  lei: property('leiCode'),
  swift: property('swiftBic'),
  bic: property('swiftBic'),
  schema: SCHEMA,
  type: SCHEMA,
  id: KEY,
  key: KEY,
  customerid: KEY,
};

const BUILT_IN = new Map<string, ColumnTarget>([
  ...QUERY_PROPERTIES.map((p): [string, ColumnTarget] => [normaliseColumnName(p), property(p)]),
  ...Object.entries(COLUMN_ALIASES),
]);

const PROPERTY_BY_NAME = new Map<string, QueryProperty>(QUERY_PROPERTIES.map((p) => [p.toLowerCase(), p]));

/**
 * Parses `--map col=prop` values: `prop` is one of QUERY_PROPERTIES (any case), `key`, `schema`
 * or `ignore`. A bad value is a BatchFileError that names it.
 */
export function parseColumnOverrides(values: readonly string[]): Map<string, ColumnTarget> {
  const overrides = new Map<string, ColumnTarget>();
  for (const value of values) {
    const eq = value.lastIndexOf('=');
    const column = normaliseColumnName(eq > 0 ? value.slice(0, eq) : '');
    const target = eq > 0 ? value.slice(eq + 1).trim() : '';
    if (column === '' || target === '') throw new BatchFileError(`--map takes column=property, not ${JSON.stringify(value)}`);
    const prop = PROPERTY_BY_NAME.get(target.toLowerCase());
    const special = ({ key: KEY, schema: SCHEMA, ignore: IGNORE } as Record<string, ColumnTarget>)[target.toLowerCase()];
    const resolved = prop ? property(prop) : special;
    if (!resolved) {
      throw new BatchFileError(`--map ${JSON.stringify(value)}: ${JSON.stringify(target)} is not a property Vigil screens on; use one of ${QUERY_PROPERTIES.join(', ')}, or key, schema, ignore`);
    }
    overrides.set(column, resolved);
  }
  return overrides;
}

/**
 * Resolves column names to targets, with the `--map` overrides first. A column that maps to
 * nothing is reported once through `onUnknown` and ignored from then on.
 */
export class ColumnMap {
  private readonly resolved = new Map<string, ColumnTarget>();

  constructor(
    private readonly overrides: ReadonlyMap<string, ColumnTarget>,
    private readonly onUnknown: (columns: string[]) => void,
  ) {}

  /** Resolves a whole header at once, so that its unknown columns are reported in one go. */
  resolveHeader(columns: readonly string[]): ColumnTarget[] {
    const unknown: string[] = [];
    const targets = columns.map((c) => this.lookup(c, unknown));
    if (unknown.length > 0) this.onUnknown(unknown);
    return targets;
  }

  targetOf(column: string): ColumnTarget {
    const cached = this.resolved.get(column);
    if (cached) return cached;
    const unknown: string[] = [];
    const target = this.lookup(column, unknown);
    if (unknown.length > 0) this.onUnknown(unknown);
    return target;
  }

  private lookup(column: string, unknown: string[]): ColumnTarget {
    const cached = this.resolved.get(column);
    if (cached) return cached;
    const name = normaliseColumnName(column);
    let target = this.overrides.get(name) ?? BUILT_IN.get(name);
    if (!target) {
      target = IGNORE;
      if (name !== '') unknown.push(column);
    }
    this.resolved.set(column, target);
    return target;
  }
}
