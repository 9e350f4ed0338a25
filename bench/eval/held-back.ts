/**
 * Vigil's own held-back set, generated deterministically (seeded mulberry32) from the listed
 * persons of the loaded lists: each case is one entity's name with one perturbation (typo,
 * reorder, dropped middle name, Cyrillic spelling), screened by name alone against all lists. A
 * hit is the original entity at or above the threshold. Entities split by FNV-1a hash of their id:
 * even = 'tune' (look at these misses while tuning), odd = 'heldout' (report only; never tune on
 * it). The false-alert rate on the last 5,000 rows of negatives_us.csv is the held-back negative set.
 */
import type { MatchQuery } from '../../src/match/types.js';
import type { Entity } from '../../src/model/index.js';
import { markdownTable, type EvalOutcome, type ScreeningEvalContext } from './eval-report.js';
import { writeEvalOut } from './eval-paths.js';
import { formatPercent } from './metrics.js';
import { isPerturbableName, perturbName, PERTURBATION_KINDS, type PerturbationKind } from './perturb-names.js';
import type { PersonRow } from './person-rows.js';
import { fnv1a, mulberry32, shuffled } from './prng.js';
import { screenNegatives } from './us-negatives.js';

export type HeldBackSplit = 'tune' | 'heldout';
export const HELD_BACK_SEED = 20261125;
const RESULT_LIMIT = 20;

/** Cases per split and kind: about 700 per split. Rarer kinds are filled first, one case per entity. */
export const CASES_PER_KIND: Readonly<Record<PerturbationKind, number>> = { 'cross-script': 175, 'drop-middle': 150, reorder: 175, typo: 200 };
const FILL_ORDER: readonly PerturbationKind[] = ['cross-script', 'drop-middle', 'reorder', 'typo'];

export interface HeldBackCase {
  split: HeldBackSplit;
  kind: PerturbationKind;
  entityId: string;
  original: string;
  perturbed: string;
}

export function splitOf(entityId: string): HeldBackSplit {
  return fnv1a(entityId) % 2 === 0 ? 'tune' : 'heldout';
}

/** The same persons and seed always give the same cases. */
export function generateHeldBackCases(persons: readonly Entity[], seed = HELD_BACK_SEED): HeldBackCase[] {
  const random = mulberry32(seed);
  const cases: HeldBackCase[] = [];
  const order = shuffled([...persons].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), random);
  const filled: Record<HeldBackSplit, Record<PerturbationKind, number>> = {
    tune: { typo: 0, reorder: 0, 'drop-middle': 0, 'cross-script': 0 },
    heldout: { typo: 0, reorder: 0, 'drop-middle': 0, 'cross-script': 0 },
  };
  for (const entity of order) {
    const split = splitOf(entity.id);
    const names = (entity.properties['name'] ?? []).filter(isPerturbableName);
    if (names.length === 0) continue;
    const original = names[Math.floor(random() * names.length)] ?? '';
    for (const kind of FILL_ORDER) {
      if (filled[split][kind] >= CASES_PER_KIND[kind]) continue;
      const perturbed = perturbName(kind, original, random);
      if (perturbed === null) continue;
      cases.push({ split, kind, entityId: entity.id, original, perturbed });
      filled[split][kind] += 1;
      break;
    }
  }
  return cases;
}

export function heldBackQuery(c: HeldBackCase): MatchQuery {
  return { schema: 'Person', properties: { name: [c.perturbed] } };
}

type Tally = Record<HeldBackSplit, Record<PerturbationKind, { cases: number; hits: number }>>;

export interface HeldBackResult {
  recall: Record<HeldBackSplit, number>;
  crossScriptRecall: Record<HeldBackSplit, number>;
  cases: Record<HeldBackSplit, number>;
  negatives: number;
  negativeAlertsPerThousand: number;
}

export function evaluateHeldBack(
  ctx: ScreeningEvalContext,
  cases: readonly HeldBackCase[],
  heldBackNegatives: readonly PersonRow[],
): EvalOutcome<HeldBackResult> {
  const emptyKinds = (): Record<PerturbationKind, { cases: number; hits: number }> =>
    Object.fromEntries(PERTURBATION_KINDS.map((k) => [k, { cases: 0, hits: 0 }])) as Record<PerturbationKind, { cases: number; hits: number }>;
  const tally: Tally = { tune: emptyKinds(), heldout: emptyKinds() };
  const tuneMisses: (string | number)[][] = [];
  for (const c of cases) {
    const results = ctx.matcher.match(heldBackQuery(c), { threshold: ctx.threshold, limit: RESULT_LIMIT });
    const found = results.find((r) => r.entity.id === c.entityId || r.entity.referents.includes(c.entityId));
    const hit = found !== undefined && found.score >= ctx.threshold;
    const t = tally[c.split][c.kind];
    t.cases += 1;
    if (hit) t.hits += 1;
    if (!hit && c.split === 'tune') {
      const top = results[0];
      tuneMisses.push([c.kind, c.entityId, c.original, c.perturbed, found ? found.score.toFixed(3) : '(not in top 20)', top ? `${top.entity.caption} ${top.score.toFixed(3)}` : '']);
    }
  }
  const share = (split: HeldBackSplit, kinds: readonly PerturbationKind[]): { cases: number; recall: number } => {
    const n = kinds.reduce((s, k) => s + tally[split][k].cases, 0);
    const hits = kinds.reduce((s, k) => s + tally[split][k].hits, 0);
    return { cases: n, recall: n === 0 ? 0 : hits / n };
  };
  const negatives = screenNegatives(ctx, heldBackNegatives);
  const missesFile = writeEvalOut(
    'held-back-tune-misses.md',
    [
      `# Generated set, 'tune' split: misses at threshold ${ctx.threshold.toFixed(2)}`,
      '',
      "(The 'heldout' split's misses are deliberately not listed: it is for reporting, not tuning.)",
      '',
      markdownTable(['kind', 'entity', 'listed name', 'query', 'its score', 'top result'], tuneMisses),
      '',
    ].join('\n'),
  );
  const splits: HeldBackSplit[] = ['tune', 'heldout'];
  const result: HeldBackResult = {
    recall: { tune: share('tune', PERTURBATION_KINDS).recall, heldout: share('heldout', PERTURBATION_KINDS).recall },
    crossScriptRecall: { tune: share('tune', ['cross-script']).recall, heldout: share('heldout', ['cross-script']).recall },
    cases: { tune: share('tune', PERTURBATION_KINDS).cases, heldout: share('heldout', PERTURBATION_KINDS).cases },
    negatives: negatives.queries,
    negativeAlertsPerThousand: negatives.alertsPerThousand,
  };
  const rows = splits.flatMap((split) => [
    ...PERTURBATION_KINDS.map((k) => [split, k, tally[split][k].cases, formatPercent(share(split, [k]).recall)]),
    [split, '**all**', result.cases[split], `**${formatPercent(result.recall[split])}**`],
  ]);
  const markdown = [
    `Generated with seed ${HELD_BACK_SEED} from the listed persons of all loaded lists: one perturbed Latin name per entity, ` +
      `queried by name alone; a hit is the original entity at or above ${ctx.threshold.toFixed(2)} (top ${RESULT_LIMIT}). ` +
      `Entities split by FNV-1a hash of the id: even = **tune**, odd = **heldout**. The heldout split is not used for tuning.`,
    '',
    markdownTable(['split', 'perturbation', 'cases', 'recall'], rows, 'llrr'),
    '',
    `Held-back negatives (the last ${negatives.queries.toLocaleString('en')} rows of \`negatives_us.csv\`, never screened in the negatives set): ` +
      `${negatives.alertsPerThousand.toFixed(2)} alerts per 1,000 (${negatives.alertedQueries} alerted).`,
    '',
    `Misses of the tune split: \`${missesFile}\`.`,
  ].join('\n');
  return {
    result,
    section: {
      id: 'held-back',
      title: "Vigil's generated held-back set",
      summary: [
        { set: `generated, tune (${result.cases.tune})`, metric: 'recall (cross-script)', vigil: `${formatPercent(result.recall.tune)} (${formatPercent(result.crossScriptRecall.tune)})`, goal: '-', peers: '-' },
        { set: `generated, **heldout** (${result.cases.heldout})`, metric: 'recall (cross-script)', vigil: `${formatPercent(result.recall.heldout)} (${formatPercent(result.crossScriptRecall.heldout)})`, goal: '-', peers: '-' },
        { set: `held-back negatives (last ${negatives.queries.toLocaleString('en')})`, metric: 'alerts per 1,000 names', vigil: negatives.alertsPerThousand.toFixed(2), goal: '-', peers: '-' },
      ],
      markdown,
    },
  };
}
