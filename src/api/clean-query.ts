import { NAME_PART_PROPERTIES, NAME_PROPERTIES } from '../model/index.js';
import { IDENTIFIER_PROPS } from '../match/entity-profile.js';
import { isScreenedSchema } from '../match/schema-compat.js';
import type { MatchQuery } from '../match/index.js';
import type { ApiLimits } from './context.js';
import { BadRequestError } from './errors.js';
import type { MatchBody } from './schemas/match.js';

/**
 * Turns one validated query of a request into what the matcher takes: values as strings, control
 * and invisible formatting characters removed, over-long values cut (and said so), and a 400 for
 * a query that gives nothing to match on.
 * @module
 */

export interface CleanQuery {
  query: MatchQuery & { id?: string };
  /** What was changed before matching, for the response and the explanations. */
  warnings: string[];
}

type Example = MatchBody['queries'][string];

/** Query schemata: the screened parties, and `Thing` for "any party". */
export const QUERY_SCHEMATA = ['Thing', 'LegalEntity', 'Person', 'Organization', 'Company', 'PublicBody', 'Vessel', 'Airplane'] as const;

const USABLE_PROPS = new Set<string>([...NAME_PROPERTIES, ...NAME_PART_PROPERTIES, ...IDENTIFIER_PROPS]);
// Line breaks and tabs become spaces; other C0 and C1 controls, zero-width and bidi formatting characters are dropped.
const CONTROL_CHARS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
const FORMAT_CHARS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

export function checkQuerySchema(schema: string, field: string): void {
  if (schema !== 'Thing' && !isScreenedSchema(schema)) {
    throw new BadRequestError(`${field}: ${JSON.stringify(schema.slice(0, 100))} is not a schema that can be screened; use one of ${QUERY_SCHEMATA.join(', ')}`);
  }
}

/** Cleans one text value; returns the cleaned text and what was done to it. */
export function cleanValue(raw: string, limits: ApiLimits): { value: string; stripped: boolean; cutFrom?: number } {
  const withoutControls = raw.replace(FORMAT_CHARS, '').replace(CONTROL_CHARS, '');
  const stripped = withoutControls !== raw;
  const value = withoutControls.replace(/\s+/g, ' ').trim();
  if (value.length > limits.maxValueChars) {
    return { value: value.slice(0, limits.maxValueChars).trim(), stripped, cutFrom: value.length };
  }
  return { value, stripped };
}

export function cleanQuery(key: string, example: Example, limits: ApiLimits): CleanQuery {
  const field = `body.queries.${key}`;
  checkQuerySchema(example.schema, `${field}.schema`);
  const warnings: string[] = [];
  const properties: Record<string, string[]> = {};
  for (const [prop, given] of Object.entries(example.properties)) {
    const list = (Array.isArray(given) ? given : [given]).filter((v): v is string | number | boolean => v !== null);
    if (list.length > limits.maxValuesPerProperty) {
      warnings.push(`${field}.properties.${prop}: only the first ${limits.maxValuesPerProperty} of ${list.length} values were used`);
    }
    const values: string[] = [];
    for (const [i, raw] of list.slice(0, limits.maxValuesPerProperty).entries()) {
      const cleaned = cleanValue(String(raw), limits);
      if (cleaned.stripped) warnings.push(`${field}.properties.${prop}[${i}]: control characters removed`);
      if (cleaned.cutFrom !== undefined) {
        warnings.push(`${field}.properties.${prop}[${i}]: cut to the first ${limits.maxValueChars} of ${cleaned.cutFrom} characters for matching`);
      }
      if (cleaned.value !== '' && !values.includes(cleaned.value)) values.push(cleaned.value);
    }
    if (values.length > 0) properties[prop] = values;
  }
  if (!Object.keys(properties).some((p) => USABLE_PROPS.has(p))) {
    throw new BadRequestError(
      `${field}.properties: nothing to match on; give a non-empty name (or firstName and lastName) or an identifier (${IDENTIFIER_PROPS.slice(0, 5).join(', ')}, ...)`,
    );
  }
  return { query: { ...(example.id !== undefined ? { id: example.id } : {}), schema: example.schema, properties }, warnings };
}
