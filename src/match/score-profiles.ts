import { countryOfNameWords } from '../model/index.js';
import { consonantSkeleton, legalFormsNear } from '../names/index.js';
import { compareBirthDates, compareCountries, compareGender } from './compare-attributes.js';
import { compareNameVariants, QuerySlots, sameTokens, type CompareOptions, type NameComparison } from './compare-names.js';
import type { EntityProfile, Identifier } from './entity-profile.js';
import { writesVowels, type NameProfile, type NameVariant } from './name-profile.js';
import { schemataCompatible } from './schema-compat.js';
import type { FeatureExplanation, PairScore } from './types.js';

/** The score an equal identifier (passport, INN, IMO ...) gives on its own. */
export const IDENTIFIER_SCORE = 0.99;

interface BestName {
  comparison: NameComparison;
  query: NameProfile;
  listed: NameProfile;
  /** The spellings compared, when a reading in another orthography (NameVariant.readAs) or initials are one of them. */
  queryVariant?: NameVariant;
  listedVariant?: NameVariant;
}

/** A spelling's flags and words: spellings of one key may still differ in the rest (see sameContent). */
function textKey(variant: NameVariant): string {
  let key = `${variant.korean ? 'k' : ''}${variant.loanword ? 'l' : ''}${variant.acronym ? 'a' : ''}${variant.compounds ? 'c' : ''}${variant.translated ? 't' : ''}${variant.readAs ?? ''}`;
  for (const t of variant.tokens) key += `|${t.text}${t.surname ? '*' : ''}`;
  return key;
}

/**
 * Whether two spellings of one text key are alike in everything else a comparison reads (weights
 * compared as numbers: writing them out as text took longer than pooling itself).
 */
function sameContent(a: NameVariant, b: NameVariant): boolean {
  if (a.total !== b.total || a.tokens.length !== b.tokens.length) return false;
  return a.tokens.every((t, i) => {
    const u = b.tokens[i]!;
    return t.kind === u.kind && t.weight === u.weight && t.skeleton === u.skeleton;
  });
}

/**
 * Makes the listed spellings of equal content one object (one person on several lists, namesakes),
 * so that comparisons are cached by the listed spelling itself: a text key, looked up in a weak map
 * and then in a string map for every comparison, cost more. Used while the index is built, then dropped.
 */
export class SpellingPool {
  private readonly spellings = new Map<string, NameVariant[]>();

  /** Replaces the profile's spellings with their pooled equals (the first of each content). */
  share(profile: EntityProfile): void {
    for (const name of profile.names) {
      for (let i = 0; i < name.variants.length; i++) name.variants[i] = this.pooled(name.variants[i]!);
      if (name.native) name.native = this.pooled(name.native);
    }
  }

  private pooled(variant: NameVariant): NameVariant {
    const key = textKey(variant);
    const same = this.spellings.get(key);
    if (!same) {
      this.spellings.set(key, [variant]);
      return variant;
    }
    const pooled = same.find((v) => sameContent(v, variant));
    if (pooled) return pooled;
    same.push(variant);
    return variant;
  }
}

/**
 * One query's comparisons, by query spelling, options (as bits) and listed spelling: a query's
 * candidates share many spellings (pooled: see SpellingPool), and a comparison depends on nothing
 * else. Made per query and dropped with it, not held in a WeakMap by the query's spellings, whose
 * values V8's minor collections keep (see QuerySlots).
 */
export class QueryComparisons {
  private readonly byQuery = new Map<NameVariant, Map<NameVariant, NameComparison | null>[]>();
  private readonly slots = new QuerySlots();
  private readonly misspelt = new Map<NameVariant, MisspeltForm | null>();

  /** The query spelling's misspelt legal form, if any (see misspeltForm). */
  misspeltForm(variant: NameVariant): MisspeltForm | null {
    let found = this.misspelt.get(variant);
    if (found === undefined) {
      found = misspeltForm(variant);
      this.misspelt.set(variant, found);
    }
    return found;
  }

  get(query: NameVariant, listed: NameVariant, options: CompareOptions): NameComparison | null {
    let byOptions = this.byQuery.get(query);
    if (!byOptions) {
      byOptions = [];
      this.byQuery.set(query, byOptions);
    }
    const { exactOnly, person, titled, crossScript, vowelsWritten, arabicAgainstLatin, consonantal, cut } = options;
    const bits =
      (exactOnly ? 1 : 0) | (person ? 2 : 0) | (titled ? 4 : 0) | (crossScript ? 8 : 0) | (consonantal ? 16 : 0) | (cut === 'open' ? 32 : cut === 'dangling' ? 64 : 0) | (vowelsWritten ? 128 : 0) | (arabicAgainstLatin ? 256 : 0);
    const done = (byOptions[bits] ??= new Map());
    let comparison = done.get(listed);
    if (comparison === undefined) {
      comparison = compareNameVariants(query, listed, consonantSkeleton, this.slots, options);
      done.set(listed, comparison);
    }
    return comparison;
  }
}

/** A query spelling without a first or last word one typo from a legal form, and the forms that word may be. */
interface MisspeltForm {
  variant: NameVariant;
  word: string;
  codes: readonly string[];
}

/** Weight left over that is only rounding (a spelling's total less its dropped word's weight). */
const LEFT_OVER = 1e-9;

/**
 * The spelling's misspelt legal form (KARA INDUSTRIAL TRADING CMBH, HOERYONG SHIPPING CO LTO): a
 * word too short to be read as a legal form alone (see legalFormsNear), so it is one only against a
 * name that has that form.
 */
function misspeltForm(variant: NameVariant): MisspeltForm | null {
  const last = variant.tokens.length - 1;
  for (const at of last > 0 ? [last, 0] : []) {
    const token = variant.tokens[at]!;
    const codes = token.kind === 'word' ? legalFormsNear(token.text) : [];
    if (codes.length === 0) continue;
    const tokens = variant.tokens.filter((_, i) => i !== at);
    return { variant: { ...variant, tokens, total: variant.total - token.weight }, word: token.text, codes };
  }
  return null;
}

/** The comparison, or the one without the query's misspelt legal form when the listed name has that form and the rest met. */
function withMisspeltForm(
  comparison: NameComparison | null,
  qv: NameVariant,
  lv: NameVariant,
  legalForms: readonly string[],
  options: CompareOptions,
  comparisons: QueryComparisons,
): NameComparison | null {
  const misspelt = comparisons.misspeltForm(qv);
  const code = misspelt?.codes.find((c) => legalForms.includes(c));
  if (!misspelt || code === undefined) return comparison;
  // Only when it is all that differs: Mendez B.V.B.A is not Mendez Nederland B.V. for a stray "ba".
  const without = comparisons.get(misspelt.variant, lv, options);
  if (!without || without.score <= (comparison?.score ?? 0) || without.queryLeft > LEFT_OVER || without.listedLeft > LEFT_OVER) return comparison;
  // The pair is for the explanation (cmbh~gmbh 0.75): a legal form adds nothing to the score.
  return { ...without, queryLeft: 0, listedLeft: 0, pairs: [...without.pairs, [misspelt.word, code, 1 - 1 / misspelt.word.length]] };
}

/** Whether a name's words (one, or two together: Hong Kong) name this country. */
function namesCountry(name: NameProfile, code: string): boolean {
  const words = name.variants[0]?.tokens ?? [];
  for (let i = 0; i < words.length; i++) {
    if (countryOfNameWords(words[i]!.text) === code) return true;
    if (i + 1 < words.length && countryOfNameWords(`${words[i]!.text} ${words[i + 1]!.text}`) === code) return true;
  }
  return false;
}

/** The countries a name's words name (one word, or two together). */
function countriesNamed(name: NameProfile): string[] {
  const words = name.variants[0]?.tokens ?? [];
  const codes: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const one = countryOfNameWords(words[i]!.text);
    if (one) codes.push(one);
    const two = i + 1 < words.length ? countryOfNameWords(`${words[i]!.text} ${words[i + 1]!.text}`) : undefined;
    if (two) codes.push(two);
  }
  return codes;
}

/**
 * Whether a name stripped of a country qualifier meets a name of another country: a name whose
 * words name a country, not the qualifier's, nor one the stripped name names itself. Only when the
 * qualifier is a country: an acronym's (DAEDONG BANK (DCB)) says nothing of it.
 */
function namesOtherCountry(name: NameProfile, stripped: NameProfile): boolean {
  const qualifier = stripped.qualifierCountry;
  if (qualifier === undefined) return false;
  return countriesNamed(name).some((code) => code !== qualifier && !namesCountry(stripped, code));
}

/**
 * The most a query's initials score against a listed name that is an acronym of three letters or
 * fewer (CMC; SES International Corp): many bodies share such an acronym, and a query naming the
 * listed body in full meets its full name too. Concord Management and Consulting met the Central
 * Military Commission of the Workers' Party of Korea through its alias CMC at 1.0.
 */
const SHORT_ACRONYM_CAP = 0.65;
/** What another comparison, meeting a name word, must score for the cap not to hold (one word of a few met). */
const ACRONYM_CORROBORATION = 0.25;
const SHORT_ACRONYM_LETTERS = 3;

/** Whether a comparison paired a name word of the query spelling (not a descriptor, particle or initial). */
function metNameWord(comparison: NameComparison, variant: NameVariant): boolean {
  return comparison.pairs.some(([text]) => variant.tokens.some((t) => t.text === text && t.kind === 'word'));
}

/**
 * Whether the spelling met by initials has a word that no pair of the comparison holds (side 0: the
 * query's, 1: the listed): initials are a whole name, and CCB TM is not China Construction Bank. A
 * word for a body counts too unless the name the initials stand for has it (MRB Bank ~ Moscow
 * Regional Bank, GMCS Management ~ Ghadir Management and Commercial Services): VTB Bank is not
 * VELCOM TRADE DOO BEOGRAD (0.94 before), nor KASB International Katibat Ansar al-Sharia in Benghazi.
 */
function wordLeftBesideInitials(variant: NameVariant, comparison: NameComparison, side: 0 | 1, initialsOf: NameVariant | undefined): boolean {
  return variant.tokens.some(
    (t) =>
      (t.kind === 'word' || (t.kind === 'generic' && !initialsOf?.tokens.some((s) => s.text === t.text))) &&
      !comparison.pairs.some((pair) => pair[side].includes(t.text)),
  );
}

/** Whether a listed spelling's only name word is three letters or fewer (descriptors aside). */
function isShortAcronym(variant: NameVariant): boolean {
  let words = 0;
  for (const t of variant.tokens) {
    if (t.kind !== 'word') continue;
    if (t.text.length > SHORT_ACRONYM_LETTERS || ++words > 1) return false;
  }
  return words === 1;
}

/**
 * The best-matching pair of names over every spelling of each; weak aliases count only when equal.
 * `listedNames` flags the listed names to compare (the index's reached names), by position; all when undefined.
 */
function bestName(query: EntityProfile, listed: EntityProfile, comparisons: QueryComparisons, listedNames: ArrayLike<number> | undefined): BestName | undefined {
  let best: BestName | undefined;
  // The best comparison of the query's initials held by SHORT_ACRONYM_CAP, as it scored; and the best
  // of any other that met a name word of the query.
  let heldAcronym: BestName | undefined;
  let otherBest = 0;
  const person = query.schema === 'Person' || listed.schema === 'Person';
  for (const q of query.names) {
    for (let li = 0; li < listed.names.length; li++) {
      if (listedNames && listedNames[li] === 0) continue;
      const l = listed.names[li]!;
      // A name stripped of its qualifier stands in only against names without one (Bank of China
      // (Hong Kong) ~ Bank of China, not ~ Bank of China (Singapore)), nor one of another country
      // written as a word (Bowne Global Solutions (Ireland) is not Bowne Global Solutions Japan).
      if ((q.qualifier === 'dropped' && (l.qualifier || namesOtherCountry(l, q))) || (l.qualifier === 'dropped' && (q.qualifier || namesOtherCountry(q, l)))) continue;
      if (q.script && q.script === l.script && q.native && l.native) {
        // Two names in one script compare as written: transliteration would only blur them.
        const comparison = comparisons.get(q.native, l.native, { exactOnly: q.script === 'syllabic', person, titled: q.titled });
        if (comparison && (!best || comparison.score > best.comparison.score)) best = { comparison, query: q, listed: l };
        continue;
      }
      const bothCompounds = q.compounds && l.compounds;
      for (const qv of q.variants) {
        if (qv.compounds && !l.arabicCompound) continue;
        for (const lv of l.variants) {
          if ((lv.compounds && !q.arabicCompound) || (bothCompounds && qv.compounds !== lv.compounds)) continue;
          // Two long names with the same initials are not the same name (China National Pipeline / Petroleum).
          if (qv.acronym && lv.acronym) continue;
          let comparison: NameComparison | null;
          if (l.strength === 'weak' || q.strength === 'weak') {
            // A weak alias meets the name as written, not initials made of it (Inmobiliaria Flores Castro is not "JSC IFC").
            if (qv.acronym || lv.acronym || !sameTokens(qv, lv)) continue;
            comparison = { score: 1, queryLeft: 0, listedLeft: 0, pairs: lv.tokens.map((t) => [t.text, t.text, 1]) };
          } else {
            // A reading in English is compared as Latin text: a translated word met fuzzily is another word.
            const crossScript = q.script !== l.script && !qv.translated && !lv.translated;
            const options: CompareOptions = {
              person,
              titled: q.titled,
              crossScript,
              vowelsWritten: crossScript && writesVowels(q.script) && writesVowels(l.script),
              arabicAgainstLatin: crossScript && ((q.script === 'arabic' && l.script === undefined) || (l.script === 'arabic' && q.script === undefined)),
              consonantal: q.script !== l.script && (q.script === 'hebrew' || l.script === 'hebrew'),
              loanword: qv.loanword === true || lv.loanword === true,
              cut: q.cut,
              // Romanised Han and Hangul syllables are short and many: only equal syllables meet
              // (a foreign name read back from Hangul is spelled as a word, and compares as one).
              // Initials are exact: an acronym one letter from a word is another name (SEM / SEMZ).
              exactOnly: (q.script === 'syllabic' && !qv.loanword) || (l.script === 'syllabic' && !lv.loanword) || qv.acronym === true || lv.acronym === true,
            };
            comparison = comparisons.get(qv, lv, options);
            if (!person && l.legalForms.length > 0) comparison = withMisspeltForm(comparison, qv, lv, l.legalForms, options, comparisons);
          }
          // Names that paired nothing score 0, which is never reported (see scoreProfiles).
          if (!comparison) continue;
          // Only organisations are compared as initials: a person's comparisons skip both checks.
          if (qv.acronym && comparison.score > SHORT_ACRONYM_CAP && (isShortAcronym(lv) || wordLeftBesideInitials(lv, comparison, 1, q.variants[0]))) {
            if (!heldAcronym || comparison.score > heldAcronym.comparison.score) heldAcronym = { comparison, query: q, listed: l };
            comparison = { ...comparison, score: SHORT_ACRONYM_CAP, cap: isShortAcronym(lv) ? 'initials of the query against a short acronym' : 'initials of the query against a longer name' };
          } else if (lv.acronym && comparison.score > SHORT_ACRONYM_CAP && wordLeftBesideInitials(qv, comparison, 0, l.variants[0])) {
            comparison = { ...comparison, score: SHORT_ACRONYM_CAP, cap: "the listed name's initials against a longer name" };
          } else if (!person && !qv.acronym && comparison.score > otherBest && metNameWord(comparison, qv)) {
            otherBest = comparison.score;
          }
          if (!best || comparison.score > best.comparison.score) best = qv.readAs === undefined && lv.readAs === undefined && !qv.acronym && !lv.acronym ? { comparison, query: q, listed: l } : { comparison, query: q, listed: l, queryVariant: qv, listedVariant: lv };
          if (comparison.score === 1) return best;
        }
      }
    }
  }
  // Another name of the party that shares words with the query vouches for the acronym (АО Институт
  // прикладной физики ~ JSC IPF, whose English name it meets in part).
  if (heldAcronym && otherBest >= ACRONYM_CORROBORATION && heldAcronym.comparison.score > (best?.comparison.score ?? 0)) return heldAcronym;
  return best;
}

/**
 * How a spelling read in another orthography, or as initials, is said in an explanation: the query
 * read as Somali spelling, "hasan dahir aweys"; the listed name read as its initials, "vtb".
 */
function readNote(side: string, variant: NameVariant | undefined): string {
  if (variant?.acronym) return `${side} read as its initials, "${variant.tokens[0]!.text}"`;
  return variant?.readAs === undefined ? '' : `${side} read as ${variant.readAs}, "${variant.tokens.map((t) => t.text).join(' ')}"`;
}

function describeName(best: BestName): string {
  const pairs = best.comparison.pairs.map(([q, l, s]) => (q === l ? q : `${q}~${l} ${s.toFixed(2)}`)).join(', ');
  const { queryLeft, listedLeft } = best.comparison;
  const { cap } = best.comparison;
  const notes = [
    best.query.compared !== undefined ? `the query compared as "${best.query.compared}"` : '',
    best.listed.compared !== undefined ? `the listed name compared as "${best.listed.compared}"` : '',
    readNote('the query', best.queryVariant),
    readNote('the listed name', best.listedVariant),
    queryLeft > 0 ? 'query words left unmatched' : '',
    listedLeft > 0 ? 'listed words left unmatched' : '',
    cap ? `held at ${best.comparison.score.toFixed(2)}: ${cap}` : '',
  ];
  const note = notes.filter(Boolean).join(', ');
  return `${best.listed.property} matched on ${pairs || 'nothing'}${note ? ` (${note})` : ''}`;
}

/** A person against a LegalEntity whose names carry legal forms (JSC, LLC): a company, so not a match. */
function personMeetsCompany(a: EntityProfile, b: EntityProfile): boolean {
  return a.schema === 'Person' && b.schema === 'LegalEntity' && b.names.some((n) => n.legalForms.length > 0);
}

/** The first query identifier the listed entity has too, with the listed one (loops, not closures: this runs for every candidate). */
function sharedIdentifier(query: EntityProfile, listed: EntityProfile): [Identifier, Identifier] | undefined {
  for (const q of query.identifiers) {
    for (const l of listed.identifiers) if (l.key === q.key) return [q, l];
  }
  return undefined;
}

/**
 * Scores a query against a listed entity: the best name comparison is the base, then birth dates,
 * countries and gender move it up or down, an equal identifier settles it, and a person never
 * matches a company or a vessel. Every step is in the explanations. A query's candidates share its
 * comparisons; `listedNames` leaves out the listed names the candidate index did not reach.
 */
export function scoreProfiles(query: EntityProfile, listed: EntityProfile, comparisons = new QueryComparisons(), listedNames?: ArrayLike<number>): PairScore {
  const explanations: FeatureExplanation[] = [];
  const features: Record<string, number> = {};
  if (!schemataCompatible(query.schema, listed.schema) || personMeetsCompany(query, listed) || personMeetsCompany(listed, query)) {
    return {
      score: 0,
      features: { schema_mismatch: 1 },
      explanations: [{ feature: 'schema', effect: 0, queryValue: query.schema, listedValue: listed.schema, detail: `a ${query.schema} cannot be a ${listed.schema}` }],
    };
  }
  let score = 0;
  const name = bestName(query, listed, comparisons, listedNames);
  if (name && name.comparison.score > 0) {
    score = name.comparison.score;
    features['name'] = score;
    explanations.push({ feature: name.listed.property, effect: score, queryValue: name.query.original, listedValue: name.listed.original, detail: describeName(name) });
  }
  if (score > 0) {
    for (const finding of [compareBirthDates(query.birthDates, listed.birthDates), compareCountries(query.countries, listed.countries), compareGender(query.genders, listed.genders)]) {
      if (!finding) continue;
      if (finding.feature === 'birthDate' && listed.birthDatesFrom) finding.detail += ` (this listing gives none: the date of ${listed.birthDatesFrom.join(', ')}, the same name on another list)`;
      explanations.push(finding);
      features[finding.feature] = finding.effect;
      score += finding.effect;
    }
  }
  const shared = sharedIdentifier(query, listed);
  if (shared) {
    const [sharedId, listedId] = shared;
    const effect = Math.max(0, IDENTIFIER_SCORE - score);
    features['identifier'] = 1;
    explanations.push({ feature: 'identifier', effect, queryValue: sharedId.value, listedValue: listedId.value, detail: `same ${listedId.property}: settles the match` });
    score = Math.max(score, IDENTIFIER_SCORE);
  }
  return { score: Math.min(1, Math.max(0, score)), features, explanations };
}
