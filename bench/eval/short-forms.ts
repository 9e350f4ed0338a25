/**
 * Listed persons' long names written short: each listed person with four name words or more (the
 * UN writes the full chain of fathers' names: AISHA MUAMMAR MUHAMMED ABU MINYAR QADHAFI) screened as
 * its first and last word only (Aisha Qadhafi), the way a customer record or a payment often holds
 * it. Found when the person is among the results at or above the threshold. Names whose first or
 * last word is half of an Arabic compound (Abu, Abd, Allah) are left out: alone, those are other names.
 */
import { isArabicArticle, isCompoundOpener, normaliseText } from '../../src/names/index.js';
import type { Entity } from '../../src/model/index.js';
import { markdownTable, type EvalOutcome, type ScreeningEvalContext } from './eval-report.js';
import { formatPercent } from './metrics.js';

/** Short-form queries screened, found, and the queries missed. */
export interface ShortFormsResult {
  cases: number;
  found: number;
  misses: string[];
}

const MIN_WORDS = 4;
const MISSES_SHOWN = 20;

/** The first and last word of a name of four words or more, or undefined when those are compound halves. */
function shortForm(name: string): string | undefined {
  const words = normaliseText(name).split(' ').filter((w) => w.length > 1);
  if (words.length < MIN_WORDS) return undefined;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const halves = (w: string): boolean => isCompoundOpener(w) || isArabicArticle(w) || w === 'allah' || w === 'din' || w === 'jr';
  if (halves(first) || halves(last) || isCompoundOpener(words[words.length - 2]!) || isArabicArticle(words[words.length - 2]!)) return undefined;
  return `${first} ${last}`;
}

export function evaluateShortForms(ctx: ScreeningEvalContext, persons: readonly Entity[], dataset: string): EvalOutcome<ShortFormsResult> {
  let cases = 0;
  let found = 0;
  const misses: string[][] = [];
  for (const person of persons) {
    if (!person.datasets.includes(dataset)) continue;
    const name = person.properties['name']?.[0];
    const query = name === undefined ? undefined : shortForm(name);
    if (query === undefined) continue;
    cases += 1;
    const results = ctx.matcher.match({ schema: 'Person', properties: { name: [query] } }, { limit: 20 });
    const hit = results.find((r) => r.entity.id === person.id);
    if (hit !== undefined && hit.score >= ctx.threshold) found += 1;
    else misses.push([query, name!, hit === undefined ? '-' : hit.score.toFixed(3)]);
  }
  const share = `${formatPercent(found / Math.max(1, cases))} (${found} / ${cases})`;
  return {
    result: { cases, found, misses: misses.map(([query]) => query!) },
    section: {
      id: 'short-forms',
      title: 'Long names written short (first and last word)',
      summary: [{ set: `short-forms (${cases} ${dataset} persons of ${MIN_WORDS}+ words)`, metric: 'found at threshold by first + last word', vigil: share, goal: '-', peers: '-' }],
      markdown: [
        `Every \`${dataset}\` person whose name has ${MIN_WORDS} words or more, screened as its first and last word only (an Arabic compound's half at either end left out). Found: ${share}. ` +
          'Measured after the rule for words inside a name was written: a check of it, not an unseen case.',
        '',
        misses.length === 0 ? 'No misses.' : `Misses (first ${Math.min(MISSES_SHOWN, misses.length)} of ${misses.length}):\n\n${markdownTable(['query', 'listed name', 'its score'], misses.slice(0, MISSES_SHOWN))}`,
      ].join('\n'),
    },
  };
}
