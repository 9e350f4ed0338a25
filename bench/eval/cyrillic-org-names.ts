/**
 * Russian and Belarusian organisation names against the English names of the same listing: the EU
 * list gives many bodies in Cyrillic and in English only (Тульский оружейный завод / Tula Arms
 * Plant), so a query written in one meets a listing that holds only the other when the scorer does.
 * Each Cyrillic name is scored (with the lists' token weights) against every Latin name of its own
 * listing; it counts as met when the best reaches the threshold. A working set: the English words
 * of src/names/russian-org-words.ts were read off these listings, so it is no unseen test.
 */
import type { Entity } from '../../src/model/index.js';
import { markdownTable, type EvalOutcome, type PairEvalContext } from './eval-report.js';
import { formatPercent } from './metrics.js';

export interface CyrillicOrgNamesResult {
  names: number;
  met: number;
}

const NAME_PROPS = ['name', 'alias', 'previousName'];
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const MISSES_SHOWN = 15;

/** Listed organisations (not persons) with names in Cyrillic and names in Latin letters. */
export function isCyrillicOrgCase(entity: Entity): boolean {
  if (!entity.target || entity.schema === 'Person') return false;
  const names = NAME_PROPS.flatMap((p) => entity.properties[p] ?? []);
  return names.some((n) => CYRILLIC.test(n)) && names.some((n) => !CYRILLIC.test(n) && LATIN.test(n));
}

export function evaluateCyrillicOrgNames(ctx: PairEvalContext, organisations: readonly Entity[]): EvalOutcome<CyrillicOrgNamesResult> {
  let names = 0;
  let met = 0;
  const misses: string[][] = [];
  for (const entity of organisations) {
    const all = NAME_PROPS.flatMap((p) => entity.properties[p] ?? []);
    const latin = all.filter((n) => !CYRILLIC.test(n) && LATIN.test(n));
    for (const cyrillic of all.filter((n) => CYRILLIC.test(n))) {
      let best = 0;
      let bestName = '';
      for (const name of latin) {
        const score = ctx.scorePair({ schema: entity.schema, properties: { name: [cyrillic] } }, { schema: entity.schema, properties: { name: [name] } }).score;
        if (score > best) [best, bestName] = [score, name];
      }
      names += 1;
      if (best >= ctx.threshold) met += 1;
      else misses.push([cyrillic, bestName, best.toFixed(3)]);
    }
  }
  const share = `${formatPercent(met / Math.max(1, names))} (${met} / ${names})`;
  return {
    result: { names, met },
    section: {
      id: 'cyrillic-orgs',
      title: 'Russian and Belarusian organisation names against the English names of the same listing',
      summary: [{ set: `cyrillic-orgs (${names} Cyrillic names of ${organisations.length} listed organisations)`, metric: 'meet an English name of their own listing at threshold', vigil: share, goal: '-', peers: '-' }],
      markdown: [
        `Every Cyrillic name of a listed organisation that also has names in Latin letters, scored against each of those. Met: ${share}. ` +
          'A working set: the English words for Russian business vocabulary (src/names/russian-org-words.ts) were read off these listings.',
        '',
        `Misses (first ${Math.min(MISSES_SHOWN, misses.length)} of ${misses.length}, by listing):`,
        '',
        markdownTable(['Cyrillic name', 'best English name', 'score'], misses.slice(0, MISSES_SHOWN)),
      ].join('\n'),
    },
  };
}
