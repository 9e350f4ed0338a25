import { describe, expect, it } from 'vitest';
import { wordForms } from './word-forms.js';

describe('wordForms', () => {
  it('reads Russian case forms back to the nominative the lists write', () => {
    expect(wordForms('Пригожина')).toEqual({ exact: 'prigozhina', stripped: ['prigozhin'] });
    expect(wordForms('Пригожиным').stripped).toContain('prigozhin');
    expect(wordForms('Вагнера').stripped).toEqual(['vagner']);
    expect(wordForms('России').stripped).toContain(wordForms('Россия').exact);
    expect(wordForms('Евгения').stripped).toContain(wordForms('Евгений').exact);
  });

  it('drops English possessives and plurals, but keeps short words and double s whole', () => {
    expect(wordForms("Wagner's")).toEqual({ exact: 'wagners', stripped: ['wagner'] });
    expect(wordForms('Wagner’s').stripped).toEqual(['wagner']);
    expect(wordForms("Wagners'").stripped).toEqual(['wagner']);
    expect(wordForms('Hamas').stripped).toEqual([]);
    expect(wordForms('Cross').stripped).toEqual([]);
  });

  it('folds case and accents as the name normalisation does', () => {
    expect(wordForms('WAGNER').exact).toBe('wagner');
    expect(wordForms('Łódź').exact).toBe('lodz');
  });
});
