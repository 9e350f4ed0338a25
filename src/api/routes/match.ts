import type { Hono, MiddlewareHandler } from 'hono';
import { MAX_CANDIDATES } from '../../match/index.js';
import { cleanQuery, type CleanQuery } from '../clean-query.js';
import type { AppEnv, Role, ServerContext } from '../context.js';
import { resolveDataset } from '../datasets.js';
import { blockCaptions } from '../../graph/index.js';
import { toOwnershipBlockResponse, toScoredResponse } from '../entity-response.js';
import { BadRequestError, RequestTimeoutError } from '../errors.js';
import { ownershipRulesCache } from '../ownership-rules-cache.js';
import { buildResultFilter } from '../result-filter.js';
import { ALGORITHM_NAMES, DEFAULT_ALGORITHM, matchBodySchema, matchParamsSchema, type EntityMatches, type MatchResponse } from '../schemas/match.js';
import { parseBody, readJson, validQuery } from '../validate.js';
import { yieldToEventLoop } from '../yield-to-event-loop.js';

const DEFAULT_LIMIT = 5;
/** Queries matched between two yields to the event loop, so that other requests (and the time limit) get their turn. */
const QUERIES_PER_SLICE = 16;

/** Checked before the body is validated in full, so that a batch of 10,000 gets one clear answer. */
function checkBatchSize(body: unknown, max: number): void {
  if (typeof body !== 'object' || body === null) return;
  const queries = (body as { queries?: unknown }).queries;
  if (typeof queries !== 'object' || queries === null) return;
  const count = Object.keys(queries).length;
  if (count > max) throw new BadRequestError(`body.queries: at most ${max} queries per request, got ${count}; split the batch`);
  if (count === 0) throw new BadRequestError('body.queries: no queries given');
  // JavaScript objects cannot hold this key as data: parsing would drop the query without a word.
  if (Object.hasOwn(queries, '__proto__')) throw new BadRequestError('body.queries: a query cannot be keyed "__proto__"; rename it');
}

/** `POST /match/{dataset}`: yente's query-by-example matcher, for batches of up to 1,000 queries. */
export function registerMatchRoutes(app: Hono<AppEnv>, ctx: ServerContext, guard: (role: Role) => MiddlewareHandler): void {
  app.post('/match/:dataset', guard('screener'), validQuery(matchParamsSchema), async (c) => {
    const params = c.req.valid('query');
    const algorithm = params.algorithm ?? DEFAULT_ALGORITHM;
    if (!(ALGORITHM_NAMES as readonly string[]).includes(algorithm)) {
      throw new BadRequestError(`query.algorithm: unknown algorithm ${JSON.stringify(algorithm.slice(0, 100))}; use one of ${ALGORITHM_NAMES.join(', ')}`);
    }
    const matcher = ctx.matcher.require();
    const scope = await resolveDataset(ctx, c.req.param('dataset'));
    const body = await readJson(c);
    checkBatchSize(body, ctx.limits.maxQueriesPerRequest);
    const { queries } = parseBody(matchBodySchema, body);
    // Every query is checked before any is matched: a bad one fails the batch, as in yente.
    const cleaned: [string, CleanQuery][] = Object.entries(queries).map(([key, example]) => [key, cleanQuery(key, example, ctx.limits)]);

    const limit = params.limit ?? DEFAULT_LIMIT;
    const threshold = params.threshold ?? matcher.defaultThreshold;
    const cutoff = params.cutoff ?? 0;
    const keep = buildResultFilter({
      scope,
      includeDatasets: params.include_dataset,
      excludeDatasets: params.exclude_dataset,
      excludeSchemata: params.exclude_schema,
      topics: params.topics,
      changedSince: params.changed_since,
      excludeIds: params.exclude_entity_ids,
    });
    const blocks = await ownershipRulesCache(ctx.store).blocks(ctx.store);
    const deadline = c.get('deadline');
    const responses: Record<string, EntityMatches> = {};
    for (const [i, [key, { query, warnings }]] of cleaned.entries()) {
      if (i > 0 && i % QUERIES_PER_SLICE === 0) {
        await yieldToEventLoop();
        if (Date.now() > deadline) throw new RequestTimeoutError(ctx.limits.requestTimeoutMs);
      }
      // Ask for every scored candidate, then filter: a filter must not hide results the limit let through.
      const results = matcher.match({ schema: query.schema, properties: query.properties }, { threshold, limit: MAX_CANDIDATES });
      const kept = results.filter((r) => r.score >= cutoff && keep(r.entity));
      const shown = await Promise.all(
        kept.slice(0, limit).map(async (r) => {
          const own = blocks.of(r.entity.id);
          if (own.length === 0) return toScoredResponse(r, warnings);
          const captions = await blockCaptions(ctx.store, own);
          return toScoredResponse(r, warnings, own.map((b) => toOwnershipBlockResponse(b, captions)));
        }),
      );
      responses[key] = {
        status: 200,
        results: shown,
        total: { value: kept.length, relation: 'eq' },
        query,
        ...(warnings.length > 0 ? { warnings } : {}),
      };
    }
    c.header('x-batch-size', String(cleaned.length));
    const response: MatchResponse = { responses, limit, threshold, algorithm };
    return c.json(response);
  });
}
