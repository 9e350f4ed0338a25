import { SourceParseError, type ParseContext, type SourceRecord } from '../types.js';
import { isJsonObject, showValue } from './parse-ftm-entity.js';
import { ftmLineKind, parseFtmLine, type FtmLineKind } from './parse-ftm-line.js';
import { readJsonLines } from './read-json-lines.js';

/**
 * Streams one FtM JSON-lines file: a full export (`entities.ftm.json`) or a delta
 * (`entities.delta.json`). Unless `kind` is given, the first non-blank line decides which, and a
 * delta calls `ctx.markDelta()` before the first record. That first line must be a JSON object, or
 * the file is not FtM at all (fatal `malformed`); later broken lines are reported and skipped, so
 * one bad line does not stop a 2 GB import. Returns the latest `last_change` seen (the export's
 * own date), if any line has one.
 */
export async function* readFtmFile(
  path: string,
  ctx: ParseContext,
  kind?: FtmLineKind,
): AsyncGenerator<SourceRecord, string | undefined> {
  let fileKind: FtmLineKind | undefined;
  let latest: string | undefined;
  for await (const { line, text } of readJsonLines(path, ctx)) {
    const at = { file: path, line };
    const value = parseJson(text);
    if (!fileKind) {
      if (!isJsonObject(value)) {
        throw new SourceParseError({ code: 'malformed', ...at, message: 'not an FtM JSON line (expected a JSON object)' });
      }
      fileKind = kind ?? ftmLineKind(value);
      if (!kind && fileKind === 'delta') ctx.markDelta();
    }
    if (!isJsonObject(value)) {
      ctx.issue({ code: 'bad-value', ...at, field: 'line', value: showValue(text), message: value === undefined ? 'not JSON' : 'not a JSON object' });
      continue;
    }
    const change = lastChange(value);
    if (change && (!latest || change > latest)) latest = change;
    const record = parseFtmLine(value, fileKind, at, ctx);
    if (record) yield record;
  }
  return latest;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `last_change` of an entity line or of the entity in a delta line, when it is an ISO date-time. */
function lastChange(value: Record<string, unknown>): string | undefined {
  const entity = isJsonObject(value['entity']) ? value['entity'] : value;
  const change = entity['last_change'];
  return typeof change === 'string' && /^\d{4}-\d{2}-\d{2}/.test(change) ? change : undefined;
}
