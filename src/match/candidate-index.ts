import { anglicise, foldLongVowels, givenNameGroups, isPatronymicToken } from '../names/index.js';
import type { EntityProfile } from './entity-profile.js';
import type { NameProfile, NameVariant, ProfileToken } from './name-profile.js';
import { nameKindOf } from './schema-compat.js';
import { withoutGlide } from './token-similarity.js';
import type { TokenWeights } from './token-weights.js';

/**
 * The in-memory candidate index: an inverted index from name keys (tokens of every spelling,
 * their consonant skeletons, given-name groups, adjacent tokens joined, token prefixes and suffixes) and identifiers to the listed
 * names that have them. A query gathers the names sharing its keys, estimates each name's score
 * from the weight it shares and the weight it leaves over (the shape of the full name score), and
 * only the entities of the best names are scored in full. Hand-written because it is small, and
 * its keys come from Vigil's own name functions, which a general search engine would not know.
 */
export class CandidateIndex {
  private readonly postings = new Map<string, number[]>();
  /** Per listed name: its entity, and the weight of its main spelling. */
  private readonly nameEntity: number[] = [];
  /** Per entity: the id of its first name (its names have consecutive ids). */
  private readonly firstName: number[] = [];
  private readonly nameTotal: number[] = [];
  /** Per listed name: 1 for a weak alias, which the scorer counts only when the query has exactly its words. */
  private readonly nameWeak: number[] = [];
  private readonly identifierPostings = new Map<string, number[]>();
  private entities = 0;
  private scratch: Scratch | undefined;
  /**
   * While names are added: by listed word (its text, kind and strength), the posting lists of its
   * own keys. A word recurs in some five names on average; making its keys again and looking each
   * up cost about 15% of filing them (measured in process). Dropped by `sealed`.
   */
  private wordLists: Map<string, number[][]> | undefined;

  constructor(private readonly weights: TokenWeights) {}

  /** An index of a saved state (matcher-snapshot.ts), read back as plain data: given its class again, in place, over its revived weights. */
  static revive(saved: CandidateIndex, weights: TokenWeights): CandidateIndex {
    const fields = saved as unknown as Record<string, unknown>;
    if (!(fields['postings'] instanceof Map) || !(fields['identifierPostings'] instanceof Map) || !Array.isArray(fields['nameEntity']) || !Array.isArray(fields['firstName']) || fields['weights'] !== weights) {
      throw new Error('not a saved candidate index');
    }
    return Object.setPrototypeOf(saved, CandidateIndex.prototype) as CandidateIndex;
  }

  /** Drops the per-query scratch arrays (made again by the next query): a saved state need not hold them. */
  withoutScratch(): this {
    this.scratch = undefined;
    return this;
  }

  add(profile: EntityProfile): number {
    const entity = this.entities++;
    this.firstName.push(this.nameEntity.length);
    for (const name of profile.names) {
      const nameId = this.nameEntity.length;
      this.nameEntity.push(entity);
      this.nameTotal.push(name.variants[0]?.total ?? 0);
      this.nameWeak.push(name.strength === 'weak' ? 1 : 0);
      this.fileName(name, nameId);
    }
    for (const id of profile.identifiers) push(this.identifierPostings, id.key, entity);
    return entity;
  }

  /** Ends adding: drops what only adding needs. */
  sealed(): this {
    this.wordLists = undefined;
    return this;
  }

  /**
   * Files a listed name under every key of its spellings; a key met twice is filed once (the name's
   * id is already last in its list). A name of three words is also filed as one word, the way a
   * payment line may write it (KIMJONGUN; a query's words joined two by two meet the pairs' keys).
   */
  private fileName(name: NameProfile, nameId: number): void {
    const weak = name.strength === 'weak';
    for (const variant of name.variants) {
      const { tokens } = variant;
      for (let i = 0; i < tokens.length; i++) {
        for (const list of this.listsOfWord(tokens[i]!, weak)) if (list[list.length - 1] !== nameId) list.push(nameId);
        if (!weak) eachJoinedKey(tokens, i, (key) => push(this.postings, key, nameId));
      }
      if (!weak && tokens.length === 3 && tokens.every((t) => t.kind !== 'initial' && t.text.length >= 2)) push(this.postings, `t:${tokens[0]!.text}${tokens[1]!.text}${tokens[2]!.text}`, nameId);
    }
  }

  private listsOfWord(token: ProfileToken, weak: boolean): number[][] {
    this.wordLists ??= new Map();
    const memoKey = `${weak ? 'w' : 's'}${token.kind}:${token.text}`;
    let lists = this.wordLists.get(memoKey);
    if (lists === undefined) {
      const found: number[][] = [];
      eachWordKey(token, weak, true, (key) => {
        let list = this.postings.get(key);
        if (list === undefined) {
          list = [];
          this.postings.set(key, list);
        }
        if (!found.includes(list)) found.push(list);
      });
      lists = found;
      this.wordLists.set(memoKey, lists);
    }
    return lists;
  }

  /**
   * Ids of the entities whose names look most like the query's, best first. Each query word counts
   * once per listed name (its best key: the token, its skeleton, its prefix), and a listed name
   * that leaves much weight unmatched ranks below one that is all matched, as in the full score.
   * `accepts` leaves out entities the query cannot match (a person for an organisation) before the
   * best are taken, or namesakes of another kind could fill the places (RAMAN COMPANY, many Ramans).
   * Each comes with which of its names need scoring (see Candidate).
   */
  candidates(query: EntityProfile, maxCandidates: number, accepts: (entity: number) => boolean = () => true): Candidate[] {
    const scratch = this.scratchArrays();
    const { sums, estimates, bestIds, sharedIds, touched, reachedIds } = scratch;
    // Ids in the order they were first touched: the order of the estimates' ties, and what to reset.
    let touchedCount = 0;
    let reachedCount = 0;
    const isRare = (text: string): boolean => (this.postings.get(`t:${text}`)?.length ?? 0) < RARE_TOKEN_NAMES;
    for (const name of query.names) {
      for (const spellings of spellingsByLength(name.variants)) {
      const first = spellings[0]!;
      // A name that may be cut short (NameProfile.cut) and ends in a few letters that are no listed
      // word (Al Ch) ends in a word's start, too short for keys: not a word left over.
      const last = first.tokens[first.tokens.length - 1];
      const fragment = name.cut !== undefined && last !== undefined && last.text.length < PREFIX_LENGTH && !this.postings.has(`t:${last.text}`);
      const queryTotal = first.total - (fragment ? last.weight : 0);
      let sharedCount = 0;
      for (const group of queryKeyGroups(spellings, name.strength === 'weak', this.weights, isRare, name.cut !== undefined)) {
        let bestCount = 0;
        // The word's own weight: its exact token key's, the largest of the group.
        let wordWeight = 0;
        for (const weight of group.values()) wordWeight = Math.max(wordWeight, weight);
        for (const [key, weight] of group) {
          for (const nameId of this.postings.get(key) ?? []) {
            const at = nameId * PER_NAME + BEST;
            const before = sums[at]!;
            if (before < weight) {
              if (before === 0) bestIds[bestCount++] = nameId;
              sums[at] = weight;
            }
          }
        }
        for (let k = 0; k < bestCount; k++) {
          const nameId = bestIds[k]!;
          const at = nameId * PER_NAME;
          const best = sums[at + BEST]!;
          if (sums[at + SHARED] === 0) sharedIds[sharedCount++] = nameId;
          sums[at + SHARED] = sums[at + SHARED]! + best;
          // Any key stands for the whole word met, fuzzily below its own weight (see estimateScore).
          sums[at + COVERED] = sums[at + COVERED]! + wordWeight;
          sums[at + BEST] = 0;
        }
      }
      for (let k = 0; k < sharedCount; k++) {
        const nameId = sharedIds[k]!;
        const at = nameId * PER_NAME;
        const shared = sums[at + SHARED]!;
        // A weak alias (Abu Muhammad) that the query does not write word for word scores nothing.
        const nameTotal = sums[at + TOTAL]!;
        const estimate =
          sums[at + WEAK] === 1 && (queryTotal - shared > WEAK_ALIAS_SLACK || nameTotal - shared > WEAK_ALIAS_SLACK)
            ? 0
            : estimateScore(shared, sums[at + COVERED]!, queryTotal, nameTotal);
        sums[at + SHARED] = 0;
        sums[at + COVERED] = 0;
        const reachedBefore = sums[at + REACHED]!;
        if (reachedBefore === 0) reachedIds[reachedCount++] = nameId;
        if (reachedBefore < estimate) sums[at + REACHED] = estimate;
        const entity = sums[at + ENTITY]!;
        const before = estimates[entity]!;
        if (before < estimate) {
          if (before === 0) touched[touchedCount++] = entity;
          estimates[entity] = estimate;
        }
      }
      }
    }
    for (const id of query.identifiers) {
      for (const entity of this.identifierPostings.get(id.key) ?? []) {
        if (estimates[entity] === 0) touched[touchedCount++] = entity;
        estimates[entity] = IDENTIFIER_ESTIMATE;
      }
    }
    const ranked: number[] = [];
    const floor = nameKindOf(query.schema) === 'person' ? PERSON_MIN_ESTIMATE : MIN_ESTIMATE;
    for (let k = 0; k < touchedCount; k++) if (estimates[touched[k]!]! >= floor && accepts(touched[k]!)) ranked.push(touched[k]!);
    ranked.sort((a, b) => estimates[b]! - estimates[a]!);
    const best = ranked.slice(0, maxCandidates).map((entity) => ({ entity, reachedNames: estimates[entity] === IDENTIFIER_ESTIMATE ? undefined : this.reachedNamesOf(entity, sums) }));
    for (let k = 0; k < touchedCount; k++) estimates[touched[k]!] = 0;
    for (let k = 0; k < reachedCount; k++) sums[reachedIds[k]! * PER_NAME + REACHED] = 0;
    return best;
  }

  /** Flags, by the entity's name order, of the names a query's keys reached. */
  private reachedNamesOf(entity: number, sums: Float64Array): Uint8Array {
    const first = this.firstName[entity]!;
    const end = entity + 1 < this.firstName.length ? this.firstName[entity + 1]! : this.nameEntity.length;
    const flags = new Uint8Array(end - first);
    for (let k = first; k < end; k++) flags[k - first] = sums[k * PER_NAME + REACHED]! >= NAME_FLOOR ? 1 : 0;
    return flags;
  }

  /**
   * Per-name and per-entity sums of a query, reused between queries (each query puts back the
   * zeros it touched): maps of every name a common token reaches were most of a query's work. The
   * id lists too: a common word reaches thousands of names, and growing arrays for them made a
   * third of a query's garbage.
   */
  private scratchArrays(): Scratch {
    const names = this.nameEntity.length;
    if (!this.scratch || this.scratch.bestIds.length < names || this.scratch.estimates.length < this.entities) {
      const sums = new Float64Array(names * PER_NAME);
      for (let nameId = 0; nameId < names; nameId++) {
        sums[nameId * PER_NAME + TOTAL] = this.nameTotal[nameId]!;
        sums[nameId * PER_NAME + ENTITY] = this.nameEntity[nameId]!;
        sums[nameId * PER_NAME + WEAK] = this.nameWeak[nameId]!;
      }
      this.scratch = {
        sums,
        estimates: new Float64Array(this.entities),
        bestIds: new Int32Array(names),
        sharedIds: new Int32Array(names),
        touched: new Int32Array(this.entities),
        reachedIds: new Int32Array(names),
      };
    }
    return this.scratch;
  }
}

interface Scratch {
  /**
   * Per name, side by side in one record of 64 bytes, a cache line's size (one or two lines read
   * for each name a key reaches, not six): the weight of its best key in the current word, the
   * weight it shares with the query name, the weight it covers, its best estimate in this query (0:
   * no key reached it); and copies of its entity, total weight and weak flag, which each name a
   * query name shares weight with reads. Person queries took about 6% longer with these in arrays
   * of their own, and 3 - 4% longer with the best keys' weights in a small array apart
   * (docs/evaluation-log.md, Speed).
   */
  sums: Float64Array;
  estimates: Float64Array;
  /** Names one word's keys reached, names a query name shares weight with, entities touched: each once. */
  bestIds: Int32Array;
  sharedIds: Int32Array;
  touched: Int32Array;
  /** The names reached (to reset). */
  reachedIds: Int32Array;
}

/**
 * An entity worth scoring, and flags (by its names' order) of the names worth comparing: those the
 * query's keys reached with an estimate of NAME_FLOOR or more (undefined: all, for an entity found
 * by an identifier). The others share no word, skeleton, prefix, suffix or deletion with the query,
 * or too little of its weight: their comparisons pair nothing or score low, yet were about half of
 * a query's comparisons (a UN-listed person has dozens of aliases, a Russian company a dozen spellings).
 */
export interface Candidate {
  entity: number;
  reachedNames: Uint8Array | undefined;
}

/** Offsets of a name's record in Scratch.sums: the query's sums, then copies of the index's per-name fields. */
const BEST = 0;
const SHARED = 1;
const COVERED = 2;
const REACHED = 3;
const TOTAL = 4;
const ENTITY = 5;
const WEAK = 6;
/** Seven fields and one unused: 64 bytes. */
const PER_NAME = 8;

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== id) list.push(id);
  } else {
    map.set(key, [id]);
  }
}

/** The full name score's shape (see compare-names.ts) from shared and total weights alone. */
function estimateScore(matched: number, covered: number, queryTotal: number, listedTotal: number): number {
  const queryLeft = Math.max(0, queryTotal - covered);
  const listedLeft = Math.max(0, listedTotal - covered);
  // A word met by a key below its weight (a skeleton, a prefix, a deletion) is a fuzzy pair, not a
  // word left over on both sides: the scorer weighs a fuzzy pair by its similarity, and words left
  // on both sides as another name. Counted as left over, the fifth of a word that a skeleton key
  // leaves ranked HOSSEINI, Mohammad Ali (0.73 for Muhammad HUSAYN) 93rd; counted as a fuzzy pair,
  // the index returns more of a full scan's matches and scores fewer candidates
  // (docs/evaluation-log.md, 2026-11-28).
  const fuzzyLoss = FUZZY_LOSS * (covered - matched);
  return matched / (matched + 3 * Math.min(queryLeft, listedLeft) + 0.3 * Math.abs(queryLeft - listedLeft) + fuzzyLoss);
}

const PREFIX_LENGTH = 4;
/** A word's English-style spelling as a key: a shade below the word itself (the scorer gives a folded long vowel 0.9). */
const ENGLISH_KEY_SHARE = 0.9;
/**
 * What a fuzzy pair loses per weight its key leaves unmatched. Lower, more names of common words
 * fill the candidates; higher, misspelt organisation names met by a prefix alone fall under MIN_ESTIMATE.
 */
const FUZZY_LOSS = 2;
/** Words this long get one-letter-deleted keys: shorter ones have no prefix keys to catch a typo. */
const DELETION_KEY_LENGTHS = { min: 4, max: 7 };
/**
 * A query word found in fewer listed names than this is looked up by its deletions too: a typo
 * rarely makes a common word, and a common word's deletions would gather thousands of names.
 */
const RARE_TOKEN_NAMES = 20;
/**
 * Candidates whose estimate is below this cannot reach a match threshold: one word of two shared
 * and nothing else estimates 0.25, the least a typo in the other word can leave.
 */
const MIN_ESTIMATE = 0.2;
/**
 * A person's names estimate closer to their full score than a body's (no descriptors, legal forms or
 * generic words weighed otherwise by the scorer). Of 52,069 candidates of 2,683 Person queries (UN
 * positives, US negatives), 19,624 estimated below 0.25 and none of them scored 0.7 (3 scored 0.6):
 * they were 38% of a query's scoring. An organisation's below 0.25 still held 8 matches in 1,000 queries.
 */
const PERSON_MIN_ESTIMATE = 0.25;
/**
 * The weight a weak alias and a query may leave unshared and still be the same words: particles,
 * which have no keys (abu, al: under 0.1 each), not a word (the commonest given names weigh 0.5).
 */
const WEAK_ALIAS_SLACK = 0.15;
/** The estimate of an entity found by an identifier: above any name's. */
const IDENTIFIER_ESTIMATE = 2;
/**
 * A candidate's names estimated below this are not scored: they share little or nothing with the
 * query. Lower than MIN_ESTIMATE, for an entity's best name may be another than the one its estimate
 * came from: at 0.2, ANSARUL ISLAM lost its Arabic-script listing (0.92), estimated at 0.1 to 0.2.
 */
const NAME_FLOOR = 0.1;

/**
 * A name's spellings in sets of one number of words, whose words line up position by position (most
 * names have one such set). Spellings that cut the name otherwise are estimated apart: the Hangul
 * syllables of 빅토르 부트 (bik toreu bu teu) left over would weigh against its loanword reading
 * (biktor but) meeting Viktor Bout. So are the readings in English (NameVariant.translated), whose
 * words are other words: a rare romanised word (issledovatelskiy) in the same position would make
 * its translation (research) look like a fragment of it. An acronym stays with the name as
 * written, at its first word: estimated alone, it would bring every name that shares its letters.
 */
function spellingsByLength(variants: readonly NameVariant[]): (readonly NameVariant[])[] {
  const first = variants[0];
  if (first === undefined) return [];
  if (variants.every((v) => v.acronym === true || (v.tokens.length === first.tokens.length && v.translated !== true))) return [variants];
  const sets = new Map<string, NameVariant[]>();
  for (const v of variants) {
    const key = `${v.translated === true ? 't' : ''}${v.acronym === true ? first.tokens.length : v.tokens.length}`;
    const set = sets.get(key);
    if (set) set.push(v);
    else sets.set(key, [v]);
  }
  return [...sets.values()];
}

/**
 * A generic word's share of its rarity in a query's keys. At its full rarity, the listed names that
 * share an organisation's descriptors (Scientific Production Association) filled the candidates
 * ahead of the one that shares its name (Energia ~ JSC Energiya), the more so once Russian names
 * were also read in English; at the scorer's own 0.3 (KIND_FACTOR.generic), the names that share a
 * common name word (Syrian) filled them ahead of the one that shares the descriptors too
 * (Syrian Commercial Bank ~ COMMERCIAL BANK OF SYRIA).
 */
const GENERIC_KEY_SHARE = 0.6;

/**
 * A query name's keys grouped by word: one group per token position, holding the keys of that
 * word in every spelling (its token, skeleton, prefix, and its join with the next word), weighted
 * by rarity (a generic word's less: GENERIC_KEY_SHARE), exact tokens above skeletons and prefixes.
 */
function queryKeyGroups(spellings: readonly NameVariant[], weak: boolean, weights: TokenWeights, isRare: (text: string) => boolean, cut: boolean): Map<string, number>[] {
  const groups: Map<string, number>[] = [];
  for (const variant of spellings) {
    variant.tokens.forEach((token, i) => {
      const keys = groups[i] ?? new Map<string, number>();
      groups[i] = keys;
      const idf = weights.idf(token.text);
      const w = token.kind === 'generic' ? GENERIC_KEY_SHARE * idf : idf;
      const emit = (key: string, share: number): void => {
        const weight = share * w;
        keys.set(key, Math.max(keys.get(key) ?? 0, weight));
      };
      eachTokenKey(variant.tokens, i, weak, isRare(token.text), emit, (english) => weights.idf(english) / idf);
      // The last word of a name cut short may be a word's start, too short for prefix keys of its own (Reho for Rehouma).
      if (cut && !weak && i === variant.tokens.length - 1 && token.kind === 'word' && token.text.length >= PREFIX_LENGTH && token.text.length < PREFIX_LENGTH + 2) emit(`p:${token.text.slice(0, PREFIX_LENGTH)}`, 0.4);
    });
  }
  return groups;
}

/**
 * Calls `emit` with each key of the token at position i of a spelling and the share of the word's
 * weight it carries; `deletions` adds its one-letter-deleted forms. Emitted rather than returned as
 * pairs: an index build makes some 1.5 million keys, and the pairs were much of its garbage.
 */
function eachTokenKey(tokens: readonly ProfileToken[], i: number, weak: boolean, deletions: boolean, emit: (key: string, share: number) => void, englishRarity: (english: string) => number): void {
  eachWordKey(tokens[i]!, weak, deletions, emit, englishRarity);
  if (!weak) eachJoinedKey(tokens, i, (key) => emit(key, 1));
}

/**
 * The keys of a word alone (see eachTokenKey). `englishRarity` is its English-style spelling's
 * rarity as a share of its own: the English key of a rare spelling of a common name (Dzmitriy,
 * read dmitriy) weighs only as the common name, or the many Dmitriys filled the candidates ahead of
 * a name that meets more of the query (Dmitry BALABA for BALABA, Dzmitriy Uladzimiravich).
 */
function eachWordKey(t: ProfileToken, weak: boolean, deletions: boolean, emit: (key: string, share: number) => void, englishRarity: (english: string) => number = () => 1): void {
  if (!isKeyed(t)) return;
  emit(`t:${t.text}`, 1);
  if (weak) return;
  // The word's English-style spelling with its long vowels folded, which the scorer compares too
  // (anglicise, foldLongVowels): Saeed / Said, Noor / Nur, Oleh / Oleg share no skeleton of three
  // letters, no prefix and no deletion.
  const english = foldLongVowels(anglicise(t.text));
  if (english !== t.text) emit(`t:${english}`, ENGLISH_KEY_SHARE * Math.min(1, englishRarity(english)));
  // Skeletons without a leading glide, so that Yevgeniy (yfkn) and Evgeny (afkn) meet, and with z as
  // s: a name is written with either (Ismailov / Izmaylov), and a change at both ends of the word
  // leaves it no prefix or suffix key to meet by.
  if (t.skeleton.length >= 3) emit(`s:${withoutGlide(t.skeleton).replaceAll('z', 's')}`, 0.8);
  // Forms of one given name meet (Bill / William), at the similarity the scorer gives them.
  if (t.kind === 'word') for (const id of givenNameGroups(t.text)) emit(`g:${id}`, 0.8);
  if (t.text.length >= PREFIX_LENGTH + 2) {
    // A typo leaves the start or the end of a word intact (Hassan / Ghassan share "ssan").
    emit(`p:${t.text.slice(0, PREFIX_LENGTH)}`, 0.4);
    // A patronymic's end is its grammar (-ovich, -evna), not its name: 10,012 listed names ended in
    // "vich", and a query's patronymic walked them all for nothing.
    if (!isPatronymicToken(t.text)) emit(`x:${t.text.slice(-PREFIX_LENGTH)}`, 0.4);
    // ...or both ends, when the typo is in the middle (Jafari / Jabari).
    emit(`b:${t.text.slice(0, 2)}${t.text.slice(-2)}`, 0.3);
  }
  if (deletions && t.kind === 'word' && t.text.length >= DELETION_KEY_LENGTHS.min && t.text.length <= DELETION_KEY_LENGTHS.max) {
    // Two words one typo apart (a letter changed, added, dropped or two swapped) share the word or
    // one of its one-letter deletions (the symmetric-deletion scheme of SymSpell): Eshan / Ehsan share "esan".
    emit(`d:${t.text}`, 0.5);
    for (let k = 0; k < t.text.length; k++) emit(`d:${t.text.slice(0, k)}${t.text.slice(k + 1)}`, 0.5);
  } else if (deletions && t.kind === 'word' && t.text.length === DELETION_KEY_LENGTHS.min - 1) {
    // A three-letter word meets a four-letter one with a letter more (tokenSimilarity: But / Bout).
    emit(`d:${t.text}`, 0.5);
  }
}

/**
 * A word's join with the next one (a weak alias has none): joined forms meet a single token on the
 * other side ("abdul rahman" ~ "abdulrahman"). A particle, which has no keys, is joined to the word
 * after it under that word (its weight): "al asad" ~ "alasad", the reading of 알아사드.
 */
function eachJoinedKey(tokens: readonly ProfileToken[], i: number, emit: (key: string) => void): void {
  const t = tokens[i]!;
  if (!isKeyed(t)) return;
  const next = tokens[i + 1];
  if (next && next.kind !== 'initial') emit(`t:${t.text}${next.text}`);
  const before = tokens[i - 1];
  if (before?.kind === 'particle' && before.text.length >= 2) emit(`t:${before.text}${t.text}`);
}

/** Initials, particles and one-letter words have no keys of their own. */
function isKeyed(t: ProfileToken): boolean {
  return t.kind !== 'initial' && t.kind !== 'particle' && t.text.length >= 2;
}
