/**
 * Finds listed parties in tokenised text: a trie walk from every word collects the phrases the
 * lists hold, then each hit is weighed with its context.
 *
 * Own scoring rather than the matcher's: a hit is already an exact match of a listed spelling, so
 * a fuzzy name score would say 1.0 every time. What decides is how much of the name the text gives
 * and what surrounds it, which the matcher cannot see:
 * - a whole name or alias: high (unless each word is a common name, or the alias is a weak one);
 * - given name and surname of a longer listed name: high;
 * - the one distinctive word of an organisation ("Wagner"): medium next to an organisation word
 *   (Group, PMC, ЧВК, fighters), or when the organisation is named in full elsewhere in the text;
 *   low (not reported at the default threshold) on its own;
 * - one word of a person's name: medium only when the person is named in full elsewhere.
 * @module
 */
import { countryCode } from '../model/index.js';
import { isJurisdictionWord } from './country-mentions.js';
import { boundedEditDistance, isGenericOrgWord, legalFormOf } from '../names/index.js';
import { isOrgContextWord, ORG_PREFIX_WORDS } from './org-context-words.js';
import type { PhraseEntry, PhraseIndex } from './phrase-index.js';
import type { TextToken } from './tokenise-text.js';
import { walkPhrases, type PhraseHit } from './walk-phrases.js';
import type { Confidence, PartyMention } from './types.js';

/** Below this rarity a word is a common name on the lists (Mohammed 0.59, Ali, Ivan 0.68; Prigozhin ~1). */
const COMMON_IDF = 0.7;
/** A word read without its ending is a little less sure than one written as listed. */
const STRIPPED_PENALTY = 0.05;
/** A mention this sure names its party well enough to lend weight to single words elsewhere. */
const NAMED_IN_FULL_SCORE = 0.8;

type Hit = PhraseHit<PhraseEntry>;

interface Weighed {
  first: number;
  last: number;
  score: number;
  confidence: Confidence;
  /** Built only for the mentions that are reported. */
  why: () => string;
}

function quote(tokens: readonly TextToken[], first: number, last: number): string {
  return JSON.stringify(tokens.slice(first, last + 1).map((t) => t.raw).join(' '));
}

/** One scan's text, with what the weighing asks of each word computed once. */
interface ScanContext {
  index: PhraseIndex;
  tokens: readonly TextToken[];
  /** Rarity of each word on the lists. */
  idf: Float64Array;
  /** 1 where the word (or its base form) is an organisation word, 2 where it is one written before a name (PMC, ЧВК). */
  org: Uint8Array;
}

function scanContext(index: PhraseIndex, tokens: readonly TextToken[]): ScanContext {
  const idf = new Float64Array(tokens.length);
  const org = new Uint8Array(tokens.length);
  tokens.forEach((t, i) => {
    idf[i] = index.weights.idf(t.exact);
    const forms = [t.exact, ...t.stripped];
    if (forms.some((f) => ORG_PREFIX_WORDS.has(f))) org[i] = 2;
    else if (forms.some(isOrgContextWord)) org[i] = 1;
  });
  return { index, tokens, idf, org };
}

function rarest(ctx: ScanContext, hit: Hit): number {
  let max = 0;
  for (let i = hit.first; i <= hit.last; i++) max = Math.max(max, ctx.idf[i] ?? 0);
  return max;
}

/**
 * An organisation word right before (PMC, ЧВК) or after (Group, fighters) the hit, within the
 * same phrase; the mention's span takes it in, so that "Wagner Group" is one span for every list.
 */
function adjacentOrgWords({ tokens, org }: ScanContext, hit: Hit): { first: number; last: number; words: string[] } {
  let { first, last } = hit;
  const words: string[] = [];
  const before = tokens[first - 1];
  if (before && !(tokens[first] as TextToken).breakBefore && org[first - 1] === 2) {
    first -= 1;
    words.push(before.raw);
  }
  const after = tokens[last + 1];
  if (after && !after.breakBefore && org[last + 1]) {
    last += 1;
    words.push(after.raw);
  }
  return { first, last, words };
}

/** A legal form as a name carries it: capitalised, so that English "as" is not Estonian AS. */
const isWrittenLegalForm = (t: TextToken): boolean => t.capitalised && legalFormOf(t.exact) !== undefined;

/** The span widened over legal forms written beside an organisation's name (ООО «Ромашка», Bank Corporation). */
function withLegalForms(tokens: readonly TextToken[], span: { first: number; last: number }): { first: number; last: number } {
  let { first, last } = span;
  while (first > 0 && !(tokens[first] as TextToken).breakBefore && isWrittenLegalForm(tokens[first - 1] as TextToken)) first--;
  while (tokens[last + 1] && !(tokens[last + 1] as TextToken).breakBefore && isWrittenLegalForm(tokens[last + 1] as TextToken)) last++;
  return { first, last };
}

/**
 * The word runs on into another capitalised word that is not an organisation word: it is part of
 * a longer name ("United Nations", "Russian Defense Ministry"), not the listed one-word name.
 */
function partOfLongerName({ tokens, org }: ScanContext, hit: Hit): boolean {
  const before = tokens[hit.first - 1];
  const after = tokens[hit.last + 1];
  const first = tokens[hit.first] as TextToken;
  const beforeIsName = !!before && !first.breakBefore && !first.sentenceStart && before.capitalised && !org[hit.first - 1];
  const afterIsName = !!after && !after.breakBefore && after.capitalised && !org[hit.last + 1];
  return beforeIsName || afterIsName;
}

/**
 * The other part of a person's name written beside this one in another spelling ("Yevgeny" for
 * the listed "Yevgeniy" next to "Prigozhin"): one or two letters apart, as the matcher allows.
 */
function partnerBeside(tokens: readonly TextToken[], hit: Hit): { first: number; last: number } | null {
  const partner = hit.value.partner;
  if (partner === undefined || partner.length < 4) return null;
  const bound = partner.length >= 7 ? 2 : 1;
  const near = (t: TextToken | undefined): boolean => !!t && t.capitalised && t.exact !== partner && !t.stripped.includes(partner) && boundedEditDistance(t.exact, partner, bound) <= bound;
  const before = tokens[hit.first - 1];
  if (!(tokens[hit.first] as TextToken).breakBefore && near(before)) return { first: hit.first - 1, last: hit.last };
  const after = tokens[hit.last + 1];
  if (after && !after.breakBefore && near(after)) return { first: hit.first, last: hit.last + 1 };
  return null;
}

const placeNames = new Map<string, boolean>();

/** A country or sanctioned jurisdiction ("Ukraine", "Russian"): in text it names the place, not a party called so. */
function isPlaceName(word: string): boolean {
  let place = placeNames.get(word);
  if (place === undefined) {
    place = isJurisdictionWord(word) || countryCode(word) !== undefined;
    if (placeNames.size > 100_000) placeNames.clear();
    placeNames.set(word, place);
  }
  return place;
}

/** Families of schemata whose one-word names may stand alone in text (not people, vessels or aircraft). */
const ORGANISATION_SCHEMATA = new Set(['Organization', 'Company', 'LegalEntity', 'PublicBody']);

/**
 * An organisation whose listed name is one word (HAMAS, HIZBALLAH): written as a proper name, not
 * a place, not part of a longer name ("United Nations"), and not a weak alias. At the start of a
 * sentence a capital says nothing, so there it needs an organisation word beside it or the same
 * name mid-sentence elsewhere in the text.
 */
function weighOneWordName(ctx: ScanContext, hit: Hit, namedInFull: ReadonlySet<number>, said: () => string, listed: string): Weighed {
  const token = ctx.tokens[hit.first] as TextToken;
  const base = { first: hit.first, last: hit.last };
  const acronym = token.raw.length >= 3 && token.raw === token.raw.toUpperCase();
  const low: Weighed = { ...base, score: 0.45, confidence: 'low', why: () => `${said()} is the one-word listed name ${listed}, but not written as a proper name here` };
  if (!token.capitalised || hit.value.weak || isGenericOrgWord(token.exact) || isPlaceName(token.exact) || (token.exact.length < 4 && !acronym) || partOfLongerName(ctx, hit)) return low;
  const context = adjacentOrgWords(ctx, hit);
  if (context.words.length > 0) {
    return { ...withLegalForms(ctx.tokens, base), score: 0.8, confidence: 'medium', why: () => `${said()} is the one-word listed name ${listed}, next to ${context.words.map((w) => JSON.stringify(w)).join(' and ')}` };
  }
  if (!token.sentenceStart || acronym) {
    return { ...withLegalForms(ctx.tokens, base), score: 0.8, confidence: 'medium', why: () => `${said()} is the one-word listed name ${listed}, written as a proper name` };
  }
  if (namedInFull.has(hit.value.party)) {
    return { ...base, score: 0.8, confidence: 'medium', why: () => `${said()} is the one-word listed name ${listed}, written as a proper name elsewhere in the text` };
  }
  return low;
}

function weigh(ctx: ScanContext, hit: Hit, namedInFull: ReadonlySet<number>): Weighed | null {
  const { index, tokens } = ctx;
  const entry = hit.value;
  const said = (): string => quote(tokens, hit.first, hit.last);
  const listed = JSON.stringify(entry.listedName);
  const words = hit.last - hit.first + 1;
  const base = { first: hit.first, last: hit.last };
  const token = tokens[hit.first] as TextToken;
  const result = (score: number, confidence: Confidence, why: () => string, span = base): Weighed => ({ ...span, score, confidence, why });
  switch (entry.evidence) {
    case 'full-name': {
      if (words >= 2) {
        if (entry.person && rarest(ctx, hit) < COMMON_IDF) return result(0.6, 'low', () => `${said()} is the listed name ${listed}, but every word of it is a common name`);
        const span = entry.person ? base : withLegalForms(tokens, base);
        if (entry.weak) return result(0.85, 'medium', () => `${said()} is ${listed}, an alias the list marks as weak`, span);
        return result(1, 'high', () => `${said()} is the listed name ${listed}`, span);
      }
      if (!ORGANISATION_SCHEMATA.has(index.parties[entry.party]!.schema)) {
        return namedInFull.has(entry.party) && rarest(ctx, hit) >= COMMON_IDF
          ? result(0.85, 'medium', () => `${said()} is the one-word name ${listed}, and the party is named in full elsewhere in the text`)
          : null;
      }
      return weighOneWordName(ctx, hit, namedInFull, said, listed);
    }
    case 'given-and-surname':
      if (!token.capitalised) return null;
      if (rarest(ctx, hit) < COMMON_IDF) return result(0.6, 'low', () => `${said()} are given name and surname of ${listed}, but both are common names`);
      return result(0.9, 'high', () => `${said()} are given name and surname of the listed name ${listed}`);
    case 'distinctive-word': {
      if (isPlaceName(token.exact)) return null;
      const context = adjacentOrgWords(ctx, hit);
      if (context.words.length > 0 && token.capitalised && !partOfLongerName(ctx, hit)) {
        return result(0.8, 'medium', () => `${said()} is the distinctive word of ${listed}, next to ${context.words.map((w) => JSON.stringify(w)).join(' and ')}`, withLegalForms(tokens, context));
      }
      if (namedInFull.has(entry.party) && !partOfLongerName(ctx, hit)) {
        return result(0.85, 'medium', () => `${said()} is the distinctive word of ${listed}, which is named in full elsewhere in the text`);
      }
      return result(0.5, 'low', () => `${said()} is only one word of ${listed}, with no organisation word beside it`);
    }
    case 'name-part': {
      // A given name alone (Mohammed, Ivan) says nothing, nor does a lower-case word.
      if (!token.capitalised || rarest(ctx, hit) < COMMON_IDF) return null;
      const beside = partnerBeside(tokens, hit);
      if (beside) {
        return result(0.85, 'high', () => `${quote(tokens, beside.first, beside.last)} is ${listed} with the name ${JSON.stringify(entry.partner)} spelled differently`, beside);
      }
      if (namedInFull.has(entry.party) && !partOfLongerName(ctx, hit)) {
        return result(0.85, 'medium', () => `${said()} is part of ${listed}, who is named in full elsewhere in the text`);
      }
      return null;
    }
  }
}

function toMention(tokens: readonly TextToken[], text: string, index: PhraseIndex, hit: Hit, weighed: Weighed): PartyMention {
  const start = (tokens[weighed.first] as TextToken).start;
  const end = (tokens[weighed.last] as TextToken).end;
  const score = hit.stripped ? weighed.score - STRIPPED_PENALTY : weighed.score;
  const why = weighed.why();
  return {
    start,
    end,
    text: text.slice(start, end),
    entity: index.parties[hit.value.party]!,
    listedName: hit.value.listedName,
    evidence: hit.value.evidence,
    score: Math.round(score * 1000) / 1000,
    confidence: weighed.confidence,
    explanation: hit.stripped ? `${why} (read without a grammatical ending)` : why,
  };
}

/** Keeps the best mention per party and span, and drops one inside a longer span that is as sure. */
function settle(mentions: PartyMention[]): PartyMention[] {
  const best = new Map<string, PartyMention>();
  const spanScore = new Map<string, { start: number; end: number; score: number }>();
  for (const m of mentions) {
    const key = `${m.entity.id}|${m.start}|${m.end}`;
    const known = best.get(key);
    if (!known || m.score > known.score) best.set(key, m);
    const span = `${m.start}|${m.end}`;
    const s = spanScore.get(span);
    if (!s || m.score > s.score) spanScore.set(span, { start: m.start, end: m.end, score: m.score });
  }
  const spans = [...spanScore.values()];
  const kept = [...best.values()].filter((m) => !spans.some((o) => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start && o.score >= m.score));
  return kept.sort((a, b) => a.start - b.start || b.score - a.score || (a.entity.id < b.entity.id ? -1 : 1));
}

/**
 * Mentions of listed parties at or above `threshold`, in text order. A party named in full
 * anywhere in the text lends its name's single words and distinctive word to the rest of it.
 */
export function findMentions(index: PhraseIndex, text: string, tokens: readonly TextToken[], threshold: number): PartyMention[] {
  const hits = walkPhrases(index.trie, tokens, index.maxWords);
  const ctx = scanContext(index, tokens);
  const namedInFull = new Set<number>();
  const none = new Set<number>();
  for (const hit of hits) {
    const weighed = weigh(ctx, hit, none);
    if (weighed && weighed.score >= NAMED_IN_FULL_SCORE) namedInFull.add(hit.value.party);
  }
  const mentions: PartyMention[] = [];
  for (const hit of hits) {
    const weighed = weigh(ctx, hit, namedInFull);
    if (weighed && weighed.score - (hit.stripped ? STRIPPED_PENALTY : 0) >= threshold) mentions.push(toMention(tokens, text, index, hit, weighed));
  }
  return settle(mentions);
}
