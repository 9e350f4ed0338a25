/**
 * Listed bodies' names followed by their town and country, the way payment messages and customer
 * records write a party on one line (MAHAN AIR TEHRAN IRAN, SBERBANK MOSCOW): every listed Latin
 * organisation name of one to five words whose listing gives an address, screened three ways, with
 * no comma: the name and its town (the address's city, or the address's part before its country),
 * the name and its country, and the name, town and country. Found when the party is among the
 * results at or above the threshold. The town is whatever the list wrote, so a town that Vigil does
 * not know (a province, a district) counts against it.
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { isScreenedSchema } from '../../src/match/schema-compat.js';
import type { Entity } from '../../src/model/index.js';
import { markdownTable, type EvalOutcome, type ScreeningEvalContext } from './eval-report.js';
import { formatPercent } from './metrics.js';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

const RESULTS = 50;
const MISSES_SHOWN = 20;
const MAX_NAME_WORDS = 5;
const MAX_TOWN_WORDS = 3;

/** One listed body with the place its listing gives. */
export interface PlacedNameCase {
  party: Entity;
  name: string;
  town: string | undefined;
  country: string | undefined;
}

/** Whether an entity is a listed body with a short Latin name, the kind this set screens. */
export function isPlacedNameCandidate(entity: Entity): boolean {
  const name = entity.properties['name']?.[0];
  if (!entity.target || entity.schema === 'Person' || !isScreenedSchema(entity.schema) || name === undefined) return false;
  return /^[A-Za-z0-9 .&'-]+$/.test(name) && name.trim().split(/\s+/).length <= MAX_NAME_WORDS;
}

/** A town as a payment would write it: letters only, three words at most. */
function townOf(text: string | undefined): string | undefined {
  const town = text?.trim();
  return town && /^[A-Za-z][A-Za-z .'-]*$/.test(town) && town.split(/\s+/).length <= MAX_TOWN_WORDS ? town : undefined;
}

/** The shortest English name of a country, as a payment writes it (Iran, Russia, UAE), in letters only. */
function shortCountryName(code: string): string | undefined {
  const names = countries.getName(code.toUpperCase(), 'en', { select: 'all' }) ?? [];
  return names.filter((n) => /^[A-Za-z ]{3,}$/.test(n)).sort((a, b) => a.length - b.length)[0];
}

/**
 * The cases: each candidate's town (its first address entity's city, or else the part of its first
 * written address before the last comma) and country (the address's, or the party's own).
 */
export function placedNameCases(candidates: readonly Entity[], addresses: ReadonlyMap<string, Entity>): PlacedNameCase[] {
  const cases: PlacedNameCase[] = [];
  for (const party of candidates) {
    const address = party.properties['addressEntity']?.map((id) => addresses.get(id)).find((a) => a !== undefined);
    const written = party.properties['address']?.[0]?.split(',').map((p) => p.trim());
    const town = townOf(address?.properties['city']?.[0]) ?? (written && written.length >= 2 ? townOf(written[written.length - 2]) : undefined);
    const code = address?.properties['country']?.[0] ?? party.properties['country']?.[0];
    const country = code === undefined ? undefined : shortCountryName(code);
    if (town === undefined && country === undefined) continue;
    cases.push({ party, name: party.properties['name']![0]!, town, country });
  }
  return cases;
}

interface Tally {
  cases: number;
  found: number;
}

export function evaluatePlacedNames(ctx: ScreeningEvalContext, cases: readonly PlacedNameCase[]): EvalOutcome<Record<'town' | 'country' | 'both', Tally>> {
  const tallies: Record<'town' | 'country' | 'both', Tally> = { town: { cases: 0, found: 0 }, country: { cases: 0, found: 0 }, both: { cases: 0, found: 0 } };
  const misses: string[][] = [];
  for (const { party, name, town, country } of cases) {
    const forms: ['town' | 'country' | 'both', string | undefined][] = [
      ['town', town],
      ['country', country],
      ['both', town !== undefined && country !== undefined && town.toLowerCase() !== country.toLowerCase() ? `${town} ${country}` : undefined],
    ];
    for (const [form, place] of forms) {
      if (place === undefined) continue;
      const query = `${name} ${place}`.toUpperCase();
      tallies[form].cases += 1;
      const hit = ctx.matcher.match({ schema: party.schema, properties: { name: [query] } }, { limit: RESULTS }).find((r) => r.entity.id === party.id);
      if (hit !== undefined && hit.score >= ctx.threshold) tallies[form].found += 1;
      else misses.push([query, name, hit === undefined ? '-' : hit.score.toFixed(3)]);
    }
  }
  const share = (t: Tally): string => `${formatPercent(t.found / Math.max(1, t.cases))} (${t.found} / ${t.cases})`;
  const all = `town ${share(tallies.town)}; country ${share(tallies.country)}; both ${share(tallies.both)}`;
  return {
    result: tallies,
    section: {
      id: 'placed-names',
      title: 'Listed bodies screened with their town and country after the name',
      summary: [
        {
          set: `placed-names (${cases.length} listed bodies with an address)`,
          metric: 'found at threshold, screened as NAME TOWN, NAME COUNTRY and NAME TOWN COUNTRY',
          vigil: all,
          goal: '-',
          peers: '-',
        },
      ],
      markdown: [
        `Every listed body with a Latin name of up to ${MAX_NAME_WORDS} words and an address, screened with the town and country of its address after its name, no comma, among the first ${RESULTS} results: ${all}. ` +
          'The towns Vigil reads as places are a hand-written list (src/names/towns.ts), written before this set from the towns the lists name most; the towns here are whatever the lists wrote.',
        '',
        misses.length === 0 ? 'No misses.' : `Misses (first ${Math.min(MISSES_SHOWN, misses.length)} of ${misses.length}):\n\n${markdownTable(['query', 'listed name', 'its score'], misses.slice(0, MISSES_SHOWN))}`,
      ].join('\n'),
    },
  };
}
