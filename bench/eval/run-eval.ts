/**
 * Runs Vigil's quality evaluation and prints one markdown report (also written to
 * bench/eval/out/report.md). Run: `npm run eval` (all sets), or e.g.
 * `npm run eval -- --only name-bench,putin --negatives 5000 --threshold 0.8 --index-sample 100,100,300,100`.
 *
 * Sets: name-bench, ofac, putin, cross-script, entity-bench (pairs scored with scorePair), and
 * un-positives, negatives, held-back, common-names, index (screening with a matcher built from every real list
 * in config/shared-data.yml). The negatives set uses the first 45,000 rows of negatives_us.csv
 * (or fewer with --negatives N); the last 5,000 are the held-back negatives.
 */
import { cpus } from 'node:os';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { buildMatcher, DEFAULT_THRESHOLD, scorePair, type BuiltMatcher } from '../../src/match/index.js';
import type { Entity } from '../../src/model/index.js';
import { evaluateCyrillicOrgNames, evaluateRussianOrgNames, isCyrillicOrgCase } from './cyrillic-org-names.js';
import { evaluateCommonNames } from './common-names.js';
import { evaluateCrossScript } from './cross-script.js';
import { evaluateEntityBench } from './entity-bench.js';
import { markdownTable, type EvalSection, type PairEvalContext, type ScreeningEvalContext } from './eval-report.js';
import { PROJECT_ROOT, writeEvalOut } from './eval-paths.js';
import { evaluateHeldBack, generateHeldBackCases, heldBackQuery } from './held-back.js';
import { evaluateIndexCompleteness, type CompletenessQuery } from './index-completeness.js';
import { isMisspellableOrganisation, misspeltOrganisationQueries } from './misspelt-organisations.js';
import { evaluateNameBench } from './name-bench.js';
import { evaluateOfacFixtures } from './ofac-fixtures.js';
import { personQuery, readUnPositives, readUsNegatives } from './person-rows.js';
import { evaluatePutinNames } from './putin-names.js';
import { loadScreeningLists, SHARED_DATA_CONFIG, UN_DATASET } from './screening-lists.js';
import { BURMESE_NAMES, KONTSEVICH_NAMES, PALLADIUS_NAMES, SOMALI_NAMES, evaluateScriptNames, TRANSCRIBED_NAMES } from './script-names.js';
import { evaluateShortForms } from './short-forms.js';
import { evaluateCutNames, isCutNameCase } from './cut-names.js';
import { evaluatePlacedNames, isPlacedNameCandidate, placedNameCases } from './placed-names.js';
import { evaluateUnPositives } from './un-positives.js';
import { evaluateUsNegatives, splitNegatives, WORKING_NEGATIVES } from './us-negatives.js';

const PAIR_SETS = ['name-bench', 'ofac', 'putin', 'cross-script', 'entity-bench'] as const;
const SCREENING_SETS = ['un-positives', 'negatives', 'held-back', 'common-names', 'short-forms', 'cut-names', 'placed-names', 'transcribed', 'burmese', 'palladius', 'kontsevich', 'somali', 'cyrillic-orgs', 'russian-orgs', 'index'] as const;
type SetId = (typeof PAIR_SETS)[number] | (typeof SCREENING_SETS)[number];
const ALL_SETS: readonly SetId[] = [...PAIR_SETS, ...SCREENING_SETS];

/**
 * The completeness sample (`--index-sample P,H,N,O`): UN positives, held-back cases, working
 * negatives, misspelt organisation names. A brute-force query scans every entity (about 0.2 s each
 * on 30,797 entities), so the default is 1,050 queries (about 4 minutes).
 */
const DEFAULT_INDEX_SAMPLE = '300,300,150,300';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    negatives: { type: 'string' },
    threshold: { type: 'string' },
    config: { type: 'string' },
    'index-sample': { type: 'string' },
  },
});

function parseSets(text: string | undefined): Set<SetId> {
  if (text === undefined) return new Set(ALL_SETS);
  const asked = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const unknown = asked.filter((s) => !(ALL_SETS as readonly string[]).includes(s));
  if (unknown.length > 0) throw new Error(`--only: unknown set(s) ${unknown.join(', ')}; known: ${ALL_SETS.join(', ')}`);
  return new Set(asked as SetId[]);
}

function parseNumber(text: string | undefined, flag: string, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${flag}: '${text}' is not a non-negative number`);
  return value;
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const progress = (text: string): void => {
  process.stderr.write(`[eval] ${text}\n`);
};

const sets = parseSets(values.only);
const threshold = parseNumber(values.threshold, '--threshold', DEFAULT_THRESHOLD);
const negativesCount = Math.min(WORKING_NEGATIVES, Math.floor(parseNumber(values.negatives, '--negatives', WORKING_NEGATIVES)));
const [samplePositives = 0, sampleHeldBack = 0, sampleNegatives = 0, sampleOrganisations = 0] = (values['index-sample'] ?? DEFAULT_INDEX_SAMPLE)
  .split(',')
  .map((n, i) => Math.floor(parseNumber(n, `--index-sample (part ${i + 1})`, 0)));
const sections: EvalSection[] = [];
const notes: string[] = [];

const pairCtx: PairEvalContext = { scorePair, threshold };
const pairRunners: Record<(typeof PAIR_SETS)[number], () => EvalSection> = {
  'name-bench': () => evaluateNameBench(pairCtx).section,
  ofac: () => evaluateOfacFixtures(pairCtx).section,
  putin: () => evaluatePutinNames(pairCtx).section,
  'cross-script': () => evaluateCrossScript(pairCtx).section,
  'entity-bench': () => evaluateEntityBench(pairCtx).section,
};
for (const id of PAIR_SETS) {
  if (!sets.has(id)) continue;
  progress(id);
  sections.push(pairRunners[id]());
}

if (SCREENING_SETS.some((id) => sets.has(id))) {
  progress(`loading the lists of ${values.config ?? 'config/shared-data.yml'} and building the matcher`);
  // The built matcher's own pair scorer (the lists' token weights), the organisations with Cyrillic and Latin names for cyrillic-orgs, the long Latin names for cut-names, and the bodies and addresses for placed-names.
  let built: BuiltMatcher | undefined;
  const cyrillicOrgs: Entity[] = [];
  const longNamed: Entity[] = [];
  const placeable: Entity[] = [];
  const organisations: Entity[] = [];
  const addresses = new Map<string, Entity>();
  async function* keepEvalCases(entities: AsyncIterable<Entity>): AsyncGenerator<Entity> {
    for await (const entity of entities) {
      if (isCyrillicOrgCase(entity)) cyrillicOrgs.push(entity);
      if (isCutNameCase(entity)) longNamed.push(entity);
      if (isPlacedNameCandidate(entity)) placeable.push(entity);
      if (isMisspellableOrganisation(entity)) organisations.push(entity);
      if (entity.schema === 'Address') addresses.set(entity.id, entity);
      yield entity;
    }
  }
  const lists = await loadScreeningLists(async (entities) => (built = await buildMatcher(keepEvalCases(entities))), values.config ?? SHARED_DATA_CONFIG);
  notes.push(
    `Lists: ${lists.sources.join(', ')}; loaded into a temporary store in ${(lists.loadMs / 1000).toFixed(1)} s. ` +
      `**Index build: ${(lists.buildMs / 1000).toFixed(1)} s for ${lists.matcher.size.toLocaleString('en')} entities.**`,
  );
  progress(`index built in ${(lists.buildMs / 1000).toFixed(1)} s (${lists.matcher.size} entities)`);
  const ctx: ScreeningEvalContext = { matcher: lists.matcher, threshold: values.threshold === undefined ? lists.matcher.defaultThreshold : threshold };
  const positives = readUnPositives();
  const { working, heldBack } = splitNegatives(readUsNegatives(), negativesCount);
  const cases = sets.has('held-back') || sets.has('index') ? generateHeldBackCases(lists.persons) : [];
  if (sets.has('un-positives')) {
    progress('un-positives');
    sections.push(evaluateUnPositives(ctx, positives).section);
  }
  if (sets.has('negatives')) {
    progress(`negatives (${working.length})`);
    sections.push(evaluateUsNegatives(ctx, working, (done) => progress(`negatives: ${done} / ${working.length}`)).section);
  }
  if (sets.has('held-back')) {
    progress(`held-back (${cases.length} cases, ${heldBack.length} negatives)`);
    sections.push(evaluateHeldBack(ctx, cases, heldBack).section);
  }
  if (sets.has('common-names')) {
    progress('common-names');
    sections.push(evaluateCommonNames(ctx).section);
  }
  if (sets.has('short-forms')) {
    progress('short-forms');
    sections.push(evaluateShortForms(ctx, lists.persons, UN_DATASET).section);
  }
  if (sets.has('cut-names')) {
    progress(`cut-names (${longNamed.length} names)`);
    sections.push(evaluateCutNames(ctx, longNamed).section);
  }
  if (sets.has('placed-names')) {
    const placed = placedNameCases(placeable, addresses);
    progress(`placed-names (${placed.length} bodies)`);
    sections.push(evaluatePlacedNames(ctx, placed).section);
  }
  for (const [id, set] of [['transcribed', TRANSCRIBED_NAMES], ['burmese', BURMESE_NAMES], ['palladius', PALLADIUS_NAMES], ['kontsevich', KONTSEVICH_NAMES], ['somali', SOMALI_NAMES]] as const) {
    if (!sets.has(id)) continue;
    progress(id);
    sections.push(evaluateScriptNames(ctx, set).section);
  }
  if (sets.has('cyrillic-orgs') && built) {
    progress(`cyrillic-orgs (${cyrillicOrgs.length} listings)`);
    sections.push(evaluateCyrillicOrgNames({ scorePair: built.scorePair, threshold: ctx.threshold }, cyrillicOrgs).section);
  }
  if (sets.has('russian-orgs')) {
    progress('russian-orgs');
    sections.push(evaluateRussianOrgNames(ctx).section);
  }
  if (sets.has('index')) {
    const sample: CompletenessQuery[] = [
      ...positives.slice(0, samplePositives).map((r) => ({ sample: 'positives', label: r.fullName, query: personQuery(r) })),
      ...cases.filter((c) => c.split === 'heldout').slice(0, sampleHeldBack).map((c) => ({ sample: 'held-back', label: c.perturbed, query: heldBackQuery(c) })),
      ...working.slice(0, sampleNegatives).map((r) => ({ sample: 'negatives', label: r.fullName, query: personQuery(r) })),
      ...misspeltOrganisationQueries(organisations, sampleOrganisations).map(({ query }) => ({ sample: 'misspelt organisations', label: query.properties['name']?.[0] ?? '', query })),
    ];
    progress(`index completeness (${sample.length} queries, brute force)`);
    const started = performance.now();
    sections.push(
      evaluateIndexCompleteness(ctx, sample, (done) => progress(`index: ${done} / ${sample.length} (${((performance.now() - started) / 1000).toFixed(0)} s)`)).section,
    );
  }
}

const summary = sections.flatMap((s) => s.summary).map((r) => [r.set, r.metric, r.vigil, r.goal, r.peers]);
const report = [
  `# Vigil evaluation`,
  '',
  `${new Date().toISOString().slice(0, 10)}, commit ${gitCommit()}, Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}; ` +
    `threshold ${threshold.toFixed(2)}${values.threshold === undefined ? ' (the default)' : ' (--threshold)'}. Command: \`npm run eval${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\`.`,
  ...(notes.length > 0 ? ['', ...notes] : []),
  '',
  markdownTable(['set', 'metric', 'Vigil', 'goal', 'logic-v2 / peers'], summary),
  '',
  ...sections.flatMap((s) => [`## ${s.title}`, '', s.markdown, '']),
].join('\n');
console.log(report);
const file = writeEvalOut('report.md', report);
progress(`report written to ${file}`);
