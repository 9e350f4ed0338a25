export * from './edge-kind.js';
export * from './ownership-graph.js';
export * from './fifty-percent-rule.js';
export * from './network.js';
export * from './load-ownership-rules.js';
export * from './ownership-blocks.js';
