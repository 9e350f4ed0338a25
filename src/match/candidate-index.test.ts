import { describe, expect, it } from 'vitest';
import { listedPerson } from '../../test/listed-person.js';
import { buildMatcher, buildMatcherState, MAX_CANDIDATES } from './build-matcher.js';
import { buildEntityProfile } from './entity-profile.js';

/** Given names made of letters only, distinct, none one typo from "ehsan". */
function givenNames(count: number): string[] {
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) names.push(`zor${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}q`);
  return names;
}

describe('candidate index', () => {
  it('finds a one-letter typo of a short word among more namesakes than it scores in full', async () => {
    const namesakes = givenNames(3 * MAX_CANDIDATES).map((given, i) => listedPerson(`p${i}`, `MOHAMMADI, ${given}`));
    const matcher = await buildMatcher([...namesakes, listedPerson('target', 'MOHAMMADI, Ehsan')]);
    for (const typo of ['MOHAMMADI, Eshan', 'MOHAMMADI, Ehsn', 'MOHAMMADI, Ehsanb', 'MOHAMMADI, Ehxan']) {
      const [best] = matcher.match({ schema: 'Person', properties: { name: [typo] } });
      expect(best?.entity.id, typo).toBe('target');
      expect(best?.match, typo).toBe(true);
    }
  });
});

describe('candidate index, long words', () => {
  it('finds a one-word name with a typo in its first letters by its ending, as the full score does', async () => {
    const banks = givenNames(50).map((word, i) => listedPerson(`b${i}`, `PJSC ${word}bank`, 'Company'));
    const matcher = await buildMatcher([...banks, listedPerson('target', 'PJSC Chelindbank', 'Company')]);
    const query = { schema: 'Company', properties: { name: ['PJSC Whelindbank'] } };
    const [best] = matcher.match(query);
    expect(best?.entity.id).toBe('target');
    expect(best?.match).toBe(true);
    expect(matcher.match(query, { bruteForce: true })[0]?.entity.id).toBe('target');
  });
});

describe('candidate index, other kinds of party', () => {
  it('leaves out parties the query cannot match before it takes the best', async () => {
    // More persons known only as Raman than the index scores in full, listed before the company and
    // estimated as high (one word, all met), and none of them can match an organisation.
    const persons = Array.from({ length: 3 * MAX_CANDIDATES }, (_, i) => listedPerson(`p${i}`, 'RAMAN'));
    const matcher = await buildMatcher([...persons, listedPerson('target', 'RAMAN COMPANY', 'Company')]);
    const [best] = matcher.match({ schema: 'Company', properties: { name: ['RAMAN COMPAZY'] } });
    expect(best?.entity.id).toBe('target');
    expect(best?.match).toBe(true);
  });
});

describe('candidate index, names worth scoring', () => {
  it("flags the names the query's keys reached, and every name of a party found by an identifier", async () => {
    const person = listedPerson('target', 'PRIGOZHIN, Yevgeniy Viktorovich');
    person.properties['alias'] = ['Chef Putina', 'Евгений Пригожин'];
    person.properties['passportNumber'] = ['7210043'];
    const { profiles, index, weights } = await buildMatcherState([person, listedPerson('other', 'Mikhail Kovalchuk')]);
    const byName = index.candidates(buildEntityProfile('Person', { name: ['Evgeny Prigozhin'] }, weights), MAX_CANDIDATES);
    expect(byName.map((c) => c.entity)).toEqual([0]);
    const flags = [...byName[0]!.reachedNames!];
    const reached = profiles[0]!.names.filter((_, i) => flags[i] === 1).map((n) => n.original);
    expect(reached).toContain('PRIGOZHIN, Yevgeniy Viktorovich');
    expect(reached).toContain('Евгений Пригожин');
    expect(reached).not.toContain('Chef Putina');
    const byPassport = index.candidates(buildEntityProfile('Person', { name: ['Nobody Known'], passportNumber: ['7210043'] }, weights), MAX_CANDIDATES);
    expect(byPassport).toEqual([{ entity: 0, reachedNames: undefined }]);
  });
});

describe('candidate index, particles', () => {
  it('meets a particle written apart with the same particle joined to its word, either way round, among more namesakes than it scores in full', async () => {
    const namesakes = givenNames(3 * MAX_CANDIDATES).map((surname, i) => listedPerson(`p${i}`, `${surname.toUpperCase()}, Bashar`));
    const matcher = await buildMatcher([...namesakes, listedPerson('apart', 'AL ASAD, Bashar'), listedPerson('joined', 'ALHASHIMI, Tariq')]);
    const [apart] = matcher.match({ schema: 'Person', properties: { name: ['Bashar Alasad'] } });
    expect(apart?.entity.id).toBe('apart');
    expect(apart?.match).toBe(true);
    const [joined] = matcher.match({ schema: 'Person', properties: { name: ['Tariq al Hashimi'] } });
    expect(joined?.entity.id).toBe('joined');
    expect(joined?.match).toBe(true);
  });
});

describe('candidate index, consonants', () => {
  it('meets a surname written with z for s and another vowel, among more namesakes than it scores in full', async () => {
    // Ismailov / Izmaylov differ at both ends of the word (no prefix or suffix key in common) and
    // have no deletion keys (eight letters): only the skeleton, with z read as s, meets them.
    const namesakes = givenNames(3 * MAX_CANDIDATES).map((surname, i) => listedPerson(`p${i}`, `${surname.toUpperCase()}, Shamil`));
    const matcher = await buildMatcher([...namesakes, listedPerson('target', 'IZMAYLOV, Shamil')]);
    const query = { schema: 'Person', properties: { name: ['Shamil Magomedovich ISMAILOV'] } };
    const [best] = matcher.match(query);
    expect(best?.entity.id).toBe('target');
    expect(best?.match).toBe(true);
    expect(matcher.match(query, { bruteForce: true })[0]?.entity.id).toBe('target');
  });
});

describe('candidate index, weak aliases', () => {
  it('does not let weak aliases the query does not write word for word take the places of a strong name', async () => {
    // Namesakes known by the weak alias Muhammad, which the scorer counts only for a query of
    // exactly that word, and others enough to make Muhammad a common name, not the commonest.
    const words = givenNames(100);
    const others = words.slice(0, 60).flatMap((surname, i) => words.slice(60).map((given, k) => listedPerson(`o${i}-${k}`, `${surname.toUpperCase()}, ${given}`)));
    const namesakes = words.slice(0, 3 * MAX_CANDIDATES / 2).flatMap((surname, i) =>
      ['Tariq', 'Omar'].map((given) => {
        const person = listedPerson(`p${i}${given}`, `${surname.toUpperCase()}, ${given}`);
        person.properties['weakAlias'] = ['Muhammad'];
        return person;
      }),
    );
    const matcher = await buildMatcher([...others, ...namesakes, listedPerson('target', 'HOSSEINI, Mohammad Ali')]);
    const query = { schema: 'Person', properties: { name: ['Muhammad HUSAYN'] } };
    const [brute] = matcher.match(query, { bruteForce: true });
    expect(brute?.entity.id).toBe('target');
    const [best] = matcher.match(query);
    expect(best?.entity.id).toBe('target');
    expect(best?.score).toBe(brute?.score);
    const [weak] = matcher.match({ schema: 'Person', properties: { name: ['Muhammad'] } });
    expect(weak?.entity.id).toMatch(/^p/);
    expect(weak?.match).toBe(true);
  });
});
