import { createHash } from 'node:crypto';
import type { Properties, SourceEntity } from '../model/index.js';
import type { PropertyDiff } from './types.js';

/** A content hash that ignores the order of properties and values, so reordering is no change. */
export function hashEntity(entity: SourceEntity): string {
  const props = Object.keys(entity.properties)
    .sort()
    .map((p) => [p, [...(entity.properties[p] ?? [])].sort()]);
  return createHash('sha1')
    .update(JSON.stringify([entity.schema, entity.target, props]))
    .digest('base64url');
}

/** What each property gained and lost from `before` to `after`; schema changes show as `schema`. */
export function diffProperties(
  before: { schema: string; properties: Properties },
  after: { schema: string; properties: Properties },
): PropertyDiff {
  const diff: PropertyDiff = {};
  if (before.schema !== after.schema) diff['schema'] = { added: [after.schema], removed: [before.schema] };
  const props = new Set([...Object.keys(before.properties), ...Object.keys(after.properties)]);
  for (const prop of [...props].sort()) {
    const old = new Set(before.properties[prop] ?? []);
    const now = new Set(after.properties[prop] ?? []);
    const added = [...now].filter((v) => !old.has(v));
    const removed = [...old].filter((v) => !now.has(v));
    if (added.length > 0 || removed.length > 0) diff[prop] = { added, removed };
  }
  return diff;
}
