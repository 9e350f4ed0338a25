import { NAME_PROPERTIES, type Entity } from '../model/index.js';
import { borrowBirthDates } from './borrow-birth-dates.js';
import { CandidateIndex } from './candidate-index.js';
import { buildEntityProfile, buildQueryProfile, type EntityProfile } from './entity-profile.js';
import { mainSpellingTokens, spellingMemo } from './name-profile.js';
import { isScreenedSchema, nameKindOf, schemataCompatible } from './schema-compat.js';
import { QueryComparisons, scoreProfiles, SpellingPool } from './score-profiles.js';
import { TokenWeights } from './token-weights.js';
import type { MatchOptions, MatchQuery, MatchResult, Matcher, PairScore } from './types.js';

/** The score at or above which a result is a match, set from the evaluation (README, `npm run eval`). */
export const DEFAULT_THRESHOLD = 0.7;
/**
 * How many index candidates are scored in full per query. The misses past it are namesakes of
 * common names (Muhammad HUSAYN ~ HOSSEINI, Mohammad Ali, 0.73, 93rd). With OFAC's aliases loaded
 * there are more of them: on the eval's completeness sample the index returns 99.44% of what a full
 * scan matches with 60, 99.52% with 80 and 99.68% with 100, and Person queries take about a tenth
 * and a fifth longer than with 60.
 */
export const MAX_CANDIDATES = 80;
const DEFAULT_LIMIT = 10;

export interface BuiltMatcher extends Matcher {
  /** Scores a query against one record with the lists' token weights (for evaluation). */
  scorePair(query: MatchQuery, candidate: MatchQuery): PairScore;
  readonly weights: TokenWeights;
}

export interface BuildMatcherOptions {
  threshold?: number;
  /**
   * Awaited every PARTIES_PER_SLICE parties while the index is built: a server passes a yield to
   * its event loop, so that it keeps answering while a new index is built beside the old one.
   */
  pause?: () => Promise<void>;
}

const PARTIES_PER_SLICE = 1000;

/**
 * What a matcher is made of: the screened parties, their profiles and the candidate index over
 * them, with the lists' token weights. Plain data and two classes, so that it can be saved whole
 * and read back (matcher-snapshot.ts) instead of built again.
 */
export interface MatcherState {
  parties: Entity[];
  profiles: EntityProfile[];
  index: CandidateIndex;
  weights: TokenWeights;
}

/**
 * Builds the matcher from the entities in service: token weights from every listed name, then a
 * profile and index entry per screened party (people, organisations, vessels, aircraft).
 */
export async function buildMatcher(entities: AsyncIterable<Entity> | Iterable<Entity>, options: BuildMatcherOptions = {}): Promise<BuiltMatcher> {
  return matcherOf(await buildMatcherState(entities, options), options);
}

/** Builds a matcher's state (see buildMatcher). */
export async function buildMatcherState(entities: AsyncIterable<Entity> | Iterable<Entity>, options: Pick<BuildMatcherOptions, 'pause'> = {}): Promise<MatcherState> {
  const parties: Entity[] = [];
  const weights = new TokenWeights();
  // Wallet addresses are their own FtM entities (CryptoWallet, holder -> party); a query giving an
  // address must find the party that holds it, so the addresses become the holder's identifiers.
  const walletsByHolder = new Map<string, string[]>();
  const spell = spellingMemo();
  for await (const entity of entities) {
    if (entity.schema === 'CryptoWallet') {
      for (const holder of entity.properties['holder'] ?? []) {
        walletsByHolder.set(holder, [...(walletsByHolder.get(holder) ?? []), ...(entity.properties['publicKey'] ?? [])]);
      }
      continue;
    }
    if (!isScreenedSchema(entity.schema)) continue;
    parties.push(entity);
    const kind = nameKindOf(entity.schema);
    for (const prop of NAME_PROPERTIES) {
      for (const name of entity.properties[prop] ?? []) {
        weights.addDocument(mainSpellingTokens(name, kind, spell).map((t) => t.text));
      }
    }
  }
  weights.seal();
  const index = new CandidateIndex(weights);
  const profiles: EntityProfile[] = [];
  const spellings = new SpellingPool();
  for (const e of parties) {
    if (options.pause && profiles.length % PARTIES_PER_SLICE === 0) await options.pause();
    const wallets = walletsByHolder.get(e.id);
    const properties = wallets ? { ...e.properties, publicKey: [...(e.properties['publicKey'] ?? []), ...wallets] } : e.properties;
    const profile = buildEntityProfile(e.schema, properties, weights, spell);
    spellings.share(profile);
    index.add(profile);
    profiles.push(profile);
  }
  borrowBirthDates(parties, profiles);
  return { parties, profiles, index: index.sealed(), weights };
}

/** The matcher over a built (or saved and read back) state. */
export function matcherOf({ parties, profiles, index, weights }: MatcherState, options: Pick<BuildMatcherOptions, 'threshold'> = {}): BuiltMatcher {
  const defaultThreshold = options.threshold ?? DEFAULT_THRESHOLD;
  // By query schema, which listed entities it may match: the candidate index leaves the others out.
  const compatibility = new Map<string, (entity: number) => boolean>();
  const compatibleWith = (schema: string): ((entity: number) => boolean) => {
    let accepts = compatibility.get(schema);
    if (!accepts) {
      const flags = Uint8Array.from(profiles, (p) => (schemataCompatible(schema, p.schema) ? 1 : 0));
      accepts = (entity) => flags[entity] === 1;
      compatibility.set(schema, accepts);
    }
    return accepts;
  };

  return {
    size: parties.length,
    defaultThreshold,
    weights,
    scorePair(query, candidate) {
      return scoreProfiles(buildQueryProfile(query.schema, query.properties, weights), buildEntityProfile(candidate.schema, candidate.properties, weights));
    },
    match(query: MatchQuery, opts: MatchOptions = {}): MatchResult[] {
      const threshold = opts.threshold ?? defaultThreshold;
      const profile = buildQueryProfile(query.schema, query.properties, weights);
      const candidates = opts.bruteForce ? profiles.map((_, entity) => ({ entity, reachedNames: undefined })) : index.candidates(profile, MAX_CANDIDATES, compatibleWith(profile.schema));
      const comparisons = new QueryComparisons();
      const results: MatchResult[] = [];
      for (const { entity: id, reachedNames } of candidates) {
        const scored = scoreProfiles(profile, profiles[id]!, comparisons, reachedNames);
        if (scored.score <= 0) continue;
        // Fields named, not spread: a spread here cost about as much as the rest of collecting results.
        const { score, features, explanations } = scored;
        results.push({ score, features, explanations, entity: parties[id]!, match: score >= threshold });
      }
      results.sort((a, b) => b.score - a.score || (a.entity.id < b.entity.id ? -1 : 1));
      return results.slice(0, opts.limit ?? DEFAULT_LIMIT);
    },
  };
}
