import { EU_PROGRAMS } from './eu.js';
import { OFAC_PROGRAMS } from './ofac.js';
import { UK_PROGRAMS } from './uk.js';
import { UN_PROGRAMS } from './un.js';

/** Who runs a sanctions programme. */
export const PROGRAM_AUTHORITIES = ['us-ofac', 'un-sc', 'eu', 'gb'] as const;
export type ProgramAuthority = (typeof PROGRAM_AUTHORITIES)[number];

/** What a list's own programme code means. */
export interface ProgramInfo {
  /** The code as the list writes it: OFAC tag, UN list type, EU programme key, UK regime prefix. */
  code: string;
  authority: ProgramAuthority;
  title: string;
  /** The instruments the designations rest on (executive orders, resolutions, regulations). */
  legalBasis: string;
  /**
   * Jurisdictions the programme covers as a whole: the embargoed territory of a comprehensive
   * programme (ISO codes, `ua-cri`/`ua-dpr`/`ua-lpr` for the occupied regions of Ukraine), and
   * `by` for the Belarus programmes. Empty for programmes that only list persons.
   */
  countries: readonly string[];
  /** An embargo: all dealings with the territory are prohibited unless licensed. */
  comprehensive: boolean;
  /** Other codes for the same programme (the UN reference-number prefix, `QD` for Al-Qaida). */
  aliases: readonly string[];
  /** ISO date the programme was terminated, for codes still found in older lists. */
  ended?: string;
}

/** A catalogue row as the per-authority files write it: list-based and current unless said. */
export type ProgramEntry = Omit<ProgramInfo, 'authority' | 'countries' | 'comprehensive' | 'aliases'> &
  Partial<Pick<ProgramInfo, 'countries' | 'comprehensive' | 'aliases'>>;

function withAuthority(authority: ProgramAuthority, entries: readonly ProgramEntry[]): ProgramInfo[] {
  return entries.map((e) => ({ countries: [], comprehensive: false, aliases: [], ...e, authority }));
}

export const PROGRAMS: readonly ProgramInfo[] = [
  ...withAuthority('us-ofac', OFAC_PROGRAMS),
  ...withAuthority('un-sc', UN_PROGRAMS),
  ...withAuthority('eu', EU_PROGRAMS),
  ...withAuthority('gb', UK_PROGRAMS),
];

const BY_CODE = new Map<string, ProgramInfo[]>();
for (const program of PROGRAMS) {
  for (const code of [program.code, ...program.aliases]) {
    const key = normaliseCode(code);
    BY_CODE.set(key, [...(BY_CODE.get(key) ?? []), program]);
  }
}

function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}

/**
 * The programme a list's code stands for, ignoring case. Codes collide across authorities ('DPRK'
 * is both an OFAC tag and a UN list type), so without `authority` only a code that a single
 * authority uses resolves; an ambiguous one gives undefined rather than a guess.
 */
export function lookupProgram(code: string, authority?: ProgramAuthority): ProgramInfo | undefined {
  const found = BY_CODE.get(normaliseCode(code)) ?? [];
  if (authority) return found.find((p) => p.authority === authority);
  return found.length === 1 ? found[0] : undefined;
}
