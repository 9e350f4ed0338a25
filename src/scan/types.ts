/**
 * What a scan of free text reports: mentions of listed parties (with their character span in the
 * text as given) and mentions of sanctioned jurisdictions with the programmes that cover them.
 * @module
 */
import type { ProgramAuthority } from '../model/programs/index.js';

/** How sure a mention is, from the kind of evidence (see find-mentions.ts). */
export type Confidence = 'high' | 'medium' | 'low';

/** How a listed name was found in the text. */
export type EvidenceKind =
  /** every word of a listed name or alias, in order */
  | 'full-name'
  /** given name and surname of a listed person (a middle name or patronymic left out) */
  | 'given-and-surname'
  /** the one distinctive word of an organisation's name ("Wagner" of "Wagner Group") */
  | 'distinctive-word'
  /** one word of a person's name, accepted only when the whole name is mentioned elsewhere */
  | 'name-part';

/** What the scan keeps of a listed entity: enough to show and look it up. */
export interface ListedParty {
  id: string;
  caption: string;
  schema: string;
  datasets: readonly string[];
  programs: readonly string[];
}

export interface PartyMention {
  /** Character offsets in the text as given (JS string indices), end exclusive. */
  start: number;
  end: number;
  /** The text between start and end, as written. */
  text: string;
  entity: ListedParty;
  /** The listed name or alias that was found. */
  listedName: string;
  evidence: EvidenceKind;
  /** In [0, 1]; a mention is reported at or above the threshold. */
  score: number;
  confidence: Confidence;
  /** Why this span names this party, in words. */
  explanation: string;
}

export interface SpanInText {
  start: number;
  end: number;
  text: string;
}

export interface ProgramRef {
  code: string;
  authority: ProgramAuthority;
  title: string;
  /** The programme embargoes the territory as a whole. */
  comprehensive: boolean;
}

export interface JurisdictionMention {
  /** ISO code (`ua-cri`, `ua-dpr`, `ua-lpr` for the occupied regions of Ukraine). */
  code: string;
  name: string;
  mentions: SpanInText[];
  programs: ProgramRef[];
}

export interface ScanResult {
  threshold: number;
  /** Words in the text, as the scanner split it. */
  words: number;
  mentions: PartyMention[];
  jurisdictions: JurisdictionMention[];
}
