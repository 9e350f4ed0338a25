/**
 * Agreement with OFAC's own Sanctions List Search (`nomenklatura_ofac_fixtures/ofac_fixtures.csv`:
 * query_name, result_name, ofac_score 0-100). OFAC's tool lets the user slide the minimum score from
 * 100 down to 50; we call a pair an "OFAC match" when ofac_score >= 90 (OFAC_MATCH_SCORE), a
 * strict setting of that slider. A score of -1 means OFAC's tool did not return the pair at all
 * (below its floor of 50), so it counts as a non-match. Names are compared as `LegalEntity`,
 * because OFAC's search does not know whether a name is a person's or a company's.
 */
import { markdownTable, type EvalOutcome, type PairEvalContext } from './eval-report.js';
import { evalDataFile } from './eval-paths.js';
import { accuracyOf, confusionOf, formatConfusion, formatPercent, formatPrf, type Confusion } from './metrics.js';
import { column, numberCell, readEvalCsv } from './read-eval-csv.js';

export const OFAC_FIXTURES = 'nomenklatura_ofac_fixtures/ofac_fixtures.csv';
export const OFAC_MATCH_SCORE = 90;
const PAIR_SCHEMA = 'LegalEntity';

export interface OfacFixture {
  line: number;
  queryName: string;
  resultName: string;
  /** OFAC's score 0-100, or -1 when its tool did not return the pair. */
  ofacScore: number;
}

export function readOfacFixtures(path = evalDataFile(OFAC_FIXTURES)): OfacFixture[] {
  return readEvalCsv(path, ['query_name', 'result_name', 'ofac_score']).map((row) => ({
    line: row.line,
    queryName: column(row, 'query_name'),
    resultName: column(row, 'result_name'),
    ofacScore: numberCell(row, 'ofac_score', path),
  }));
}

export interface OfacAgreementResult {
  pairs: number;
  agreement: number;
  /** OFAC's verdict as the label, ours as the prediction. */
  confusion: Confusion;
}

export function evaluateOfacFixtures(ctx: PairEvalContext): EvalOutcome<OfacAgreementResult> {
  const fixtures = readOfacFixtures();
  const judged = fixtures.map((f) => {
    const score = ctx.scorePair(
      { schema: PAIR_SCHEMA, properties: { name: [f.queryName] } },
      { schema: PAIR_SCHEMA, properties: { name: [f.resultName] } },
    ).score;
    return { fixture: f, score, expected: f.ofacScore >= OFAC_MATCH_SCORE, predicted: score >= ctx.threshold };
  });
  const confusion = confusionOf(judged);
  const agreement = accuracyOf(confusion);
  const disagreements = judged
    .filter((j) => j.expected !== j.predicted)
    .sort((a, b) => Math.abs(b.score * 100 - b.fixture.ofacScore) - Math.abs(a.score * 100 - a.fixture.ofacScore));
  const markdown = [
    `${fixtures.length} query/result pairs with the score OFAC's Sanctions List Search gave them. ` +
      `"OFAC match" = ofac_score >= ${OFAC_MATCH_SCORE} (-1 = not returned by OFAC = no match); ` +
      `"Vigil match" = \`scorePair\` >= ${ctx.threshold.toFixed(2)}, both names as \`${PAIR_SCHEMA}\`.`,
    '',
    `Agreement ${formatPercent(agreement)}; with OFAC as the label: ${formatPrf(confusion)} (${formatConfusion(confusion)}). ` +
      `OFAC's tool scores a query found inside a longer name as a full match (\`KIM JONG UN\` vs \`KIM, Jong Man\` = 100), ` +
      'so a low recall here is partly a difference of intent, not an error; read the disagreements.',
    '',
    `${disagreements.length} disagreements:`,
    '',
    markdownTable(
      ['line', 'query', 'result', 'OFAC', 'Vigil'],
      disagreements.map((d) => [d.fixture.line, d.fixture.queryName, d.fixture.resultName, d.fixture.ofacScore, d.score.toFixed(3)]),
      'lllrr',
    ),
  ].join('\n');
  return {
    result: { pairs: fixtures.length, agreement, confusion },
    section: {
      id: 'ofac',
      title: "Agreement with OFAC's search tool (nomenklatura ofac_fixtures)",
      summary: [
        {
          set: `ofac (${fixtures.length} pairs)`,
          metric: `agreement with OFAC (its score >= ${OFAC_MATCH_SCORE})`,
          vigil: formatPercent(agreement),
          goal: '-',
          peers: '-',
        },
      ],
      markdown,
    },
  };
}
