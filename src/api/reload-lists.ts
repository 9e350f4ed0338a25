import { buildMatcher } from '../match/index.js';
import { updateSource } from '../update/update-source.js';
import type { ServerContext } from './context.js';
import { ConflictError } from './errors.js';

/** One source's update, as `POST /updatez` reports it. */
export interface SourceUpdateSummary {
  source: string;
  ok: boolean;
  outcome: string;
  error?: string;
  published_at: string | null;
  parties: number | null;
  records: number | null;
  added: number | null;
  removed: number | null;
  changed: number | null;
  issues: number;
}

export interface ReloadSummary {
  sources: SourceUpdateSummary[];
  matcher: { size: number; build_ms: number };
}

/** Entities read between two yields to the event loop while the index is built, so queries keep being answered. */
const ENTITIES_PER_SLICE = 2000;

async function* yieldingEvery<T>(items: AsyncIterable<T>, every: number): AsyncIterable<T> {
  let n = 0;
  for await (const item of items) {
    yield item;
    if (++n % every === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Builds a matcher from the entities in service and swaps it in; queries keep the old one until then. */
export async function rebuildMatcher(ctx: ServerContext): Promise<{ size: number; build_ms: number }> {
  const started = performance.now();
  const matcher = await buildMatcher(yieldingEvery(ctx.store.entities(), ENTITIES_PER_SLICE));
  ctx.matcher.swap(matcher);
  const summary = { size: matcher.size, build_ms: Math.round(performance.now() - started) };
  ctx.logger.info({ event: 'matcher-built', ...summary }, 'screening index built');
  return summary;
}

const running = new WeakSet<ServerContext>();

export function isReloading(ctx: ServerContext): boolean {
  return running.has(ctx);
}

/**
 * Updates every configured source (each keeps its previous version on failure), then rebuilds
 * the matcher. One reload at a time: a second call while one runs is a 409.
 */
export async function reloadLists(ctx: ServerContext): Promise<ReloadSummary> {
  if (running.has(ctx)) throw new ConflictError('an update is already running');
  running.add(ctx);
  try {
    const sources: SourceUpdateSummary[] = [];
    for (const config of ctx.config.sources) {
      const r = await updateSource(ctx.store, config, { workDir: ctx.workDir });
      const v = r.version;
      sources.push({
        source: r.source,
        ok: r.ok,
        outcome: r.ok ? v.outcome : 'failed',
        ...(r.ok ? {} : { error: r.error }),
        published_at: v.publishedAt,
        parties: v.targetCount,
        records: v.entityCount,
        added: v.added,
        removed: v.removed,
        changed: v.changed,
        issues: r.issues.length,
      });
      ctx.logger.info({ event: 'source-updated', source: r.source, ok: r.ok, outcome: v.outcome }, r.ok ? 'source updated' : 'source update failed');
    }
    return { sources, matcher: await rebuildMatcher(ctx) };
  } finally {
    running.delete(ctx);
  }
}
