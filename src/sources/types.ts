import type { EntityId, SourceEntity } from '../model/index.js';

/** The list formats Vigil reads; the id used in configs (`"format": "ofac-csv"`). */
export const SOURCE_FORMATS = [
  'ofac-csv', 'ofac-xml', 'un-xml', 'eu-fsf-xml', 'eu-journal-csv', 'uk-csv', 'uk-tables', 'ftm-json',
  'ownership-csv', 'ownership-ftm',
] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/**
 * Something wrong in a list file, with where it is. Parsers report these and go on; the update
 * decides which are fatal (see FATAL_ISSUE_CODES).
 */
export type ParseIssue =
  | { code: 'missing-file'; file: string; message: string }
  | { code: 'empty-file'; file: string }
  | { code: 'malformed'; file: string; line?: number; column?: number; message: string }
  | { code: 'wrong-columns'; file: string; line: number; expected: string[]; got: string[] }
  | { code: 'field-count'; file: string; line: number; expected: number; got: number }
  | { code: 'missing-field'; file: string; line: number; field: string }
  | { code: 'bad-date'; file: string; line: number; field: string; value: string }
  | { code: 'bad-value'; file: string; line: number; field: string; value: string; message: string }
  | { code: 'unresolved-link'; file: string; line: number; from: string; value: string }
  | { code: 'duplicate-id'; file: string; line: number; id: string };

export type ParseIssueCode = ParseIssue['code'];

/** Issues after which the file cannot be trusted as a whole list. */
export const FATAL_ISSUE_CODES: ReadonlySet<ParseIssueCode> = new Set<ParseIssueCode>([
  'missing-file', 'empty-file', 'malformed', 'wrong-columns',
]);

/** Thrown by a parser that cannot go on; carries the typed issue. */
export class SourceParseError extends Error {
  constructor(readonly issue: ParseIssue, options?: { cause?: unknown }) {
    super(describeIssue(issue), options);
    this.name = 'SourceParseError';
  }
}

/** One line of text for an issue: `file:line: what`. */
export function describeIssue(issue: ParseIssue): string {
  const where = 'line' in issue && issue.line !== undefined ? `${issue.file}:${issue.line}` : issue.file;
  switch (issue.code) {
    case 'missing-file': return `${where}: missing file (${issue.message})`;
    case 'empty-file': return `${where}: the file is empty`;
    case 'malformed': return `${where}${issue.column !== undefined ? `:${issue.column}` : ''}: malformed: ${issue.message}`;
    case 'wrong-columns': return `${where}: wrong columns: expected ${issue.expected.join(',')}, got ${issue.got.join(',')}`;
    case 'field-count': return `${where}: expected ${issue.expected} fields, got ${issue.got}`;
    case 'missing-field': return `${where}: missing ${issue.field}`;
    case 'bad-date': return `${where}: ${issue.field}: not a date: ${JSON.stringify(issue.value)}`;
    case 'bad-value': return `${where}: ${issue.field}: ${issue.message}: ${JSON.stringify(issue.value)}`;
    case 'unresolved-link': return `${where}: ${issue.from} links to ${JSON.stringify(issue.value)}, which is not on the list`;
    case 'duplicate-id': return `${where}: duplicate id ${issue.id}`;
    default: {
      const never: never = issue;
      return String(never);
    }
  }
}

/** What a parser yields: an entity to store, or (FtM delta files only) an entity to delete. */
export type SourceRecord =
  | { op: 'put'; entity: SourceEntity }
  | { op: 'delete'; id: EntityId };

/** What a parser tells the update while it reads. */
export interface ParseContext {
  /** The source's name (dataset), for messages. */
  readonly source: string;
  issue(issue: ParseIssue): void;
  /** The publication date the list states about itself (ISO date or date-time). */
  published(date: string): void;
  /** FtM delta files patch the previous version instead of replacing it. */
  markDelta(): void;
  /** Bytes read so far out of the total, for progress bars. */
  progress(bytesRead: number, bytesTotal: number): void;
}

/** Companion files kept apart from the main file, by lower-case official name (`alt.csv` -> its path). */
export type CompanionPaths = ReadonlyMap<string, string>;

/** A file the format needs, by its official name. */
export interface OfficialFile {
  name: string;
  optional: boolean;
}

/**
 * One list format: where its files come from and how to read them into FtM entities. Listed once
 * in `sources/index.ts`; nothing else switches on formats.
 */
export interface SourceAdapter {
  readonly format: SourceFormat;
  readonly title: string;
  /** The files published beside the main file (named by the URL or path) that this format reads too. */
  companionFiles(mainFileName: string): OfficialFile[];
  /**
   * Reads a local file, or a folder for formats of several files, streaming records out. A file of
   * `companions` (by lower-case official name) is read instead of the one beside the main file.
   */
  read(path: string, ctx: ParseContext, companions?: CompanionPaths): AsyncIterable<SourceRecord>;
}
