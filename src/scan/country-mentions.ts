/**
 * Mentions of sanctioned jurisdictions, with the programmes that cover them. The programmes come
 * from the catalogue (src/model/programs): those whose covered jurisdictions include the country,
 * and those whose title names it first ("Russian Harmful Foreign Activities Sanctions",
 * "Iran (nuclear)"). The names below are what the catalogue lacks: how running text writes the
 * country, in English and Russian, adjectives included.
 * @module
 */
import { countryName } from '../model/index.js';
import { PROGRAMS, type ProgramInfo } from '../model/programs/index.js';
import { PhraseTrie } from './phrase-trie.js';
import { tokeniseText, type TextToken } from './tokenise-text.js';
import type { JurisdictionMention, ProgramRef, SpanInText } from './types.js';
import { walkPhrases } from './walk-phrases.js';

const JURISDICTION_NAMES: Readonly<Record<string, readonly string[]>> = {
  kp: ['North Korea', 'North Korean', 'DPRK', "Democratic People's Republic of Korea", 'КНДР', 'Северная Корея', 'северокорейский'],
  ir: ['Iran', 'Iranian', 'Islamic Republic of Iran', 'Иран', 'иранский'],
  ru: ['Russia', 'Russian', 'Russian Federation', 'Россия', 'Российская Федерация', 'РФ', 'российский'],
  sy: ['Syria', 'Syrian', 'Syrian Arab Republic', 'Сирия', 'сирийский'],
  cu: ['Cuba', 'Cuban', 'Куба', 'кубинский'],
  by: ['Belarus', 'Belarusian', 'Belorussia', 'Беларусь', 'Белоруссия', 'белорусский'],
  ve: ['Venezuela', 'Venezuelan', 'Венесуэла', 'венесуэльский'],
  mm: ['Myanmar', 'Burma', 'Burmese', 'Мьянма', 'Бирма'],
  'ua-cri': ['Crimea', 'Crimean', 'Крым', 'крымский'],
  'ua-dpr': ['Donetsk', "Donetsk People's Republic", 'DPR', 'ДНР', 'Донецк', 'донецкий'],
  'ua-lpr': ['Luhansk', 'Lugansk', "Luhansk People's Republic", 'LPR', 'ЛНР', 'Луганск', 'луганский'],
  af: ['Afghanistan'], iq: ['Iraq'], ly: ['Libya'], sd: ['Sudan'], ss: ['South Sudan'], so: ['Somalia'],
  ye: ['Yemen'], ml: ['Mali'], ni: ['Nicaragua'], cf: ['Central African Republic'], cd: ['Democratic Republic of the Congo'],
};

/** Names for the occupied regions, which ISO does not name. */
const REGION_NAMES: Readonly<Record<string, string>> = {
  'ua-cri': 'Crimea (occupied region of Ukraine)',
  'ua-dpr': "So-called Donetsk People's Republic (occupied region of Ukraine)",
  'ua-lpr': "So-called Luhansk People's Republic (occupied region of Ukraine)",
};

function phraseWords(name: string): string[] {
  return tokeniseText(name).map((t) => t.exact);
}

const TRIE = new PhraseTrie<string>();
let maxWords = 1;
for (const [code, names] of Object.entries(JURISDICTION_NAMES)) {
  for (const name of names) {
    const words = phraseWords(name);
    TRIE.add(words, code);
    maxWords = Math.max(maxWords, words.length);
  }
}

const SINGLE_WORDS = new Set(Object.values(JURISDICTION_NAMES).flat().map(phraseWords).filter((w) => w.length === 1).map((w) => w[0] as string));

/** A one-word name of a sanctioned jurisdiction ("russian", "iran"): never the distinctive word of a party. */
export function isJurisdictionWord(word: string): boolean {
  return SINGLE_WORDS.has(word);
}

function jurisdictionsIn(tokens: readonly TextToken[]): { code: string; first: number; last: number }[] {
  const unique = new Map(walkPhrases(TRIE, tokens, maxWords).map((h) => [`${h.value}|${h.first}|${h.last}`, { code: h.value, first: h.first, last: h.last }]));
  const hits = [...unique.values()];
  // The longest name at a place: "North Korea" and not also "Korea", "South Sudan" and not "Sudan".
  return hits.filter((h) => !hits.some((o) => o !== h && o.first <= h.first && o.last >= h.last && o.last - o.first > h.last - h.first));
}

function programsCovering(code: string): ProgramRef[] {
  return PROGRAMS.filter((p: ProgramInfo) => p.ended === undefined)
    .filter((p) => p.countries.includes(code) || jurisdictionsIn(tokeniseText(p.title))[0]?.code === code)
    .map((p) => ({ code: p.code, authority: p.authority, title: p.title, comprehensive: p.comprehensive }));
}

const PROGRAMS_BY_CODE = new Map<string, ProgramRef[]>(Object.keys(JURISDICTION_NAMES).map((code) => [code, programsCovering(code)]));

/** The programmes in force about a jurisdiction: those covering it, and those its title names first. */
export function programsForJurisdiction(code: string): ProgramRef[] {
  return PROGRAMS_BY_CODE.get(code) ?? [];
}

/** Sanctioned jurisdictions the text names, in order of first mention, each with every mention. */
export function findJurisdictionMentions(text: string, tokens: readonly TextToken[]): JurisdictionMention[] {
  const byCode = new Map<string, SpanInText[]>();
  for (const hit of jurisdictionsIn(tokens).sort((a, b) => a.first - b.first)) {
    const start = (tokens[hit.first] as TextToken).start;
    const end = (tokens[hit.last] as TextToken).end;
    const spans = byCode.get(hit.code) ?? [];
    spans.push({ start, end, text: text.slice(start, end) });
    byCode.set(hit.code, spans);
  }
  return [...byCode].map(([code, mentions]) => ({
    code,
    name: REGION_NAMES[code] ?? countryName(code) ?? code,
    mentions,
    programs: programsForJurisdiction(code),
  }));
}
