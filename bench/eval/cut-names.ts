/**
 * Listed names cut at a field's length: every listed party whose name, in Latin letters, runs past
 * 35 characters, screened as its first 35, the way a SWIFT MT name line (or a core-banking field)
 * holds it, cutting mid-word as often as not (DIRECTORATE FOR INTERNAL SECURITY O). Found when the
 * party is among the results at or above the threshold. Some cuts cannot be placed by any screener:
 * a cut that leaves only descriptors (Joint Stock Company Research and Pr) starts hundreds of names.
 */
import { isScreenedSchema } from '../../src/match/schema-compat.js';
import type { Entity } from '../../src/model/index.js';
import { markdownTable, type EvalOutcome, type ScreeningEvalContext } from './eval-report.js';
import { formatPercent } from './metrics.js';

/** SWIFT MT's line length, the commonest field that cuts names. */
export const CUT_LENGTH = 35;
const RESULTS = 50;
const MISSES_SHOWN = 20;

/** Whether a listed party's name is Latin and long enough to be cut (two characters or more past the cut). */
export function isCutNameCase(entity: Entity): boolean {
  const name = entity.properties['name']?.[0];
  return entity.target && isScreenedSchema(entity.schema) && name !== undefined && name.length >= CUT_LENGTH + 2 && /^[\x20-\x7e]+$/.test(name);
}

interface Tally {
  cases: number;
  found: number;
}

export function evaluateCutNames(ctx: ScreeningEvalContext, parties: readonly Entity[]): EvalOutcome<{ persons: Tally; organisations: Tally }> {
  const persons: Tally = { cases: 0, found: 0 };
  const organisations: Tally = { cases: 0, found: 0 };
  const misses: string[][] = [];
  for (const party of parties) {
    const name = party.properties['name']![0]!;
    const query = name.slice(0, CUT_LENGTH);
    const tally = party.schema === 'Person' ? persons : organisations;
    tally.cases += 1;
    const hit = ctx.matcher.match({ schema: party.schema, properties: { name: [query] } }, { limit: RESULTS }).find((r) => r.entity.id === party.id);
    if (hit !== undefined && hit.score >= ctx.threshold) tally.found += 1;
    else misses.push([query, name, hit === undefined ? '-' : hit.score.toFixed(3)]);
  }
  const share = (t: Tally): string => `${formatPercent(t.found / Math.max(1, t.cases))} (${t.found} / ${t.cases})`;
  return {
    result: { persons, organisations },
    section: {
      id: 'cut-names',
      title: `Listed names cut at ${CUT_LENGTH} characters`,
      summary: [
        {
          set: `cut-names (${persons.cases + organisations.cases} listed names of ${CUT_LENGTH + 2}+ Latin characters)`,
          metric: `found at threshold, screened as their first ${CUT_LENGTH}: persons; organisations`,
          vigil: `${share(persons)}; ${share(organisations)}`,
          goal: '-',
          peers: '-',
        },
      ],
      markdown: [
        `Every listed party whose name has ${CUT_LENGTH + 2} Latin characters or more, screened as its first ${CUT_LENGTH} (a SWIFT MT line), among the first ${RESULTS} results. ` +
          `Persons: ${share(persons)}; organisations: ${share(organisations)}. The rule for names cut short was written with a sample of these names: a check of it, not an unseen case.`,
        '',
        misses.length === 0 ? 'No misses.' : `Misses (first ${Math.min(MISSES_SHOWN, misses.length)} of ${misses.length}):\n\n${markdownTable(['query', 'listed name', 'its score'], misses.slice(0, MISSES_SHOWN))}`,
      ].join('\n'),
    },
  };
}
