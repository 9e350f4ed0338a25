import { entityId, isPartySchema, isSchemaName, type Properties, type SourceEntity } from '../../model/index.js';
import type { ParseContext } from '../types.js';

/** Where a JSON line came from, for issues. */
export interface LineRef {
  file: string;
  line: number;
}

/** Plain JSON object check, for the untrusted lines of an FtM file. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A bad value as issue text, short enough that a huge line does not flood the report. */
export function showValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/**
 * Checks one FtM entity object ({id, schema, properties, target?, ...}) and turns it into a
 * SourceEntity, keeping the FtM id unchanged. Returns undefined, after reporting why, when the
 * entity cannot be used (no id, a schema Vigil does not store, properties that are not an object).
 * Bad property values are dropped one by one so the rest of the entity survives.
 */
export function parseFtmEntity(raw: Record<string, unknown>, at: LineRef, ctx: ParseContext): SourceEntity | undefined {
  const { id, schema, properties, target, referents } = raw;
  if (typeof id !== 'string' || id.trim() === '') {
    ctx.issue({ code: 'missing-field', ...at, field: 'id' });
    return undefined;
  }
  if (typeof schema !== 'string') {
    ctx.issue({ code: 'missing-field', ...at, field: 'schema' });
    return undefined;
  }
  if (!isSchemaName(schema)) {
    ctx.issue({ code: 'bad-value', ...at, field: 'schema', value: schema, message: `${id}: schema not stored by Vigil` });
    return undefined;
  }
  if (properties !== undefined && !isJsonObject(properties)) {
    ctx.issue({ code: 'bad-value', ...at, field: 'properties', value: showValue(properties), message: `${id}: not an object` });
    return undefined;
  }
  return {
    id: entityId(id),
    schema,
    properties: parseProperties(properties ?? {}, id, at, ctx),
    // Exports older than the `target` flag (or hand-made files) leave it out: treat every party
    // as screenable rather than silently losing it from matching.
    target: typeof target === 'boolean' ? target : isPartySchema(schema),
    ...(Array.isArray(referents) ? { referents: referents.filter((r): r is string => typeof r === 'string' && r !== id) } : {}),
  };
}

/**
 * FtM property names are camelCase identifiers (birthDate, innCode). Anything else is refused: a
 * key like `__proto__`, which JSON.parse keeps as an own key, would set the object's prototype
 * when assigned and silently lose the property.
 */
const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

function parseProperties(raw: Record<string, unknown>, id: string, at: LineRef, ctx: ParseContext): Properties {
  const out: Properties = {};
  for (const [prop, value] of Object.entries(raw)) {
    if (!PROPERTY_NAME.test(prop)) {
      ctx.issue({ code: 'bad-value', ...at, field: 'properties', value: showValue(prop), message: `${id}: not an FtM property name` });
      continue;
    }
    if (typeof value === 'string') {
      out[prop] = [value];
      continue;
    }
    if (!Array.isArray(value)) {
      ctx.issue({ code: 'bad-value', ...at, field: `properties.${prop}`, value: showValue(value), message: `${id}: not a list of strings` });
      continue;
    }
    const strings = value.filter((v): v is string => typeof v === 'string');
    if (strings.length < value.length) {
      const dropped = value.filter((v) => typeof v !== 'string');
      ctx.issue({ code: 'bad-value', ...at, field: `properties.${prop}`, value: showValue(dropped), message: `${id}: non-string values dropped` });
    }
    if (strings.length > 0) out[prop] = strings;
  }
  return out;
}
