import { describe, expect, it } from 'vitest';
import { normaliseOrgWords, romanNumeralsAsDigits } from './org-word-forms.js';
import { tokeniseName } from './name-tokens.js';

describe('normaliseOrgWords', () => {
  it('writes number words as digits and digit ordinals as words', () => {
    expect(normaliseOrgWords(['brigade', 'forty', 'four'])).toEqual(['brigade', '44']);
    expect(normaliseOrgWords(['brigade', 'forty', '4'])).toEqual(['brigade', '44']);
    expect(normaliseOrgWords(['brigade', 'fourty', 'four'])).toEqual(['brigade', '44']);
    expect(normaliseOrgWords(['1st', 'international', 'bank'])).toEqual(['first', 'international', 'bank']);
  });

  it('expands abbreviations', () => {
    expect(normaliseOrgWords(['abc', 'intl'])).toEqual(['abc', 'international']);
    expect(normaliseOrgWords(['us', 'department', 'of', 'state'])).toEqual(['united', 'states', 'department', 'of', 'state']);
    // As the lists write them: Korea Samma SHPG CO (UK, EU), INTRA CHEM TRADING GMBH (OFAC), Cloudmax Tech Co., Limited (EU).
    expect(normaliseOrgWords(['korea', 'samma', 'shpg'])).toEqual(['korea', 'samma', 'shipping']);
    expect(normaliseOrgWords(['intra', 'chem', 'trading'])).toEqual(['intra', 'chemical', 'trading']);
    expect(normaliseOrgWords(['cloudmax', 'tech'])).toEqual(['cloudmax', 'technology']);
    // Mahan Air is Mahan Airlines in the press; Авиакомпания reads "airline" in English.
    expect(normaliseOrgWords(['mahan', 'air'])).toEqual(['mahan', 'airlines']);
    expect(normaliseOrgWords(['mahan', 'airways'])).toEqual(['mahan', 'airlines']);
    expect(normaliseOrgWords(['oao', 'airline', 'belavia'])).toEqual(['oao', 'airlines', 'belavia']);
    // Air elsewhere is another word.
    expect(normaliseOrgWords(['air', 'koryo'])).toEqual(['air', 'koryo']);
    expect(normaliseOrgWords(['syrian', 'arab', 'air', 'defense', 'forces'])).toEqual(['syrian', 'arab', 'air', 'defense', 'forces']);
  });

  it("writes a state's name in full, short or as initials as one word", () => {
    const full = ['foreign', 'trade', 'bank', 'of', 'the', 'democratic', 'peoples', 'republic', 'of', 'korea'];
    const short = ['foreign', 'trade', 'bank', 'of', 'the', 'dprk'];
    expect(normaliseOrgWords(full)).toEqual(short);
    expect(normaliseOrgWords(['foreign', 'trade', 'bank', 'of', 'north', 'korea'])).toEqual(['foreign', 'trade', 'bank', 'of', 'dprk']);
    expect(normaliseOrgWords(['bank', 'for', 'foreign', 'trade', 'of', 'the', 'soviet', 'union'])).toEqual(['bank', 'for', 'foreign', 'trade', 'of', 'the', 'ussr']);
    expect(normaliseOrgWords(['ministry', 'of', 'defence', 'of', 'the', 'russian', 'federation'])).toEqual(['ministry', 'of', 'defence', 'of', 'the', 'russia']);
    // OFAC's previous name of VEB.RF writes U.S.S.R.
    expect(tokeniseName('bank for foreign trade of the u s s r', { entity: 'organization' }).tokens.map((t) => t.text)).toContain('ussr');
    // Korea alone names neither Korea.
    expect(normaliseOrgWords(['korea', 'mining', 'development'])).toEqual(['korea', 'mining', 'development']);
  });

  it('keeps other numbers and words apart', () => {
    expect(normaliseOrgWords(['brigade', 'forty', 'five'])).toEqual(['brigade', '45']);
    expect(normaliseOrgWords(['forty', 'forty'])).toEqual(['40', '40']);
    expect(normaliseOrgWords(['2nd', 'bank'])).toEqual(['second', 'bank']);
  });

  it('applies to organisations, not to persons', () => {
    expect(tokeniseName('u s department of state', { entity: 'organization' }).tokens.map((t) => t.text)).toEqual([
      'united', 'states', 'department', 'of', 'state',
    ]);
    expect(tokeniseName('st john', { entity: 'person' }).tokens.map((t) => t.text)).toEqual(['st', 'john']);
  });
});

describe('romanNumeralsAsDigits', () => {
  it('writes Roman numerals after the first word as digits, a lone letter only at the end', () => {
    expect(romanNumeralsAsDigits(['bicentenario', 'xiii'])).toEqual(['bicentenario', '13']);
    expect(romanNumeralsAsDigits(['bowne', 'global', 'solutions', 'ii', 'canada'])).toEqual(['bowne', 'global', 'solutions', '2', 'canada']);
    expect(romanNumeralsAsDigits(['capital', 'fund', 'i'])).toEqual(['capital', 'fund', '1']);
  });

  it('leaves initials and a first word alone', () => {
    expect(romanNumeralsAsDigits(['named', 'after', 'vi', 'chapaev'])).toEqual(['named', 'after', 'vi', 'chapaev']);
    expect(romanNumeralsAsDigits(['plant', 'v', 'i', 'kozlov'])).toEqual(['plant', 'v', 'i', 'kozlov']);
    expect(romanNumeralsAsDigits(['plant', 'v', 'i'])).toEqual(['plant', 'v', 'i']);
    expect(romanNumeralsAsDigits(['vi', 'group'])).toEqual(['vi', 'group']);
  });
});
