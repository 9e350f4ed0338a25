import { describe, expect, it } from 'vitest';
import { cutShortEvidence } from './cut-short.js';
import { beginsLegalForm } from './legal-forms.js';

describe('cutShortEvidence', () => {
  it('reads a name that ends as no name does as cut short', () => {
    expect(cutShortEvidence('Islamic Revolutionary Guard Corps (')).toBe('dangling');
    expect(cutShortEvidence('Directorate for Internal Security of')).toBe('dangling');
    expect(cutShortEvidence('KOREA MINING DEVELOPMENT TRADING &')).toBe('dangling');
  });

  it('leaves the last word of a long name open, and a short name whole', () => {
    expect(cutShortEvidence('DIRECTORATE FOR INTERNAL SECURITY O')).toBe('open');
    expect(cutShortEvidence('Bank of')).toBeUndefined();
    expect(cutShortEvidence('Rosoboronexport')).toBeUndefined();
  });
});

describe('beginsLegalForm', () => {
  it('knows the start of a word of a legal form, not a whole one or a name', () => {
    expect(beginsLegalForm('li')).toBe(true);
    expect(beginsLegalForm('liab')).toBe(true);
    expect(beginsLegalForm('corporat')).toBe(true);
    expect(beginsLegalForm('limited')).toBe(false);
    expect(beginsLegalForm('qx')).toBe(false);
  });
});

describe('cutShortEvidence of names written to their legal form', () => {
  it('reads a name that ends in its legal form as whole', () => {
    expect(cutShortEvidence('VTB Bank (Public Joint-Stock Company)')).toBeUndefined();
    expect(cutShortEvidence('BUSSINES CORPORATIVO T SERVICE INC, S.A. DE C.V.')).toBeUndefined();
    expect(cutShortEvidence('Public Joint Stock Company Surgutne')).toBe('open');
  });
});
