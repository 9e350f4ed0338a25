import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntities } from '../../test/load-entities.js';
import { sharedData } from '../../test/shared-data.js';
import { euJournalCsvAdapter } from '../sources/eu/index.js';
import { buildMatcher, type BuiltMatcher } from './build-matcher.js';

/**
 * The EU writes some listings' names in Latin letters and again in their own script, in one field
 * ("Raji FALHOUT راجي فلحوط"); each half is a name of the party (see nameAlternatives).
 */
describe('names the EU writes in two scripts at once (Syria, North Korea, Russia regimes)', () => {
  let matcher: BuiltMatcher;
  beforeAll(async () => {
    const journal = (celex: string): string => sharedData(`eu/opensanctions_eu_journal/consolidated/${celex}.csv`);
    const entities = await loadEntities(
      ['32012R0036', '32017R1509', '32014R0833'].map((celex) => ({ dataset: 'eu_journal', adapter: euJournalCsvAdapter, path: journal(celex) })),
    );
    matcher = await buildMatcher(entities);
  });
  const best = (schema: string, name: string) => matcher.match({ schema, properties: { name: [name] } }, { limit: 3 })[0];

  it('meets either half alone as the whole name', () => {
    // Whole, the other half's words were left over: 0.59 for the name as listed, 0.73 with a spelling changed.
    const kim = best('Person', 'Kim Kwang Yon');
    expect(kim?.entity.properties['name']).toContain('KIM Kwang Yon 김광연');
    expect(kim?.score).toBe(1);
    expect(kim?.explanations[0]?.detail).toContain('the listed name compared as "KIM Kwang Yon"');
    const firas = best('Person', 'Firas Hasan Kaddour');
    expect(firas?.entity.properties['name']).toContain('Firas Hassan QADDOUR فيراس حسان قدور');
    expect(firas?.score).toBeGreaterThanOrEqual(0.9);
    expect(best('Person', 'راجي فلحوط')?.entity.properties['name']).toContain('Raji FALHOUT راجي فلحوط');
  });

  it('does not make a name of a legal form written in the other script', () => {
    // "Товарищество с Ограниченной Ответственностью «ELEM GROUP (ЭЛЕМ ГРУПП)»": the Kazakh LLP's
    // Cyrillic legal form is no name, so Da Group 22, another LLP, is not TOO Elem Group.
    const elem = matcher.match({ schema: 'Company', properties: { name: ['Da Group 22'] } }, { limit: 5 });
    expect(elem[0]?.entity.caption).toBe('Da Group 22');
    expect(elem.filter((r) => r.match).map((r) => r.entity.caption)).not.toContain('TOO Elem Group');
  });
});
