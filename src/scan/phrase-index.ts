/**
 * The phrase index the scanner looks text up in: every spelling of every listed name and alias,
 * as a sequence of normalised Latin words, in a trie.
 *
 * Why a dictionary of phrases and not the matcher: the matcher answers "who is this name?" for a
 * name someone has already cut out. In running text nobody has, and asking the matcher about every
 * run of 1–6 words of a 10,000-word document would mean some 60,000 fuzzy queries. A trie walk from
 * each word finds every listed spelling in one pass, exactly (after the same normalisation and
 * transliteration as the matcher uses), and the few hits are then weighed with the context.
 * @module
 */
import { NAME_PROPERTIES, type Entity } from '../model/index.js';
import { mainSpellingTokens, spellingTokens } from '../match/name-profile.js';
import { isScreenedSchema, nameKindOf } from '../match/schema-compat.js';
import { TokenWeights } from '../match/token-weights.js';
import { hasArabicCompound, isCompoundOpener, tokeniseName, type NameEntityKind, type NameToken } from '../names/index.js';
import { joinedCompounds } from './compound-readings.js';
import { isOrgContextWord } from './org-context-words.js';
import { PhraseTrie } from './phrase-trie.js';
import type { EvidenceKind, ListedParty } from './types.js';

/** Longer "names" are descriptions that slipped into a name field; no text repeats them. */
const MAX_NAME_CHARS = 200;

/** One way a listed name can appear in text. */
export interface PhraseEntry {
  party: number;
  /** The listed name or alias as the list writes it. */
  listedName: string;
  evidence: EvidenceKind;
  /** OFAC "a.k.a. 'X'" and UN low-quality aliases: counted only when written in full. */
  weak: boolean;
  person: boolean;
  /** For a name part: the other end of the name (the given name for a surname), to meet a variant spelling beside it. */
  partner?: string;
}

export interface PhraseIndex {
  readonly trie: PhraseTrie<PhraseEntry>;
  readonly parties: readonly ListedParty[];
  /** Rarity of each name word across the lists (the matcher's weights, built the same way). */
  readonly weights: TokenWeights;
  /** Longest phrase in words: the trie walk never goes further. */
  readonly maxWords: number;
  readonly buildMs: number;
}

/**
 * The name as listed, and for "KOREA KWANGSON BANKING CORPORATION (KKBC)" also the name without
 * the brackets and, for organisations, what the brackets hold: text writes one or the other.
 */
function spellingsOfName(name: string, person: boolean): string[] {
  if (!name.includes('(')) return [name];
  const inner = [...name.matchAll(/\(([^)]*)\)/g)].map((m) => (m[1] ?? '').trim()).filter(Boolean);
  const outside = name.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  return [name, ...(outside ? [outside] : []), ...(person ? [] : inner)];
}

/** The spellings, and beside each that holds an Arabic compound, the spelling with it as one word (see compound-readings). */
function withJoinedCompounds(spellings: NameToken[][], entity: NameEntityKind, surnameFirst: boolean): NameToken[][] {
  return spellings.flatMap((tokens) => {
    const words = tokens.map((t) => t.text);
    if (!hasArabicCompound(words)) return [tokens];
    const joined = joinedCompounds(words);
    return joined.join(' ') === words.join(' ') ? [tokens] : [tokens, [...tokeniseName(joined.join(' '), { surnameFirst, entity }).tokens]];
  });
}

function partyOf(entity: Entity): ListedParty {
  return { id: entity.id, caption: entity.caption, schema: entity.schema, datasets: entity.datasets, programs: entity.properties['program'] ?? [] };
}

/** The keys under which one spelling of a name is filed, by kind of evidence. */
function phraseKeys(tokens: readonly NameToken[], person: boolean, surnameFirst: boolean): [EvidenceKind, string[], string?][] {
  const words = tokens.filter((t) => t.kind !== 'legal');
  const seq = words.map((t) => t.text);
  if (seq.length === 0) return [];
  const keys: [EvidenceKind, string[], string?][] = [['full-name', seq]];
  if (person) {
    const named = words.filter((t) => t.kind === 'word').map((t) => t.text);
    if (surnameFirst && seq.length > 1) keys.push(['full-name', [...seq.slice(1), seq[0] as string]]);
    const first = named[0];
    const last = named[named.length - 1];
    if (first !== undefined && last !== undefined && first !== last) {
      // Surname-first lists ("PRIGOZHIN, Yevgeniy Viktorovich") name the surname first.
      const [given, surname] = surnameFirst ? [named[1] as string, first] : [first, last];
      // Abdul of Abdul Aziz is half a name: the spelling with the compound joined (abdulaziz) files it.
      if (!isCompoundOpener(given)) keys.push(['given-and-surname', [given, surname]], ['given-and-surname', [surname, given]]);
      if (!isCompoundOpener(first)) keys.push(['name-part', [first], last], ['name-part', [last], first]);
    }
  } else {
    // "PRIVATE MILITARY COMPANY 'WAGNER'" and "PMC Wagner" stand for Wagner; "PMC Wagner Centre" does not.
    const distinctive = words.filter((t) => !isOrgContextWord(t.text) && t.kind !== 'particle');
    if (distinctive.length === 1 && distinctive[0]!.kind === 'word' && seq.length > 1) keys.push(['distinctive-word', [distinctive[0]!.text]]);
  }
  return keys;
}

/** Builds the index from the entities in service (the same stream the matcher is built from). */
export async function buildPhraseIndex(entities: AsyncIterable<Entity> | Iterable<Entity>): Promise<PhraseIndex> {
  const started = performance.now();
  const trie = new PhraseTrie<PhraseEntry>();
  const parties: ListedParty[] = [];
  const weights = new TokenWeights();
  const pending: [number, string, boolean, boolean, NameToken[][]][] = [];
  for await (const entity of entities) {
    if (!isScreenedSchema(entity.schema)) continue;
    const party = parties.push(partyOf(entity)) - 1;
    const kind = nameKindOf(entity.schema);
    for (const prop of NAME_PROPERTIES) {
      for (const name of entity.properties[prop] ?? []) {
        if (name.length > MAX_NAME_CHARS) continue;
        weights.addDocument(mainSpellingTokens(name, kind).map((t) => t.text));
        const spellings = withJoinedCompounds(spellingsOfName(name, kind === 'person').flatMap((n) => spellingTokens(n, kind)), kind, name.includes(','));
        pending.push([party, name, prop === 'weakAlias', kind === 'person', spellings]);
      }
    }
  }
  weights.seal();
  let maxWords = 1;
  for (const [party, listedName, weak, person, spellings] of pending) {
    const filed = new Set<string>();
    for (const tokens of spellings) {
      for (const [evidence, words, partner] of phraseKeys(tokens, person, listedName.includes(','))) {
        const key = `${evidence}:${words.join(' ')}:${partner ?? ''}`;
        if (filed.has(key)) continue;
        filed.add(key);
        trie.add(words, { party, listedName, evidence, weak, person, ...(partner !== undefined ? { partner } : {}) });
        if (words.length > maxWords) maxWords = words.length;
      }
    }
  }
  return { trie, parties, weights, maxWords, buildMs: Math.round(performance.now() - started) };
}
