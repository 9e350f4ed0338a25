import { describe, expect, it } from 'vitest';
import { COMMON_GIVEN_NAMES, COMMON_SURNAMES, evaluateCommonNames } from '../../bench/eval/common-names.js';
import { buildMatcher, DEFAULT_THRESHOLD } from '../../src/match/index.js';
import { listedPerson } from '../listed-person.js';

describe('common-names evaluation', () => {
  it('tells alerts on a name as written from alerts on another spelling or name', async () => {
    const matcher = await buildMatcher([listedPerson('a', 'KHAN, Ali'), listedPerson('b', 'Mohammad KHAN'), listedPerson('c', 'PRIGOZHIN, Yevgeniy')]);
    const { result, section } = evaluateCommonNames({ matcher, threshold: DEFAULT_THRESHOLD });
    const same = COMMON_GIVEN_NAMES.filter((g) => COMMON_SURNAMES.includes(g)).length;
    expect(result.queries).toBe(COMMON_GIVEN_NAMES.length * COMMON_SURNAMES.length - same);
    // Ali Khan is a listed name as written; Mohammed Khan and Muhammad Khan meet Mohammad KHAN spelt otherwise.
    expect(section.markdown).not.toContain('| Ali Khan |');
    expect(section.markdown).toContain('| Mohammed Khan |');
    expect(section.markdown).toContain('| Muhammad Khan |');
    expect(result.alerted).toBeGreaterThanOrEqual(result.otherNameAlerted + 1);
    expect(result.otherNameAlerted).toBeGreaterThanOrEqual(2);
  });
});
