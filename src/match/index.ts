export * from './types.js';
export { buildMatcher, DEFAULT_THRESHOLD, MAX_CANDIDATES, type BuiltMatcher } from './build-matcher.js';
export { scorePair } from './score-pair.js';
export { IDENTIFIER_PROPS } from './entity-profile.js';
