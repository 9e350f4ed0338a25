import type { SourceEntity } from '../src/model/index.js';
import { SourceParseError, type CompanionPaths, type ParseContext, type ParseIssue, type SourceAdapter } from '../src/sources/types.js';

export interface ReadResult {
  entities: SourceEntity[];
  deleted: string[];
  issues: ParseIssue[];
  published: string | undefined;
  delta: boolean;
  byId: Map<string, SourceEntity>;
}

/** Reads a whole list through an adapter into memory, for tests. */
export async function readSource(adapter: SourceAdapter, path: string, source = 'test', companions?: CompanionPaths): Promise<ReadResult> {
  const issues: ParseIssue[] = [];
  let published: string | undefined;
  let delta = false;
  const ctx: ParseContext = {
    source,
    issue: (i) => issues.push(i),
    published: (d) => {
      published = d;
    },
    markDelta: () => {
      delta = true;
    },
    progress: () => {},
  };
  const entities: SourceEntity[] = [];
  const deleted: string[] = [];
  for await (const record of adapter.read(path, ctx, companions)) {
    if (record.op === 'put') entities.push(record.entity);
    else deleted.push(record.id);
  }
  return { entities, deleted, issues, published, delta, byId: new Map(entities.map((e) => [e.id, e])) };
}

/** The typed issue a read failed with; fails the test when it did not fail with a SourceParseError. */
export async function rejection(promise: Promise<unknown>): Promise<ParseIssue> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof SourceParseError)) throw new Error(`expected a SourceParseError, got ${String(error)}`);
  return error.issue;
}
