import type { Entity, Properties } from '../model/index.js';

/**
 * A screening query in FtM shape, as yente's /match takes it:
 * `{schema: 'Person', properties: {name: [...], birthDate: [...], nationality: [...]}}`.
 * `firstName`/`lastName` are combined into a name when no full name is given.
 */
export interface MatchQuery {
  schema: string;
  properties: Properties;
}

/** One feature's part in a score: which query value met which listed value, and what it did. */
export interface FeatureExplanation {
  /** e.g. `name`, `weakAlias`, `birthDate`, `nationality`, `gender`, `schema`, `identifier`. */
  feature: string;
  /** Signed contribution to the final score (a contradiction is negative). */
  effect: number;
  queryValue?: string;
  listedValue?: string;
  detail: string;
}

/** A scored comparison of a query with one listed entity. */
export interface PairScore {
  score: number;
  /** yente-style feature values in [0, 1] (or negative for penalties), by feature name. */
  features: Record<string, number>;
  explanations: FeatureExplanation[];
}

export interface MatchResult extends PairScore {
  entity: Entity;
  /** Whether the score reaches the threshold. */
  match: boolean;
}

export interface MatchOptions {
  /** Score in [0, 1] at or above which a result is a match. */
  threshold?: number;
  /** At most this many results, best first. */
  limit?: number;
  /** Score every entity instead of the index's candidates (to measure what the index misses). */
  bruteForce?: boolean;
}

/** Screens queries against the entities it was built from. */
export interface Matcher {
  readonly size: number;
  readonly defaultThreshold: number;
  match(query: MatchQuery, options?: MatchOptions): MatchResult[];
}
