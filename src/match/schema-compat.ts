import type { NameEntityKind } from '../names/index.js';

/** Families of schemata that can be the same party: a person never matches a company or a vessel. */
const FAMILY: ReadonlyMap<string, 'person' | 'organization' | 'vessel' | 'airplane' | 'any'> = new Map(Object.entries({
  Person: 'person',
  Organization: 'organization',
  Company: 'organization',
  PublicBody: 'organization',
  Vessel: 'vessel',
  Airplane: 'airplane',
  LegalEntity: 'any',
  Thing: 'any',
}));

/** Whether a query of one schema may match a listed entity of another. */
export function schemataCompatible(query: string, listed: string): boolean {
  const q = FAMILY.get(query);
  const l = FAMILY.get(listed);
  if (!q || !l) return false;
  if (q === 'any') return l !== 'vessel' && l !== 'airplane' ? true : query === 'Thing';
  if (l === 'any') return q === 'person' || q === 'organization';
  return q === l;
}

/** Whether entities of this schema are screened at all (parties with names). */
export function isScreenedSchema(schema: string): boolean {
  return FAMILY.has(schema) && schema !== 'Thing';
}

/** How names of this schema are tokenised: legal forms only for organisations, titles only for people. */
export function nameKindOf(schema: string): NameEntityKind {
  const family = FAMILY.get(schema);
  if (family === 'person') return 'person';
  if (family === 'organization' || family === 'vessel' || family === 'airplane') return 'organization';
  return 'unknown';
}
