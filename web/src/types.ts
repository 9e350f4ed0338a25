/** The shapes of the API answers the app reads (see /openapi.json for the full ones). */

export type PropertyValue = string | Entity;

export interface Entity {
  id: string;
  caption: string;
  schema: string;
  properties: Record<string, PropertyValue[]>;
  datasets: string[];
  referents: string[];
  target: boolean;
  first_seen: string | null;
  last_seen: string | null;
  last_change: string | null;
}

export interface OwnershipBlock {
  rule: string;
  total_percent: number;
  owners: { id: string; caption?: string; percentage: number; status: string }[];
  explanation: string;
}

export interface ScoredEntity extends Entity {
  score: number;
  match: boolean;
  explanations: Record<string, { score: number; explanation: string }>;
  blocked_by_ownership?: OwnershipBlock[];
}

export interface MatchResponse {
  responses: Record<string, { results: ScoredEntity[]; total: { value: number }; warnings?: string[] }>;
  threshold: number;
}

export interface Dataset {
  name: string;
  title: string;
  type: 'collection' | 'source';
  version: string | null;
  updated_at: string | null;
  entity_count: number;
  target_count: number;
}

export interface Change {
  version_id: number;
  source: string;
  entity_id: string;
  schema: string;
  caption: string;
  target: boolean;
  kind: 'added' | 'removed' | 'changed' | 'blocked-by-ownership';
  diff: Record<string, { added: string[]; removed: string[] }>;
  at: string;
}

export interface BlockVerdict {
  rule: string;
  status: 'listed' | 'blocked-by-rule' | 'not-blocked';
  totalPercent: number;
  owners: { owner: string; percentage: number; ownerStatus: string }[];
}

export interface Network {
  root: string;
  nodes: { id: string; depth: number; caption: string | null; schema: string | null; listed: boolean; ofac: BlockVerdict; eu: BlockVerdict }[];
  edges: { kind: string; from: string; to: string; percentage?: number; relationId: string }[];
  truncated: boolean;
}

export interface BatchJob {
  id: string;
  status: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  matched: number;
  errors: number;
  warnings: string[];
  error?: string;
}

/** Values of a property as text (nested entities by caption). */
export function texts(entity: Entity, prop: string): string[] {
  return (entity.properties[prop] ?? []).map((v) => (typeof v === 'string' ? v : v.caption));
}

/** Values of a property that are nested entities. */
export function nested(entity: Entity, prop: string): Entity[] {
  return (entity.properties[prop] ?? []).filter((v): v is Entity => typeof v !== 'string');
}
