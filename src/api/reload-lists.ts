import { refreshOwnershipBlocks } from '../graph/index.js';
import { buildMatcher } from '../match/index.js';
import { updateSource } from '../update/update-source.js';
import { phraseIndexFor } from '../scan/index.js';
import type { ServerContext } from './context.js';
import { ownershipRulesCache } from './ownership-rules-cache.js';
import { ConflictError } from './errors.js';
import { yieldToEventLoop } from './yield-to-event-loop.js';

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
    if (++n % every === 0) await yieldToEventLoop();
  }
}

/** Builds a matcher from the entities in service and swaps it in; queries keep the old one until then. */
export async function rebuildMatcher(ctx: ServerContext): Promise<{ size: number; build_ms: number }> {
  const started = performance.now();
  const matcher = await buildMatcher(yieldingEvery(ctx.store.entities(), ENTITIES_PER_SLICE), { pause: yieldToEventLoop });
  // Screening results carry blocks by ownership, and POST /scan needs the phrase index: both are
  // built before the swap, so that /readyz turns ready (and a reload goes live) only when the
  // first queries will not wait for them or share the event loop with their build.
  const rules = ownershipRulesCache(ctx.store);
  rules.forget();
  await Promise.all([
    rules.blocks(ctx.store).catch((error: unknown) => ctx.logger.error({ err: error }, 'ownership rules failed')),
    phraseIndexFor(matcher, () => yieldingEvery(ctx.store.entities(), ENTITIES_PER_SLICE)).catch((error: unknown) => ctx.logger.error({ err: error }, 'scan index failed')),
  ]);
  ctx.matcher.swap(matcher);
  const summary = { size: matcher.size, build_ms: Math.round(performance.now() - started) };
  ctx.logger.info({ event: 'matcher-built', ...summary }, 'screening index built');
  return summary;
}

/** What writes to the store in each server now: one list update or ownership import at a time. */
const running = new WeakMap<ServerContext, string>();

export function isReloading(ctx: ServerContext): boolean {
  return running.has(ctx);
}

/** Runs `job` as the server's one writer; while another runs, a 409 naming it. */
export async function exclusively<T>(ctx: ServerContext, what: string, job: () => Promise<T>): Promise<T> {
  const current = running.get(ctx);
  if (current !== undefined) throw new ConflictError(`${current} is already running; try again when it is done`);
  running.set(ctx, what);
  try {
    return await job();
  } finally {
    running.delete(ctx);
  }
}

/**
 * Updates every configured source (each keeps its previous version on failure), then rebuilds
 * the matcher. One reload at a time: a second call while one runs is a 409.
 */
export async function reloadLists(ctx: ServerContext): Promise<ReloadSummary> {
  return exclusively(ctx, 'an update', async () => {
    const sources: SourceUpdateSummary[] = [];
    let lastChanged: number | undefined;
    for (const config of ctx.config.sources) {
      const r = await updateSource(ctx.store, config, { workDir: ctx.workDir });
      if (r.ok && r.version.outcome === 'ok') lastChanged = r.version.id;
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
    // Blocked-by-ownership status follows the lists (changes of kind blocked-by-ownership).
    if (lastChanged !== undefined) await refreshOwnershipBlocks(ctx.store, lastChanged);
    return { sources, matcher: await rebuildMatcher(ctx) };
  });
}
