import { RELATION_SCHEMATA, type RelationSchema } from '../model/index.js';

/** The kind of an edge: its FtM relation schema in lower case (`ownership`, `unknownlink`, ...). */
export type EdgeKind = Lowercase<RelationSchema>;

export const EDGE_KINDS: readonly EdgeKind[] = RELATION_SCHEMATA.map((s) => s.toLowerCase() as EdgeKind);

/** The kind's index in EDGE_KINDS, as the graph stores it. */
export function edgeKindCode(schema: RelationSchema): number {
  return RELATION_SCHEMATA.indexOf(schema);
}

export function isEdgeKind(value: string): value is EdgeKind {
  return (EDGE_KINDS as readonly string[]).includes(value);
}

export const OWNERSHIP_KIND_CODE = edgeKindCode('Ownership');
