export * from './types.js';
export { buildPhraseIndex, type PhraseIndex } from './phrase-index.js';
export { phraseIndexFor } from './scan-index-cache.js';
export { scanText } from './scan-text.js';
export { programsForJurisdiction } from './country-mentions.js';
