/**
 * Synthetic FtM entities for the matcher's scale benchmark (`npm run bench:match:scale`): name
 * tokens harvested from the loaded lists (first names and surnames of listed persons, words and
 * legal forms of listed organisations), recombined deterministically into any number of persons
 * (about 60%) and organisations or companies (about 40%). Generated one at a time, so millions can
 * be streamed into `buildMatcher` without a second copy.
 */
import { entityId, type Entity, type Properties } from '../src/model/index.js';
import { legalFormOf } from '../src/names/index.js';
import { mulberry32, randomIndex } from './eval/prng.js';

export interface NamePools {
  firstNames: string[];
  surnames: string[];
  orgWords: string[];
  legalForms: string[];
  /** ISO codes of listed persons' nationalities. */
  countries: string[];
}

/** A word of Latin letters (apostrophes and hyphens inside allowed), 2+ characters. */
const LATIN_WORD = /^[A-Za-z][A-Za-z'-]*[A-Za-z]$/;

function words(text: string): string[] {
  return text.split(/[\s,.()/"]+/).filter((w) => LATIN_WORD.test(w));
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** The pools, from listed persons and organisations (Latin-script words only, deduplicated, sorted). */
export function harvestNamePools(persons: Iterable<Entity>, organisations: Iterable<Entity>): NamePools {
  const firstNames = new Set<string>();
  const surnames = new Set<string>();
  const countries = new Set<string>();
  for (const person of persons) {
    const p = person.properties;
    for (const value of p['firstName'] ?? []) for (const w of words(value)) firstNames.add(titleCase(w));
    for (const value of p['lastName'] ?? []) for (const w of words(value)) surnames.add(titleCase(w));
    for (const value of [...(p['name'] ?? []), ...(p['alias'] ?? [])]) {
      const ws = words(value);
      if (ws.length < 2) continue;
      firstNames.add(titleCase(ws[0]!));
      surnames.add(titleCase(ws[ws.length - 1]!));
    }
    for (const code of p['nationality'] ?? []) if (/^[a-z]{2}$/.test(code)) countries.add(code);
  }
  const orgWords = new Set<string>();
  const legalForms = new Set<string>();
  for (const org of organisations) {
    for (const value of [...(org.properties['name'] ?? []), ...(org.properties['alias'] ?? [])]) {
      for (const w of words(value)) {
        if (legalFormOf(w.toLowerCase()) !== undefined) legalForms.add(w.length <= 4 ? w.toUpperCase() : titleCase(w));
        else if (w.length >= 3) orgWords.add(titleCase(w));
      }
    }
  }
  const sorted = (set: Set<string>): string[] => [...set].sort();
  return { firstNames: sorted(firstNames), surnames: sorted(surnames), orgWords: sorted(orgWords), legalForms: sorted(legalForms), countries: sorted(countries) };
}

const STAMP = '2026-01-01T00:00:00';
const DATASETS = ['synthetic'];

/** N synthetic entities, the same for the same pools and seed; ids `synthetic-0` ... */
export function* syntheticEntities(count: number, pools: NamePools, seed = 20260101): Generator<Entity> {
  const random = mulberry32(seed);
  const pick = (items: readonly string[]): string => items[randomIndex(random, items.length)] ?? '';
  const personName = (surname: string): string =>
    random() < 0.2 ? `${pick(pools.firstNames)} ${pick(pools.firstNames)} ${surname}` : `${pick(pools.firstNames)} ${surname}`;
  const orgName = (): string => {
    const core = Array.from({ length: 1 + randomIndex(random, 3) }, () => pick(pools.orgWords)).join(' ');
    return random() < 0.6 ? `${core} ${pick(pools.legalForms)}` : core;
  };
  for (let i = 0; i < count; i++) {
    const properties: Properties = {};
    let schema: 'Person' | 'Organization' | 'Company';
    if (random() < 0.6) {
      schema = 'Person';
      const surname = pick(pools.surnames);
      // 1-3 names; an alias keeps the surname half the time (a different first name or spelling).
      const names = Array.from({ length: 1 + randomIndex(random, 3) }, (_, n) => personName(n === 0 || random() < 0.5 ? surname : pick(pools.surnames)));
      properties['name'] = names.slice(0, 1);
      if (names.length > 1) properties['alias'] = names.slice(1);
      if (random() < 0.5) {
        const month = String(1 + randomIndex(random, 12)).padStart(2, '0');
        const day = String(1 + randomIndex(random, 28)).padStart(2, '0');
        properties['birthDate'] = [`${1940 + randomIndex(random, 65)}-${month}-${day}`];
      }
      if (random() < 0.5 && pools.countries.length > 0) properties['nationality'] = [pick(pools.countries)];
      if (random() < 0.5) properties['gender'] = [random() < 0.7 ? 'male' : 'female'];
    } else {
      schema = random() < 0.5 ? 'Organization' : 'Company';
      const names = Array.from({ length: random() < 0.8 ? 1 : 2 }, orgName);
      properties['name'] = names.slice(0, 1);
      if (names.length > 1) properties['alias'] = names.slice(1);
      if (random() < 0.5 && pools.countries.length > 0) properties['jurisdiction'] = [pick(pools.countries)];
    }
    yield {
      id: entityId(`synthetic-${i}`),
      schema,
      caption: properties['name']?.[0] ?? '',
      properties,
      datasets: DATASETS,
      referents: [],
      target: true,
      first_seen: STAMP,
      last_seen: STAMP,
      last_change: STAMP,
    };
  }
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The name with one ASCII letter (not the first) replaced by another, keeping its case; null when it has none. */
export function changeOneLetter(name: string, random: () => number): string | null {
  const positions: number[] = [];
  for (let i = 1; i < name.length; i++) if (/[A-Za-z]/.test(name[i]!)) positions.push(i);
  const at = positions[randomIndex(random, positions.length)];
  if (at === undefined) return null;
  const current = name[at]!;
  const options = LETTERS.replace(current.toLowerCase(), '');
  let letter = options[randomIndex(random, options.length)] ?? 'x';
  if (current !== current.toLowerCase()) letter = letter.toUpperCase();
  return name.slice(0, at) + letter + name.slice(at + 1);
}
