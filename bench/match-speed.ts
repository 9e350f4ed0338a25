/**
 * Matching speed: loads every real list (`config/shared-data.yml`) and reports the index build
 * time and memory, then the latency of single queries on one core (2,000 Person queries from the
 * yente candidate benchmark, 500 Organization queries with a typo). `--synthetic N` instead builds
 * the index from N synthetic entities made of the lists' name tokens, for the scale run.
 * Run: `npm run bench:match` or `npm run bench:match:scale` (node needs --expose-gc; prints markdown).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildMatcher, buildMatcherState, matcherOf, readMatcherSnapshot, writeMatcherSnapshot, type MatchQuery, type Matcher, type MatcherState } from '../src/match/index.js';
import type { Entity } from '../src/model/index.js';
import { misspeltOrganisationQueries, isMisspellableOrganisation } from './eval/misspelt-organisations.js';
import { mulberry32, shuffled } from './eval/prng.js';
import { personQuery, readUnPositives, readUsNegatives } from './eval/person-rows.js';
import { loadScreeningLists } from './eval/screening-lists.js';
import { changeOneLetter, harvestNamePools, syntheticEntities, type NamePools } from './synthetic-entities.js';
import { percentile } from './percentile.js';

const PERSON_QUERIES = 2_000;
const ORG_QUERIES = 500;
const SCALE_QUERIES = 1_000;
const PROGRESS_EVERY = 250_000;
const MB = 1024 * 1024;

const GOALS = {
  p50: '<= 1 ms (Watchman: 1-18 ms per search)',
  p99: '<= 5 ms',
  qps: '>= 2,000 on one core (yente: ~4 match requests/s per CPU, logic-v2)',
  build: '<= 5 s',
  memory: '<= 300 MB',
} as const;

const gc = globalThis.gc;
if (!gc) {
  console.error('bench/match-speed: run node with --expose-gc (npm run bench:match does)');
  process.exit(2);
}

/** Heap and RSS after full collections, so that the difference of two readings is live memory. */
function settledMemory(): NodeJS.MemoryUsage {
  gc!();
  gc!();
  return process.memoryUsage();
}

/** Wraps an entity stream, timing its producer (store reads or generation) and counting what passes. */
class TimedStream {
  producerMs = 0;
  count = 0;
  constructor(private readonly onEntity: (entity: Entity, index: number) => void = () => {}) {}

  async *wrap(entities: AsyncIterable<Entity> | Iterable<Entity>): AsyncGenerator<Entity> {
    const it = Symbol.asyncIterator in entities ? entities[Symbol.asyncIterator]() : entities[Symbol.iterator]();
    for (;;) {
      const t0 = performance.now();
      const next = await it.next();
      this.producerMs += performance.now() - t0;
      if (next.done) return;
      this.onEntity(next.value, this.count);
      this.count += 1;
      yield next.value;
    }
  }
}

interface TimedQuery {
  query: MatchQuery;
  /** The entity the query was made from: it should come back as a match. */
  expected?: string;
}

interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  perSecond: number;
  /** Share of the queries with an expected entity that got it back as a match. */
  found?: { hits: number; of: number };
}

/** Runs every query once to warm up, then again one by one, timed. Sequential, on this thread. */
function timeQueries(matcher: Matcher, queries: readonly TimedQuery[]): Latency {
  for (const { query } of queries) matcher.match(query);
  const durations: number[] = [];
  let hits = 0;
  let expected = 0;
  const started = performance.now();
  for (const { query, expected: id } of queries) {
    const t0 = performance.now();
    const results = matcher.match(query);
    durations.push(performance.now() - t0);
    if (id !== undefined) {
      expected += 1;
      if (results.some((r) => r.match && r.entity.id === id)) hits += 1;
    }
  }
  const wallMs = performance.now() - started;
  durations.sort((a, b) => a - b);
  return {
    count: queries.length,
    p50: percentile(durations, 0.5),
    p95: percentile(durations, 0.95),
    p99: percentile(durations, 0.99),
    max: durations[durations.length - 1] ?? 0,
    perSecond: queries.length / (wallMs / 1000),
    ...(expected > 0 ? { found: { hits, of: expected } } : {}),
  };
}

const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const mb = (bytes: number): string => `${(bytes / MB).toFixed(0)} MB`;
const int = (value: number): string => Math.round(value).toLocaleString('en-US');
const seconds = (millis: number): string => `${(millis / 1000).toFixed(2)} s`;

function latencyRows(label: string, l: Latency): string[] {
  return [
    `| ${label}: p50 | ${ms(l.p50)} | ${GOALS.p50} |`,
    `| ${label}: p95 | ${ms(l.p95)} | - |`,
    `| ${label}: p99 | ${ms(l.p99)} | ${GOALS.p99} |`,
    `| ${label}: max | ${ms(l.max)} | - |`,
    `| ${label}: queries/s (sequential, one thread) | ${int(l.perSecond)} | ${GOALS.qps} |`,
  ];
}

function foundLine(label: string, l: Latency): string {
  return l.found ? `${label}: ${l.found.hits} of ${l.found.of} got their source entity back as a match (default threshold).` : '';
}

function header(title: string): string {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // not a git checkout
  }
  return `${title}, ${new Date().toISOString().slice(0, 10)}, commit ${commit}, Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}\n`;
}

interface ListsRun {
  matcher: Matcher;
  sources: string[];
  entitiesRead: number;
  storeReadMs: number;
  buildMs: number;
  before: NodeJS.MemoryUsage;
  after: NodeJS.MemoryUsage;
  persons: Entity[];
  organisations: Entity[];
  snapshot: SnapshotTimes;
}

/** The index snapshot the CLI keeps in its data folder (matcher-snapshot.ts): its size, and the time to write and read it. */
interface SnapshotTimes {
  bytes: number;
  writeMs: number;
  readMs: number;
}

function timeSnapshot(state: MatcherState): SnapshotTimes {
  const path = join(mkdtempSync(join(tmpdir(), 'vigil-bench-')), 'matcher.snapshot');
  try {
    let t0 = performance.now();
    writeMatcherSnapshot(path, state, 'bench');
    const writeMs = performance.now() - t0;
    t0 = performance.now();
    const read = readMatcherSnapshot(path, 'bench');
    const readMs = performance.now() - t0;
    if (!('state' in read)) throw new Error(`bench/match-speed: snapshot not read back: ${read.miss}`);
    return { bytes: statSync(path).size, writeMs, readMs };
  } finally {
    rmSync(dirname(path), { recursive: true, force: true });
  }
}

/** Loads the real lists and builds the matcher from the store, measuring the build alone. */
async function loadLists(): Promise<ListsRun> {
  const organisations: Entity[] = [];
  const stream = new TimedStream((entity) => {
    if (isMisspellableOrganisation(entity)) organisations.push(entity);
  });
  let measured: { buildMs: number; before: NodeJS.MemoryUsage; after: NodeJS.MemoryUsage; snapshot: SnapshotTimes } | undefined;
  const lists = await loadScreeningLists(async (entities) => {
    const before = settledMemory();
    const t0 = performance.now();
    const state = await buildMatcherState(stream.wrap(entities));
    const matcher = matcherOf(state);
    const buildMs = performance.now() - t0;
    const after = settledMemory();
    measured = { buildMs, before, after, snapshot: timeSnapshot(state) };
    return matcher;
  });
  if (!measured) throw new Error('bench/match-speed: the matcher was not built');
  return { ...measured, matcher: lists.matcher, sources: lists.sources, entitiesRead: stream.count, storeReadMs: stream.producerMs, persons: lists.persons, organisations };
}

/** 2,000 Person queries, half UN-listed persons (cycled: there are 683), half US negatives. */
function personQueries(): TimedQuery[] {
  const random = mulberry32(7);
  const positives = shuffled(readUnPositives(), random);
  const negatives = shuffled(readUsNegatives(), random).slice(0, PERSON_QUERIES / 2);
  const rows = [...Array.from({ length: PERSON_QUERIES / 2 }, (_, i) => positives[i % positives.length]!), ...negatives];
  return shuffled(rows, random).map((row) => ({ query: personQuery(row) }));
}

async function benchLists(): Promise<void> {
  const run = await loadLists();
  const people = timeQueries(run.matcher, personQueries());
  const orgs = timeQueries(run.matcher, misspeltOrganisationQueries(run.organisations, ORG_QUERIES));
  console.log(header('Matching speed benchmark'));
  console.log(`Lists: ${run.sources.join(', ')}. Build = \`buildMatcher(store.entities())\`; memory = heapUsed and RSS after forced GC, after minus before the build.\n`);
  console.log('| metric | Vigil | goal |');
  console.log('|---|---:|---|');
  console.log(`| entities read from the store | ${int(run.entitiesRead)} | - |`);
  console.log(`| parties indexed (matcher.size) | ${int(run.matcher.size)} | - |`);
  console.log(`| index build time | ${seconds(run.buildMs)} (of which reading the store ${seconds(run.storeReadMs)}) | ${GOALS.build} |`);
  console.log(`| index memory: heapUsed delta | ${mb(run.after.heapUsed - run.before.heapUsed)} | ${GOALS.memory} |`);
  console.log(`| index memory: RSS delta | ${mb(run.after.rss - run.before.rss)} | ${GOALS.memory} |`);
  console.log(`| index snapshot (\`vigil screen\` keeps it in its data folder): size / write / read back | ${mb(run.snapshot.bytes)} / ${seconds(run.snapshot.writeMs)} / ${seconds(run.snapshot.readMs)} | - |`);
  for (const row of latencyRows('Person queries', people)) console.log(row);
  for (const row of latencyRows('Organization queries', orgs)) console.log(row);
  console.log(`\nPerson queries: ${int(people.count)} (name, birthDate, nationality, gender), half UN-listed persons (positives_un_untreated.csv, 683 rows cycled), half negatives_us.csv.`);
  console.log(`Organization queries: ${int(orgs.count)} name-only, listed Latin-script organisation names with one letter changed. ${foundLine('Found', orgs)}`);
  console.log('Each query set runs once to warm up, then each query is timed alone (performance.now()), one after another on one thread.');
}

/** Name pools from the real lists; the lists' matcher is dropped on return. */
async function namePoolsFromLists(): Promise<{ pools: NamePools; sources: string[] }> {
  const run = await loadLists();
  return { pools: harvestNamePools(run.persons, run.organisations), sources: run.sources };
}

async function benchSynthetic(count: number): Promise<void> {
  const { pools, sources } = await namePoolsFromLists();
  console.error(`pools: ${pools.firstNames.length} first names, ${pools.surnames.length} surnames, ${pools.orgWords.length} organisation words, ${pools.legalForms.length} legal forms, ${pools.countries.length} countries`);
  // The entities whose names become typo queries, picked before generation and kept as they pass.
  const random = mulberry32(13);
  const sampled = new Map<number, Entity | undefined>();
  while (sampled.size < Math.min(SCALE_QUERIES / 2, count)) sampled.set(Math.floor(random() * count), undefined);
  const started = performance.now();
  const stream = new TimedStream((entity, index) => {
    if (sampled.has(index)) sampled.set(index, entity);
    const n = index + 1;
    if (n % PROGRESS_EVERY === 0 || n === count) {
      const heap = process.memoryUsage().heapUsed;
      console.error(`generated ${int(n)} / ${int(count)} (${seconds(performance.now() - started)}, heap ${mb(heap)})${n === count ? '; building profiles and index...' : ''}`);
    }
  });
  const before = settledMemory();
  const t0 = performance.now();
  const matcher = await buildMatcher(stream.wrap(syntheticEntities(count, pools)));
  const buildMs = performance.now() - t0;
  console.error(`built in ${seconds(buildMs)}`);
  const after = settledMemory();

  const queries: TimedQuery[] = [];
  for (const entity of sampled.values()) {
    const name = entity?.properties['name']?.[0];
    const changed = name ? changeOneLetter(name, random) : null;
    if (entity && changed) queries.push({ query: { schema: entity.schema, properties: { name: [changed] } }, expected: entity.id });
  }
  for (const row of shuffled(readUsNegatives(), random).slice(0, SCALE_QUERIES / 2)) {
    queries.push({ query: { schema: 'Person', properties: { name: [row.fullName] } } });
  }
  const typos = timeQueries(matcher, shuffled(queries, random));

  console.log(header(`Matching speed benchmark at scale (--synthetic ${count})`));
  console.log(`Synthetic entities recombine name tokens of ${sources.join(', ')} (${pools.firstNames.length} first names, ${pools.surnames.length} surnames, ${pools.orgWords.length} organisation words, ${pools.legalForms.length} legal forms); about 60% Person, 40% Organization/Company. Memory = after forced GC.\n`);
  console.log('| metric | Vigil | goal |');
  console.log('|---|---:|---|');
  console.log(`| synthetic entities indexed (matcher.size) | ${int(matcher.size)} | - |`);
  console.log(`| index build time | ${seconds(buildMs)} (of which generating ${seconds(stream.producerMs)}) | ${GOALS.build} (real lists) |`);
  console.log(`| heapUsed after build | ${mb(after.heapUsed)} (delta ${mb(after.heapUsed - before.heapUsed)}) | ${GOALS.memory} (real lists) |`);
  console.log(`| RSS after build | ${mb(after.rss)} (delta ${mb(after.rss - before.rss)}) | - |`);
  for (const row of latencyRows('name queries', typos)) console.log(row);
  console.log(`\nName queries: ${int(typos.count)} name-only, half names of synthetic entities with one letter changed, half negatives_us.csv names (Person). ${foundLine('Found', typos)}`);
}

const at = process.argv.indexOf('--synthetic');
if (at >= 0) {
  const count = Number(process.argv[at + 1]);
  if (!Number.isInteger(count) || count <= 0) throw new Error('bench/match-speed: --synthetic needs a positive whole number');
  await benchSynthetic(count);
} else {
  await benchLists();
}
