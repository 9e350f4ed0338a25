import { buildEntityProfile, buildQueryProfile } from './entity-profile.js';
import { scoreProfiles } from './score-profiles.js';
import { UNIFORM_WEIGHTS } from './token-weights.js';
import type { MatchQuery, PairScore } from './types.js';

/** Scores two FtM-shaped records directly, every name word weighing the same (no lists loaded). */
export function scorePair(query: MatchQuery, candidate: MatchQuery): PairScore {
  return scoreProfiles(buildQueryProfile(query.schema, query.properties, UNIFORM_WEIGHTS), buildEntityProfile(candidate.schema, candidate.properties, UNIFORM_WEIGHTS));
}
