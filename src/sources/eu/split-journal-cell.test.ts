import { describe, expect, it } from 'vitest';
import { splitJournalCell } from './split-journal-cell.js';

describe('splitJournalCell', () => {
  it('splits at ";" only, never at commas', () => {
    expect(splitJournalCell('Vagner Group, PMC Wagner, Liga, League; ЧВК ‘Вагнер’; Группа Вагнера')).toEqual([
      'Vagner Group, PMC Wagner, Liga, League', 'ЧВК ‘Вагнер’', 'Группа Вагнера',
    ]);
    expect(splitJournalCell(' Foo ;; Bar ')).toEqual(['Foo', 'Bar']);
  });

  it('keeps a quoted value whole and undoubles its quotes', () => {
    expect(splitJournalCell('"Foo; Bar"; Baz')).toEqual(['Foo; Bar', 'Baz']);
    expect(splitJournalCell('"Company ""Alpha"""; Beta')).toEqual(['Company "Alpha"', 'Beta']);
  });

  it('returns undefined for a quote that never closes', () => {
    expect(splitJournalCell('"Foo; Bar')).toBeUndefined();
  });
});
