/**
 * Organisation queries with a typo: listed Latin-script organisation names with one letter changed,
 * each with the id it was made from. The speed benchmark times them; the index-completeness sample
 * checks that the index finds what a full scan finds for them (a typo leaves fewer keys to meet by).
 */
import type { MatchQuery } from '../../src/match/index.js';
import type { Entity } from '../../src/model/index.js';
import { changeOneLetter } from '../synthetic-entities.js';
import { mulberry32, shuffled } from './prng.js';

export interface MisspeltQuery {
  query: MatchQuery;
  /** The listed entity whose name was changed. */
  expected: string;
}

/** Whether an entity is a listed organisation whose name may be misspelt into a query. */
export function isMisspellableOrganisation(entity: Entity): boolean {
  return entity.target && (entity.schema === 'Organization' || entity.schema === 'Company');
}

/** `count` name-only Organization queries, drawn in a fixed order (seed 11) from `organisations`. */
export function misspeltOrganisationQueries(organisations: readonly Entity[], count: number): MisspeltQuery[] {
  const random = mulberry32(11);
  const queries: MisspeltQuery[] = [];
  for (const org of shuffled(organisations, random)) {
    if (queries.length === count) break;
    const name = org.properties['name']?.[0];
    if (!name || !/^[\x20-\x7e]+$/.test(name) || (name.match(/[A-Za-z]/g)?.length ?? 0) < 4) continue;
    const changed = changeOneLetter(name, random);
    if (changed) queries.push({ query: { schema: 'Organization', properties: { name: [changed] } }, expected: org.id });
  }
  return queries;
}
