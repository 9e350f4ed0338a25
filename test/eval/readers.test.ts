import { describe, expect, it } from 'vitest';
import { readCrossScriptPairs } from '../../bench/eval/cross-script.js';
import { readEntityChecks } from '../../bench/eval/entity-bench.js';
import { readLogicV2Cases, readNameBenchCases } from '../../bench/eval/name-bench.js';
import { OFAC_MATCH_SCORE, readOfacFixtures } from '../../bench/eval/ofac-fixtures.js';
import { personQuery, readUnPositives, readUsNegatives } from '../../bench/eval/person-rows.js';
import { readPutinNames } from '../../bench/eval/putin-names.js';
import { HELD_BACK_NEGATIVES, splitNegatives, WORKING_NEGATIVES } from '../../bench/eval/us-negatives.js';

describe('evaluation set readers, on the real files', () => {
  it('reads the 826 name-bench pairs with their labels', () => {
    const cases = readNameBenchCases();
    expect(cases).toHaveLength(826);
    expect(cases.filter((c) => c.isMatch)).toHaveLength(425);
    expect(cases[0]).toMatchObject({ line: 2, caseGroup: 'nk_checks', schema: 'Person', name1: 'Olaf Scholze', name2: 'Olaf Scholz', isMatch: true });
    const prigozhin = cases.find((c) => c.name1.includes('Prigozhin') || c.name2.includes('Prigozhin'));
    expect(prigozhin?.isMatch).toBe(false);
  });

  it("reads logic-v2's 812 frozen outcomes", () => {
    const cases = readLogicV2Cases();
    expect(cases).toHaveLength(812);
    expect(cases[0]).toMatchObject({ name1: 'Olaf Scholze', score: 0.9286, predictedMatch: true, outcome: 'TP' });
  });

  it('reads the 170 OFAC fixtures, -1 meaning not returned', () => {
    const fixtures = readOfacFixtures();
    expect(fixtures).toHaveLength(170);
    expect(fixtures[0]).toEqual({ line: 2, queryName: 'VLADIMIR PUTIN', resultName: 'PUTIN, Vladimir', ofacScore: 100 });
    expect(fixtures.filter((f) => f.ofacScore === -1)).toHaveLength(6);
    expect(fixtures.filter((f) => f.ofacScore >= OFAC_MATCH_SCORE)).toHaveLength(95);
  });

  it('reads the 81 spellings of Putin', () => {
    const names = readPutinNames();
    expect(names).toHaveLength(81);
    expect(names).toContain('ウラジーミル・プーチン');
  });

  it('reads the 22 cross-script pairs and skips the comment lines', () => {
    const pairs = readCrossScriptPairs();
    expect(pairs).toHaveLength(22);
    expect(pairs[0]).toMatchObject({ query: 'محمد علي', expected: 'Mohamed Ali', minScore: 0.9 });
    expect(pairs.find((p) => p.expected === 'Vladimir Putin')).toMatchObject({ query: 'Владимир Путин', minScore: 0.95 });
    expect(pairs.some((p) => p.query.startsWith('#'))).toBe(false);
  });

  it('reads the 228 entity checks, lists of values kept as lists', () => {
    const checks = readEntityChecks();
    expect(checks).toHaveLength(228);
    expect(checks.filter((c) => c.match)).toHaveLength(127);
    expect(checks[0]).toEqual({
      index: 1,
      match: true,
      label: null,
      query: { schema: 'Person', properties: { name: ['Olaf Scholze'] } },
      candidate: { schema: 'Person', properties: { name: ['Olaf Scholz'] } },
    });
    expect(checks.find((c) => c.label === 'Alphanumeric Swap')?.query.properties['name']).toEqual(['Ig0r Sech1n']);
  });

  it('reads the 683 UN positives into Person queries', () => {
    const rows = readUnPositives();
    expect(rows).toHaveLength(683);
    expect(personQuery(rows[0]!)).toEqual({
      schema: 'Person',
      properties: {
        name: ['ABDULHAI SALEK'],
        birthDate: ['1965'],
        nationality: ['af'],
        birthPlace: ['Awlyatak Village, Gardan Masjid Area, Chaki Wardak District, Afghanistan'],
      },
    });
  });

  it('reads the 50,000 negatives and splits them into 45,000 working and the last 5,000 held back', () => {
    const rows = readUsNegatives();
    expect(rows).toHaveLength(50_000);
    expect(personQuery(rows[0]!).properties).toMatchObject({ name: ['Ingeborg Abrahamsen'], nationality: ['fr'], gender: ['female'], birthDate: ['1972-11-21'] });
    expect(rows.filter((r) => /^wagner$/i.test(r.lastName))).toHaveLength(25);
    const { working, heldBack } = splitNegatives(rows);
    expect(working).toHaveLength(WORKING_NEGATIVES);
    expect(heldBack).toHaveLength(HELD_BACK_NEGATIVES);
    expect(heldBack[0]).toBe(rows[45_000]);
    expect(splitNegatives(rows, 1000).working).toHaveLength(1000);
    expect(splitNegatives(rows, 60_000).working).toHaveLength(WORKING_NEGATIVES);
  });
});
