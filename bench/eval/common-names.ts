/**
 * Alerts on common Arabic, Persian and South Asian names: every pairing of common given names
 * with common surnames (Ali Khan, Fatima Hosseini, Walid Ahmed), screened by name alone against
 * all lists. The US negatives are Anglo-American names; these are the names whose customers
 * screening buries in alerts. Some pairings are listed parties' names as written (OFAC lists an
 * Ali Hassan), and an alert on them is right; the figure to watch is the alerts on another name:
 * queries whose every alert is on a party none of whose Latin names holds all the query's words
 * (Hassan Nasser against Yasser Hussein Ibrahim). A spelling of the same name (Mohammed / Muhammad)
 * counts as another name here, so that share is an upper bound of the false alerts.
 */
import { NAME_PROPERTIES, type Entity } from '../../src/model/index.js';
import { normaliseText } from '../../src/names/index.js';
import { markdownTable, type EvalOutcome, type ScreeningEvalContext } from './eval-report.js';
import { formatPercent } from './metrics.js';

export const COMMON_GIVEN_NAMES: readonly string[] = (
  'Ali Mohammed Muhammad Ahmed Ahmad Hassan Hussain Omar Umar Abdul Abdullah Mahmoud Ibrahim Yusuf Khalid Karim Tariq Bilal Imran ' +
  'Asif Nasir Rashid Salim Zahid Farid Hamid Jamal Kamal Faisal Anwar Amir Samir Sami Adel Adil Walid Nabil Hani Fatima Aisha Maryam ' +
  'Zainab Sara Noor Amina Rania Layla'
).split(' ');

export const COMMON_SURNAMES: readonly string[] = (
  'Khan Ahmed Ali Hussain Shah Malik Qureshi Siddiqui Sheikh Butt Chaudhry Raza Iqbal Akhtar Mirza Rahman Hassan Aziz Haddad Saleh ' +
  'Mansour Nasser Yousef Ibrahim Abbas Hamdan Khalil Karimi Hosseini Rezaei Ahmadi Mohammadi Sadeghi Jafari Moradi Rahimi'
).split(' ');

const SHOWN = 25;

export interface CommonNamesResult {
  queries: number;
  alerted: number;
  /** Queries whose every alert is on a party without all the query's words in one Latin name. */
  otherNameAlerted: number;
}

/** Whether one of the party's names holds every word of the query, as written (case and accents aside). */
function namedAsWritten(entity: Entity, words: readonly string[]): boolean {
  for (const property of NAME_PROPERTIES) {
    for (const name of entity.properties[property] ?? []) {
      const listed = new Set(normaliseText(name).split(/[\s-]+/));
      if (words.every((w) => listed.has(w))) return true;
    }
  }
  return false;
}

export function evaluateCommonNames(ctx: ScreeningEvalContext): EvalOutcome<CommonNamesResult> {
  let queries = 0;
  let alerted = 0;
  const otherNames: string[][] = [];
  for (const given of COMMON_GIVEN_NAMES) {
    for (const surname of COMMON_SURNAMES) {
      if (given === surname) continue;
      queries += 1;
      const query = `${given} ${surname}`;
      const alerts = ctx.matcher.match({ schema: 'Person', properties: { name: [query] } }, { limit: 10 }).filter((r) => r.score >= ctx.threshold);
      if (alerts.length === 0) continue;
      alerted += 1;
      const words = normaliseText(query).split(' ');
      if (alerts.some((r) => namedAsWritten(r.entity, words))) continue;
      const top = alerts[0]!;
      const name = top.explanations.find((e) => e.listedValue !== undefined);
      otherNames.push([query, top.score.toFixed(3), top.entity.caption, name?.listedValue ?? '', name?.detail ?? '']);
    }
  }
  // Lowest first: the highest are mostly spellings of a listed name (Mohammed Iqbal ~ IQBAL, Mohammad).
  otherNames.sort((a, b) => Number(a[1]) - Number(b[1]));
  const perThousand = (n: number): string => ((1000 * n) / Math.max(1, queries)).toFixed(0);
  const other = otherNames.length;
  return {
    result: { queries, alerted, otherNameAlerted: other },
    section: {
      id: 'common-names',
      title: 'Common Arabic, Persian and South Asian names (alerts by name alone)',
      summary: [
        {
          set: `common-names (${queries} pairings of ${COMMON_GIVEN_NAMES.length} given names and ${COMMON_SURNAMES.length} surnames)`,
          metric: 'queries alerted per 1,000: any alert; only alerts on another name',
          vigil: `${perThousand(alerted)} (${alerted}); ${perThousand(other)} (${other})`,
          goal: '-',
          peers: '-',
        },
      ],
      markdown: [
        `Every pairing of ${COMMON_GIVEN_NAMES.length} common given names and ${COMMON_SURNAMES.length} common surnames, screened by name alone (Person, limit 10) at ${ctx.threshold.toFixed(2)}. ` +
          `${alerted} of ${queries} queries (${formatPercent(alerted / Math.max(1, queries))}) have an alert; in ${other} (${formatPercent(other / Math.max(1, queries))}) every alert is on a party ` +
          'none of whose Latin names holds all the query’s words: another name, or the same name spelt otherwise (Mohammed / Muhammad), so an upper bound of the false alerts. ' +
          'A working set: the rules of 2026-11-28 (titles that are surnames last, every word met otherwise, a kunya written surname first, a letter before a three-letter name) and of 2026-11-29 (nisbas, Arabic names that look alike, women\'s names) were written from it.',
        '',
        other === 0
          ? 'No alert on another name.'
          : `Alerts on another name, nearest the threshold first (${Math.min(SHOWN, other)} of ${other}):\n\n${markdownTable(['query', 'score', 'listed party', 'listed name met', 'why'], otherNames.slice(0, SHOWN))}`,
      ].join('\n'),
    },
  };
}
