import { entityId, type SourceEntity } from '../../model/index.js';
import type { ParseContext, SourceRecord } from '../types.js';
import { isJsonObject, parseFtmEntity, showValue, type LineRef } from './parse-ftm-entity.js';

/** An FtM file holds either whole entities (a full export) or delta operations on them. */
export type FtmLineKind = 'entity' | 'delta';

/** The kind of a parsed line: delta lines are `{"op": ..., "entity": ...}`. */
export function ftmLineKind(value: Record<string, unknown>): FtmLineKind {
  return 'op' in value ? 'delta' : 'entity';
}

/**
 * Turns one parsed line of the given kind into a record: entities and ADD/MOD into puts, DEL into
 * a delete by id. Returns undefined, after reporting it, for a line that cannot be applied.
 */
export function parseFtmLine(value: Record<string, unknown>, kind: FtmLineKind, at: LineRef, ctx: ParseContext): SourceRecord | undefined {
  if (ftmLineKind(value) !== kind) {
    const message = kind === 'delta' ? 'an entity line in a delta file' : 'a delta line in an entity file';
    ctx.issue({ code: 'bad-value', ...at, field: 'op', value: showValue(value['op'] ?? value['id']), message });
    return undefined;
  }
  if (kind === 'entity') return put(parseFtmEntity(value, at, ctx));
  const { op, entity } = value;
  if (!isJsonObject(entity)) {
    ctx.issue({ code: 'missing-field', ...at, field: 'entity' });
    return undefined;
  }
  switch (op) {
    case 'ADD':
    case 'MOD':
      return put(parseFtmEntity(entity, at, ctx));
    case 'DEL': {
      const { id } = entity;
      if (typeof id === 'string' && id.trim() !== '') return { op: 'delete', id: entityId(id) };
      ctx.issue({ code: 'missing-field', ...at, field: 'entity.id' });
      return undefined;
    }
    default:
      ctx.issue({ code: 'bad-value', ...at, field: 'op', value: showValue(op), message: 'not ADD, MOD or DEL' });
      return undefined;
  }
}

function put(entity: SourceEntity | undefined): SourceRecord | undefined {
  return entity ? { op: 'put', entity } : undefined;
}
