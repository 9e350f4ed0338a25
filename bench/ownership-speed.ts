/**
 * A synthetic ownership graph (default 1,000,000 companies and 3,000,000 Ownership edges, 1% of
 * companies listed): the time to build the graph from an entity stream, to apply OFAC's 50%
 * rule and the EU rule to the whole of it, and a depth-2 network query (p50, p95).
 * Run: `npm run bench:ownership [-- --companies N --edges M]` (prints a markdown table).
 */
import { cpus } from 'node:os';
import { EU_OWNERSHIP_RULE, OFAC_FIFTY_PERCENT_RULE, applyOwnershipRule, buildOwnershipGraph, walkNeighbourhood } from '../src/graph/index.js';
import { entityId, type Entity } from '../src/model/index.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const companies = arg('companies', 1_000_000);
const edges = arg('edges', 3_000_000);
// mulberry32: a small seeded generator, so every run builds the same graph.
let seed = 42;
const random = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const stamp = { datasets: ['synthetic'], referents: [], first_seen: '2024-01-01', last_seen: '2024-01-01', last_change: '2024-01-01' };

async function* synthetic(): AsyncGenerator<Entity> {
  for (let i = 0; i < companies; i++) {
    const listed = i % 100 === 0;
    yield { id: entityId(`c${i}`), schema: 'Company', caption: `c${i}`, properties: listed ? { topics: ['sanction'] } : {}, target: listed, ...stamp };
  }
  for (let e = 0; e < edges; e++) {
    const owner = Math.floor(random() * companies);
    const asset = Math.floor(random() * companies);
    const percentage = String([10, 25, 30, 50, 60, 100][Math.floor(random() * 6)]);
    yield { id: entityId(`o${e}`), schema: 'Ownership', caption: 'Ownership', properties: { owner: [`c${owner}`], asset: [`c${asset}`], percentage: [percentage] }, target: false, ...stamp };
  }
}

const t0 = performance.now();
const graph = await buildOwnershipGraph(synthetic());
const buildMs = performance.now() - t0;
const t1 = performance.now();
const ofac = applyOwnershipRule(graph, OFAC_FIFTY_PERCENT_RULE);
const ofacMs = performance.now() - t1;
const t2 = performance.now();
const eu = applyOwnershipRule(graph, EU_OWNERSHIP_RULE);
const euMs = performance.now() - t2;
const queryMs: number[] = [];
for (let q = 0; q < 200; q++) {
  const s = performance.now();
  walkNeighbourhood(graph, `c${Math.floor(random() * companies)}`, { depth: 2 });
  queryMs.push(performance.now() - s);
}
queryMs.sort((a, b) => a - b);
const pct = (p: number): string => (queryMs[Math.floor((queryMs.length - 1) * p)] ?? 0).toFixed(2);

console.log(`Ownership benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}\n`);
console.log('| companies | edges | build graph s | OFAC 50% rule s | EU rule s | blocked (OFAC / EU) | depth-2 query p50 / p95 ms | max RSS MB |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
console.log(`| ${companies} | ${edges} | ${(buildMs / 1000).toFixed(1)} | ${(ofacMs / 1000).toFixed(2)} | ${(euMs / 1000).toFixed(2)} | ${ofac.blockedByRuleCount} / ${eu.blockedByRuleCount} | ${pct(0.5)} / ${pct(0.95)} | ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} |`);
