export * from './types.js';
export { buildMatcher, buildMatcherState, matcherOf, DEFAULT_THRESHOLD, MAX_CANDIDATES, type BuiltMatcher, type MatcherState } from './build-matcher.js';
export { readMatcherSnapshot, writeMatcherSnapshot, type SnapshotRead } from './matcher-snapshot.js';
export { scorePair } from './score-pair.js';
export { IDENTIFIER_PROPS } from './entity-profile.js';
