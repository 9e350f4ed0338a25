import { describe, expect, it } from 'vitest';
import { acronymOf } from './acronym.js';
import { tokeniseName } from './name-tokens.js';

const acronym = (latin: string): string | undefined => acronymOf(tokeniseName(latin, { entity: 'organization' }).tokens);

describe('acronymOf', () => {
  it('takes the initials of the name words, without connectives and legal forms', () => {
    expect(acronym('peoples liberation army')).toBe('pla');
    expect(acronym('organization of the petroleum exporting countries')).toBe('opec');
    expect(acronym('islamic revolutionary guard corps llc')).toBe('irgc');
  });

  it('gives none for short names, numbers or initials', () => {
    expect(acronym('deutsche bank')).toBe(undefined);
    expect(acronym('brigade forty four')).toBe(undefined);
    expect(acronym('a b c trading company')).toBe(undefined);
  });
});
